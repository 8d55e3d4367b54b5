"""French constructions of session 16's pass on reports of other domains (evfrench): the subject of a
compound verb the parser hung inside a long subject phrase, a call naming who is behind a strike, the
demand a protest is held for, an object read as a time adverbial after a day word, a court suspending a
measure, relief teams sent by an aid agency, a force noun an attack strikes, a participle the parser hung
inside a quoted relative, and the lexicon's
hold-ups, brawls, custody and electoral lists."""

from coder_samples import Row, coded, document, parse

from dateline.stages.events import rules
from dateline.stages.events.lexicon import load_lexicon
from dateline.stages.events.triggers import Trigger, find_triggers

PART = "Tense=Past|VerbForm=Part"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"
INF = "VerbForm=Inf"


def _sentence(words: str, rows: list[tuple[str, str, str, int, str]]) -> list[Row]:
    """Rows from the sentence's words and (lemma, pos, dep, head, morph) per word."""
    return [(w, *r) for w, r in zip(words.split(), rows, strict=True)]


def _distributed(auxiliary: str) -> list[Row]:
    """ "Le Haut-Commissariat des Nations pour les réfugiés <aux> distribué des bâches ." as the French
    parser reads it: the phrase's head the root, "distribué" a modifier of "réfugiés"."""
    return _sentence(
        f"Le Haut-Commissariat des Nations pour les réfugiés {auxiliary} distribué des bâches .",
        [
            ("le", "DET", "det", 1, ""),
            ("Haut-Commissariat", "PROPN", "ROOT", 1, ""),
            ("de", "ADP", "case", 3, ""),
            ("Nations", "PROPN", "nmod", 1, ""),
            ("pour", "ADP", "case", 6, ""),
            ("le", "DET", "det", 6, ""),
            ("réfugié", "NOUN", "nmod", 1, ""),
            ("avoir", "AUX", "aux:tense", 8, AUX if auxiliary == "a" else "VerbForm=Part"),
            ("distribuer", "VERB", "acl", 6, PART),
            ("un", "DET", "det", 10, ""),
            ("bâche", "NOUN", "obj", 8, ""),
            (".", "PUNCT", "punct", 1, ""),
        ],
    )


def test_a_finite_verb_hung_inside_its_subject_phrase_takes_the_phrase_as_its_actor() -> None:
    actors = {"Haut-Commissariat": ("UNHCR IGO", "IGO")}
    assert coded(document(_distributed("a"), "fr", actors)) == [("AID", ["IGO"], [])]
    # "ayant distribué" can modify a noun: no finite auxiliary, no actor taken from the phrase
    assert coded(document(_distributed("ayant"), "fr", actors)) == []


def test_a_call_naming_who_is_behind_a_strike_is_no_request_but_a_call_made_is() -> None:
    strike = [
        ("grève", "grève", "NOUN", "ROOT", 0),
        ("à", "à", "ADP", "case", 3),
        ("l'", "le", "DET", "det", 3),
        ("appel", "appel", "NOUN", "nmod", 0),
        ("de", "de", "ADP", "case", 5),
        ("syndicats", "syndicat", "NOUN", "nmod", 3),
    ]
    assert [rules.instigating(t) for t in _triggers(strike) if t.head.text == "appel"] == [True]
    appeal = [
        ("Le", "le", "DET", "det", 1),
        ("HCR", "HCR", "PROPN", "nsubj", 2),
        ("a lancé", "lancer", "VERB", "ROOT", 2, PART),
        ("un", "un", "DET", "det", 4),
        ("appel", "appel", "NOUN", "obj", 2),
        ("aux", "à", "ADP", "case", 6),
        ("donateurs", "donateur", "NOUN", "nmod", 4),
    ]
    assert [rules.instigating(t) for t in _triggers(appeal) if t.head.text == "appel"] == [False]


