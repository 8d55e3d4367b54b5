"""The ``times`` stage on hand-built Documents (no models): detection, arithmetic, publication date."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

import pytest
import yaml

from dateline.data import YAML_LOADER, data_text
from dateline.kb.actors import ActorKB
from dateline.kb.roles import load_role_lexicon
from dateline.model import Actor, Caption, Document, Published, Span, TimeExpr
from dateline.stages.times import Times, time_for_event
from dateline.stages.times.detect import find_expressions
from dateline.stages.times.lexicon import CalendarWords, CueWords, calendar_words, cue_words
from dateline.stages.times.rules import Calendar, Offset, Weekday, relative_days
from dateline.testing import FixedClock, fake_kb

TODAY = date(2025, 1, 1)


def stage(kb: ActorKB | None = None) -> Times:
    return Times(kb or fake_kb([]), load_role_lexicon(), FixedClock(TODAY))


def run(
    text: str, published: Published | None = None, kb: ActorKB | None = None, **fields: object
) -> Document:
    doc = Document(id="t", text=text, **fields)  # type: ignore[arg-type]
    doc.language.code = "fr"
    if published is not None:
        doc.published_given = published
    return stage(kb)(doc)


def by_text(doc: Document) -> dict[str, TimeExpr]:
    return {t.text.lower(): t for t in doc.times}


def test_french_relative_expressions_resolve_against_a_declared_day() -> None:
    doc = run(
        "Le ministre a reçu hier son homologue. La semaine dernière, les deux pays avaient signé un accord.",
        Published(value="2021-03-10", source="declared"),
    )
    times = by_text(doc)
    yesterday, last_week = times["hier"], times["la semaine dernière"]
    assert (yesterday.value, yesterday.precision, yesterday.relative_days) == ("2021-03-09", "day", (-1, -1))
    assert (last_week.start, last_week.end, last_week.value) == ("2021-03-01", "2021-03-07", "2021-W09")
    assert doc.published.source == "declared"


def test_without_any_date_expressions_stay_relative() -> None:
    doc = run("Il y a environ une semaine, la délégation est arrivée. Hier, elle est repartie.")
    times = by_text(doc)
    assert times["il y a environ une semaine"].relative_days == (-10, -5)
    assert times["hier"].relative_days == (-1, -1)
    assert all(t.value is None and t.start is None for t in doc.times)
    assert doc.published.value is None


def test_weekday_with_day_and_month_pins_the_year_from_the_text_alone() -> None:
    doc = run("Le sommet s'est ouvert ce mardi 9 mars à Tunis. Les discussions avaient commencé en 2019.")
    summit = by_text(doc)["ce mardi 9 mars"]
    assert (summit.value, summit.precision) == ("2021-03-09", "day")
    assert doc.published.start == "2019-01-01" and doc.published.end is None  # lower bound only


def test_english_expressions_and_month_year() -> None:
    doc = run(
        "Officials said on Friday that talks held earlier this month had failed. "
        "The accord was signed in March 2020, two years ago.",
        Published(value="2022-06-15", source="declared"),
    )
    times = by_text(doc)
    assert times["on friday"].value == "2022-06-10"
    assert (times["earlier this month"].start, times["earlier this month"].end) == (
        "2022-06-01",
        "2022-06-14",  # earlier: before the reference day
    )
    assert times["march 2020"].value == "2020-03"
    assert times["two years ago"].precision == "year"


def test_month_reference_gives_the_hull_over_the_month() -> None:
    doc = run("La rencontre a eu lieu jeudi dernier.", Published(value="2016-11", source="declared"))
    (thursday,) = doc.times
    assert (thursday.start, thursday.end) == ("2016-10-27", "2016-11-24")


def test_publication_date_is_inferred_from_a_related_caption() -> None:
    caption = Caption(text="Des manifestants à Rabat, le 4 juillet 2019.", credit="Agence X")
    doc = run("Jeudi, des milliers de personnes ont manifesté dans la capitale.", captions=[caption])
    assert (doc.published.source, doc.published.value, doc.published.precision) == (
        "text",
        "2019-07-04",
        "week",
    )
    assert doc.times[0].value == "2019-07-04"


def test_a_dateline_on_its_own_line_is_the_publication_day() -> None:
    doc = run("Publié le 12/05/2023\n\nLe parlement a voté hier la réforme.")
    assert (doc.published.value, doc.published.precision, doc.published.end) == (
        "2023-05-12",
        "day",
        "2023-05-12",
    )
    assert doc.published.evidence[0].of(doc.text) == "12/05/2023"
    assert by_text(doc)["hier"].value == "2023-05-11"


def test_parts_of_months_and_month_only_expressions() -> None:
    doc = run(
        "Fin septembre 2015, un accord a été conclu. Une réunion s'est tenue mi-juin.",
        Published(value="2016-03-01", source="declared"),
    )
    times = by_text(doc)
    assert (times["fin septembre 2015"].start, times["fin septembre 2015"].value) == ("2015-09-21", "2015-09")
    assert (times["mi-juin"].start, times["mi-juin"].end) == ("2015-06-11", "2015-06-20")


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("three days ago", (-3, -3)),
        ("about two weeks ago", (-20, -10)),
        ("ces derniers jours", (-7, 0)),
        ("dans les prochains jours", (1, 7)),
        ("in recent weeks", (-30, 0)),
        ("il y a plus de deux mois", (-120, -60)),
    ],
)
def test_vague_windows(text: str, window: tuple[int, int]) -> None:
    (found,) = find_expressions(f"Ils l'ont dit {text}.")
    assert relative_days(found.rule) == window


def test_calendar_rules_relative_windows() -> None:
    assert relative_days(Calendar("month", 0, "before")) == (-30, 0)
    assert relative_days(Calendar("week", -1)) == (-13, -1)
    assert relative_days(Weekday(3, "last")) == (-7, -1)
    assert relative_days(Offset(-2, 0, "day")) == (-2, 0)


def test_numbers_that_are_not_years_are_ignored() -> None:
    assert find_expressions("Plus de 1 000 soldats et 2500 véhicules; they may 5 times retry.") == []


def test_stage_is_idempotent() -> None:
    doc = run("Mardi, le conseil s'est réuni.", Published(value="2020-02-14", source="declared"))
    first = doc.model_dump()
    stage()(doc)
    assert doc.model_dump() == first


def test_time_for_event_prefers_clause_then_sentence_then_publication() -> None:
    text = "Hier, les ministres se sont rencontrés. Un accord a été signé.\nLa réunion a duré deux heures."
    doc = run(text, Published(value="2020-02-14", precision="day", source="declared"))
    first_sentence = Span(start=0, end=text.index(".") + 1)
    clause = Span(start=0, end=4)
    assert time_for_event(doc, clause, first_sentence).rule == "clause"  # type: ignore[union-attr]
    assert time_for_event(doc, Span(start=6, end=20), first_sentence).rule == "sentence"  # type: ignore[union-attr]
    second = Span(start=first_sentence.end + 1, end=text.index("\n"))
    inherited = time_for_event(doc, second, second)  # the paragraph's day
    assert inherited is not None and (inherited.rule, inherited.start) == ("context", "2020-02-13")
    third = Span(start=text.index("\n") + 1, end=len(text))
    fallback = time_for_event(doc, third, third)
    assert fallback is not None
    assert (fallback.rule, fallback.precision, fallback.start, fallback.end) == (
        "published",
        "week",
        "2020-02-07",
        "2020-02-14",
    )


def test_a_dated_dateline_is_the_publication_day_and_never_the_time_of_an_event() -> None:
    text = "QAMISHLI, 3 April 2025 – A car bomb exploded near a checkpoint on Wednesday evening."
    doc = run(text)
    doc.language.code = "en"
    assert (doc.published.value, doc.published.precision, doc.published.end) == (
        "2025-04-03",
        "day",
        "2025-04-03",
    )
    whole = Span(start=0, end=len(text))
    event = time_for_event(doc, whole, whole)
    assert event is not None and (event.text, event.value) == ("on Wednesday", "2025-04-02")


def test_a_dateline_without_a_year_is_not_the_time_of_an_event() -> None:
    text = "ALEPPO, 14 March – Government forces shelled the town on Tuesday."
    doc = run(text, Published(value="2023-03-14", source="declared"))
    whole = Span(start=0, end=len(text))
    event = time_for_event(doc, whole, whole)
    assert event is not None and (event.text, event.value) == ("on Tuesday", "2023-03-14")
    alone = "ALEPPO, 14 March – Government forces shelled the town."
    doc = run(alone, Published(value="2023-03-14", source="declared"))
    fallback = time_for_event(doc, Span(start=0, end=len(alone)), Span(start=0, end=len(alone)))
    assert fallback is not None and fallback.rule == "published"


def test_overnight_is_the_night_before_the_report() -> None:
    doc = run("Rockets fell overnight near the base.", Published(value="2024-08-12", source="declared"))
    overnight = by_text(doc)["overnight"]
    assert (overnight.start, overnight.end, overnight.relative_days) == ("2024-08-11", "2024-08-12", (-1, 0))


#: One officeholder who served two terms as president.
TWO_TERMS = fake_kb(
    [
        {
            "id": "p1",
            "name": "Jean Martin",
            "kind": "person",
            "roles": [
                {"title": "president", "start": "2004-05-15", "end": "2009-05-14"},
                {"title": "president", "start": "2012-05-15", "end": "2017-05-14"},
                {"title": "prime minister", "start": "2009-05-15", "end": "2012-05-14"},
            ],
        }
    ]
)


def test_officeholder_tenure_bounds_the_publication_date() -> None:
    text = "La cérémonie a eu lieu en 2013. Le Premier ministre Jean Martin a inauguré le pont lundi."
    start = text.index("Jean")
    actor = Actor(kb_id="p1", name="Jean Martin", kind="person", mentions=[Span(start=start, end=start + 11)])
    doc = run(text, kb=TWO_TERMS, actors=[actor])
    assert doc.published.source == "none"  # a 2013 event under a 2009-2012 prime minister: contradictory

    president = run(
        text.replace("Premier ministre", "président").replace("2013", "2010"), kb=TWO_TERMS, actors=[actor]
    )
    assert (president.published.source, president.published.start, president.published.end) == (
        "tenure",
        "2010-01-01",
        "2017-05-14",
    )
    assert president.published.precision == "decade" and president.published.value is None

    former = run(text.replace("Le Premier ministre", "L'ancien président"), kb=TWO_TERMS, actors=[actor])
    assert former.published.source == "text" and former.published.end is None


#: Two presidents: one long in office (until 2025), one elected in 2024.
COUNTERPARTS = fake_kb(
    [
        {
            "id": "p1",
            "name": "Jean Martin",
            "kind": "person",
            "roles": [{"title": "president", "start": "2000-05-07", "end": "2025-05-07"}],
        },
        {
            "id": "p2",
            "name": "Ana Silva",
            "kind": "person",
            "roles": [{"title": "president", "start": "2024-07-28"}],
        },
    ]
)


def test_a_counterpart_takes_the_office_of_the_titled_person_of_its_sentence() -> None:

    def actors(text: str) -> list[Actor]:
        found = []
        for kb_id, name in (("p1", "Jean Martin"), ("p2", "Ana Silva")):
            start = text.index(name)
            found.append(
                Actor(
                    kb_id=kb_id, name=name, kind="person", mentions=[Span(start=start, end=start + len(name))]
                )
            )
        return found

    text = "Le président français Jean Martin s'est entretenu lundi avec son homologue brésilienne Ana Silva."
    doc = run(text, kb=COUNTERPARTS, actors=actors(text))
    assert (doc.published.source, doc.published.start, doc.published.end) == (
        "tenure",
        "2024-07-28",
        "2025-05-07",
    )

    english = "French President Jean Martin spoke on Monday with his Brazilian counterpart Ana Silva."
    assert run(english, kb=COUNTERPARTS, actors=actors(english)).published.start == "2024-07-28"

    apart = (
        "Le président français Jean Martin a parlé lundi. Son homologue brésilienne Ana Silva était absente."
    )
    assert (
        run(apart, kb=COUNTERPARTS, actors=actors(apart)).published.start == "2000-05-07"
    )  # another sentence: no office


@pytest.mark.parametrize(("file", "words"), [("calendar.yaml", CalendarWords), ("cues.yaml", CueWords)])
def test_the_word_files_have_non_empty_french_and_english_parts(file: str, words: type) -> None:
    data = yaml.load(data_text("times", file), Loader=YAML_LOADER)
    assert set(data) == {f.name for f in fields(words)}
    for name, by_language in data.items():
        assert by_language and set(by_language) <= {"fr", "en"}, name
        assert all(by_language.values()), name
    french = [name for name, by_language in data.items() if "fr" in by_language]
    english = [name for name, by_language in data.items() if "en" in by_language]
    assert len(french) > len(data) // 2 and len(english) > len(data) // 2
    if words is CalendarWords:  # every table (word → meaning) is in both languages
        tables = [parts for parts in data.values() if any(isinstance(part, dict) for part in parts.values())]
        assert len(tables) == 11 and all(set(parts) == {"fr", "en"} for parts in tables)


def test_the_words_load_once_with_both_languages_merged() -> None:
    calendar, cues = calendar_words(), cue_words()
    assert calendar is calendar_words() and cues is cue_words()
    assert all(getattr(calendar, f.name) for f in fields(CalendarWords))
    assert all(getattr(cues, f.name) for f in fields(CueWords))
    assert (calendar.months["août"], calendar.months["august"], calendar.weekdays["dimanche"]) == (8, 8, 6)
    assert (calendar.numbers["sept"], calendar.months["sept"]) == (7, 9)  # separate tables
    assert calendar.units["semaines"] == (7, "week") and calendar.day_words["last night"] == (-1, 0)
    assert "on" in cues.date_leads and "on" in cues.weekday_leads  # quoted, not YAML booleans
    assert {"dernier", "last"} <= cues.last and "il y a" in cues.ago_before


def test_august_alone_after_a_preposition_or_part_word() -> None:
    doc = run(
        "Le cessez-le-feu a été signé en août. Les combats avaient repris début août.",
        Published(value="2016-10-03", source="declared"),
    )
    times = by_text(doc)
    assert times["en août"].value == "2016-08"
    assert times["début août"].start == "2016-08-01"
