"""The project's own evaluation sets (`evalsets/`): well formed, large enough, and covering the domains
the coder must generalise to. Written before any tuning; see `evalsets/README.md`."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import gold_checks as checks
import pytest

ROOT = Path(__file__).resolve().parents[2] / "evalsets"
SIZES = {
    "newsdesk": 80,
    "blind": 30,
    "detect": 22,
    "frames": 20,
    "wire": 24,
    "domaines": 26,
    "parties": 21,
    "depeches": 24,
    "contrasts": 21,
    "chroniques": 25,
    "bulletins": 24,
    "dispatches": 24,
    "regions": 24,
    "reports": 20,
    "sentences": 30,
    "bureaus": 24,
    "provinces": 24,
    "parties2": 24,
    "desks": 24,
    "agences": 24,
    "parties3": 24,
    "logs": 24,
    "gazettes": 24,
    "secteurs": 24,
    "datelogs": 24,
    "plvkind": 80,
    "agentless": 24,
    "passifs": 24,
    "tribunaux": 24,
    "tempi": 3,
    "promesses": 24,
    "inconnus": 24,
    "destinataires": 24,
    "acteurs2": 24,
    "tournures": 24,
    "acteurs3": 24,
    "longs": 10,
    "acteurs4": 24,
    "fresh": 24,
    "contexte": 24,
}
ONE_LANGUAGE = {
    "wire": "en",
    "domaines": "fr",
    "parties": "en",
    "depeches": "fr",
    "contrasts": "en",
    "bulletins": "en",
    "dispatches": "en",
    "regions": "fr",
    "provinces": "fr",
    "reports": "en",
    "bureaus": "en",
    "desks": "en",
    "agences": "fr",
    "logs": "en",
    "gazettes": "fr",
    "plvkind": "en",
    "tribunaux": "fr",
}
# Mixed sets written with a set share of each language (not one language, not half and half).
LANGUAGE_MIX = {"secteurs": {"fr": 18, "en": 6}, "datelogs": {"en": 16, "fr": 8}, "tempi": {"en": 2, "fr": 1}}


@pytest.mark.parametrize("name", sorted(SIZES))
def test_the_set_is_well_formed_and_quotes_its_documents(name: str) -> None:
    gold, corpus = ROOT / "gold" / f"{name}.jsonl", ROOT / "corpus" / name
    assert list(checks.problems(gold, corpus, countryless=True)) == []
    docs = checks.gold_docs(gold)
    languages = Counter(doc["language"] for doc in docs)
    assert len(docs) >= SIZES[name], len(docs)
    if name in ONE_LANGUAGE:
        assert set(languages) == {ONE_LANGUAGE[name]}, languages
    elif name in LANGUAGE_MIX:
        assert dict(languages) == LANGUAGE_MIX[name], languages
    else:
        assert min(languages.values()) >= len(docs) // 2 - 2, languages


def test_the_development_set_covers_every_category_and_the_generic_agents() -> None:
    docs = checks.gold_docs(ROOT / "gold" / "newsdesk.jsonl")
    events = [event for doc in docs for event in doc["events"] if event["required"]]
    types = Counter(event["type"] for event in events)
    assert set(types) == checks.CATEGORIES, types
    sectors = Counter(party.get("sector") for e in events for party in e["actor"] + e["recipient"])
    assert all(sectors[s] >= 3 for s in ("COP", "MIL", "REB", "CVL", "JUD", "GOV", "IGO")), sectors
    futures = [e for e in events if e["type"] == "AGREE" and e["auxiliary"] == "future"]
    assert len(futures) >= 6
