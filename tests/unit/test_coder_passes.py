"""Each pass of the event coder on its own: the passes before it run, then the fields it writes are
checked (`coder_samples.coding`)."""

from __future__ import annotations

import functools

import pytest
from coder_samples import (
    BACKED_EN,
    BOMB_EN,
    CALL_ON_EN,
    CALLED_EN,
    CLAIMED_FR,
    COUNTRIES,
    DETAINED_EN,
    KILLED_FR,
    MEET_AGAIN_EN,
    MEETING_FR,
    MET_EN,
    NOT_LIFT_EN,
    STRIKES_FR,
    VOWED_EN,
    coding,
    document,
)

from dateline.model import Event, Span
from dateline.stages.events.calibration import FEATURES
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.categories import Policy
from dateline.stages.events.features import Observation
from dateline.stages.events.passes import (
    actors,
    assemble,
    category,
    classify,
    confidence,
    localise,
    modes,
    roles,
    selection,
    setting,
    trigger,
)

FRENCH = {
    "russes": ("Russia", "RUS"), "Turquie": ("Turkey", "TUR"),
    "France": ("France", "FRA"), "Mali": ("Mali", "MLI"),
}  # fmt: skip
SYRIA = {**COUNTRIES, "Syria": ("Syria", "SYR")}
#: The passes up to the category, without a classifier.
DECIDED = (trigger.find, roles.read, actors.resolve, functools.partial(category.decide, policy=Policy()))
#: The passes up to the modes.
QUALIFIED = (*DECIDED, selection.select, setting.locate, modes.qualify)
#: Every per-document pass up to the raw confidence.
SCORED = (*QUALIFIED, localise.localise, confidence.score)


def heads(state: Coding) -> list[str]:
    return [c.trigger.head.text for c in state.candidates]


def at(state: Coding, head: str) -> Candidate:
    """The candidate whose trigger is headed by the word `head`."""
    return next(c for c in state.candidates if c.trigger.head.text == head)


def test_trigger_pass_leaves_out_background_participles_and_naming_verbs() -> None:
    assert heads(coding(document(BACKED_EN, "en", COUNTRIES), trigger.find)) == ["shelled"]
    assert heads(coding(document(CALLED_EN, "en", COUNTRIES), trigger.find)) == []
    assert heads(coding(document(CALL_ON_EN, "en", COUNTRIES), trigger.find)) == ["call", "withdraw"]


def test_trigger_pass_splits_sentences_at_line_breaks() -> None:
    doc = document(MET_EN, "en", COUNTRIES, MEET_AGAIN_EN)
    (met, meet) = coding(doc, trigger.find).candidates
    assert (met.sentence.text, meet.sentence.text) == (
        "Iraq met Turkey .",
        "The two ministers will meet again .",
    )


def test_roles_pass_reads_arguments_and_the_anchor_verb() -> None:
    (strikes,) = coding(document(STRIKES_FR, "fr", FRENCH), trigger.find, roles.read).candidates
    assert [t.text for t in strikes.roles.actors] == ["avions"]
    assert [t.text for t in strikes.roles.recipients] == ["Turquie"]
    assert strikes.roles.frame.text == strikes.anchor.text == "mené"  # the light verb frames the noun


def test_actors_pass_resolves_anaphors_against_earlier_candidates() -> None:
    doc = document(MET_EN, "en", COUNTRIES, MEET_AGAIN_EN)
    met, again = coding(doc, trigger.find, roles.read, actors.resolve).candidates
    assert ([a.country for a in met.actors], [r.country for r in met.recipients]) == (["IRQ"], ["TUR"])
    assert sorted(a.country or "" for a in again.actors) == ["IRQ", "TUR"]


def test_actors_pass_marks_agentless_arrests() -> None:
    doc = document(DETAINED_EN, "en", {}, groups=("Protesters",))
    detained = at(coding(doc, trigger.find, roles.read, actors.resolve), "detained")
    assert detained.agentless and detained.actors == []
    assert [r.name for r in detained.recipients] == ["Protesters"]


