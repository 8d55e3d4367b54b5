"""Conflict and protest events the parser hid (session 19, evplace): a hedged subject ("Gunmen believed to
belong to X attacked…"), a crowd's act read as a participle ("Hundreds of residents protested…"), a clause
hung across a semicolon, a toll told with « coûter la vie », and protests that broke out with no agent
named."""

from coder_samples import V_PAST, Row, coded, coding, document, parse

from dateline.stages.events import references, rules
from dateline.stages.events.arguments import hedge_predicate, subjects
from dateline.stages.events.passes import actors, roles, trigger

HEDGED: list[Row] = [
    ("Gunmen", "gunman", "NOUN", "nsubj", 1),
    ("believed", "believe", "VERB", "ccomp", 10, V_PAST),
    ("to", "to", "PART", "aux", 3),
    ("belong", "belong", "VERB", "xcomp", 1, "VerbForm=Inf"),
    ("to", "to", "ADP", "prep", 3),
    ("IS", "IS", "PROPN", "pobj", 4),
    ("attacked", "attack", "VERB", "ccomp", 1, V_PAST),
    ("a", "a", "DET", "det", 8),
    ("post", "post", "NOUN", "dobj", 6),
    (",", ",", "PUNCT", "punct", 10),
    ("said", "say", "VERB", "ROOT", 10, V_PAST),
    (".", ".", "PUNCT", "punct", 10),
]


def test_a_verb_hung_on_a_hedging_participle_has_the_hedged_subject() -> None:
    parsed = parse(HEDGED)
    assert [t.text for t in subjects(parsed[6])] == ["Gunmen"]
    assert hedge_predicate(parsed[3])  # "to belong to IS": what they are said to be, no act
    assert not hedge_predicate(parsed[6])


def test_a_reported_verb_without_a_hedge_keeps_no_subject() -> None:
    parsed = parse(
        [
            ("Officials", "official", "NOUN", "nsubj", 1),
            ("said", "say", "VERB", "ROOT", 1, V_PAST),
            ("attacked", "attack", "VERB", "ccomp", 1, V_PAST),
            ("posts", "post", "NOUN", "dobj", 2),
            (".", ".", "PUNCT", "punct", 1),
        ]
    )
    assert subjects(parsed[2]) == []


def crowd(verb: str, lemma: str) -> list[Row]:
    return [
        ("Hundreds", "hundred", "NOUN", "ROOT", 0),
        ("of", "of", "ADP", "prep", 0),
        ("residents", "resident", "NOUN", "pobj", 1),
        (verb, lemma, "VERB", "acl", 0, "Tense=Past|VerbForm=Part"),
        ("in", "in", "ADP", "prep", 3),
        ("Nasiriyah", "Nasiriyah", "PROPN", "pobj", 4),
        (".", ".", "PUNCT", "punct", 0),
    ]


def test_a_crowds_act_read_as_a_participle_is_the_crowds() -> None:
    assert [t.text for t in subjects(parse(crowd("protested", "protest"))[3])] == ["Hundreds"]
    assert subjects(parse(crowd("killed", "kill"))[3]) == []  # "Hundreds of residents killed in…": passive


def test_no_governor_across_a_semicolon() -> None:
    parsed = parse(
        [
            ("Police", "police", "NOUN", "nsubj", 1),
            ("arrested", "arrest", "VERB", "ccomp", 7, V_PAST),
            ("three", "three", "NUM", "nummod", 3),
            ("men", "man", "NOUN", "dobj", 1),
            (";", ";", "PUNCT", "punct", 7),
            ("detectives", "detective", "NOUN", "nsubjpass", 7),
            ("were", "be", "AUX", "auxpass", 7),
            ("called", "call", "VERB", "ROOT", 7, "Tense=Past|VerbForm=Part"),
            (".", ".", "PUNCT", "punct", 7),
        ]
    )
    assert rules.Governors(parsed)(parsed[1]) == []
    assert [g.text for g, _ in rules.Governors(parsed)(parsed[3])] == ["arrested"]


