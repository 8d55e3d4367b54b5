"""The role lexicon's bodies of a trade (`collectives`) and officers' titles (`officers`): a union of teachers
is a union, a party's leader the party's (kb/data/roles.yaml)."""

from __future__ import annotations

import pytest

from dateline.kb.roles import load_role_lexicon


@pytest.mark.parametrize(
    ("phrase", "lang", "sector"),
    [
        ("the teachers' union", "en", "LAB"),
        ("fishermen's unions", "en", "LAB"),
        ("the traders' association", "en", "BUS"),
        ("le syndicat des enseignants", "fr", "LAB"),
        ("teachers", "en", "EDU"),  # the members alone keep theirs
        ("les dirigeants du parti", "fr", "PTY"),
        ("le secrétaire général du syndicat", "fr", "LAB"),
        ("leader of the rebels", "en", "REB"),
        ("the spokesman", "en", "GOV"),  # a title alone is the state's
        ("porte-parole de la police", "fr", "GOV"),  # an organ of the state is no body of `officer_bodies`
        ("agents de l'Agence nationale de renseignements", "fr", "SPY"),  # not a news agency
        ("Instance supérieure indépendante pour les élections", "fr", "ELC"),
        ("the Ombudsman", "en", "GOV"),
        ("la Banque centrale", "fr", "GOV"),
    ],
)
def test_sector_of_bodies_and_officers(phrase: str, lang: str, sector: str) -> None:
    assert load_role_lexicon().sector(phrase, lang) == sector
