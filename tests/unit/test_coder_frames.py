"""Frames that give an event its parties: datelines (no argument, the report's country), "between A and
B", the recipients of giving verbs, reported obligations ("X said Y must …") and French pronominal verbs."""

from coder_samples import COUNTRIES, V_PAST, coded, document

from dateline.model import Document, Place, Span
from dateline.stages.events.coder import EventCoder
from dateline.stages.events.datelines import dateline_country, dateline_spans
from dateline.stages.events.references import home_country

#: "Russia said Israel must withdraw ."
MUST_EN = [
    ("Russia", "Russia", "PROPN", "nsubj", 1),
    ("said", "say", "VERB", "ROOT", 1, V_PAST),
    ("Israel", "Israel", "PROPN", "nsubj", 4),
    ("must", "must", "AUX", "aux", 4),
    ("withdraw", "withdraw", "VERB", "ccomp", 1),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Israel must withdraw ." (nobody reports it: no demand)
MUST_ALONE_EN = [
    ("Israel", "Israel", "PROPN", "nsubj", 2),
    ("must", "must", "AUX", "aux", 2),
    ("withdraw", "withdraw", "VERB", "ROOT", 2),
    (".", ".", "PUNCT", "punct", 2),
]
#: "La Turquie a déclaré que l' Irak devait retirer ses troupes ."
DEVAIT_FR = [
    ("La", "le", "DET", "det", 1),
    ("Turquie", "Turquie", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("déclaré", "déclarer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("que", "que", "SCONJ", "mark", 7),
    ("l'", "le", "DET", "det", 6),
    ("Irak", "Irak", "PROPN", "nsubj", 7),
    ("devait", "devoir", "VERB", "ccomp", 3, "Tense=Imp|VerbForm=Fin"),
    ("retirer", "retirer", "VERB", "xcomp", 7, "VerbForm=Inf"),
    ("ses", "son", "DET", "det", 10),
    ("troupes", "troupe", "NOUN", "obj", 8),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Iran sent food to Lebanon ." (the parser's "dative" attachment of "to")
SENT_TO_EN = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1, V_PAST),
    ("food", "food", "NOUN", "dobj", 1),
    ("to", "to", "ADP", "dative", 1),
    ("Lebanon", "Lebanon", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]
#: "L' Iran a envoyé des vivres aux réfugiés ." ("aux réfugiés" hung on the object)
SENT_FR = [
    ("L'", "le", "DET", "det", 1),
    ("Iran", "Iran", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3),
    ("envoyé", "envoyer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("des", "un", "DET", "det", 5),
    ("vivres", "vivre", "NOUN", "obj", 3),
    ("aux", "à", "ADP", "case", 7),
    ("réfugiés", "réfugié", "NOUN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Des combats entre la Turquie et les rebelles ont eu lieu ." ("rebelles" hung on "Turquie")
BETWEEN_FR = [
    ("Des", "un", "DET", "det", 1),
    ("combats", "combat", "NOUN", "nsubj", 8),
    ("entre", "entre", "ADP", "case", 4),
    ("la", "le", "DET", "det", 4),
    ("Turquie", "Turquie", "PROPN", "nmod", 1),
    ("et", "et", "CCONJ", "cc", 7),
    ("les", "le", "DET", "det", 7),
    ("rebelles", "rebelle", "NOUN", "conj", 4),
    ("ont", "avoir", "AUX", "aux:tense", 9),
    ("eu", "avoir", "VERB", "ROOT", 9, "Tense=Past|VerbForm=Part"),
    ("lieu", "lieu", "NOUN", "obj", 9),
    (".", ".", "PUNCT", "punct", 9),
]
#: "Les troupes turques se sont retirées ." (pronominal, not passive)
WITHDREW_FR = [
    ("Les", "le", "DET", "det", 1),
    ("troupes", "troupe", "NOUN", "nsubj:pass", 5),
    ("turques", "turc", "ADJ", "amod", 1),
    ("se", "se", "PRON", "expl:comp", 5),
    ("sont", "être", "AUX", "aux:pass", 5),
    ("retirées", "retirer", "VERB", "ROOT", 5, "Tense=Past|VerbForm=Part"),
    (".", ".", "PUNCT", "punct", 5),
]
FR_COUNTRIES = {"Turquie": ("Turquie", "TUR"), "Irak": ("Irak", "IRQ"), "Iran": ("Iran", "IRN")}


def test_a_reported_obligation_is_a_request_of_the_reporter_to_its_subject() -> None:
    assert coded(document(MUST_EN, "en", COUNTRIES)) == [("REQUEST", ["RUS"], ["ISR"])]
    assert coded(document(DEVAIT_FR, "fr", FR_COUNTRIES)) == [("REQUEST", ["TUR"], ["IRQ"])]
    assert [t for t, *_ in coded(document(MUST_ALONE_EN, "en", COUNTRIES))] != ["REQUEST"]


def test_the_recipients_of_giving_verbs() -> None:
    assert coded(document(SENT_TO_EN, "en", COUNTRIES)) == [("AID", ["IRN"], ["LBN"])]
    doc = document(SENT_FR, "fr", FR_COUNTRIES, places={"vivres": "LBN"})
    doc.places[0].mentions = []  # no place: the refugees take the report's country, none here
    (event,) = EventCoder().code(doc, "events@test")
    assert event.type == "AID" and [a.country for a in event.actors] == ["IRN"] and event.recipients == []


def test_between_gives_every_party_as_actor_even_a_misattached_conjunct() -> None:
    doc = document(BETWEEN_FR, "fr", {**FR_COUNTRIES, "rebelles": ("rebelles", "SYR")})
    assert coded(doc) == [("ASSAULT", ["SYR", "TUR"], [])]


def test_a_french_pronominal_verb_with_etre_is_no_passive() -> None:
    doc = document(WITHDREW_FR, "fr", {"troupes": ("Turkey MIL", "TUR")})
    assert coded(doc) == [("RETREAT", ["TUR"], [])]


def test_datelines_are_found_and_name_the_reports_country() -> None:
    text = "TRIPOLI, Lebanon (Cedar Wire) — The council met.\nBAMAKO, 18 février (Le Sahel) – Le conseil."
    spans = [text[s.start : s.end] for s in dateline_spans(text)]
    assert spans == ["TRIPOLI, Lebanon (Cedar Wire) —", "BAMAKO, 18 février (Le Sahel) –"]
    assert dateline_spans("Mali : le Conseil constitutionnel a invalidé le vote.") == []
    doc = Document(
        id="d",
        text=text,
        places=[
            Place(name="Tripoli", country="LBN", mentions=[Span(start=0, end=7)]),
            Place(name="Libya", country="LBY", mentions=[Span(start=60, end=65), Span(start=70, end=75)]),
        ],
    )
    assert dateline_country(doc) == "LBN" and home_country(doc) == "LBN"  # before the places' majority
