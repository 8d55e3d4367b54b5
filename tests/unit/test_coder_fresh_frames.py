"""Frames the coder missed on reports unlike the project's sets (session 21, evfresh): « se voir +
infinitive » read as a meeting, clashes between two named sides read as riots, communities naming no
party, a strike noun whose disruption verb the tagger made a noun, trade cut read as a concession,
claimed acts, an object hung on the noun of a multiword verb, and an object hung on « dans la soirée »."""

from coder_samples import V_PAST, Row, coded, document, parse

from dateline.kb.roles import load_role_lexicon
from dateline.stages.events.arguments import claiming_verb, is_passive, misread_verb, seen_to
from dateline.stages.events.triggers import day_objects

INF = "VerbForm=Inf"
PART = "Tense=Past|VerbForm=Part"

#: « Trois journalistes se sont vu interdire l'entrée par les autorités . » as fr_core_news_md parses it.
SEEN_TO: list[Row] = [
    ("Trois", "trois", "NUM", "nummod", 1),
    ("journalistes", "journaliste", "NOUN", "nsubj", 4),
    ("se", "se", "PRON", "expl:comp", 4),
    ("sont", "être", "AUX", "aux:tense", 4),
    ("vu", "voir", "VERB", "ROOT", 4, PART),
    ("interdire", "interdire", "VERB", "xcomp", 4, INF),
    ("l'", "le", "DET", "det", 7),
    ("entrée", "entrée", "NOUN", "obj", 5),
    ("par", "par", "ADP", "case", 10),
    ("les", "le", "DET", "det", 10),
    ("autorités", "autorité", "NOUN", "obl:mod", 5),
    (".", ".", "PUNCT", "punct", 4),
]


def test_an_infinitive_under_se_voir_is_a_passive_not_a_meeting() -> None:
    parsed = parse(SEEN_TO, "fr")
    assert seen_to(parsed[5]) and is_passive(parsed[5])
    actors = {"autorités": ("Laos", "LAO"), "journalistes": ("Thailand", "THA")}
    # a restriction (a sanction where the parties are two countries), with the roles of the passive
    assert [(e[1], e[2]) for e in coded(document(SEEN_TO, "fr", actors))] == [(["LAO"], ["THA"])]
    plain = [r if r[0] != "se" else ("ils", "il", "PRON", "nsubj", 4) for r in SEEN_TO]
    assert not seen_to(parse(plain, "fr")[5])  # "voir" with no reflexive: no passive


#: « Des heurts entre deux communautés ont fait deux morts . »
CLASH: list[Row] = [
    ("Des", "un", "DET", "det", 1),
    ("heurts", "heurt", "NOUN", "nsubj", 6),
    ("entre", "entre", "ADP", "case", 4),
    ("deux", "deux", "NUM", "nummod", 4),
    ("communautés", "communauté", "NOUN", "nmod", 1),
    ("ont", "avoir", "AUX", "aux:tense", 6),
    ("fait", "faire", "VERB", "ROOT", 6, PART),
    ("deux", "deux", "NUM", "nummod", 8),
    ("morts", "mort", "NOUN", "obj", 6),
    (".", ".", "PUNCT", "punct", 6),
]


def test_clashes_between_two_communities_are_an_attack() -> None:
    doc = document(CLASH, "fr", {}, groups=("communautés",))
    assert [e[0] for e in coded(doc)] == ["ASSAULT"]


def test_communities_are_civilians_the_international_community_no_party() -> None:
    roles = load_role_lexicon()
    assert roles.sector("deux communautés paysannes", "fr") == "CVL"
    assert roles.sector("two farming communities", "en") == "CVL"
    assert roles.sector("the international community", "en") is None
    assert roles.sector("la communauté internationale", "fr") is None


#: « La grève des mineurs paralyse la production . »: "paralyse" tagged a noun heading the sentence.
PARALYSE: list[Row] = [
    ("La", "le", "DET", "det", 1),
    ("grève", "grève", "NOUN", "nsubj", 4),
    ("des", "de", "ADP", "case", 3),
    ("mineurs", "mineur", "NOUN", "nmod", 1),
    ("paralyse", "paralyse", "NOUN", "ROOT", 4),
    ("la", "le", "DET", "det", 6),
    ("production", "production", "NOUN", "obj", 4),
    (".", ".", "PUNCT", "punct", 4),
]


def test_a_strike_noun_framed_by_a_present_verb_tagged_a_noun_is_coded() -> None:
    parsed = parse(PARALYSE, "fr")
    assert misread_verb(parsed[4]) == "paralyser"
    assert misread_verb(parsed[1]) == ""  # a noun with no subject of its own
    doc = document(PARALYSE, "fr", {}, groups=("mineurs",))
    assert [e[0] for e in coded(doc)] == ["PROTEST"]


