"""The KB entries generated from the Phoenix actor dictionaries: the build script's parser and
mapping (on a fixture written for the test), the compact file, and dated roles."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from dateline.kb import KBEntry, load_kb
from dateline.kb.actors import ActorKB, DictionaryLayer, dictionary_files, packaged_files

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"

#: Invented actors in the dictionaries' format (not taken from them).
FIXTURE = """\
# A comment line [XXX]
MALTA_  [MLT]
+VALLETTA_
ZANDOR_QUILLFEATHER_  # an invented premier
+PRESIDENT_ZANDOR_QUILLFEATHER_
+MR_QUILLFEATHER
+THE_QUILLFEATHER_ADMINISTRATION
\t[MLTELI 640101-050101]
\t[MLTGOV 050101-091231]
\t[MLTELI]
ODALYS_PERRENOUD_\t[MLTGOV 090101-100630] [IGOUNO >100701]# invented envoy
GROUP_OF_THE_SILVER_HERON_(GSH)_ [MLTREB] #  invented
+SILVER_HERON_BRIGADE_
FRIENDS_OF_THE_LIGHTHOUSE_\t[NGOHRI]
BROKEN_DATES_ [MLTGOV 9008223-911221]
"""


@pytest.fixture(scope="module")
def script() -> ModuleType:
    sys.path.insert(0, str(SCRIPTS))
    spec = importlib.util.spec_from_file_location(
        "build_dictionary_actors", SCRIPTS / "build_dictionary_actors.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_parser_reads_names_aliases_and_dated_codes(script: ModuleType) -> None:
    raws = script.parse(FIXTURE, "Phoenix.Countries.actors.txt")
    assert [r.names[0].strip() for r in raws] == [
        "MALTA_", "ZANDOR_QUILLFEATHER_", "ODALYS_PERRENOUD_", "GROUP_OF_THE_SILVER_HERON_(GSH)_",
        "FRIENDS_OF_THE_LIGHTHOUSE_", "BROKEN_DATES_",
    ]  # fmt: skip
    zandor = raws[1]
    assert zandor.names[1:] == [
        "PRESIDENT_ZANDOR_QUILLFEATHER_",
        "MR_QUILLFEATHER",
        "THE_QUILLFEATHER_ADMINISTRATION",
    ]
    assert [(c.code, c.start, c.end) for c in zandor.codes] == [
        ("MLTELI", "1964-01-01", "2005-01-01"),
        ("MLTGOV", "2005-01-01", "2009-12-31"),
        ("MLTELI", None, None),
    ]
    assert [(c.code, c.start, c.end) for c in raws[2].codes] == [
        ("MLTGOV", "2009-01-01", "2010-06-30"),
        ("IGOUNO", "2010-07-01", None),
    ]
    assert raws[5].codes == []  # a malformed date drops the code


def test_dates_and_codes_map_to_iso_dates_countries_and_sectors(script: ModuleType) -> None:
    assert script.iso_date("930120") == "1993-01-20"
    assert script.iso_date("010120") == "2001-01-20"
    assert script.iso_date("19270101") == "1927-01-01"
    assert script.iso_date("001301") is None
    countries = {"USA", "MLT", "XKX"}
    assert script.split_code("USAGOVMIL", countries) == ("USA", "GOV", False)
    assert script.split_code("USAMILSPY", countries) == ("USA", "SPY", False)
    assert script.split_code("USAELI", countries) == ("USA", None, False)
    assert script.split_code("MLT", countries) == ("MLT", None, True)
    assert script.split_code("IGOUNOKID", countries) == ("IGO", "IGO", False)
    assert script.split_code("NGOHRI", countries) == (None, "NGO", False)
    assert script.split_code("KSVGOV", countries) == ("XKX", "GOV", False)
    assert script.split_code("USRGOV", countries) == (None, "GOV", False)  # the USSR is no country today
    assert script.display("BASHAR_AL-ASSAD_", True) == "Bashar al-Assad"


def test_the_build_keeps_safe_names_and_dated_roles(script: ModuleType, tmp_path: Path) -> None:
    hand = [
        KBEntry(id="MLT", name="Malta", kind="country", aliases={"en": ["Malta"]}),
        KBEntry(id="USA", name="United States", kind="country"),
        KBEntry(id="friends", name="Friends of the Lighthouse", kind="organisation", sector="NGO"),
    ]
    entries = script.build(script.parse(FIXTURE, script.FILES[0]), hand)
    by_name = {e["name"]: e for e in entries}
    assert set(by_name) == {"Zandor Quillfeather", "Odalys Perrenoud", "Group of the Silver Heron"}
    zandor = by_name["Zandor Quillfeather"]
    # titles stripped, an administration dropped; the surname alone is kept (one entry has it)
    assert zandor["aliases"] == {"*": ["Quillfeather"]}
    assert zandor["country"] == "MLT" and zandor["kind"] == "person"
    assert [(r.get("sector"), r.get("start")) for r in zandor["roles"]] == [
        (None, None), (None, "1964-01-01"), ("GOV", "2005-01-01"),
    ]  # fmt: skip
    heron = by_name["Group of the Silver Heron"]
    assert heron["kind"] == "organisation" and (heron["country"], heron["sector"]) == ("MLT", "REB")
    assert "Silver Heron Brigade" in heron["aliases"]["*"]  # "GSH" is too short to match alone
    path = tmp_path / "fixture.dict.json"
    path.write_text(script.compact(entries, {"repository": "test"}), encoding="utf-8")
    assert json.loads(path.read_text(encoding="utf-8"))["source"] == {"repository": "test"}
    kb = ActorKB(hand, [DictionaryLayer(path)])
    [person] = kb.lookup("Zandor Quillfeather", "en")
    assert (person.country_at("2007-05"), person.sector_at("2007-05")) == ("MLT", "GOV")
    assert person.sector_at("2012") is None  # out of office: the undated default (ELI, no sector)
    odalys = kb.lookup("Odalys Perrenoud", "fr")[0]
    assert (odalys.country_at("2009-06"), odalys.sector_at("2009-06")) == ("MLT", "GOV")
    assert (odalys.country_at("2014"), odalys.sector_at("2014")) == ("IGO", "IGO")
    assert {e.id for e, _ in kb.officeholders("MLT", "2007")} == {person.id}
    assert kb.lookup("zandor quillfeather", "en") == []  # capitalised words must be capitalised
    assert kb.lookup("Friends of the Lighthouse", "en")[0].id == "friends"  # the hand-written entry
    assert kb.is_prefix("Group of the") and not kb.is_prefix("Group of the Golden")
    assert kb.get(odalys.id) is odalys and len(kb) == 3 + 3


def test_the_packaged_kb_loads_the_dictionaries_lazily() -> None:
    [path] = dictionary_files()
    assert path not in packaged_files()
    layer = DictionaryLayer(path)
    assert "petrarch2" in str(layer.source["repository"]) and "MIT" in str(layer.source["licence"])
    assert len(layer) > 20000
    kb = load_kb()
    karzai = kb.lookup("Hamid Karzai", "en")
    assert [e.country_at("2010") for e in karzai] == ["AFG"] and karzai[0].sector_at("2010") == "GOV"
    annan = kb.lookup("Kofi Annan", "fr")
    assert [(e.country_at("2003"), e.sector_at("2003")) for e in annan] == [("IGO", "IGO")]
    # hand-written entries win: their names give their entries only
    assert [e.id for e in kb.lookup("Poutine", "fr")] == ["vladimir-putin"]
    assert [e.id for e in kb.lookup("Hamas", "en")] == ["hamas"]
    # one-word names that are words, places or shared surnames are not names
    for word in ("Rice", "Bush", "Jordan", "Brown", "Ford", "Chad"):
        assert all(e.kind != "person" for e in kb.lookup(word, "en")), word
