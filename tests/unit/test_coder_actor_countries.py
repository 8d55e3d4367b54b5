"""Who an act is by and to, across a report (issue 13, the actor-country pass): an international
organisation's name is no place of the act, a demanded release is asked of whoever detained the
people, an act noun under a reaction refers back to an act of its own word and never to one told
inside another, and a host verb whose object is an event hosts it."""

from coder_samples import V_PAST, Row, coded, document

from dateline.kb.gazetteer import Entry, Gazetteer
from dateline.model import Actor, Document, Place, Span
from dateline.stages.events.adapters import without_organisations
from dateline.stages.events.homonyms import Misread, misread_dateline

#: "Protesters urged the Union to act ."
URGED: list[Row] = [
    ("Protesters", "protester", "NOUN", "nsubj", 1),
    ("urged", "urge", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("Union", "Union", "PROPN", "dobj", 1),
    ("to", "to", "PART", "aux", 5),
    ("act", "act", "VERB", "xcomp", 1, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 1),
]


def _with_body(doc: Document, word: str) -> Document:
    """`doc` with `word` an international organisation the places stage also read as a place."""
    spans = next(a.mentions for a in doc.actors if a.name == word)
    doc.actors = [a for a in doc.actors if a.name != word]
    body = Actor(name=word, kind="organisation", country="IGO", sector="IGO", kb_id="EU", mentions=spans)
    doc.actors.append(body)
    doc.places.append(Place(name=word, country="BEL", mentions=spans))
    return doc


def test_an_organisation_named_as_a_place_is_no_place_of_the_act() -> None:
    doc = _with_body(document(URGED, "en", {"Union": ("Union", None)}, groups=("Protesters",)), "Union")
    assert without_organisations(doc).places == []
    assert coded(doc) == [("REQUEST", [""], ["IGO"])]  # the protesters are not Belgian


def test_a_place_outside_an_organisation_name_stays() -> None:
    doc = document(URGED, "en", {}, places={"Union": "BEL"}, groups=("Protesters",))
    assert without_organisations(doc) is doc


#: "Sudan detained twelve farmers ."
DETAINED: list[Row] = [
    ("Sudan", "Sudan", "PROPN", "nsubj", 1),
    ("detained", "detain", "VERB", "ROOT", 1, V_PAST),
    ("twelve", "twelve", "NUM", "nummod", 3),
    ("farmers", "farmer", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Ethiopia demanded their release ."
DEMANDED: list[Row] = [
    ("Ethiopia", "Ethiopia", "PROPN", "nsubj", 1),
    ("demanded", "demand", "VERB", "ROOT", 1, V_PAST),
    ("their", "their", "PRON", "poss", 3),
    ("release", "release", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_release_is_demanded_of_whoever_detained_the_people() -> None:
    actors = {"Sudan": ("Sudan", "SDN"), "Ethiopia": ("Ethiopia", "ETH")}
    doc = document(DETAINED, "en", actors, DEMANDED, places={"farmers": "ETH"})
    assert ("REQUEST", ["ETH"], ["SDN"]) in coded(doc)


#: "Israel struck a car ."
STRUCK: list[Row] = [
    ("Israel", "Israel", "PROPN", "nsubj", 1),
    ("struck", "strike", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("car", "car", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Hezbollah attacked a post ."
ATTACKED: list[Row] = [
    ("Hezbollah", "Hezbollah", "PROPN", "nsubj", 1),
    ("attacked", "attack", "VERB", "ROOT", 1, V_PAST),
    ("a", "a", "DET", "det", 3),
    ("post", "post", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Egypt condemned the strike ."
CONDEMNED: list[Row] = [
    ("Egypt", "Egypt", "PROPN", "nsubj", 1),
    ("condemned", "condemn", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("strike", "strike", "NOUN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_condemned_act_noun_refers_back_to_an_act_of_its_own_word_first() -> None:
    actors = {"Israel": ("Israel", "ISR"), "Hezbollah": ("Hezbollah", "LBN"), "Egypt": ("Egypt", "EGY")}
    doc = document(STRUCK, "en", actors, ATTACKED, CONDEMNED)
    assert ("ACCUSE", ["EGY"], ["ISR"]) in coded(doc)


#: "Norway will host talks between Ethiopia and Eritrea ."
HOST: list[Row] = [
    ("Norway", "Norway", "PROPN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2),
    ("host", "host", "VERB", "ROOT", 2, "VerbForm=Inf"),
    ("talks", "talk", "NOUN", "dobj", 2, "Number=Plur"),
    ("between", "between", "ADP", "prep", 3),
    ("Ethiopia", "Ethiopia", "PROPN", "pobj", 4),
    ("and", "and", "CCONJ", "cc", 5),
    ("Eritrea", "Eritrea", "PROPN", "conj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
#: "Norway will host the minister ."
HOST_GUEST: list[Row] = [
    ("Norway", "Norway", "PROPN", "nsubj", 2),
    ("will", "will", "AUX", "aux", 2),
    ("host", "host", "VERB", "ROOT", 2, "VerbForm=Inf"),
    ("the", "the", "DET", "det", 4),
    ("minister", "minister", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_host_of_talks_acts_toward_the_parties_of_the_talks() -> None:
    actors = {"Norway": ("Norway", "NOR"), "Ethiopia": ("Ethiopia", "ETH"), "Eritrea": ("Eritrea", "ERI")}
    events = coded(document(HOST, "en", actors))
    assert events[0][1:] == (["NOR"], ["ERI", "ETH"])


def test_a_host_of_a_guest_still_receives_the_guest() -> None:
    actors = {"Norway": ("Norway", "NOR"), "minister": ("Ethiopia GOV", "ETH")}
    assert coded(document(HOST_GUEST, "en", actors))[0][1:] == (["ETH"], ["NOR"])


#: "The UN envoy for Syria urged Turkey to withdraw ."
ENVOY: list[Row] = [
    ("The", "the", "DET", "det", 2),
    ("UN", "UN", "PROPN", "nmod", 2),  # as the English model attaches "United Nations"
    ("envoy", "envoy", "NOUN", "nsubj", 5),
    ("for", "for", "ADP", "prep", 2),
    ("Syria", "Syria", "PROPN", "pobj", 3),
    ("urged", "urge", "VERB", "ROOT", 5, V_PAST),
    ("Turkey", "Turkey", "PROPN", "dobj", 5),
    ("to", "to", "PART", "aux", 8),
    ("withdraw", "withdraw", "VERB", "xcomp", 5, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 5),
]


def test_the_country_an_organisation_official_is_for_is_no_party() -> None:
    doc = document(ENVOY, "en", {"Syria": ("Syria", "SYR"), "Turkey": ("Turkey", "TUR")})
    un = next(t for t in doc.analysis if t.text == "UN")
    body = Actor(name="United Nations", kind="organisation", country="IGO", sector="IGO", kb_id="UN")
    body.mentions = [Span(start=un.idx, end=un.idx + len(un))]
    doc.actors.append(body)
    assert coded(doc) == [("REQUEST", ["IGO"], ["TUR"])]


#: "TRIPOLI, 27 September – Lebanese soldiers arrested four men ." (a dateline, then a generic agent)
DATED: list[Row] = [
    ("TRIPOLI,", "Tripoli", "PROPN", "ROOT", 0),
    ("27", "27", "NUM", "nummod", 2),
    ("September", "September", "PROPN", "appos", 0),
    ("–", "–", "PUNCT", "punct", 0),
]
ARRESTED: list[Row] = [
    ("Lebanese", "lebanese", "ADJ", "amod", 1),
    ("soldiers", "soldier", "NOUN", "nsubj", 2, "Number=Plur"),
    ("arrested", "arrest", "VERB", "ROOT", 2, V_PAST),
    ("four", "four", "NUM", "nummod", 4),
    ("men", "man", "NOUN", "dobj", 2, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 2),
]
#: Two towns named Tripoli: the places stage put the dateline in the first.
TRIPOLIS = Gazetteer.from_records(
    [
        (Entry(0, "Tripoli", "LY", 32.89, 13.19, 1_150_000, "PPLC", None, None), []),
        (Entry(0, "Tripoli", "LB", 34.44, 35.85, 230_000, "PPLA", None, None), []),
    ]
)


def _dated(actor_country: str) -> Document:
    doc = document(DATED, "en", {"Lebanese": (f"{actor_country} MIL", actor_country)}, ARRESTED)
    doc.places.append(Place(name="Tripoli", country="LBY", mentions=[Span(start=0, end=7)]))
    return doc


def test_a_dateline_city_is_the_homonym_in_the_country_of_the_report_actors() -> None:
    assert misread_dateline(_dated("LBN"), lambda: TRIPOLIS) == Misread("Tripoli", "LBY", "LBN")


def test_a_dateline_city_named_by_its_actors_stays() -> None:
    assert misread_dateline(_dated("LBY"), lambda: TRIPOLIS) is None
    assert misread_dateline(_dated("LBN"), None) is None  # no gazetteer: nothing to check against


#: "Police in Lagos arrested twelve protesters ."
POLICE_IN_LAGOS: list[Row] = [
    ("Police", "police", "NOUN", "nsubj", 3),
    ("in", "in", "ADP", "prep", 0),
    ("Lagos", "Lagos", "PROPN", "pobj", 1),
    ("arrested", "arrest", "VERB", "ROOT", 3, V_PAST),
    ("twelve", "twelve", "NUM", "nummod", 5),
    ("protesters", "protester", "NOUN", "dobj", 3, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Canada condemned the arrests ."
CONDEMNED_ARRESTS: list[Row] = [
    ("Canada", "Canada", "PROPN", "nsubj", 1),
    ("condemned", "condemn", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("arrests", "arrest", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "La police de Lagos a arrêté des manifestants ."
POLICE_DE_LAGOS: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("police", "police", "NOUN", "nsubj", 5),
    ("de", "de", "ADP", "case", 3),
    ("Lagos", "Lagos", "PROPN", "nmod", 1),
    ("a", "avoir", "AUX", "aux:tense", 5),
    ("arrêté", "arrêter", "VERB", "ROOT", 5, "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"),
    ("des", "un", "DET", "det", 7),
    ("manifestants", "manifestant", "NOUN", "obj", 5, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 5),
]


def _filed_in_geneva(rows: list[Row], lang: str, *more: list[Row], **actors: tuple[str, str]) -> Document:
    """A report headlined "Geneva: …" (its own country Switzerland) on an act in Lagos."""
    words = tuple(r[0] for r in rows if r[3] in {"nsubj", "dobj", "obj"})
    doc = document(rows, lang, dict(actors), *more, places={"Lagos": "NGA"}, groups=words)
    doc.title = "Geneva: police arrest protesters"
    doc.places.append(Place(name="Geneva", country="CHE", mentions=[]))
    return doc


def test_a_generic_agent_belongs_to_the_place_its_own_phrase_names() -> None:
    """ "Police in Lagos arrested twelve protesters" in a report from Geneva: Nigerian police, and the
    protesters they arrested are Nigerian too (session 14, evactors)."""
    assert coded(_filed_in_geneva(POLICE_IN_LAGOS, "en")) == [("COERCE", ["NGA"], ["NGA"])]
    assert coded(_filed_in_geneva(POLICE_DE_LAGOS, "fr")) == [("COERCE", ["NGA"], ["NGA"])]


def test_a_condemned_act_keeps_the_country_of_its_agent() -> None:
    """ "Canada condemned the arrests": the arresting police keep the country their own act gave them,
    not the report's."""
    doc = _filed_in_geneva(POLICE_IN_LAGOS, "en", CONDEMNED_ARRESTS, Canada=("Canada", "CAN"))
    assert ("ACCUSE", ["CAN"], ["NGA"]) in coded(doc)