def test_classify_pass_asks_for_ambiguous_triggers_with_actors_or_every_one_in_an_open_language() -> None:
    seen: list[str] = []

    class Classifier:
        def distributions(self, observations: list[Observation], embed: object) -> list[dict[str, float]]:
            seen.extend(o.window for o in observations)
            return [{"THREATEN": 0.9, "AGREE": 0.1} for _ in observations]

    closed = Policy(open_languages=frozenset())
    state = coding(document(VOWED_EN, "en", SYRIA), trigger.find, roles.read, actors.resolve)
    classify.classify([state], Classifier(), lambda texts: None, closed)  # type: ignore[arg-type]
    vowed, shell = state.candidates
    assert len(seen) == 1 and vowed.probs == {"THREATEN": 0.9, "AGREE": 0.1} and shell.probs is None
    classify.classify([state], None, None, Policy())  # no classifier: nothing asked
    assert len(seen) == 1
    classify.classify([state], Classifier(), lambda texts: None, Policy())  # type: ignore[arg-type]
    assert len(seen) == 3 and shell.probs == {"THREATEN": 0.9, "AGREE": 0.1}  # English is open


def test_a_segment_without_trigger_gets_its_root_verb_and_the_classifier_s_category_when_sure() -> None:
    rows = [
        ("Turkey", "Turkey", "PROPN", "nsubj", 3), ("and", "and", "CCONJ", "cc", 2),
        ("Iraq", "Iraq", "PROPN", "conj", 0), ("sat", "sit", "VERB", "ROOT", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]  # fmt: skip
    doc = document(rows, "en", COUNTRIES)  # no lexicon word: the segment has no trigger
    state = coding(doc, trigger.find, roles.read, actors.resolve)
    (root,) = state.candidates
    assert root.trigger.types == {} and root.trigger.text == "sat" and len(root.actors) == 2
    sure, unsure = {"ASSAULT": 0.7, "NONE": 0.3}, {"ASSAULT": 0.4, "NONE": 0.3, "AGREE": 0.3}
    for probs, expected in ((sure, "ASSAULT"), (unsure, "")):
        root.probs = probs
        category.decide(state, Policy(sentence_threshold=0.6))
        assert root.category == expected
    none = coding(doc, functools.partial(trigger.find, untriggered=False))
    assert none.candidates == []


def test_category_pass_applies_the_rules_after_the_lexicon() -> None:
    vowed, shell = coding(document(VOWED_EN, "en", SYRIA), *DECIDED).candidates
    assert (vowed.category, vowed.sureness) == ("THREATEN", 0.5)  # a commitment to conflict
    assert shell.category == "ASSAULT"
    detained = at(coding(document(DETAINED_EN, "en", {}, groups=("Protesters",)), *DECIDED), "detained")
    assert detained.category == "COERCE"  # the arrest mode of an agentless passive


def test_selection_pass_folds_contents_into_their_act() -> None:
    vowed, shell = coding(document(VOWED_EN, "en", SYRIA), *DECIDED, selection.select).candidates
    assert (vowed.becomes, shell.becomes) == ("event", None)
    assert [r.country for r in vowed.recipients] == ["TUR"]  # the threat's target is its content's
    claims = coding(document(CLAIMED_FR, "fr", COUNTRIES), *DECIDED, selection.select)
    assert at(claims, "revendiqué").becomes is None  # a claim of an attack is no demand


def test_selection_pass_keeps_demonstrative_nouns_as_anaphors() -> None:
    rows = [
        ("Cette", "ce", "DET", "det", 1),
        ("réunion", "réunion", "NOUN", "nsubj", 3),
        ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
        ("duré", "durer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        (".", ".", "PUNCT", "punct", 3),
    ]
    (meeting,) = coding(document(rows, "fr", {}), *DECIDED, selection.select).candidates
    assert meeting.becomes == "anaphor"


def test_setting_pass_finds_place_and_the_reports_country() -> None:
    doc = document(DETAINED_EN, "en", {}, places={"Amman": "JOR"}, groups=("Protesters",))
    state = coding(doc, *DECIDED, selection.select, setting.locate)
    detained = at(state, "detained")
    assert state.home == "JOR"
    assert detained.span == Span(start=0, end=len(doc.text.rstrip()))
    assert detained.place is not None and (detained.place.name, detained.place.rule) == ("Amman", "clause")
    assert detained.time is not None and detained.time.rule == "published"  # no date in the text
    assert detained.attribution == []


def test_modes_pass_turns_a_future_meeting_into_an_agreement() -> None:
    (meeting,) = coding(document(MEETING_FR, "fr", FRENCH), *QUALIFIED).candidates
    assert (meeting.category, meeting.auxiliary, meeting.type) == ("CONSULT", "future", "AGREE")
    (strikes,) = coding(document(STRIKES_FR, "fr", FRENCH), *QUALIFIED).candidates
    assert (strikes.type, strikes.auxiliary) == ("ASSAULT", None) and "military" in strikes.contexts


def test_modes_pass_reads_negation() -> None:
    call = at(coding(document(CALL_ON_EN, "en", COUNTRIES), *QUALIFIED), "call")
    assert (call.type, call.auxiliary) == ("REQUEST", "negated")


def test_localise_pass_gives_an_agentless_arrest_the_police_of_the_place() -> None:
    doc = document(DETAINED_EN, "en", {}, places={"Amman": "JOR"}, groups=("Protesters",))
    detained = at(coding(doc, *SCORED), "detained")
    assert [(a.name, a.sector, a.country) for a in detained.actors] == [("police", "COP", "JOR")]
    assert [(r.name, r.country) for r in detained.recipients] == [("Protesters", "JOR")]


def test_localise_pass_gives_an_agentless_killing_an_unidentified_armed_group_of_the_place() -> None:
    doc = document(KILLED_FR, "fr", {}, places={"Gao": "MLI"}, groups=("soldats",))
    killed = at(coding(doc, *SCORED), "tués")
    assert killed.agentless and killed.type == "ASSAULT"
    unnamed = [("unidentified armed group", "UAF", "MLI")]
    assert [(a.name, a.sector, a.country) for a in killed.actors] == unnamed
    assert [(r.name, r.country) for r in killed.recipients] == [("soldats", "MLI")]


def test_actors_pass_reads_the_agent_of_a_weapon_standing_as_subject() -> None:
    doc = document(BOMB_EN, "en", {}, groups=("rebels", "civilians"))
    killed = at(coding(doc, trigger.find, roles.read, actors.resolve), "killed")
    assert [a.name for a in killed.actors] == ["rebels"] and not killed.agentless
    assert [r.name for r in killed.recipients] == ["civilians"]


def test_modes_pass_reads_a_refused_concession_as_a_rejection() -> None:
    lift = at(coding(document(NOT_LIFT_EN, "en", {"France": ("France", "FRA")}), *QUALIFIED), "lift")
    assert (lift.category, lift.type, lift.auxiliary) == ("CONCEDE", "REJECT", None)


def test_confidence_pass_scores_sureness_recipients_and_probability() -> None:
    (strikes,) = coding(document(STRIKES_FR, "fr", FRENCH), *SCORED).candidates
    assert strikes.confidence == 0.85  # 0.45 + 0.25 (one category) + 0.15 (a recipient)
    assert set(strikes.features) == set(FEATURES) and strikes.features["verb_trigger"] == 0.0
    strikes.sureness, strikes.probs, strikes.recipients = 0.5, {"ASSAULT": 0.6}, []
    assert confidence.raw_confidence(strikes) == pytest.approx(0.45 + 0.125 + 0.09)


def test_assemble_pass_merges_duplicates_and_numbers_events() -> None:
    doc = document(MET_EN, "en", COUNTRIES, MET_EN)
    state = coding(doc, *SCORED, assemble.assemble)
    (event,) = state.events  # the same meeting told twice
    assert event.id == "t-1" and event.type == "CONSULT"
    assert state.candidates[0].event is event and state.candidates[1].event is not event
    assert [s.start for s in event.evidence if doc.text[s.start : s.end] == "met"] == [5, 23]


def test_assemble_pass_drops_events_without_actors() -> None:
    state = coding(document(STRIKES_FR, "fr", FRENCH), *SCORED)
    (strikes,) = state.candidates
    strikes.actors = []
    assemble.assemble(state)
    assert state.events == [] and isinstance(strikes.event, Event)


def test_a_candidate_starts_empty_but_for_its_trigger() -> None:
    (found,) = coding(document(STRIKES_FR, "fr", FRENCH), trigger.find).candidates
    assert isinstance(found, Candidate)
    assert (found.actors, found.category, found.becomes, found.event) == ([], "", None, None)
    assert found.roles.actors == [] and found.anchor is None
