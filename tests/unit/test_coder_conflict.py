"""Conflict reports (session 17, evconflict): both sides of an opposing verb hung on its object
("ont opposé l'armée aux jihadistes", "pitted X against Y"); a rigged vehicle as the weapon of an
unnamed group (« une voiture piégée a explosé »); a subject that undergoes an attack noun ("came under
fire", « est tombée dans une embuscade », « a été la cible de tirs »); a sentence-opening -ing noun the
tagger misread ("Shelling hit…"); the armed groups and state forces the KB now knows."""

import spacy
from coder_samples import Row, coded, coding, document
from spacy.tokens import Doc

from dateline.kb import load_kb
from dateline.model import Actor, Document, Event, Language, Place
from dateline.stages.events.coder import EventCoder
from dateline.stages.events.passes import roles, trigger
from dateline.stages.events.triggers import misread_gerund, nominal_gerund

PART = "Tense=Past|VerbForm=Part"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def coded_events(doc: Document) -> list[Event]:
    return EventCoder().code(doc, "events@test")


def attacks(doc: Document) -> list[tuple[str, list[str | None], list[str | None]]]:
    """Each event's type, its actors' sectors and its recipients' countries."""
    return [
        (e.type, [a.sector for a in e.actors], [r.country for r in e.recipients]) for e in coded_events(doc)
    ]


def _rows(words: str, rows: list[tuple[str, str, str, int, str]]) -> list[Row]:
    return [(w, *r) for w, r in zip(words.split(), rows, strict=True)]