#: "Indonesia halted imports of Thai sugar ."
HALTED: list[Row] = [
    ("Indonesia", "Indonesia", "PROPN", "nsubj", 1),
    ("halted", "halt", "VERB", "ROOT", 1, V_PAST),
    ("imports", "import", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 2),
    ("Thai", "thai", "ADJ", "amod", 5),
    ("sugar", "sugar", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]


def test_halted_imports_from_another_country_are_a_sanction() -> None:
    actors = {"Indonesia": ("Indonesia", "IDN"), "Thai": ("Thailand", "THA")}
    assert coded(document(HALTED, "en", actors)) == [("SANCTION", ["IDN"], ["THA"])]
    offensive = [r if r[0] != "imports" else ("offensive", "offensive", "NOUN", "dobj", 1) for r in HALTED]
    assert "SANCTION" not in [e[0] for e in coded(document(offensive[:3] + offensive[-1:], "en", actors))]


#: "The group claimed responsibility for the cyberattack ."
CLAIMED: list[Row] = [
    ("The", "the", "DET", "det", 1),
    ("group", "group", "NOUN", "nsubj", 2),
    ("claimed", "claim", "VERB", "ROOT", 2, V_PAST),
    ("responsibility", "responsibility", "NOUN", "dobj", 2),
    ("for", "for", "ADP", "prep", 3),
    ("the", "the", "DET", "det", 6),
    ("cyberattack", "cyberattack", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_claimed_act_has_its_claimant_as_author() -> None:
    parsed = parse(CLAIMED)
    assert claiming_verb(parsed[6]).i == 2
    assert claiming_verb(parsed[1]) is None
    doc = document(CLAIMED, "en", {"group": ("Red Tide", "PHL")})
    assert coded(doc) == [("COERCE", ["PHL"], [])]


#: « Des villageois ont pris en otage douze policiers . »: "policiers" hung on "otage".
HOSTAGE: list[Row] = [
    ("Des", "un", "DET", "det", 1),
    ("villageois", "villageois", "NOUN", "nsubj", 3),
    ("ont", "avoir", "AUX", "aux:tense", 3),
    ("pris", "prendre", "VERB", "ROOT", 3, PART),
    ("en", "en", "ADP", "case", 5),
    ("otage", "otage", "NOUN", "obl:arg", 3),
    ("douze", "douze", "NUM", "nummod", 7),
    ("policiers", "policier", "NOUN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 3),
]


def test_the_object_hung_on_the_noun_of_a_multiword_verb_is_its_recipient() -> None:
    actors = {"villageois": ("Mexico", "MEX"), "policiers": ("Guatemala", "GTM")}
    assert coded(document(HOSTAGE, "fr", actors)) == [("ASSAULT", ["MEX"], ["GTM"])]


def test_an_object_hung_on_dans_la_soiree_is_the_verbs() -> None:
    parsed = parse(
        [
            ("La", "le", "DET", "det", 1),
            ("police", "police", "NOUN", "nsubj", 3),
            ("a", "avoir", "AUX", "aux:tense", 3),
            ("interpellé", "interpeller", "VERB", "ROOT", 3, PART),
            ("dans", "dans", "ADP", "case", 6),
            ("la", "le", "DET", "det", 6),
            ("soirée", "soirée", "NOUN", "obl:mod", 3),
            ("six", "six", "NUM", "nummod", 8),
            ("militants", "militant", "NOUN", "nmod", 6),
            (".", ".", "PUNCT", "punct", 3),
        ],
        "fr",
    )
    assert [t.text for t in day_objects(parsed[3])] == ["militants"]


def test_a_curfew_lifted_in_the_passive_is_the_authorities_concession() -> None:
    rows: list[Row] = [
        ("Le", "le", "DET", "det", 1),
        ("couvre-feu", "couvre-feu", "NOUN", "nsubj:pass", 4),
        ("a", "avoir", "AUX", "aux:tense", 4),
        ("été", "être", "AUX", "aux:pass", 4),
        ("levé", "lever", "VERB", "ROOT", 4, PART),
        ("mardi", "mardi", "NOUN", "obl:mod", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    assert [e[0] for e in coded(document(rows, "fr", {}))] == ["CONCEDE"]
    barrage = [r if r[0] != "couvre-feu" else ("pont", "pont", "NOUN", "nsubj:pass", 4) for r in rows]
    assert coded(document(barrage, "fr", {})) == []  # a bridge lifted names no restriction


def test_relief_goods_flown_in_are_aid() -> None:
    rows: list[Row] = [
        ("Japan", "Japan", "PROPN", "nsubj", 1),
        ("flew", "fly", "VERB", "ROOT", 1, V_PAST),
        ("tents", "tent", "NOUN", "dobj", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Pakistan", "Pakistan", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    actors = {"Japan": ("Japan", "JPN"), "Pakistan": ("Pakistan", "PAK")}
    assert coded(document(rows, "en", actors)) == [("AID", ["JPN"], ["PAK"])]
    visit = [r if r[0] != "tents" else ("home", "home", "ADV", "advmod", 1) for r in rows]
    assert "AID" not in [e[0] for e in coded(document(visit, "en", actors))]
