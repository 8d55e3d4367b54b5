"""Roles and categories of the session 15 pass on French news of other domains (evroles): the object the
French parser gave as subject to a reporting verb set after the clause, police evacuations, acts of one
country by agents of different sectors, demands and aid naming no addressee, and reactions to an act noun
they frame."""

from coder_samples import Row, coded, document, parse, spans_of

from dateline.model import Actor, ActorRef, Event, Span
from dateline.stages.events import references
from dateline.stages.events.dedup import merge_events

PART = "Tense=Past|VerbForm=Part"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _sentence(words: str, rows: list[tuple[str, str, str, int, str]]) -> list[Row]:
    return [(w, *r) for w, r in zip(words.split(), rows, strict=True)]


def _with_sector(doc, word: str, name: str, country: str | None, sector: str) -> None:
    parsed = parse([(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc.analysis], doc.language.code)
    doc.actors.append(
        Actor(name=name, kind="group", country=country, sector=sector, mentions=spans_of(parsed, word))
    )


#: "Le tribunal a condamné mardi le journaliste à deux ans de prison , a annoncé son avocat ." as
#: fr_core_news_md parses it: "journaliste" the subject of "annoncé", a ccomp of "condamné".
INCISE = _sentence(
    "Le tribunal a condamné mardi le journaliste à deux ans de prison , a annoncé son avocat .",
    [
        ("le", "DET", "det", 1, ""),
        ("tribunal", "NOUN", "nsubj", 3, ""),
        ("avoir", "AUX", "aux:tense", 3, AUX),
        ("condamner", "VERB", "ROOT", 3, PART),
        ("mardi", "NOUN", "obl:mod", 3, ""),
        ("le", "DET", "det", 6, ""),
        ("journaliste", "NOUN", "nsubj", 14, ""),
        ("à", "ADP", "case", 9, ""),
        ("deux", "NUM", "nummod", 9, ""),
        ("an", "NOUN", "nmod", 6, ""),
        ("de", "ADP", "case", 11, ""),
        ("prison", "NOUN", "nmod", 9, ""),
        (",", "PUNCT", "punct", 14, ""),
        ("avoir", "AUX", "aux:tense", 14, AUX),
        ("annoncer", "VERB", "ccomp", 3, PART),
        ("son", "DET", "det", 16, ""),
        ("avocat", "NOUN", "obj", 14, ""),
        (".", "PUNCT", "punct", 3, ""),
    ],
)


def test_the_object_a_reporting_verb_after_the_clause_took_as_subject_is_the_convicted() -> None:
    actors = {"tribunal": ("Algeria JUD", "DZA"), "journaliste": ("Algeria MED", "DZA")}
    assert coded(document(INCISE, "fr", actors)) == [("SANCTION", ["DZA"], ["DZA"])]


def test_a_reporting_verb_without_a_comma_before_it_gives_no_object() -> None:
    rows = [r for r in INCISE if r[0] != ","]
    rows = [(*r[:4], r[4] - (1 if r[4] > 12 else 0), *r[5:]) for r in rows]
    actors = {"tribunal": ("Algeria JUD", "DZA"), "journaliste": ("Algeria MED", "DZA")}
    assert coded(document(rows, "fr", actors)) == [("SANCTION", ["DZA"], [])]


def _evacuated(agent: str, lemma: str, obj: str, obj_lemma: str) -> list[Row]:
    return _sentence(
        f"La {agent} a évacué un {obj} .",
        [
            ("le", "DET", "det", 1, ""),
            (lemma, "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("évacuer", "VERB", "ROOT", 3, PART),
            ("un", "DET", "det", 5, ""),
            (obj_lemma, "NOUN", "obj", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )


def test_the_police_evacuating_a_building_coerce_its_occupants() -> None:
    doc = document(_evacuated("police", "police", "immeuble", "immeuble"), "fr", {})
    _with_sector(doc, "police", "police", "FRA", "COP")
    assert [e[0] for e in coded(doc)] == ["COERCE"]


def test_an_evacuation_of_the_injured_stays_relief_and_civil_protection_stays_aid() -> None:
    doc = document(_evacuated("police", "police", "blessé", "blessé"), "fr", {})
    _with_sector(doc, "police", "police", "FRA", "COP")
    assert "COERCE" not in [e[0] for e in coded(doc)]
    doc = document(_evacuated("protection", "protection", "village", "village"), "fr", {})
    _with_sector(doc, "protection", "protection civile", "TCD", "GOV")
    assert "COERCE" not in [e[0] for e in coded(doc)]


def _event(type_: str, actors: list[tuple[str, str]], recipients: list[str], sentence: int) -> Event:
    return Event(
        id="",
        type=type_,
        actors=[ActorRef(name=f"{c} {s}", country=c, sector=s) for c, s in actors],
        recipients=[ActorRef(name=r, country=r) for r in recipients],
        evidence=[Span(start=sentence * 100, end=sentence * 100 + 4)],
        trigger=Span(start=sentence * 100, end=sentence * 100 + 4),
        sentence=Span(start=sentence * 100, end=sentence * 100 + 90),
    )


def test_two_acts_of_one_country_by_agents_of_different_sectors_are_two_events() -> None:
    complaint = _event("ACCUSE", [("TUN", "ELC")], ["TUN"], 0)
    denounced = _event("ACCUSE", [("TUN", "PTY")], ["TUN"], 1)
    assert len(merge_events([complaint, denounced], [])) == 2


def test_one_act_told_twice_by_agents_of_one_sector_is_still_one_event() -> None:
    title = _event("ACCUSE", [("TUN", "JUD")], ["TUN"], 0)
    body = _event("ACCUSE", [("TUN", "JUD")], ["TUN"], 1)
    same_sentence = _event("ACCUSE", [("TUN", "PTY")], ["TUN"], 1)
    assert len(merge_events([title, body], [])) == 1
    assert len(merge_events([body, same_sentence], [])) == 1


def test_between_two_countries_a_partys_sectors_may_vary_and_one_act_stays_one() -> None:
    aircraft = _event("ASSAULT", [("RUS", "MIL")], ["SYR"], 0)
    moscow = _event("ASSAULT", [("RUS", "GOV")], ["SYR"], 1)
    assert len(merge_events([aircraft, moscow], [])) == 1


def test_a_demand_or_a_pledge_of_an_aid_agency_of_no_country_is_made_where_it_acts() -> None:
    msf = ActorRef(name="Médecins Sans Frontières", kind="organisation", sector="NGO")
    unplaced = ActorRef(name="Front", kind="organisation")
    assert [r.country for r in references.local_addressee([msf], None, "COD")] == ["COD"]
    assert references.local_addressee([unplaced], None, "COD") == []
    assert [r.country for r in references.home_beneficiary([msf], "COD")] == ["COD"]
    assert references.home_beneficiary([unplaced], "COD") == []


#: "Police arrested the leader . His party called the arrest illegal ."
ARRESTED = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("arrested", "arrest", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 3),
    ("leader", "leader", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
CALLED = [
    ("His", "his", "PRON", "poss", 1),
    ("party", "party", "NOUN", "nsubj", 2),
    ("called", "call", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Fin"),
    ("the", "the", "DET", "det", 4),
    ("arrest", "arrest", "NOUN", "dobj", 2),
    ("illegal", "illegal", "ADJ", "oprd", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_reaction_naming_an_act_it_frames_answers_the_acts_author_not_itself() -> None:
    doc = document(ARRESTED, "en", {}, CALLED)
    _with_sector(doc, "Police", "police", "UGA", "COP")
    _with_sector(doc, "leader", "opposition leader", "KEN", "OPP")
    _with_sector(doc, "party", "party", "KEN", "PTY")
    accusations = [e for e in coded(doc) if e[0] == "ACCUSE"]
    assert accusations == [("ACCUSE", ["KEN"], ["UGA"])]


def test_deplorable_and_regrettable_disapprove_under_a_naming_verb() -> None:
    for word in ("deplorable", "unjustified"):
        rows = [(word, word, *r[2:]) if r[0] == "illegal" else r for r in CALLED]
        doc = document(ARRESTED, "en", {}, rows)
        _with_sector(doc, "Police", "police", "UGA", "COP")
        _with_sector(doc, "party", "party", "KEN", "PTY")
        assert ("ACCUSE", ["KEN"], ["UGA"]) in coded(doc)


def test_a_causative_subject_has_the_act_done_and_is_no_patient() -> None:
    from dateline.stages.events.arguments import causative, is_passive, passive_subject

    rows = _sentence(
        "Le gouverneur a fait arrêter dimanche le chef .",
        [
            ("le", "DET", "det", 1, ""),
            ("gouverneur", "NOUN", "nsubj:pass", 4, ""),
            ("avoir", "AUX", "aux:tense", 4, AUX),
            ("faire", "VERB", "dep", 4, PART),
            ("arrêter", "VERB", "ROOT", 4, ""),
            ("dimanche", "NOUN", "obl:mod", 4, ""),
            ("le", "DET", "det", 7, ""),
            ("chef", "NOUN", "obl:mod", 4, ""),
            (".", "PUNCT", "punct", 4, ""),
        ],
    )
    doc = parse(rows, "fr")
    arrest = doc[4]
    assert causative(arrest) and not is_passive(arrest) and not passive_subject(doc[1])
    from dateline.stages.events.arguments import direct_objects

    assert [t.text for t in direct_objects(arrest)] == ["chef"]


def test_a_lifted_measure_names_whom_it_was_imposed_on_and_aid_reaches_people_hung_deeper() -> None:
    from dateline.stages.events.arguments import given_to, imposed_on

    lifted = parse(
        _sentence(
            "La CEDEAO a levé les sanctions imposées à la Guinée .",
            [
                ("le", "DET", "det", 1, ""),
                ("CEDEAO", "PROPN", "nsubj", 3, ""),
                ("avoir", "AUX", "aux:tense", 3, AUX),
                ("lever", "VERB", "ROOT", 3, PART),
                ("le", "DET", "det", 5, ""),
                ("sanction", "NOUN", "obj", 3, ""),
                ("imposer", "VERB", "acl", 5, PART),
                ("à", "ADP", "case", 9, ""),
                ("le", "DET", "det", 9, ""),
                ("Guinée", "PROPN", "obl:arg", 6, ""),
                (".", "PUNCT", "punct", 3, ""),
            ],
        ),
        "fr",
    )
    assert [t.text for t in imposed_on(lifted[5])] == ["Guinée"]
    sent = parse(
        _sentence(
            "Le Maroc a envoyé trente tonnes de vivres aux sinistrés .",
            [
                ("le", "DET", "det", 1, ""),
                ("Maroc", "PROPN", "nsubj", 3, ""),
                ("avoir", "AUX", "aux:tense", 3, AUX),
                ("envoyer", "VERB", "ROOT", 3, PART),
                ("trente", "NUM", "nummod", 5, ""),
                ("tonne", "NOUN", "obj", 3, ""),
                ("de", "ADP", "case", 7, ""),
                ("vivre", "NOUN", "nmod", 5, ""),
                ("à", "ADP", "case", 9, ""),
                ("sinistré", "NOUN", "nmod", 7, ""),
                (".", "PUNCT", "punct", 3, ""),
            ],
        ),
        "fr",
    )
    assert [t.text for t in given_to(sent[3])] == ["sinistrés"]


def test_the_heads_of_state_of_an_international_organisation_act_as_the_organisation() -> None:
    rows = _sentence(
        "Les chefs de la CEDEAO ont levé les sanctions .",
        [
            ("le", "DET", "det", 1, ""),
            ("chef", "NOUN", "nsubj", 6, ""),
            ("de", "ADP", "case", 4, ""),
            ("le", "DET", "det", 4, ""),
            ("CEDEAO", "PROPN", "nmod", 1, ""),
            ("avoir", "AUX", "aux:tense", 6, AUX),
            ("lever", "VERB", "ROOT", 6, PART),
            ("le", "DET", "det", 8, ""),
            ("sanction", "NOUN", "obj", 6, ""),
            (".", "PUNCT", "punct", 6, ""),
        ],
    )
    doc = document(rows, "fr", {})
    _with_sector(doc, "chefs", "chef (GOV)", None, "GOV")
    parsed = parse([(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc.analysis], "fr")
    doc.actors.append(
        Actor(
            name="ECOWAS",
            kind="organisation",
            country="IGO",
            sector="IGO",
            kb_id="ecowas",
            mentions=spans_of(parsed, "CEDEAO"),
        )
    )
    assert {tuple(e[1]) for e in coded(doc)} == {("IGO",)}
