"""Outlet regions: learned from stored places (`dateline outlets`), then used by the places stage."""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli.app import COMMAND_MODULES, app
from dateline.config import Config, PlacesSettings
from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.kb.geo_resolver import outlet_regions
from dateline.model import Document, Language, Mention
from dateline.pipeline import registry
from dateline.resources import Resources
from dateline.stages.places import (
    Places,
    RegionRefs,
    outlet_of,
    read_outlet_regions,
    write_outlet_regions,
)
from dateline.store import Store
from dateline.testing import fake_resources

for _module in COMMAND_MODULES:
    importlib.import_module(f"dateline.cli.{_module}")

GAZETTEER = Gazetteer.from_records(
    [
        (Entry(0, "Paris", "FR", 48.85, 2.35, 2_100_000, "PPLC", 2988507, "Ile-de-France"), []),
        (Entry(0, "Paris", "US", 33.66, -95.56, 25_000, "PPL", 4717560, "Texas"), []),
        (Entry(0, "Dallas", "US", 32.78, -96.80, 1_300_000, "PPL", 4684888, "Texas"), []),
        (Entry(0, "Texas", "US", 31.0, -99.0, 25_000_000, "ADM1", 4736286, "Texas"), ["Tex."]),
    ]
)

#: (outlet, address, text, places named): texts written for these tests.
REPORTS = [
    ("", "https://www.lonestar.example/city/1", "The council of Dallas approved the budget.", ["Dallas"]),
    (
        "",
        "https://lonestar.example/weather/2",
        "Storms crossed Texas and Dallas lost power.",
        ["Texas", "Dallas"],
    ),
    ("", "https://www.lonestar.example/news/3", "Dallas police opened an inquiry.", ["Dallas"]),
    ("", "https://www.lonestar.example/news/4", "Drought is spreading across Texas.", ["Texas"]),
    ("", "https://www.lonestar.example/world/5", "A delegation arrived from Paris.", ["Paris"]),
    ("Metro Daily", None, "Traffic was slow in Dallas.", ["Dallas"]),
]

runner = CliRunner()


def _stage(regions: Mapping[str, RegionRefs] | None = None) -> Places:
    return Places(PlacesSettings(), fake_resources(gazetteer=GAZETTEER), regions=regions)


def _doc(n: int, outlet: str, url: str | None, text: str, names: list[str]) -> Document:
    mentions = [
        Mention(start=m.start(), end=m.end(), text=m.group(), label="GPE", producer="test")
        for name in names
        for m in re.finditer(re.escape(name), text)
    ]
    mentions.sort(key=lambda m: m.start)
    return Document(
        id=f"{n:020x}",
        text=text,
        outlet=outlet or None,
        url=url,
        language=Language(code="en", confidence=1.0),
        mentions=mentions,
    )


def _placed() -> list[Document]:
    """The reports through the places stage (no learned region), as a store would hold them."""
    stage = _stage()
    docs = [stage(_doc(n, *report)) for n, report in enumerate(REPORTS)]
    for doc in docs:
        doc.producers.append(stage.producer)  # what the pipeline records after the stage
    return docs


def test_an_outlet_is_its_name_else_its_host() -> None:
    docs = _placed()
    assert [outlet_of(d) for d in docs] == ["lonestar.example"] * 5 + ["Metro Daily"]
    assert outlet_of(Document(id="x", text="")) is None


def test_a_record_is_found_again_by_name_and_geonames_id() -> None:
    paris = GAZETTEER.record("Paris", 4717560)
    assert paris is not None and (paris.country, paris.admin1) == ("US", "Texas")
    assert GAZETTEER.record("Paris", 4684888) is None and GAZETTEER.record("Lyon", 2996944) is None


def test_a_region_is_learned_from_an_outlets_stored_places() -> None:
    stage, docs = _stage(), _placed()
    regions = outlet_regions([outlet_of(d) for d in docs], [stage.unambiguous(d) for d in docs])
    # Dallas in 3 of 5 documents, Texas in 2: both reach the floor of 2; Paris, in 1, does not.
    assert [e.name for e in regions["lonestar.example"]] == ["Dallas", "Texas"]
    assert regions["Metro Daily"] == []  # one document: below the vote floor


