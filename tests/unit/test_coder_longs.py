"""Long, page-like reports (session 20, evlong): a denial whose arguments name no party answers the
accusation before it; police or soldiers blocking a march or a road restrict, they do not protest; a
clause a privative introduces (« sans être poursuivi », "without being charged") tells an act that did not
happen; a vow to bring the perpetrators to justice is a charge promised, so a threat; a demonym closing a
regional adjective ("Inter-American", "Latin American") names no country."""

import spacy
from coder_samples import V_PAST, Row, coded, coding, document, parse, spans_of
from spacy.tokens import Doc

from dateline.kb import load_kb, load_role_lexicon
from dateline.model import Actor, Document, Language, Span
from dateline.stages.actors import Actors
from dateline.stages.events import auxiliary
from dateline.stages.events.passes import trigger

ACCUSED: list[Row] = [
    ("Mali", "Mali", "PROPN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1, V_PAST),
    ("Algeria", "Algeria", "PROPN", "dobj", 1),
    ("of", "of", "ADP", "prep", 1),
    ("arming", "arm", "VERB", "pcomp", 3),
    ("rebels", "rebel", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
DENIED: list[Row] = [
    ("Algiers", "Algiers", "PROPN", "nsubj", 1),
    ("denied", "deny", "VERB", "ROOT", 1, V_PAST),
    ("that", "that", "SCONJ", "mark", 5),
    ("it", "it", "PRON", "nsubjpass", 5),
    ("was", "be", "AUX", "auxpass", 5),
    ("involved", "involve", "VERB", "ccomp", 1, "VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 1),
]
DEMENTI: list[Row] = [
    ("Alger", "Alger", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("démenti", "démentir", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("toute", "tout", "DET", "det", 4),
    ("implication", "implication", "NOUN", "obj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
ACCUSE_FR: list[Row] = [
    ("Bamako", "Bamako", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("accusé", "accuser", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("Alger", "Alger", "PROPN", "obj", 2),
    ("d'", "de", "ADP", "mark", 5),
    ("armer", "armer", "VERB", "xcomp", 2, "VerbForm=Inf"),
    ("les", "le", "DET", "det", 7),
    ("rebelles", "rebelle", "NOUN", "obj", 5),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_denial_naming_no_party_answers_the_accusation_before_it() -> None:
    actors = {"Mali": ("Mali", "MLI"), "Algeria": ("Algeria", "DZA"), "Algiers": ("Algeria", "DZA")}
    events = coded(document(ACCUSED, "en", actors, DENIED))
    assert ("REJECT", ["DZA"], ["MLI"]) in events
    french = {"Bamako": ("Mali", "MLI"), "Alger": ("Algeria", "DZA")}
    assert ("REJECT", ["DZA"], ["MLI"]) in coded(document(ACCUSE_FR, "fr", french, DEMENTI))


BLOCKED: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("blocked", "block", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("march", "march", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 3),
    ("protesters", "protester", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


def test_police_blocking_a_march_restrict_it() -> None:
    doc = document(BLOCKED, "en", {})
    doc.actors.append(
        Actor(name="police (COP)", kind="group", country="KEN", sector="COP", mentions=_spans(doc, "Police"))
    )
    doc.actors.append(
        Actor(
            name="protester (CVL)",
            kind="group",
            country="KEN",
            sector="CVL",
            mentions=_spans(doc, "protesters"),
        )
    )
    assert [e[0] for e in coded(doc)] == ["COERCE"]


def _spans(doc: Document, word: str) -> list[Span]:
    return spans_of(doc.analysis, word)


SANS: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("maire", "maire", "NOUN", "nsubj:pass", 4),
    ("a", "avoir", "AUX", "aux:tense", 4),
    ("été", "être", "AUX", "aux:pass", 4),
    ("entendu", "entendre", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
    (",", ",", "PUNCT", "punct", 8),
    ("sans", "sans", "ADP", "mark", 8),
    ("être", "être", "AUX", "aux:pass", 8),
    ("poursuivi", "poursuivre", "VERB", "advcl", 4, "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 4),
]
WITHOUT: list[Row] = [
    ("He", "he", "PRON", "nsubjpass", 2),
    ("was", "be", "AUX", "auxpass", 2),
    ("released", "release", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("without", "without", "ADP", "prep", 2),
    ("being", "be", "AUX", "auxpass", 5),
    ("charged", "charge", "VERB", "pcomp", 3, "VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_clause_a_privative_introduces_tells_an_act_that_did_not_happen() -> None:
    french = parse(SANS, "fr")
    assert auxiliary.negated(french[8], french[8])
    assert not auxiliary.negated(french[4], french[4])
    english = parse(WITHOUT)
    assert auxiliary.negated(english[5], english[5])
    assert not auxiliary.negated(english[2], english[2])  # the release happened


BROUGHT: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 1),
    ("brought", "bring", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("killers", "killer", "NOUN", "dobj", 1),
    ("to", "to", "ADP", "prep", 1),
    ("justice", "justice", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
TRADUITS: list[Row] = [
    ("Les", "le", "DET", "det", 1),
    ("auteurs", "auteur", "NOUN", "nsubj:pass", 4),
    ("seront", "être", "AUX", "aux:pass", 4),
    ("traduits", "traduire", "VERB", "ROOT", 4, "VerbForm=Part"),
    ("en", "en", "ADP", "case", 5),
    ("justice", "justice", "NOUN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_bringing_to_justice_is_a_charge() -> None:
    english = coding(document(BROUGHT, "en", {}), trigger.find).candidates
    assert [c.trigger.types for c in english] == [{"ACCUSE": "allege"}]
    french = coding(document(TRADUITS, "fr", {}), trigger.find).candidates
    assert [c.trigger.types for c in french] == [{"ACCUSE": "allege"}]


def test_a_demonym_closing_a_regional_adjective_names_no_country() -> None:
    stage = Actors(load_kb(), load_role_lexicon())

    def actors(
        words: list[str], spaces: list[bool], pos: list[str], deps: list[str], heads: list[int]
    ) -> set[str | None]:
        sdoc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads)
        doc = Document(id="t", text=sdoc.text, language=Language(code="en", confidence=1.0))
        doc.analysis = sdoc
        stage(doc)
        return {a.country for a in doc.actors}

    # "Inter-American Commission urged Ecuador ."
    words = ["Inter", "-", "American", "Commission", "urged", "Ecuador", "."]
    spaces = [False, False, True, True, True, False, False]
    pos = ["PROPN", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PUNCT"]
    deps = ["compound", "punct", "compound", "nsubj", "ROOT", "dobj", "punct"]
    assert "USA" not in actors(words, spaces, pos, deps, [3, 2, 3, 4, 4, 4, 4])
    # "Latin American leaders met ."
    words = ["Latin", "American", "leaders", "met", "."]
    pos = ["ADJ", "ADJ", "NOUN", "VERB", "PUNCT"]
    deps = ["amod", "amod", "nsubj", "ROOT", "punct"]
    assert "USA" not in actors(words, [True, True, True, False, False], pos, deps, [1, 2, 3, 3, 3])
    # "American officials met ." still names the United States
    words = ["American", "officials", "met", "."]
    pos, deps = ["ADJ", "NOUN", "VERB", "PUNCT"], ["amod", "nsubj", "ROOT", "punct"]
    assert "USA" in actors(words, [True, True, False, False], pos, deps, [1, 2, 2, 2])


def test_a_datelines_outlet_is_no_party_and_its_town_no_antecedent_of_he() -> None:
    stage = Actors(load_kb(), load_role_lexicon())
    rows = [
        ("QUELIMANE", "PROPN", "npadvmod", 8, True, "B-ORG"),
        ("(", "PUNCT", "punct", 3, False, "O"),
        ("Zambezi", "PROPN", "compound", 3, True, "B-ORG"),
        ("Observer", "PROPN", "appos", 0, False, "I-ORG"),
        (")", "PUNCT", "punct", 3, True, "O"),
        ("—", "PUNCT", "punct", 8, True, "O"),
        ("Daniel", "PROPN", "compound", 7, True, "B-PERSON"),
        ("Chapo", "PROPN", "nsubj", 8, True, "I-PERSON"),
        ("visited", "VERB", "ROOT", 8, True, "O"),
        ("Quelimane", "PROPN", "dobj", 8, False, "B-PERSON"),
        (".", "PUNCT", "punct", 8, True, "O"),
        ("He", "PRON", "nsubj", 12, True, "O"),
        ("promised", "VERB", "ROOT", 12, True, "O"),
        ("aid", "NOUN", "dobj", 12, False, "O"),
        (".", "PUNCT", "punct", 12, False, "O"),
    ]
    sdoc = Doc(
        spacy.blank("en").vocab,
        words=[r[0] for r in rows],
        spaces=[r[4] for r in rows],
        pos=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        heads=[r[3] for r in rows],
        ents=[r[5] for r in rows],
        sent_starts=[i in (0, 11) for i in range(len(rows))],
    )
    doc = Document(id="t", text=sdoc.text, language=Language(code="en", confidence=1.0))
    doc.analysis = sdoc
    stage(doc)
    names = {a.name: a for a in doc.actors}
    assert "Zambezi Observer" not in names
    he = doc.text.index(" He ") + 1
    assert [a.name for a in doc.actors if any(m.start == he for m in a.mentions)] == ["Daniel Chapo"]
    assert all(a.kind != "person" for a in doc.actors if a.name.lower() == "quelimane")