def _protested(link: str, mark: str) -> list[Row]:
    """ "Des habitants ont manifesté <mark> réclamer la fermeture de l' usine ." with "réclamer" as an
    infinitive of purpose ("pour", advcl) or a coordinated act ("et réclamé", conj)."""
    morph = INF if mark == "pour" else PART
    lemma, pos = ("pour", "ADP") if mark == "pour" else ("et", "CCONJ")
    return _sentence(
        f"Des habitants ont manifesté {mark} réclamer la fermeture de l' usine .",
        [
            ("un", "DET", "det", 1, ""),
            ("habitant", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("manifester", "VERB", "ROOT", 3, PART),
            (lemma, pos, "mark" if mark == "pour" else "cc", 5, ""),
            ("réclamer", "VERB", link, 3, morph),
            ("le", "DET", "det", 7, ""),
            ("fermeture", "NOUN", "obj", 5, ""),
            ("de", "ADP", "case", 10, ""),
            ("le", "DET", "det", 10, ""),
            ("usine", "NOUN", "nmod", 7, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )


def test_the_demand_a_protest_is_held_for_is_its_content_but_a_demand_beside_it_is_an_act() -> None:
    actors = {"habitants": ("Tunisia CVL", "TUN")}
    assert [e[0] for e in coded(document(_protested("advcl", "pour"), "fr", actors))] == ["PROTEST"]
    assert sorted(e[0] for e in coded(document(_protested("conj", "et"), "fr", actors))) == [
        "PROTEST",
        "REQUEST",
    ]


def test_an_object_read_as_a_time_adverbial_after_a_day_word_is_framed_by_the_light_verb() -> None:
    strike = _sentence(
        "Les employés ont entamé lundi une grève illimitée .",
        [
            ("le", "DET", "det", 1, ""),
            ("employé", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("entamer", "VERB", "ROOT", 3, PART),
            ("lundi", "NOUN", "obl:mod", 3, ""),
            ("un", "DET", "det", 6, ""),
            ("grève", "NOUN", "obl:mod", 3, ""),
            ("illimité", "ADJ", "amod", 6, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    assert coded(document(strike, "fr", {"employés": ("Gabon LAB", "GAB")})) == [("PROTEST", ["GAB"], [])]
    arrest = _sentence(
        "Les gendarmes ont procédé samedi à l' arrestation de trois trafiquants .",
        [
            ("le", "DET", "det", 1, ""),
            ("gendarme", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("procéder", "VERB", "ROOT", 3, PART),
            ("samedi", "NOUN", "obj", 3, ""),
            ("à", "ADP", "case", 7, ""),
            ("le", "DET", "det", 7, ""),
            ("arrestation", "NOUN", "obl:mod", 3, ""),
            ("de", "ADP", "case", 10, ""),
            ("trois", "NUM", "nummod", 10, ""),
            ("trafiquant", "NOUN", "nmod", 7, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"gendarmes": ("Cameroon COP", "CMR"), "trafiquants": ("Nigeria CRM", "NGA")}
    assert coded(document(arrest, "fr", actors)) == [("COERCE", ["CMR"], ["NGA"])]


def test_a_participle_hung_inside_a_quoted_relative_is_coordinated_with_the_main_verb() -> None:
    demanded = _sentence(
        "Amnesty a dénoncé une condamnation qui vise à faire taire la presse et demandé sa libération .",
        [
            ("Amnesty", "PROPN", "nsubj", 2, ""),
            ("avoir", "AUX", "aux:tense", 2, AUX),
            ("dénoncer", "VERB", "ROOT", 2, PART),
            ("un", "DET", "det", 4, ""),
            ("condamnation", "NOUN", "obj", 2, ""),
            ("qui", "PRON", "nsubj", 6, "PronType=Rel"),
            ("viser", "VERB", "acl:relcl", 4, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
            ("à", "ADP", "mark", 9, ""),
            ("faire", "AUX", "dep", 9, INF),
            ("taire", "VERB", "xcomp", 6, INF),
            ("le", "DET", "det", 11, ""),
            ("presse", "NOUN", "obj", 9, ""),
            ("et", "CCONJ", "cc", 13, ""),
            ("demander", "VERB", "conj", 9, PART),
            ("son", "DET", "det", 15, ""),
            ("libération", "NOUN", "obj", 13, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
    )
    events = coded(document(demanded, "fr", {"Amnesty": ("Amnesty NGO", "GBR")}))
    assert [(kind, actors) for kind, actors, _ in events] == [("ACCUSE", ["GBR"]), ("REQUEST", ["GBR"])]


def _suspended(subject: str, sector: str) -> list[tuple[str, list[str], list[str]]]:
    """The events of "<subject> a suspendu l' arrêté municipal ." with the subject of `sector`."""
    rows = _sentence(
        f"Le {subject} a suspendu l' arrêté municipal .",
        [
            ("le", "DET", "det", 1, ""),
            (subject.lower(), "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("suspendre", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("arrêté", "NOUN", "obj", 3, ""),
            ("municipal", "ADJ", "amod", 5, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    doc = document(rows, "fr", {subject: (f"Guinea {sector}", "GIN")})
    doc.actors[0].sector = sector
    return coded(doc)


def test_a_court_suspending_a_measure_rejects_it_where_its_author_gives_it_up() -> None:
    assert [e[0] for e in _suspended("tribunal", "JUD")] == ["REJECT"]
    assert [e[0] for e in _suspended("gouvernement", "GOV")] == ["CONCEDE"]


def _deployed(obj: str, sector: str) -> list[tuple[str, list[str], list[str]]]:
    """The events of "L' agence a déployé une <obj> dans la région ." by an actor of `sector`."""
    rows = _sentence(
        f"L' agence a déployé une {obj} dans la région .",
        [
            ("le", "DET", "det", 1, ""),
            ("agence", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("déployer", "VERB", "ROOT", 3, PART),
            ("un", "DET", "det", 5, ""),
            (obj, "NOUN", "obj", 3, ""),
            ("dans", "ADP", "case", 8, ""),
            ("le", "DET", "det", 8, ""),
            ("région", "NOUN", "obl:mod", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    doc = document(rows, "fr", {"agence": (f"Agency {sector}", "IGO" if sector == "IGO" else "SEN")})
    doc.actors[0].sector = sector
    return coded(doc)


def test_a_relief_team_an_aid_agency_sends_is_aid_and_troops_stay_a_deployment() -> None:
    assert [e[0] for e in _deployed("équipe", "IGO")] == ["AID"]
    assert [e[0] for e in _deployed("équipe", "MIL")] == ["MOBILIZE"]
    assert [e[0] for e in _deployed("troupe", "IGO")] == ["MOBILIZE"]


def test_a_patrol_caught_in_an_ambush_is_its_target_not_a_deployment() -> None:
    ambush = _sentence(
        "Une patrouille de la mission a été prise dans une embuscade par des rebelles .",
        [
            ("un", "DET", "det", 1, ""),
            ("patrouille", "NOUN", "nsubj:pass", 7, ""),
            ("de", "ADP", "case", 4, ""),
            ("le", "DET", "det", 4, ""),
            ("mission", "NOUN", "nmod", 1, ""),
            ("avoir", "AUX", "aux:tense", 7, AUX),
            ("être", "AUX", "aux:pass", 7, "VerbForm=Part"),
            ("prendre", "VERB", "ROOT", 7, PART + "|Voice=Pass"),
            ("dans", "ADP", "case", 10, ""),
            ("un", "DET", "det", 10, ""),
            ("embuscade", "NOUN", "obl:mod", 7, ""),
            ("par", "ADP", "case", 13, ""),
            ("un", "DET", "det", 13, ""),
            ("rebelle", "NOUN", "obl:agent", 7, ""),
            (".", "PUNCT", "punct", 7, ""),
        ],
    )
    actors = {"mission": ("UN IGO", "IGO"), "rebelles": ("Central African Republic REB", "CAF")}
    types = [e[0] for e in coded(document(ambush, "fr", actors))]
    assert not {"MOBILIZE", "AID"} & set(types), types


def _triggers(rows: list[Row]) -> list[Trigger]:
    """The lexicon triggers of a one-sentence French parse."""
    lexicon = load_lexicon("fr")
    assert lexicon is not None
    return find_triggers(next(iter(parse(rows, "fr").sents)), lexicon)


def _types(rows: list[Row]) -> set[str]:
    """The categories of the lexicon triggers of a one-sentence French parse."""
    return {category for t in _triggers(rows) for category in t.types}


def test_the_lexicon_reads_hold_ups_brawls_custody_and_rejected_lists() -> None:
    held_up = [
        ("Des", "un", "DET", "det", 1),
        ("bandits", "bandit", "NOUN", "nsubj", 3),
        ("ont", "avoir", "AUX", "aux:tense", 3, AUX),
        ("braqué", "braquer", "VERB", "ROOT", 3, PART),
        ("un", "un", "DET", "det", 5),
        ("commerçant", "commerçant", "NOUN", "obj", 3),
    ]
    assert _types(held_up) == {"ASSAULT"}
    brawl = [("Une", "un", "DET", "det", 1), ("rixe", "rixe", "NOUN", "nsubj", 1)]
    assert _types(brawl) == {"ASSAULT"}
    custody = [
        ("Le", "le", "DET", "det", 1),
        ("juge", "juge", "NOUN", "nsubj", 2),
        ("a placé", "placer", "VERB", "ROOT", 2, PART),
        ("le", "le", "DET", "det", 4),
        ("ministre", "ministre", "NOUN", "obj", 2),
        ("sous", "sous", "ADP", "case", 6),
        ("contrôle", "contrôle", "NOUN", "nmod", 4),
    ]
    assert "COERCE" in _types(custody)
    lists = [
        ("La", "le", "DET", "det", 1),
        ("commission", "commission", "NOUN", "nsubj", 2),
        ("a rejeté", "rejeter", "VERB", "ROOT", 2, PART),
        ("sept", "sept", "NUM", "nummod", 4),
        ("listes", "liste", "NOUN", "obj", 2),
    ]
    assert "COERCE" in _types(lists)
