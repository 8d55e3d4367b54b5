from dateline.model import ActorRef, Event, PlaceRef, Span
from dateline.stages.events.dedup import merge_events


def event(type_, actors, recipients=(), place=None, start=0):
    return Event(
        id="",
        type=type_,
        actors=[ActorRef(name=a, country=a) for a in actors],
        recipients=[ActorRef(name=r, country=r) for r in recipients],
        place=place,
        evidence=[Span(start=start, end=start + 4)],
        trigger=Span(start=start, end=start + 4),
    )


def test_same_meeting_told_twice_is_one_event_with_both_evidences():
    first = event("CONSULT", ["FRA"], ["MLI"], start=0)
    second = event("CONSULT", ["MLI", "FRA"], start=50)
    other = event("ASSAULT", ["FRA"], ["MLI"], start=90)
    merged = merge_events([first, second, other], [])
    assert [e.type for e in merged] == ["CONSULT", "ASSAULT"]
    assert [s.start for s in merged[0].evidence] == [0, 50]


def test_anaphoric_noun_gives_its_place_to_the_earlier_event():
    meeting = event("CONSULT", ["FRA", "MLI"], start=0)
    later = event("CONSULT", [], place=PlaceRef(name="Bamako", rule="clause"), start=40)
    (merged,) = merge_events([meeting], [later])
    assert merged.place is not None and merged.place.name == "Bamako"


def test_two_international_organisations_acting_alike_are_two_events_one_told_twice_is_one():
    def aid(organisation: str, start: int) -> Event:
        found = event("AID", [], start=start)
        found.actors = [ActorRef(name=organisation, country="IGO", sector="IGO", kb_id=organisation.lower())]
        return found

    # the ICRC's evacuation and the WFP's food distribution in one report: "IGO" is no shared country
    assert len(merge_events([aid("ICRC", 0), aid("WFP", 50)], [])) == 2
    assert len(merge_events([aid("WFP", 0), aid("WFP", 50)], [])) == 1


def test_two_acts_of_one_country_addressed_to_bodies_of_other_sectors_are_two_events():
    def accusation(recipient_sector: str, start: int, sentence: int) -> Event:
        found = event("ACCUSE", ["BEN"], ["BEN"], start=start)
        found.actors[0].sector = "OPP"
        found.recipients[0].sector = recipient_sector
        found.sentence = Span(start=sentence, end=sentence + 40)
        return found

    # "The party accused the electoral commission … Its secretary general accused the court": two acts
    assert len(merge_events([accusation("ELC", 0, 0), accusation("JUD", 50, 45)], [])) == 2
    # the same accusation told again in the next sentence: one act
    assert len(merge_events([accusation("ELC", 0, 0), accusation("ELC", 50, 45)], [])) == 1
