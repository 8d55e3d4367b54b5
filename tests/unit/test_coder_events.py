from coder_samples import MEETING_FR, STRIKES_FR, document

from dateline.stages.events import EventCoder, Events


def test_strikes_become_one_assault_with_actor_recipient_and_evidence():
    doc = document(STRIKES_FR, "fr", {"russes": ("Russia", "RUS"), "Turquie": ("Turkey", "TUR")})
    (event,) = EventCoder().code(doc, "events@test")
    assert event.id == "t-1"
    assert (event.type, [a.country for a in event.actors], [r.country for r in event.recipients]) == (
        "ASSAULT", ["RUS"], ["TUR"],
    )  # fmt: skip
    assert doc.text[event.trigger.start : event.trigger.end] == "frappes"
    assert {doc.text[s.start : s.end] for s in event.evidence} >= {"frappes", "russes", "Turquie"}
    assert event.auxiliary is None and "military" in event.contexts
    assert event.producer == "events@test"


def test_future_meeting_without_host_is_an_agreement_of_all_parties():
    doc = document(MEETING_FR, "fr", {"France": ("France", "FRA"), "Mali": ("Mali", "MLI")})
    (event,) = EventCoder().code(doc, "events@test")
    assert event.type == "AGREE" and event.auxiliary == "future"
    assert sorted(a.country for a in event.actors) == ["FRA", "MLI"] and event.recipients == []


def test_no_actor_no_event():
    # "Ils ont mené des frappes contre la Turquie ." with no actor mention (an aircraft naming no owner
    # would stand for the armed forces flying it: words craft_nouns)
    rows = [("Ils", "il", "PRON", "nsubj", 2), *[(*r[:4], r[4] - 2, *r[5:]) for r in STRIKES_FR[3:]]]
    doc = document(rows, "fr", {})  # type: ignore[arg-type]
    assert EventCoder().code(doc, "events@test") == []


def test_warm_up_loads_the_encoder_only_when_a_classifier_uses_one() -> None:
    calls: list[list[str]] = []
    Events(EventCoder(None, lambda texts: calls.append(list(texts)))).warm_up()  # type: ignore[arg-type,func-returns-value]
    assert calls == [["warm-up"]]
    Events(EventCoder()).warm_up()
    assert len(calls) == 1