def test_the_learned_region_changes_an_ambiguous_resolution(tmp_path: Path) -> None:
    texas = GAZETTEER.candidates("Texas")[0]
    path = tmp_path / "regions.json"
    write_outlet_regions({"lonestar.example": [texas], "Metro Daily": []}, path)
    assert json.loads(path.read_text()) == {"lonestar.example": [{"name": "Texas", "geonames_id": 4736286}]}
    regions = read_outlet_regions(path)
    text = "A festival opened in Paris on Friday."
    (alone,) = _stage()(_doc(0, "", "https://www.lonestar.example/arts/9", text, ["Paris"])).places
    (local,) = _stage(regions)(_doc(0, "", "https://www.lonestar.example/arts/9", text, ["Paris"])).places
    (other,) = _stage(regions)(_doc(0, "Metro Daily", None, text, ["Paris"])).places
    assert (alone.country, local.country, other.country) == ("FRA", "USA", "FRA")
    assert local.admin1 == "Texas" and local.geonames_id == 4717560


def test_the_factory_reads_the_regions_file(tmp_path: Path) -> None:
    path = tmp_path / "regions.json"
    path.write_text(json.dumps({"Metro Daily": [{"name": "Texas", "geonames_id": 4736286}]}))
    stage = registry.create("places", Config(places=PlacesSettings(outlet_regions=path)))
    assert isinstance(stage, Places) and stage.regions == {"Metro Daily": [("Texas", 4736286)]}


def test_a_malformed_regions_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "regions.json"
    path.write_text(json.dumps({"Metro Daily": ["Texas"]}))
    with pytest.raises(ValueError, match="not an outlet-regions file"):
        read_outlet_regions(path)
    result = runner.invoke(app, ["extract", "-", "--outlet-regions", str(path)], input="Some text.")
    assert result.exit_code == 2 and "not an outlet-regions file" in result.stderr


def test_outlets_command_prints_and_writes_the_regions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = fake_resources(gazetteer=GAZETTEER)
    monkeypatch.setattr(Resources, "shared", classmethod(lambda cls, config=None: resources))
    db = tmp_path / "store.db"
    unplaced = _doc(99, "Metro Daily", None, "Dallas again.", ["Dallas"])  # the places stage never ran
    with Store.open(db) as store:
        store.put([*_placed(), unplaced])
    out = tmp_path / "regions.json"
    result = runner.invoke(app, ["outlets", "--db", str(db), "--write", str(out)])
    assert result.exit_code == 0, result.stderr
    rows = {line.split("│")[1].strip(): line for line in result.stdout.splitlines() if line.count("│") == 4}
    assert "Dallas (US), Texas (US)" in rows["lonestar.example"] and " 5 " in rows["lonestar.example"]
    assert " 1 " in rows["Metro Daily"] and "Dallas" not in rows["Metro Daily"]
    assert json.loads(out.read_text()) == {
        "lonestar.example": [
            {"name": "Dallas", "geonames_id": 4684888},
            {"name": "Texas", "geonames_id": 4736286},
        ]
    }
    assert "wrote 1 outlet region(s)" in result.stderr


def test_outlets_command_on_a_store_without_placed_documents(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    with Store.open(db) as store:
        store.put([_doc(1, "Metro Daily", None, "Nothing here.", [])])
    result = runner.invoke(app, ["outlets", "--db", str(db)])
    assert result.exit_code == 0 and "no placed documents" in result.stderr


def test_the_documented_outlet_regions_example_reads(tmp_path: Path) -> None:
    formats = Path(__file__).resolve().parents[2] / "docs" / "formats.md"
    blocks = re.findall(r"```json\n(.*?)```", formats.read_text(encoding="utf-8"), re.DOTALL)
    (example,) = [block for block in blocks if '"geonames_id"' in block and '"text"' not in block]
    path = tmp_path / "regions.json"
    path.write_text(example, encoding="utf-8")
    regions = read_outlet_regions(path)
    assert regions and all(refs for refs in regions.values())
    assert all(
        isinstance(name, str) and (gid is None or isinstance(gid, int))
        for refs in regions.values()
        for name, gid in refs
    )