def test_an_ambush_that_cost_lives_happened() -> None:
    ambush: list[Row] = [
        ("Une", "un", "DET", "det", 1),
        ("embuscade", "embuscade", "NOUN", "nsubj", 3),
        ("a", "avoir", "AUX", "aux:tense", 3),
        ("coûté", "coûter", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
        ("la", "le", "DET", "det", 5),
        ("vie", "vie", "NOUN", "obj", 3),
        ("à", "à", "ADP", "case", 8),
        ("quatorze", "quatorze", "NUM", "nummod", 8),
        ("soldats", "soldat", "NOUN", "obl:arg", 3),
        ("près", "près", "ADV", "advmod", 11),
        ("de", "de", "ADP", "case", 11),
        ("Djibo", "Djibo", "PROPN", "obl:mod", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    assert [e[0] for e in coded(document(ambush, "fr", {}, places={"Djibo": "BFA"}))] == ["ASSAULT"]


def test_protests_that_erupted_are_a_protest_by_unnamed_protesters() -> None:
    erupted: list[Row] = [
        ("Protests", "protest", "NOUN", "nsubj", 1),
        ("erupted", "erupt", "VERB", "ROOT", 1, V_PAST),
        ("in", "in", "ADP", "prep", 1),
        ("Basra", "Basra", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    state = coding(
        document(erupted, "en", {}, places={"Basra": "IRQ"}), trigger.find, roles.read, actors.resolve
    )
    (item,) = state.candidates
    assert item.agentless  # it happened, by protesters the text does not name
    (agent,) = references.unnamed_agent("PROTEST", "demo", None, item.trigger.head)
    assert agent.name == "protesters"
    (rioters,) = references.unnamed_agent("PROTEST", "riot", None, item.trigger.head)
    assert rioters.name == "rioters"
    talks: list[Row] = [("Talks", "talk", "NOUN", "nsubj", 1), *erupted[1:]]
    state = coding(document(talks, "en", {}), trigger.find, roles.read, actors.resolve)
    assert not any(c.agentless for c in state.candidates)


def test_a_strike_that_crippled_a_port_happened() -> None:
    crippled: list[Row] = [
        ("A", "a", "DET", "det", 1),
        ("strike", "strike", "NOUN", "nsubj", 2),
        ("crippled", "cripple", "VERB", "ROOT", 2, V_PAST),
        ("the", "the", "DET", "det", 4),
        ("port", "port", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    state = coding(document(crippled, "en", {}), trigger.find, roles.read, actors.resolve)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "strike"]
    assert item.roles.frame is not None and item.roles.frame.text == "crippled"
    assert item.agentless
    praised: list[Row] = [*crippled[:2], ("praised", "praise", "VERB", "ROOT", 2, V_PAST), *crippled[3:]]
    state = coding(document(praised, "en", {}), trigger.find, roles.read, actors.resolve)
    assert not any(c.agentless for c in state.candidates if c.trigger.head.text == "strike")


def test_shots_heard_are_gunfire() -> None:
    heard: list[Row] = [
        ("Des", "un", "DET", "det", 1),
        ("coups", "coup", "NOUN", "nsubj:pass", 6),
        ("de", "de", "ADP", "case", 3),
        ("feu", "feu", "NOUN", "nmod", 1),
        ("ont", "avoir", "AUX", "aux:tense", 6),
        ("été", "être", "AUX", "aux:pass", 6),
        ("entendus", "entendre", "VERB", "ROOT", 6, "Tense=Past|VerbForm=Part"),
        (".", ".", "PUNCT", "punct", 6),
    ]
    state = coding(document(heard, "fr", {}), trigger.find)
    assert any(c.trigger.types.get("ASSAULT") == "firearms" for c in state.candidates)