def test_the_other_side_of_an_opposing_verb_hung_on_its_object_is_an_actor_too() -> None:
    clashed = _rows(
        "Des combats ont opposé l' armée aux jihadistes .",
        [
            ("un", "DET", "det", 1, ""),
            ("combat", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("opposer", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("armée", "NOUN", "obj", 3, ""),
            ("aux", "ADP", "case", 7, ""),
            ("jihadiste", "NOUN", "nmod", 5, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"armée": ("Niger MIL", "NER"), "jihadistes": ("Niger REB", "NER")}
    state = coding(document(clashed, "fr", actors), trigger.find, roles.read)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "combats"]
    assert [t.text for t in item.roles.actors] == ["armée", "jihadistes"]
    assert item.roles.recipients == []


def test_fighting_pitted_one_side_against_another() -> None:
    pitted: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("clashes", "clash", "NOUN", "nsubj", 2),
        ("pitted", "pit", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
        ("the", "the", "DET", "det", 4),
        ("army", "army", "NOUN", "dobj", 2),
        ("against", "against", "ADP", "prep", 4),
        ("rebels", "rebel", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    actors = {"army": ("Mali MIL", "MLI"), "rebels": ("Mali REB", "MLI")}
    state = coding(document(pitted, "en", actors), trigger.find, roles.read)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "clashes"]
    assert [t.text for t in item.roles.actors] == ["army", "rebels"]


def _rigged(participle: str, lemma: str) -> list[Row]:
    """ "Une voiture piégée a explosé à Mossoul ." with the participle given."""
    return _rows(
        f"Une voiture {participle} a explosé à Mossoul .",
        [
            ("un", "DET", "det", 1, ""),
            ("voiture", "NOUN", "nsubj", 4, ""),
            (lemma, "VERB", "acl", 1, PART),
            ("avoir", "AUX", "aux:tense", 4, AUX),
            ("exploser", "VERB", "ROOT", 4, PART),
            ("à", "ADP", "case", 6, ""),
            ("Mossoul", "PROPN", "obl:mod", 4, ""),
            (".", "PUNCT", "punct", 4, ""),
        ],
    )


def test_a_rigged_vehicle_that_exploded_is_an_attack_by_an_unnamed_group() -> None:
    doc = document(_rigged("piégée", "piéger"), "fr", {}, places={"Mossoul": "IRQ"})
    assert coded(doc) == [("ASSAULT", ["IRQ"], [])]
    (event,) = coded_events(doc)
    assert event.actors[0].sector == "UAF"


def test_a_vehicle_that_merely_stopped_is_no_weapon() -> None:
    doc = document(_rigged("garée", "garer"), "fr", {}, places={"Mossoul": "IRQ"})
    assert coded(doc) == []


def _ambushed(verb: str, lemma: str, dep: str, marker: str) -> list[Row]:
    """ "Une patrouille est tombée dans une embuscade ." and the like, the noun the verb's complement."""
    return _rows(
        f"Une patrouille est {verb} {marker} une embuscade .",
        [
            ("un", "DET", "det", 1, ""),
            ("patrouille", "NOUN", "nsubj:pass", 3, ""),
            ("être", "AUX", "aux:pass", 3, AUX),
            (lemma, "VERB", "ROOT", 3, PART),
            (marker, "ADP", "case", 6, ""),
            ("un", "DET", "det", 6, ""),
            ("embuscade", "NOUN", dep, 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )


def test_a_patrol_that_fell_into_an_ambush_underwent_it() -> None:
    actors = {"patrouille": ("Mali MIL", "MLI")}
    doc = document(_ambushed("tombée", "tomber", "obl:arg", "dans"), "fr", actors, places={})
    assert attacks(doc) == [("ASSAULT", ["UAF"], ["MLI"])]


def test_a_convoy_that_came_under_fire_from_rebels_was_attacked_by_them() -> None:
    fired: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("convoy", "convoy", "NOUN", "nsubj", 2),
        ("came", "come", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
        ("under", "under", "ADP", "prep", 2),
        ("fire", "fire", "NOUN", "pobj", 3),
        ("from", "from", "ADP", "prep", 2),
        ("rebels", "rebel", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    actors = {"convoy": ("Mali MIL", "MLI"), "rebels": ("Mali REB", "MLI")}
    events = coded_events(document(fired, "en", actors))
    assert [(e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in events] == [
        ("ASSAULT", ["Mali REB"], ["Mali MIL"])
    ]


def test_the_subject_of_a_copula_on_a_target_noun_undergoes_its_attack() -> None:
    targeted = _rows(
        "Le poste a été la cible de tirs .",
        [
            ("le", "DET", "det", 1, ""),
            ("poste", "NOUN", "nsubj", 5, ""),
            ("avoir", "AUX", "aux:tense", 5, AUX),
            ("être", "AUX", "cop", 5, PART),
            ("le", "DET", "det", 5, ""),
            ("cible", "NOUN", "ROOT", 5, ""),
            ("de", "ADP", "case", 7, ""),
            ("tir", "NOUN", "nmod", 5, ""),
            (".", "PUNCT", "punct", 5, ""),
        ],
    )
    assert attacks(document(targeted, "fr", {"poste": ("Burkina Faso COP", "BFA")})) == [
        ("ASSAULT", ["UAF"], ["BFA"])
    ]


def _gerund_doc(pos: str, dep: str, tag: str) -> Document:
    """ "Shelling hit the outskirts of Marjayoun ." with the first word read as given."""
    words = ["Shelling", "hit", "the", "outskirts", "of", "Marjayoun", "."]
    parsed = Doc(
        spacy.blank("en").vocab,
        words=words,
        lemmas=["shelling", "hit", "the", "outskirt", "of", "Marjayoun", "."],
        pos=[pos, "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        tags=[tag, "VBD", "DT", "NNS", "IN", "NNP", "."],
        deps=[dep, "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        heads=[1, 1, 3, 1, 3, 4, 1],
        sent_starts=[True, False, False, False, False, False, False],
    )
    doc = Document(id="t", text=parsed.text, language=Language(code="en", confidence=1.0))
    doc.places.append(Place(name="Marjayoun", country="LBN", mentions=[]))
    doc.actors.append(Actor(name="Marjayoun", kind="country", country=None, mentions=[]))
    doc.analysis = parsed
    return doc


def test_an_opening_ing_word_the_tagger_made_an_auxiliary_is_the_verbs_subject() -> None:
    misread = _gerund_doc("AUX", "aux", "VBG")
    assert misread_gerund(misread.analysis[0]) and nominal_gerund(misread.analysis[0])
    events = coded_events(misread)
    assert [(e.type, [a.sector for a in e.actors]) for e in events] == [("ASSAULT", ["UAF"])]


def test_a_gerund_subject_with_no_object_is_the_event_noun() -> None:
    gerund = _gerund_doc("VERB", "nsubj", "VBG")
    assert nominal_gerund(gerund.analysis[0])
    assert not misread_gerund(gerund.analysis[0])


def test_armed_groups_and_state_forces_of_conflict_reports_are_known() -> None:
    kb = load_kb()
    for name, lang, entry in [
        ("FARDC", "fr", "fardc"),
        ("FAMa", "fr", "fama"),
        ("CODECO", "fr", "codeco"),
        ("Wazalendo", "en", "wazalendo"),
        ("Volontaires pour la défense de la patrie", "fr", "vdp"),
        ("Arakan Army", "en", "arakan-army"),
        ("Clan del Golfo", "en", "clan-del-golfo"),
    ]:
        assert [h.entry.id for h in kb.hits(name, lang)] == [entry], name


def test_a_vehicle_that_hit_a_landmine_was_attacked_by_an_unnamed_group() -> None:
    hit: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("vehicle", "vehicle", "NOUN", "nsubj", 2),
        ("hit", "hit", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
        ("a", "a", "DET", "det", 4),
        ("landmine", "landmine", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert attacks(document(hit, "en", {"vehicle": ("Somalia MIL", "SOM")})) == [
        ("ASSAULT", ["UAF"], ["SOM"])
    ]


def test_a_vehicle_that_ran_onto_a_mine_in_french_too() -> None:
    jumped = _rows(
        "Le véhicule a sauté sur une mine .",
        [
            ("le", "DET", "det", 1, ""),
            ("véhicule", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("sauter", "VERB", "ROOT", 3, PART),
            ("sur", "ADP", "case", 6, ""),
            ("un", "DET", "det", 6, ""),
            ("mine", "NOUN", "obl:arg", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    assert attacks(document(jumped, "fr", {"véhicule": ("Niger MIL", "NER")})) == [
        ("ASSAULT", ["UAF"], ["NER"])
    ]


def test_soldiers_who_lost_their_lives_in_an_attack_underwent_it() -> None:
    lost: list[Row] = [
        ("Soldiers", "soldier", "NOUN", "nsubj", 1),
        ("lost", "lose", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
        ("their", "their", "PRON", "poss", 3),
        ("lives", "life", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 1),
        ("an", "an", "DET", "det", 6),
        ("ambush", "ambush", "NOUN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    assert attacks(document(lost, "en", {"Soldiers": ("Mali MIL", "MLI")})) == [("ASSAULT", ["UAF"], ["MLI"])]


def test_an_arrest_on_a_road_is_no_capture_of_territory() -> None:
    arrested = _rows(
        "Les soldats ont arrêté trois suspects sur l' axe .",
        [
            ("le", "DET", "det", 1, ""),
            ("soldat", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("arrêter", "VERB", "ROOT", 3, PART),
            ("trois", "NUM", "nummod", 5, ""),
            ("suspect", "NOUN", "obj", 3, ""),
            ("sur", "ADP", "case", 8, ""),
            ("le", "DET", "det", 8, ""),
            ("axe", "NOUN", "nmod", 5, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"soldats": ("Burkina Faso MIL", "BFA"), "suspects": ("Burkina Faso CVL", "BFA")}
    assert coded(document(arrested, "fr", actors)) == [("COERCE", ["BFA"], ["BFA"])]
