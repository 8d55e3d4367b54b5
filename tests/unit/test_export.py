"""Exporters on hand-built events: JSONL contract, flat CSV, PLOVER records, GeoJSON, Rich table."""

from __future__ import annotations

import csv
import io
import json
from typing import get_args

from rich.console import Console
from store_samples import english_report, french_report

from dateline.export import EXPORTERS, ExportFormat
from dateline.export.flat_csv import COLUMNS
from dateline.export.plover import QUAD_CODES
from dateline.export.table import event_table
from dateline.model import ActorRef, Document, Event, PlaceRef
from dateline.store.rows import EventRow, event_rows

CONTRACT = set(
    [
        "id",
        "type",
        "mode",
        "contexts",
        "auxiliary",
        "actors",
        "recipients",
        "place",
        "time",
        "attribution",
        "confidence",
        "evidence",
    ]
)


def sample_rows() -> list[EventRow]:
    return event_rows(french_report()) + event_rows(english_report())


def export(name: ExportFormat, rows: list[EventRow]) -> tuple[str, int]:
    stream = io.StringIO()
    count = EXPORTERS[name](rows, stream)
    return stream.getvalue(), count


def test_registry_matches_declared_formats() -> None:
    assert set(EXPORTERS) == set(get_args(ExportFormat))


def test_jsonl_follows_the_event_contract() -> None:
    text, count = export("jsonl", sample_rows())
    records = [json.loads(line) for line in text.splitlines()]
    assert count == len(records) == 3
    for record in records:
        assert set(record) >= CONTRACT | {"doc_id"}
    consult = records[0]
    assert consult["id"] == "fr0000000000000000a1-e1"
    assert consult["doc_id"] == "fr0000000000000000a1"
    assert consult["actors"][0]["country"] == "RUS"
    assert consult["evidence"] == [{"start": 0, "end": consult["evidence"][0]["end"]}]
    assert consult["evidence_text"].startswith("Le ministre russe")
    original = french_report().events[0].model_dump(mode="json")
    assert {k: v for k, v in consult.items() if k in original and k != "id"} == {
        k: v for k, v in original.items() if k != "id"
    }


def test_csv_flat_columns() -> None:
    text, count = export("csv", sample_rows())
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames or ()) == COLUMNS
    rows = list(reader)
    assert count == len(rows) == 3
    consult = rows[0]
    assert (consult["event_type"], consult["actor1_country"], consult["actor1_sector"]) == (
        "CONSULT",
        "RUS",
        "GOV",
    )
    assert (consult["actor2_name"], consult["actor2_country"]) == ("Syria", "SYR")
    assert (consult["latitude"], consult["longitude"], consult["geonames_id"]) == (
        "33.5102",
        "36.29128",
        "170654",
    )
    assert consult["cited_source"] == "l'agence officielle"
    assert consult["source_outlet"] == "Le Quotidien Test"
    assert consult["date"] == "2024-03-14"
    protest = rows[2]
    assert (protest["date_start"], protest["date_end"]) == ("2024-03-01", "2024-03-31")
    assert protest["actor2_name"] == ""


def test_csv_joins_compound_actors() -> None:
    doc = Document(
        id="d1",
        events=[Event(id="e1", type="ACCUSE", actors=[ActorRef(name="France", country="FRA"),
                                                     ActorRef(name="Germany", country="DEU")])],
    )  # fmt: skip
    text, _ = export("csv", event_rows(doc))
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert (row["actor1_name"], row["actor1_country"]) == ("France; Germany", "FRA; DEU")


