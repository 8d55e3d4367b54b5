"""Scoring functions of `dateline eval places`: error kinds, matching, the event-place score (hand-built)."""

from __future__ import annotations

import json
from pathlib import Path

from dateline.eval.place_errors import ErrorKinds, count_errors, inside_parent
from dateline.eval.places import GeoScore, GoldToponym, match, mentioned_countries
from dateline.eval.places_own import EventPlaceScore, event_place, load_own, score_event_place
from dateline.model import Document, Event, Place, PlaceRef, Span

LEBANON_ID = 272103  # a country record's GeoNames id
COUNTRIES = frozenset({LEBANON_ID})


def gold(start: int, end: int, lat: float, lon: float, **extra: object) -> GoldToponym:
    return GoldToponym(start, end, "x" * (end - start), lat, lon, **extra)  # type: ignore[arg-type]


def place(name: str, lat: float, lon: float, country: str, **extra: object) -> Place:
    return Place(name=name, lat=lat, lon=lon, country=country, **extra)  # type: ignore[arg-type]


KAFRANBEL = place("Kafranbel", 35.614, 36.564, "SYR", admin1="Idlib", geonames_id=168661)
DERDARA = place("Derdara", 35.11, -5.29, "MAR", admin1="Tanger-Tetouan", geonames_id=2552306)
LEBANON = place("Lebanon", 33.83, 35.83, "LBN", geonames_id=LEBANON_ID)
LEBANON_TN = place("Lebanon", 36.21, -86.29, "USA", admin1="Tennessee", geonames_id=4636045)


def test_a_prediction_over_no_gold_is_a_false_toponym_and_an_unmatched_gold_is_missed() -> None:
    kinds = count_errors([gold(40, 45, 33.5, 36.3)], [(Span(start=0, end=3), KAFRANBEL)], COUNTRIES)
    assert kinds == ErrorKinds(false_toponym=1, missed=1)


def test_a_prediction_far_from_its_gold_is_a_wrong_place() -> None:
    g = gold(0, 7, 36.4, 40.8, precision="town")
    assert count_errors([g], [(Span(start=0, end=7), DERDARA)], COUNTRIES) == ErrorKinds(wrong_place=1)
    near = [(Span(start=0, end=7), DERDARA), (Span(start=2, end=7), KAFRANBEL)]
    assert count_errors([gold(0, 7, 35.6, 36.56)], near, COUNTRIES) == ErrorKinds()  # the nearest one counts


def test_a_country_read_as_a_town_and_a_town_read_as_a_country() -> None:
    as_town = count_errors(
        [gold(0, 7, 33.83, 35.83, precision="country")], [(Span(start=0, end=7), LEBANON_TN)], COUNTRIES
    )
    assert as_town.country_as_town == 1 and as_town.wrong_place == 1
    as_country = count_errors(
        [gold(0, 7, 33.8, 35.8, precision="town")], [(Span(start=0, end=7), LEBANON)], COUNTRIES
    )
    assert as_country == ErrorKinds(country_as_town=1)
    assert (
        count_errors(
            [gold(0, 7, 33.83, 35.83, precision="country")], [(Span(start=0, end=7), LEBANON)], COUNTRIES
        )
        == ErrorKinds()
    )


def test_a_place_outside_the_parent_the_text_names() -> None:
    in_idlib = gold(0, 9, 35.8, 36.73, parent_country="SYR", parent_admin1="Idlib")
    assert inside_parent(KAFRANBEL, in_idlib)
    assert not inside_parent(DERDARA, in_idlib)  # another country
    assert not inside_parent(place("Tadef", 36.35, 37.53, "SYR", admin1="Aleppo"), in_idlib)  # another unit
    assert inside_parent(place("Syria", 35.0, 38.0, "SYR"), in_idlib)  # coarser, but not outside
    assert inside_parent(DERDARA, gold(0, 9, 35.8, 36.73))  # no parent named
    kinds = count_errors([in_idlib], [(Span(start=0, end=9), DERDARA)], COUNTRIES)
    assert kinds == ErrorKinds(outside_parent=1, wrong_place=1)


