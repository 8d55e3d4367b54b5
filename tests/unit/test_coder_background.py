"""Sentences that tell no act of the report (session 21): acts only deemed possible, habits and trends,
acts a year before the news, questions, reading suggestions inside a paragraph, tallies of an earlier
stretch; and a clash between two civilian sides, a fight rather than a riot."""

from coder_samples import Row, coded, document, parse

from dateline.stages.clean.lines import labelled_aside
from dateline.stages.events.senses import habitual, long_after, told_earlier

PAST = "Tense=Past|VerbForm=Fin"
PRES = "Tense=Pres|VerbForm=Fin"
COUNTRIES = {"Kenya": ("Kenya", "KEN"), "Uganda": ("Uganda", "UGA")}


def attack(*tail: Row) -> list[Row]:
    """ "Kenya attacked Uganda <tail> ." """
    return [
        ("Kenya", "Kenya", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1, PAST),
        ("Uganda", "Uganda", "PROPN", "dobj", 1),
        *tail,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_plain_attack_is_an_act() -> None:
    assert [(a, r) for _, a, r in coded(document(attack(), "en", COUNTRIES))] == [(["KEN"], ["UGA"])]


def test_an_attack_only_deemed_possible_is_no_act() -> None:
    #: "Kenya could attack Uganda ."
    rows: list[Row] = [
        ("Kenya", "Kenya", "PROPN", "nsubj", 2),
        ("could", "could", "AUX", "aux", 2),
        ("attack", "attack", "VERB", "ROOT", 2, "VerbForm=Inf"),
        ("Uganda", "Uganda", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert coded(document(rows, "en", COUNTRIES)) == []


def test_a_habit_is_no_act() -> None:
    #: "Kenya regularly attacks Uganda ."
    rows: list[Row] = [
        ("Kenya", "Kenya", "PROPN", "nsubj", 2),
        ("regularly", "regularly", "ADV", "advmod", 2),
        ("attacks", "attack", "VERB", "ROOT", 2, PRES),
        ("Uganda", "Uganda", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    doc = parse(rows, "en")
    assert habitual(doc[2], doc[2])
    assert coded(document(rows, "en", COUNTRIES)) == []


def test_a_recent_stretch_of_years_is_a_trend_not_last_year() -> None:
    #: "Kenya attacked Uganda in recent years ." / "… last year ."
    recent = attack(
        ("in", "in", "ADP", "prep", 1), ("recent", "recent", "ADJ", "amod", 5),
        ("years", "year", "NOUN", "pobj", 3, "Number=Plur"),
    )  # fmt: skip
    doc = parse(recent, "en")
    assert habitual(doc[1], doc[1])
    last = attack(("last", "last", "ADJ", "amod", 4), ("year", "year", "NOUN", "npadvmod", 1, "Number=Sing"))
    doc = parse(last, "en")
    assert not habitual(doc[1], doc[1])


def test_an_act_a_year_before_the_news_is_its_background() -> None:
    #: "Talks began a year after Kenya attacked Uganda ." / "… two days after …"
    rows: list[Row] = [
        ("Talks", "talk", "NOUN", "nsubj", 1),
        ("began", "begin", "VERB", "ROOT", 1, PAST),
        ("a", "a", "DET", "det", 3),
        ("year", "year", "NOUN", "npadvmod", 6),
        ("after", "after", "SCONJ", "mark", 6),
        ("Kenya", "Kenya", "PROPN", "nsubj", 6),
        ("attacked", "attack", "VERB", "advcl", 1, PAST),
        ("Uganda", "Uganda", "PROPN", "dobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert long_after(parse(rows, "en")[6])
    days = [*rows[:2], ("two", "two", "NUM", "nummod", 3), ("days", "day", "NOUN", "npadvmod", 6), *rows[4:]]
    assert not long_after(parse(days, "en")[6])
    # "after" opening the main clause's own phrase leaves the main act the news
    assert not long_after(parse(rows, "en")[1])


def test_a_question_tells_no_act() -> None:
    #: "Did Kenya attack Uganda ?"
    rows: list[Row] = [
        ("Did", "do", "AUX", "aux", 2),
        ("Kenya", "Kenya", "PROPN", "nsubj", 2),
        ("attack", "attack", "VERB", "ROOT", 2, "VerbForm=Inf"),
        ("Uganda", "Uganda", "PROPN", "dobj", 2),
        ("?", "?", "PUNCT", "punct", 2),
    ]
    assert coded(document(rows, "en", COUNTRIES)) == []


def test_reading_suggestions_and_captions_are_asides() -> None:
    assert labelled_aside("Read also: Sudan's army retakes a key town")
    assert labelled_aside("Lire aussi : Au Soudan, l'armée reprend une ville")
    assert labelled_aside("Photo : des soldats patrouillent dans la capitale (archives).")
    assert not labelled_aside("The army retook the town on Monday.")


def test_a_counted_toll_of_last_year_is_a_tally() -> None:
    #: "More than 300 people were killed last year ." / "… on Monday for a raid last year"
    rows: list[Row] = [
        ("More", "more", "ADJ", "amod", 2),
        ("than", "than", "ADP", "quantmod", 2),
        ("300", "300", "NUM", "nummod", 3),
        ("people", "people", "NOUN", "nsubjpass", 5),
        ("were", "be", "AUX", "auxpass", 5),
        ("killed", "kill", "VERB", "ROOT", 5, "Tense=Past|VerbForm=Part"),
        ("last", "last", "ADJ", "amod", 7),
        ("year", "year", "NOUN", "npadvmod", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    assert told_earlier(parse(rows, "en")[5], 2026)
    monday = [*rows[:8], ("on", "on", "ADP", "prep", 5), ("Monday", "Monday", "PROPN", "pobj", 8), rows[8]]
    monday[-1] = (".", ".", "PUNCT", "punct", 5)
    assert not told_earlier(parse(monday, "en")[5], 2026)
    five = [("Five", "five", "NUM", "nummod", 1), ("people", "people", "NOUN", "nsubjpass", 3), *[
        (w, lemma, pos, dep, head - 2, *rest) for (w, lemma, pos, dep, head, *rest) in rows[4:]
    ]]  # fmt: skip
    assert not told_earlier(parse(five, "en")[3], 2026)  # not counted in the many


def test_others_forecast_is_no_act_but_a_wish_or_a_plan_is() -> None:
    #: "Kenya wants to attack Uganda ." / "Kenya is expected to attack Uganda ."
    wants: list[Row] = [
        ("Kenya", "Kenya", "PROPN", "nsubj", 1),
        ("wants", "want", "VERB", "ROOT", 1, PRES),
        ("to", "to", "PART", "aux", 3),
        ("attack", "attack", "VERB", "xcomp", 1, "VerbForm=Inf"),
        ("Uganda", "Uganda", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert coded(document(wants, "en", COUNTRIES)) != []  # the PETRARCH2 gold codes a wish
    expected: list[Row] = [
        ("Kenya", "Kenya", "PROPN", "nsubjpass", 2),
        ("is", "be", "AUX", "auxpass", 2),
        ("expected", "expect", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
        *[(w, lemma, pos, dep, head + 1, *rest) for (w, lemma, pos, dep, head, *rest) in wants[2:]],
    ]
    assert coded(document(expected, "en", COUNTRIES)) == []
    plans = [*wants[:1], ("plans", "plan", "VERB", "ROOT", 1, PRES), *wants[2:]]
    assert [t for t, _, _ in coded(document(plans, "en", COUNTRIES))] != []  # a plan is a future act