def test_plover_records() -> None:
    text, count = export("plover", sample_rows())
    records = [json.loads(line) for line in text.splitlines()]
    assert count == 3
    consult, assault, protest = records
    for record in records:
        assert {"id", "date", "source", "event", "coder", "coded_date", "doc_id"} <= set(record)
        assert None not in record.values()
    assert consult["event"] == ["CONSULT"] and consult["quad_code"] == QUAD_CODES["verbal-cooperation"] == 1
    assert assault["quad_code"] == 4 and assault["mode"] == ["aerial"]
    assert consult["source"] == [
        {"code": "RUS", "sector": "GOV", "identifier_id": "RUS", "identifier_text": "Russia"}
    ]
    assert consult["event_loc"]["geonameid"] == 170654 and consult["event_loc"]["cc3"] == "SYR"
    assert consult["event_text"][0].startswith("Le ministre russe")
    assert consult["cite_info"]["publication"] == "Le Quotidien Test"
    assert "enddate" not in consult
    assert (protest["date"], protest["enddate"]) == ("2024-03-01", "2024-03-31")
    assert assault["attribution"] == ["the observatory"]


def test_geojson_is_rfc7946_points_for_located_events_only() -> None:
    unlocated = Document(
        id="d2",
        events=[
            Event(id="e1", type="AID"),
            Event(id="e2", type="AID", place=PlaceRef(name="Nowhere", lat=None, lon=12.0)),
            Event(id="e3", type="AID", place=PlaceRef(name="Broken", lat=123.0, lon=12.0)),
        ],
    )
    text, count = export("geojson", sample_rows() + event_rows(unlocated))
    collection = json.loads(text)
    assert collection["type"] == "FeatureCollection"
    assert count == len(collection["features"]) == 3
    damascus = collection["features"][0]
    assert damascus["type"] == "Feature"
    assert damascus["geometry"] == {"type": "Point", "coordinates": [36.29128, 33.5102]}  # [lon, lat]
    assert damascus["properties"]["actors"] == ["Russia (RUS GOV)"]
    assert damascus["id"] == "fr0000000000000000a1-e1"


def test_table_lists_every_event() -> None:
    text, count = export("table", sample_rows())
    assert count == 3
    for expected in ("CONSULT", "ASSAULT", "PROTEST", "Damascus", "fr00000000"):
        assert expected in text


def test_empty_exports_are_valid() -> None:
    assert json.loads(export("geojson", [])[0]) == {"type": "FeatureCollection", "features": []}
    assert export("jsonl", [])[0] == ""
    assert export("csv", [])[0].strip() == ",".join(COLUMNS)


def test_every_format_carries_the_document_identity() -> None:
    rows = sample_rows()
    french = rows[0]
    assert (french.source_id, french.url, french.title, french.published) == (
        "dep-2024-0314",
        None,
        "Rencontre à Damas",
        "2024-03-15",
    )
    consult, assault, _ = (json.loads(line) for line in export("jsonl", rows)[0].splitlines())
    assert (consult["source_id"], consult["title"], consult["published"]) == (
        "dep-2024-0314",
        "Rencontre à Damas",
        "2024-03-15",
    )
    assert (assault["source_id"], assault["url"]) == (None, "https://example.org/news/aleppo")

    first, second, _ = csv.DictReader(io.StringIO(export("csv", rows)[0]))
    assert (first["source_id"], first["title"], first["published"]) == (
        "dep-2024-0314",
        "Rencontre à Damas",
        "2024-03-15",
    )
    assert (second["source_id"], second["url"]) == ("", "https://example.org/news/aleppo")

    consult, assault, _ = (json.loads(line) for line in export("plover", rows)[0].splitlines())
    assert consult["source_id"] == "dep-2024-0314" and "source_id" not in assault
    assert consult["cite_info"]["published"] == "2024-03-15"
    assert assault["cite_info"]["url"] == "https://example.org/news/aleppo"

    damascus = json.loads(export("geojson", rows)[0])["features"][0]["properties"]
    assert (damascus["source_id"], damascus["title"], damascus["published"], damascus["url"]) == (
        "dep-2024-0314",
        "Rencontre à Damas",
        "2024-03-15",
        None,
    )

    wide = Console(file=io.StringIO(), width=240)
    wide.print(event_table(rows))
    table = wide.file.getvalue()
    for expected in (
        "dep-2024-0314",
        "Le Quotidien Test, 2024-03-15 · Rencontre à Damas",
        "https://example.org/news/aleppo",
    ):
        assert expected in table
