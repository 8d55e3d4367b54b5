"""French pass on the multi-domain corpus (issue 13): future and conditional forms the tagger
mislabels, readiness as a future, evacuated civilians as aid, an offered meeting's guests."""

from coder_samples import Row, coded, coded_with_auxiliary, document, parse

from dateline.model import Place
from dateline.stages.events import auxiliary

V_PART = "Tense=Past|VerbForm=Part"

#: "Le gouverneur a assuré que les autorités autoriseront l' accès ." (future tagged present).
AUTHORISE_FR: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("gouverneur", "gouverneur", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("assuré", "assurer", "VERB", "ROOT", 3, V_PART),
    ("que", "que", "SCONJ", "mark", 7),
    ("les", "le", "DET", "det", 6),
    ("autorités", "autorité", "NOUN", "nsubj", 7),
    ("autoriseront", "autoriser", "VERB", "ccomp", 3, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("l'", "le", "DET", "det", 9),
    ("accès", "accès", "NOUN", "obj", 7),
    (".", ".", "PUNCT", "punct", 3),
]

#: "La mairie a indiqué qu' elle collaborerait avec la police ." (conditional tagged imperfect).
COLLABORATE_FR: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("mairie", "mairie", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("indiqué", "indiquer", "VERB", "ROOT", 3, V_PART),
    ("qu'", "que", "SCONJ", "mark", 6),
    ("elle", "lui", "PRON", "nsubj", 6),
    ("collaborerait", "collaborer", "VERB", "ccomp", 3, "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("avec", "avec", "ADP", "case", 9),
    ("la", "le", "DET", "det", 9),
    ("police", "police", "NOUN", "obl:mod", 6),
    (".", ".", "PUNCT", "punct", 3),
]

#: "La mairie déclarait qu' elle collaborait avec la police ." (true imperfects).
IMPERFECT_FR: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("mairie", "mairie", "NOUN", "nsubj", 2),
    ("déclarait", "déclarer", "VERB", "ROOT", 2, "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("qu'", "que", "SCONJ", "mark", 5),
    ("elle", "lui", "PRON", "nsubj", 5),
    ("collaborait", "collaborer", "VERB", "ccomp", 2, "Mood=Ind|Tense=Imp|VerbForm=Fin"),
    ("avec", "avec", "ADP", "case", 8),
    ("la", "le", "DET", "det", 8),
    ("police", "police", "NOUN", "obl:mod", 5),
    (".", ".", "PUNCT", "punct", 2),
]

#: "L' Union était prête à lever les mesures ." (readiness: a future act).
READY_FR: list[Row] = [
    ("L'", "le", "DET", "det", 1),
    ("Union", "Union", "PROPN", "nsubj", 3),
    ("était", "être", "AUX", "cop", 3, "Tense=Imp|VerbForm=Fin"),
    ("prête", "prêt", "ADJ", "ROOT", 3),
    ("à", "à", "ADP", "mark", 5),
    ("lever", "lever", "VERB", "xcomp", 3, "VerbForm=Inf"),
    ("les", "le", "DET", "det", 7),
    ("mesures", "mesure", "NOUN", "obj", 5),
    (".", ".", "PUNCT", "punct", 3),
]

#: "La Croix-Rouge a évacué des familles ." (civilians brought to safety).
EVACUATED_FR: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("Croix-Rouge", "Croix-Rouge", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("évacué", "évacuer", "VERB", "ROOT", 3, V_PART),
    ("des", "un", "DET", "det", 5),
    ("familles", "famille", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]

#: "Dakar a proposé de recevoir les syndicats ." (an offered meeting: its guests are the recipients).
OFFERED_MEETING_FR: list[Row] = [
    ("Dakar", "Dakar", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2, "Tense=Pres"),
    ("proposé", "proposer", "VERB", "ROOT", 2, V_PART),
    ("de", "de", "ADP", "mark", 4),
    ("recevoir", "recevoir", "VERB", "xcomp", 2, "VerbForm=Inf"),
    ("les", "le", "DET", "det", 6),
    ("syndicats", "syndicat", "NOUN", "obj", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def test_future_and_conditional_endings_the_tagger_mislabels() -> None:
    authorise = parse(AUTHORISE_FR, "fr")
    assert auxiliary.french_tense(authorise[7]) == "Fut"
    assert auxiliary.future(authorise[7], list(authorise))
    collaborate = parse(COLLABORATE_FR, "fr")
    assert auxiliary.french_tense(collaborate[6]) == "Cnd"
    assert auxiliary.future(collaborate[6], list(collaborate))
    imperfect = parse(IMPERFECT_FR, "fr")
    assert [auxiliary.french_tense(imperfect[i]) for i in (2, 5)] == [None, None]
    assert not auxiliary.future(imperfect[5], list(imperfect))


def test_readiness_puts_the_act_ahead() -> None:
    ready = parse(READY_FR, "fr")
    assert auxiliary.future(ready[5], list(ready))


def test_a_promised_cooperation_is_an_agreement() -> None:
    doc = document(COLLABORATE_FR, "fr", {"police": ("France", "FRA")}, groups=("mairie",))
    assert coded_with_auxiliary(doc) == [("AGREE", "future", [""], ["FRA"])]


def test_evacuated_civilians_are_aid() -> None:
    doc = document(EVACUATED_FR, "fr", {"Croix-Rouge": ("Mali", "MLI")}, groups=("familles",))
    assert coded(doc) == [("AID", ["MLI"], [""])]


def test_an_offered_meeting_names_its_guests() -> None:
    doc = document(OFFERED_MEETING_FR, "fr", {"Dakar": ("Senegal", "SEN")}, groups=("syndicats",))
    assert coded(doc) == [("AGREE", ["SEN"], [""])]


#: "Le ministre a présenté vendredi sa démission ." (the parser hangs the noun on the day).
RESIGNED_FR: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("ministre", "ministre", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("présenté", "présenter", "VERB", "ROOT", 3, V_PART),
    ("vendredi", "vendredi", "NOUN", "obl:mod", 3),
    ("sa", "son", "DET", "det", 6),
    ("démission", "démission", "NOUN", "nmod", 4),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_resignation_presented_is_a_resignation() -> None:
    doc = document(RESIGNED_FR, "fr", {}, groups=("ministre",))
    assert coded(doc) == [("RETREAT", [""], [])]


#: "Des jeunes ont manifesté à Perm ." (a place the places stage resolved abroad).
PROTESTED_FR: list[Row] = [
    ("Des", "un", "DET", "det", 1),
    ("jeunes", "jeune", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("manifesté", "manifester", "VERB", "ROOT", 3, V_PART),
    ("à", "à", "ADP", "case", 5),
    ("Perm", "Perm", "PROPN", "obl:mod", 3),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_place_abroad_yields_to_the_country_the_headline_names() -> None:
    doc = document(PROTESTED_FR, "fr", {}, places={"Perm": "RUS"}, groups=("jeunes",))
    assert coded(doc) == [("PROTEST", ["RUS"], ["RUS"])]  # made to the country where it happens
    doc.title = "Bassora : des jeunes manifestent"
    doc.places.append(Place(name="Bassora", country="IRQ"))
    assert coded(doc) == [("PROTEST", ["IRQ"], ["IRQ"])]


#: "Le tribunal a rejeté la demande des avocats ." (the request's authors are the recipients).
REQUEST_REJECTED_FR: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("tribunal", "tribunal", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("rejeté", "rejeter", "VERB", "ROOT", 3, V_PART),
    ("la", "le", "DET", "det", 5),
    ("demande", "demande", "NOUN", "obj", 3),
    ("des", "de", "ADP", "case", 7),
    ("avocats", "avocat", "NOUN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_rejected_request_has_its_authors_as_recipients() -> None:
    doc = document(REQUEST_REJECTED_FR, "fr", {"tribunal": ("Togo", "TGO")}, groups=("avocats",))
    assert coded(doc) == [("REJECT", ["TGO"], [""])]
