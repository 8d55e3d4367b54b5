"""Actor and recipient coding of the PETRARCH2 pass of issue 13: who made the attack a passive reports
("killed in Israeli shelling"), "would" reported by a past verb (the future seen from the past), the
target of a verb of aiming ("fired missiles at Russia"), the giver of what a host verb receives
("received aid from France"), and the PETRARCH2 triple scoring (dyads of multi-party events, `---`)."""

from coder_samples import COUNTRIES, V_PAST, document, parse
from coder_samples import coded_with_auxiliary as coded

from dateline.eval.dev_loaders import LabelledSentence
from dateline.eval.events_dev import event_triples, score_triples
from dateline.kb.roles import load_role_lexicon
from dateline.model import ActorRef, Document, Event
from dateline.stages.actors.syntax import used_as_place

PART = "Tense=Past|VerbForm=Part"

#: "Four civilians were killed in Israeli shelling ."
KILLED_IN_SHELLING = [
    ("Four", "four", "NUM", "nummod", 1),
    ("civilians", "civilian", "NOUN", "nsubjpass", 3, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 3, "Tense=Past"),
    ("killed", "kill", "VERB", "ROOT", 3, PART),
    ("in", "in", "ADP", "prep", 3),
    ("Israeli", "israeli", "ADJ", "amod", 6),
    ("shelling", "shelling", "NOUN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Four civilians were killed in the city ." (no attack noun: the attacker stays unnamed)
KILLED_IN_CITY = [
    ("Four", "four", "NUM", "nummod", 1),
    ("civilians", "civilian", "NOUN", "nsubjpass", 3, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 3, "Tense=Past"),
    ("killed", "kill", "VERB", "ROOT", 3, PART),
    ("in", "in", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 6),
    ("city", "city", "NOUN", "pobj", 4, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 3),
]


def reported(verb: str, lemma: str, modal: str) -> list:
    """ "Israel <verb> it <modal> free the prisoners ." """
    return [
        ("Israel", "Israel", "PROPN", "nsubj", 1),
        (verb, lemma, "VERB", "ROOT", 1, V_PAST),
        ("it", "it", "PRON", "nsubj", 4),
        (modal, modal, "AUX", "aux", 4, "VerbForm=Fin"),
        ("free", "free", "VERB", "ccomp", 1, "VerbForm=Inf"),
        ("the", "the", "DET", "det", 6),
        ("prisoners", "prisoner", "NOUN", "dobj", 4, "Number=Plur"),
        (".", ".", "PUNCT", "punct", 1),
    ]


#: "The United States fired missiles at Russia ."
FIRED_AT = [
    ("The", "the", "DET", "det", 2),
    ("United", "United", "PROPN", "compound", 2),
    ("States", "States", "PROPN", "nsubj", 3),
    ("fired", "fire", "VERB", "ROOT", 3, V_PAST),
    ("missiles", "missile", "NOUN", "dobj", 3, "Number=Plur"),
    ("at", "at", "ADP", "prep", 3),
    ("Russia", "Russia", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 3),
]
#: "The ministers met at Russia ." (any other verb: "at" stays a locative)
MET_AT = [
    ("The", "the", "DET", "det", 1),
    ("ministers", "minister", "NOUN", "nsubj", 2, "Number=Plur"),
    ("met", "meet", "VERB", "ROOT", 2, V_PAST),
    ("at", "at", "ADP", "prep", 2),
    ("Russia", "Russia", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Lebanon received medicine from France ."
RECEIVED_FROM = [
    ("Lebanon", "Lebanon", "PROPN", "nsubj", 1),
    ("received", "receive", "VERB", "ROOT", 1, V_PAST),
    ("medicine", "medicine", "NOUN", "dobj", 1, "Number=Sing"),
    ("from", "from", "ADP", "prep", 1),
    ("France", "France", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
PARTIES = {**COUNTRIES, "Israeli": ("Israel", "ISR"), "Lebanon": ("Lebanon", "LBN")}
PARTIES |= {"France": ("France", "FRA"), "States": ("United States", "USA")}


def test_the_attack_noun_of_a_passive_names_the_attacker():
    assert coded(document(KILLED_IN_SHELLING, "en", PARTIES)) == [("ASSAULT", None, ["ISR"], [])]
    # without an attack noun the attacker stays unnamed: no country anywhere, no named actor
    assert all(actors != ["ISR"] for _, _, actors, _ in coded(document(KILLED_IN_CITY, "en", PARTIES)))


def test_would_reported_by_a_past_verb_is_the_future_not_a_hypothesis():
    said = coded(document(reported("announced", "announce", "would"), "en", PARTIES))
    assert ("AGREE", "future", ["ISR"], []) in said
    could = coded(document(reported("announced", "announce", "could"), "en", PARTIES))
    assert not could  # an act the report only deems possible is no event (events@57, evprec)


def test_a_verb_of_aiming_takes_its_target_at_a_country():
    fired_at = coded(document(FIRED_AT, "en", PARTIES))
    assert [(actors, recipients) for _, _, actors, recipients in fired_at] == [(["USA"], ["RUS"])]
    roles = load_role_lexicon()
    fired, met = parse(FIRED_AT), parse(MET_AT)
    assert not used_as_place(fired[6], roles, "en")  # fired … at Russia: the target
    assert used_as_place(met[4], roles, "en")  # met at Russia: a place


def test_what_a_host_verb_receives_comes_from_the_giver():
    events = coded(document(RECEIVED_FROM, "en", PARTIES))
    assert events and all(actors == ["FRA"] and recipients == ["LBN"] for _, _, actors, recipients in events)


def party(country: str | None) -> ActorRef:
    return ActorRef(name=country or "someone", country=country)


def event(type_: str, actors: list[str | None], recipients: tuple[str | None, ...] = ()) -> Event:
    return Event(
        id=type_,
        type=type_,
        actors=[party(c) for c in actors],
        recipients=[party(c) for c in recipients],
    )


def test_multi_party_events_are_scored_as_the_dyads_petrarch2_codes():
    meeting = event("CONSULT", ["USA", "RUS", "CHE"])
    assert len(event_triples(meeting)) == 6 and ("CHE", "CONSULT", "USA") in event_triples(meeting)
    assert event_triples(event("CONSULT", ["USA"], ("LBN",))) == {
        ("USA", "CONSULT", "LBN"),
        ("LBN", "CONSULT", "USA"),
    }
    assert event_triples(event("ASSAULT", ["USA"], ("RUS",))) == {("USA", "ASSAULT", "RUS")}
    assert event_triples(meeting, dyads=False) == {(c, "CONSULT", "") for c in ("USA", "RUS", "CHE")}
    gold = (("USA", "CONSULT", "RUS"), ("RUS", "CONSULT", "USA"))
    row = LabelledSentence(id="1", text="x", label="CONSULT", extra=gold)
    doc = Document(id="d", text="x", events=[event("CONSULT", ["USA", "RUS"])])
    assert score_triples([row], [doc]).tp == 2
    assert score_triples([row], [doc], dyads=False).tp == 0


def test_petrarch2_no_country_code_is_an_actor_without_one():
    row = LabelledSentence(id="1", text="x", label="PROTEST", extra=(("RWA", "PROTEST", "---"),))
    protest = Document(id="d", text="x", events=[event("PROTEST", ["RWA"])])
    assert score_triples([row], [protest]).tp == 1
    assert score_triples([row], [protest], dyads=False).tp == 0
    wrong = Document(id="d", text="x", events=[event("PROTEST", ["RWA"], ("USA",))])
    assert score_triples([row], [wrong]).tp == 0


#: "Ten soldiers killed in Ukraine ." (a headline's participle: an attack on the soldiers)
SOLDIERS_KILLED = [
    ("Ten", "ten", "NUM", "nummod", 1),
    ("soldiers", "soldier", "NOUN", "ROOT", 1, "Number=Plur"),
    ("killed", "kill", "VERB", "acl", 1, PART),
    ("in", "in", "ADP", "prep", 2),
    ("Ukraine", "Ukraine", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iraq resisted and was attacked by Turkey ." (a coordinated passive inherits its patient)
RESISTED_AND_ATTACKED = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("resisted", "resist", "VERB", "ROOT", 1, V_PAST),
    ("and", "and", "CCONJ", "cc", 1),
    ("was", "be", "AUX", "auxpass", 4, "Tense=Past"),
    ("attacked", "attack", "VERB", "conj", 1, PART),
    ("by", "by", "ADP", "agent", 4),
    ("Turkey", "Turkey", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_attack_reported_by_a_participle_is_undergone_by_its_noun():
    soldiers = document(SOLDIERS_KILLED, "en", PARTIES, places={"Ukraine": "UKR"}, groups=("soldiers",))
    assert [(t, actors) for t, _, actors, _ in coded(soldiers)] == [("ASSAULT", ["UKR"])]
    # a participle describing a thing is no attack ("the ship damaged in Ukraine")
    ship = [
        (w.replace("soldiers", "ship"), lemma.replace("soldier", "ship"), *rest)
        for w, lemma, *rest in SOLDIERS_KILLED
    ]
    assert coded(document(ship, "en", PARTIES, places={"Ukraine": "UKR"})) == []


def test_a_coordinated_passive_makes_the_shared_subject_its_patient():
    events = coded(document(RESISTED_AND_ATTACKED, "en", PARTIES))
    assert (["TUR"], ["IRQ"]) in [(actors, recipients) for _, _, actors, recipients in events]


def test_an_organisations_base_is_not_where_the_event_happens():
    from dateline.model import Span
    from dateline.stages.places import base

    def at(text: str, name: str) -> bool:
        start = text.index(name)
        return base(text, Span(start=start, end=start + len(name)))

    assert at("The UK-based monitor said eight people were killed in Idlib.", "UK")
    assert not at("The UK-based monitor said eight people were killed in Idlib.", "Idlib")
    assert at("The monitor, based in London, said eight people were killed.", "London")
    assert at("L'ONG, basée à Londres, a indiqué que huit civils ont été tués.", "Londres")
    assert not at("Huit civils ont été tués à Londres.", "Londres")


#: "Militants attacked a patrol led by Malian soldiers ."
PATROL_LED_BY = [
    ("Militants", "militant", "NOUN", "nsubj", 1, "Number=Plur"),
    ("attacked", "attack", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("patrol", "patrol", "NOUN", "dobj", 1, "Number=Sing"),
    ("led", "lead", "VERB", "acl", 3, PART),
    ("by", "by", "ADP", "agent", 4),
    ("Malian", "malian", "ADJ", "amod", 7),
    ("soldiers", "soldier", "NOUN", "pobj", 5, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_target_naming_no_party_belongs_to_the_one_its_participle_names():
    parties = {**PARTIES, "Militants": ("militants", None), "soldiers": ("Mali MIL", "MLI")}
    events = coded(document(PATROL_LED_BY, "en", parties))
    assert [recipients for _, _, _, recipients in events] == [["MLI"]]