def test_match_adds_precision_recall_distances_and_kinds() -> None:
    score = GeoScore("own", "end to end")
    golds = [gold(0, 9, 35.614, 36.564), gold(20, 27, 33.83, 35.83, precision="country")]
    match(score, golds, [(Span(start=0, end=9), KAFRANBEL), (Span(start=30, end=34), DERDARA)], COUNTRIES)
    assert (score.prf.tp, score.prf.predicted, score.prf.gold) == (1, 2, 2)
    assert score.accuracy(25) == 0.5 and score.errors[1] > 20000
    assert score.kinds == ErrorKinds(false_toponym=1, missed=1)


def event(id: str, start: int, ref: PlaceRef | None) -> Event:
    return Event(id=id, type="ASSAULT", trigger=Span(start=start, end=start + 4), place=ref)


def test_the_event_place_is_the_first_placed_event_in_text_order() -> None:
    idlib = PlaceRef(name="Idlib", lat=35.93, lon=36.63, country="SYR", rule="clause")
    aleppo = PlaceRef(name="Aleppo", lat=36.2, lon=37.16, country="SYR", rule="sentence")
    doc = Document(
        id="d", text="x" * 100, events=[event("2", 50, idlib), event("1", 10, None), event("3", 30, aleppo)]
    )
    assert event_place(doc) == aleppo
    assert event_place(Document(id="e", text="x", events=[event("1", 0, None)])) is None


def test_the_event_place_score_counts_hits_misses_and_reports_without_a_place() -> None:
    score = EventPlaceScore("own")
    target = gold(0, 5, 35.93, 36.63, event=True)
    score_event_place(score, "a", target, PlaceRef(name="Idlib", lat=35.95, lon=36.6))
    score_event_place(score, "b", target, PlaceRef(name="Aleppo", lat=36.2, lon=37.16))
    score_event_place(score, "c", target, None)
    score_event_place(score, "d", None, None)  # no gold event place: not scored
    assert (score.reports, score.within, score.no_place) == (3, 1, 1)
    assert score.accuracy == 1 / 3 and score.no_place_rate == 1 / 3
    assert [m.split(":")[0] for m in score.misses] == ["b", "c"]


def test_an_own_set_line_loads_with_parents_and_the_event(tmp_path: Path) -> None:
    row = {
        "doc": "t-1", "language": "en", "text": "Shelling hit Kansafra in Idlib countryside.",
        "event": {"type": "ASSAULT", "date": None},
        "toponyms": [
            {"start": 13, "end": 21, "text": "Kansafra", "name": "Idlib", "geonames_id": None,
             "country": "SYR", "lat": 35.8, "lon": 36.73, "precision": "admin1", "event": True,
             "fallback": True, "parent": {"name": "Idlib", "country": "SYR", "admin1": "Idlib"}},
            {"start": 25, "end": 30, "text": "Idlib", "name": "Idlib", "geonames_id": None, "country": "SYR",
             "lat": 35.8, "lon": 36.73, "precision": "admin1", "event": False},
        ],
    }  # fmt: skip
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(row) + "\n\n", encoding="utf-8")
    (doc,) = load_own(path)
    assert doc.event_type == "ASSAULT" and doc.event_date is None
    assert doc.event_place is not None and doc.event_place.text == "Kansafra"
    assert doc.event_place.parent_admin1 == "Idlib" and doc.geo.toponyms[1].parent_country is None


def test_the_countries_a_seed_report_mentions() -> None:
    seed = {
        "places": [{"name": "Aleppo", "country": "SYR"}],
        "events": [
            {"location": {"country": "IRQ"}, "actor": [{"country": "RUS"}], "recipient": [{"country": None}]},
            {"location": None, "actor": [], "recipient": []},
        ],
    }  # fmt: skip
    assert mentioned_countries(seed) == {"SYR", "IRQ", "RUS"}
