"""scripts/build_triggers.py: the CAMEO verb-dictionary parser, the CAMEO→PLOVER table and the filters,
on a small dictionary written for the test (tests/unit/fixtures/cameo_verbs_sample.txt)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = Path(__file__).parent / "fixtures" / "cameo_verbs_sample.txt"
TABLE = """# CAMEO to PLOVER conversion table (test excerpt)
08: CONCEDE
08: RETREAT
145: PROTEST, riot ,      # Protest violently, riot
17: COERCE
1712: ASSAULT, seize, human_security  # Destroy property
173: COERCE, arrest, legal            # Arrest
182: ASSAULT, beat,        # Physically assault
186: ASSAULT, assassinate,    # Assassinate
190: ASSAULT, , military # Use conventional military force
"""


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_triggers", ROOT / "scripts" / "build_triggers.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_triggers"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_mapping_reads_codes_categories_and_modes(build):
    table = build.parse_mapping(TABLE)
    assert table["173"] == ("COERCE", "arrest")
    assert table["190"] == ("ASSAULT", None)
    assert "08" not in table  # two-digit roots are ambiguous (CONCEDE and RETREAT share 08)
    assert build.plover_of("1731", table) == ("COERCE", "arrest")  # longest prefix
    assert build.plover_of("1712", table) == ("ASSAULT", None)  # "seize" is no ASSAULT mode
    assert build.plover_of("186", table) == ("ASSAULT", "targeted")  # older name → PLOVER 0.8 mode
    assert build.plover_of("020", table) is None


def test_parser_reads_verbs_block_codes_and_simple_patterns(build):
    coded = build.parse_verbs(SAMPLE.read_text())
    found = {(c.verb, c.pattern): (c.code, c.inherited) for c in coded}
    assert found[(("SMASH",), ())] == ("190", False)
    assert found[(("WRECK",), ())] == ("1712", False)  # irregular forms skipped
    assert found[(("KNOCK", "DOWN"), ())] == ("182", False)
    assert found[(("DETAIN",), ())] == ("173", False)  # the block's own verb takes its code
    assert found[(("JAIL",), ())] == ("173", True)  # a synonym that only inherits the block's code
    assert found[(("SMASH",), ("IN", "PROTEST"))] == ("145", False)
    assert found[(("JAIL",), ("REPORTERS",))] == ("173", False)  # [a:b] codes the subject with a
    assert (("CRUSH",), ()) not in found  # no code of its own in a block without one
    patterns = {c.pattern for c in coded if c.pattern}
    assert patterns == {("IN", "PROTEST"), ("REPORTERS",)}  # no subject, synonym set, [:b] or [---]


def test_selection_filters_and_modes(build):
    table = build.parse_mapping(TABLE)
    coded = build.parse_verbs(SAMPLE.read_text())
    hand = build.HandLexicon(keys=frozenset({("detain",)}), verbs=frozenset({"detain"}), carriers=frozenset())
    kept = build.select(build.candidates(coded, table), hand)
    assert kept[("smash",)] == {"ASSAULT": None}
    assert kept[("knock", "down")] == {"ASSAULT": "beat"}
    assert kept[("smash", "in", "protest")] == {"PROTEST": "riot"}
    assert ("detain",) not in kept  # the hand-written lexicon wins
    assert ("jail",) not in kept  # inherited block codes are WordNet synonyms, too loose
    assert kept[("jail", "reporters")] == {"COERCE": "arrest"}
    assert ("hold", "back") not in kept  # CAMEO 02 has no PLOVER category


def test_generic_and_carrier_verbs_are_dropped(build):
    table = {"190": ("ASSAULT", None)}
    coded = [
        build.Coded(("HIT",), (), "190"),
        build.Coded(("LAUNCH",), (), "190"),
        build.Coded(("PUT",), ("DOWN", "RIOT"), "190"),
        build.Coded(("LAUNCH",), ("RAID",), "190"),
    ]
    hand = build.HandLexicon(keys=frozenset(), verbs=frozenset(), carriers=frozenset({"launch"}))
    kept = build.select(build.candidates(coded, table), hand)
    assert set(kept) == {("put", "down", "riot")}


def test_render_writes_a_lexicon_the_loader_reads(build):
    import yaml

    from dateline.stages.events.lexicon import build as build_lexicon

    text = build.render({("knock", "down"): {"ASSAULT": "beat"}, ("smash",): {"ASSAULT": None}}, "# header\n")
    data = yaml.safe_load(text)
    lexicon = build_lexicon({"language": "en", "triggers": {"CONSULT": {"verb": ["meet"]}}}, data)
    assert lexicon.lookup("verb", "knock")[0].types == {"ASSAULT": "beat"}
    assert lexicon.categories == ("CONSULT",)
