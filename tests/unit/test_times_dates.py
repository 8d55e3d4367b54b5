"""Session 15 dates pass: nights across two days, days counted from the last date, log-entry heads,
years pinned from the title, the event's own time nearest its verb, and the paragraph's day."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.kb.roles import load_role_lexicon
from dateline.model import Document, Published, Span, TimeExpr
from dateline.stages.times import Times, time_for_event
from dateline.stages.times.detect import find_expressions
from dateline.stages.times.rules import DayOfMonth, Night, Weekend, part_of, period, resolve_between
from dateline.testing import FixedClock, fake_kb

TODAY = date(2026, 1, 1)


def run(text: str, published: str | None = None, title: str | None = None, language: str = "en") -> Document:
    doc = Document(id="t", text=text, title=title)
    doc.language.code = language
    if published:
        doc.published_given = Published(value=published, precision="day", source="declared")
    return Times(fake_kb([]), load_role_lexicon(), FixedClock(TODAY))(doc)


def by_text(doc: Document) -> dict[str, TimeExpr]:
    return {t.text.lower(): t for t in doc.times}


def whole(text: str) -> Span:
    return Span(start=0, end=len(text))


@pytest.mark.parametrize(
    ("text", "published", "span"),
    [
        ("Des hommes armés ont attaqué le poste dans la nuit de samedi à dimanche.", "2025-06-16",
         ("2025-06-14", "2025-06-15")),
        ("Unknown attackers threw a grenade overnight Monday to Tuesday.", "2025-03-04",
         ("2025-03-03", "2025-03-04")),
        ("A missile hit the city on the night of Thursday to Friday.", "2025-03-14",
         ("2025-03-13", "2025-03-14")),
        ("Des tirs ont visé la caserne dans la nuit de samedi, selon l'armée.", "2025-06-16",
         ("2025-06-14", "2025-06-15")),
    ],
)  # fmt: skip
def test_a_night_across_two_days_is_both_days(text: str, published: str, span: tuple[str, str]) -> None:
    night = next(t for t in run(text, published).times if "nuit" in t.text or "night" in t.text.lower())
    assert (night.start, night.end) == span


def test_night_and_weekend_rules_resolve_against_any_reference_day() -> None:
    assert Night(5, 6).resolve(date(2025, 6, 15)) == (date(2025, 6, 14), date(2025, 6, 15))  # on the Sunday
    assert Weekend().resolve(date(2026, 3, 3)) == (date(2026, 2, 28), date(2026, 3, 1))
    assert Weekend().resolve(date(2026, 2, 28)) == (date(2026, 2, 28), date(2026, 2, 28))  # that Saturday


def test_counted_days_run_from_the_last_date_given_not_the_publication() -> None:
    text = "Graduates blocked the gates on 14 July. Riot police dispersed them the following day."
    doc = run(text, "2025-07-20")
    following = by_text(doc)["the following day"]
    assert (following.start, following.end) == ("2025-07-15", "2025-07-15")
    assert following.value == "2025-07-15"
    french = run(
        "Le maire a été interpellé mardi. Le lendemain, il a été mis en examen.", "2025-09-26", language="fr"
    )
    assert by_text(french)["le lendemain"].start == "2025-09-24"
    assert not [
        t for t in run("The same night, aircraft bombed the hills.", "2025-01-02").times
    ]  # nothing before


def test_a_date_heading_a_log_entry_is_the_reference_of_its_entry() -> None:
    text = (
        "12 May 2025 – Snipers shot a child.\n"
        "13 May 2025 – Artillery shelled the district. Forces repelled an attack on the same day.\n"
        "Monday 19 May 2025: Police said the attack happened yesterday."
    )
    times = by_text(run(text, "2025-05-21"))
    assert times["the same day"].start == "2025-05-13"
    assert (times["yesterday"].start, times["yesterday"].relative_days) == ("2025-05-18", (-3, -3))


def test_days_without_a_year_take_the_year_the_title_or_text_writes() -> None:
    text = "10 February – Artillery shelled the village.\n11 February – A drone struck a car."
    doc = run(text, title="Idlib front: incident log, 10-12 February 2025")
    assert [t.start for t in doc.times] == ["2025-02-10", "2025-02-11"]
    bare = run("10 February – Artillery shelled the village.")
    assert bare.times[0].start is None  # no year anywhere: stays relative


def test_a_day_range_with_a_year_is_found() -> None:
    (found,) = find_expressions("weekly roundup, 18-24 November 2024")
    assert (found.rule.start, found.rule.end, found.rule.precision) == (  # type: ignore[union-attr]
        date(2024, 11, 18),
        date(2024, 11, 24),
        "week",
    )


def test_a_day_and_month_against_a_week_long_reference_is_one_day() -> None:
    assert resolve_between(DayOfMonth(5, 13), date(2025, 5, 12), date(2025, 5, 18)) == (
        date(2025, 5, 13),
        date(2025, 5, 13),
    )


def test_earlier_this_week_ends_the_day_before_the_reference() -> None:
    wednesday = date(2024, 5, 15)
    assert part_of(period("week", wednesday), "before", wednesday) == (date(2024, 5, 13), date(2024, 5, 14))
    monday = date(2024, 5, 13)
    assert part_of(period("week", monday), "before", monday) == (monday, monday)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials pledged to reopen the road by the end of the week.", ("2024-12-11", "2024-12-15")),
        ("Les autorités promettent de rouvrir la route d'ici la fin du mois.", ("2024-12-11", "2024-12-31")),
        ("Relief teams reached the valley over the weekend.", ("2024-12-07", "2024-12-08")),
        ("Shelling killed five people over the past 48 hours.", ("2024-12-09", "2024-12-11")),
    ],
)
def test_deadlines_weekends_and_hours(text: str, span: tuple[str, str]) -> None:
    (expr,) = run(text, "2024-12-11").times
    assert (expr.start, expr.end) == span


def test_an_overnight_curfew_is_no_date() -> None:
    text = "Security forces imposed an overnight curfew on the district on Tuesday."
    assert [t.text for t in run(text, "2025-05-14").times] == ["on Tuesday"]


def test_an_event_takes_the_time_nearest_its_verb_among_the_finest() -> None:
    text = "Onze personnes enlevées le 8 septembre ont été libérées lundi."
    doc = run(text, "2024-09-24", language="fr")
    at = Span(start=text.index("libérées"), end=text.index("libérées") + len("libérées"))
    chosen = time_for_event(doc, whole(text), whole(text), at)
    assert chosen is not None and (chosen.text, chosen.start) == ("lundi", "2024-09-23")
    first = time_for_event(doc, whole(text), whole(text))
    assert first is not None and first.text == "le 8 septembre"  # no verb given: the first


def test_an_event_without_a_date_takes_its_paragraphs_last_day() -> None:
    text = (
        "Students blocked the main road on Monday. Troops reopened it in the evening.\nShops stayed closed."
    )
    doc = run(text, "2025-06-24")
    second = Span(start=text.index("Troops"), end=text.index("\n"))
    inherited = time_for_event(doc, second, second)
    assert inherited is not None and (inherited.rule, inherited.start) == ("context", "2025-06-23")
    third = Span(start=text.index("Shops"), end=len(text))
    other_paragraph = time_for_event(doc, third, third)
    assert other_paragraph is not None and other_paragraph.rule == "published"


def test_a_paragraph_day_long_before_publication_is_background() -> None:
    text = "The group seized the town on 3 March 2023. Its fighters shelled the market."
    doc = run(text, "2025-06-24")
    second = Span(start=text.index("Its"), end=len(text))
    fallback = time_for_event(doc, second, second)
    assert fallback is not None and fallback.rule == "published"


def test_a_counted_duration_runs_from_the_last_date() -> None:
    text = "Police found the body on Tuesday. The man had been abducted three days earlier."
    earlier = by_text(run(text, "2025-05-15"))["three days earlier"]
    assert (earlier.start, earlier.end) == ("2025-05-10", "2025-05-10")
    french = run(
        "Le convoi a été attaqué le 3 mars. Deux jours plus tard, l'armée a riposté.",
        "2025-03-20",
        language="fr",
    )
    assert by_text(french)["deux jours plus tard"].start == "2025-03-05"


def test_a_dated_dateline_is_the_reference_of_the_report_it_opens() -> None:
    text = "BASRA, 26 January – Two tribes exchanged fire yesterday, police said."
    yesterday = by_text(run(text, "2025-01-27"))["yesterday"]  # filed the day before it was published
    assert (yesterday.start, yesterday.relative_days) == ("2025-01-25", (-2, -2))


def test_a_night_between_two_dated_days() -> None:
    doc = run(
        "Des roquettes sont tombées sur la base dans la nuit du 3 au 4 mars.", "2025-03-05", language="fr"
    )
    (night,) = doc.times
    assert (night.start, night.end, night.precision) == ("2025-03-03", "2025-03-04", "day")


def test_a_year_a_weekday_pins_dates_the_undated_dateline_and_what_follows() -> None:
    text = "HOMS, 9 June – Gunmen killed a farmer on Sunday 8 June. On Saturday, a mine hit a lorry."
    times = by_text(run(text))
    assert times["9 june"].start == "2025-06-09"  # 8 June 2025 is a Sunday (today is 2026-01-01)
    assert times["on saturday"].start == "2025-06-07"  # against the dateline's day
