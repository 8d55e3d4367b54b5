"""Triggers that tell no act of the report (`dateline.stages.events.senses`): a trigger word used of
weather, markets or a game, the kind of its argument deciding, and a past act named only to date the
news ("since Turkey seized Afrin", « depuis l'attaque de 2015 », "the 2009 riots")."""

from coder_samples import Row, coded, document, parse

from dateline.stages.events.auxiliary import hypothetical
from dateline.stages.events.senses import background, described_past

PAST = "Tense=Past|VerbForm=Fin"
PART = "Tense=Past|VerbForm=Part"
COUNTRIES = {
    "Israel": ("Israel", "ISR"),
    "Iran": ("Iran", "IRN"),
    "Lebanese": ("Lebanon", "LBN"),
    "Kenya": ("Kenya", "KEN"),
    "Uganda": ("Uganda", "UGA"),
    "Turkey": ("Turkey", "TUR"),
    "Afrin": ("Syria", "SYR"),
    "Kurdish": ("Syria", "SYR"),
    "armée": ("Mali MIL", "MLI"),
    "Gao": ("Mali", "MLI"),
}


def hit_by(agent: str, lemma: str, pos: str) -> list[Row]:
    """ "Lebanese villages were hit by <agent> ." """
    return [
        ("Lebanese", "Lebanese", "ADJ", "amod", 1),
        ("villages", "village", "NOUN", "nsubjpass", 3),
        ("were", "be", "AUX", "auxpass", 3),
        ("hit", "hit", "VERB", "ROOT", 3, PART),
        ("by", "by", "ADP", "agent", 3),
        (agent, lemma, pos, "pobj", 4),
        (".", ".", "PUNCT", "punct", 3),
    ]


def test_an_attack_by_a_state_is_an_act() -> None:
    assert coded(document(hit_by("Israel", "Israel", "PROPN"), "en", COUNTRIES)) == [
        ("ASSAULT", ["ISR"], ["LBN"])
    ]


def test_a_disaster_as_the_agent_names_no_one_acting() -> None:
    assert coded(document(hit_by("floods", "flood", "NOUN"), "en", COUNTRIES)) == []


def test_selling_as_the_agent_is_a_market_move() -> None:
    assert coded(document(hit_by("selling", "selling", "NOUN"), "en", COUNTRIES)) == []


def test_shares_as_the_subject_are_a_market_not_a_target() -> None:
    rows = hit_by("Israel", "Israel", "PROPN")
    rows[1] = ("shares", "share", "NOUN", "nsubjpass", 3)
    assert coded(document(rows, "en", COUNTRIES)) == []


def attacked(*tail: Row) -> list[Row]:
    """ "Kenya attacked Uganda <tail> ." """
    return [
        ("Kenya", "Kenya", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1, PAST),
        ("Uganda", "Uganda", "PROPN", "dobj", 1),
        *tail,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_a_score_on_the_object_makes_an_attack_a_game() -> None:
    assert [(a, r) for _, a, r in coded(document(attacked(), "en", COUNTRIES))] == [(["KEN"], ["UGA"])]
    score: list[Row] = [
        ("3", "3", "NUM", "nummod", 2),
        ("-", "-", "PUNCT", "punct", 1),
        ("0", "0", "NUM", "dobj", 1),
    ]
    assert coded(document(attacked(*score), "en", COUNTRIES)) == []


def test_a_team_attacks_in_a_game_only_in_a_sentence_about_a_match() -> None:
    team: list[Row] = [
        ("Kenya", "Kenya", "PROPN", "compound", 1),
        ("team", "team", "NOUN", "nsubj", 2),
        ("attacked", "attack", "VERB", "ROOT", 2, PAST),
        ("Uganda", "Uganda", "PROPN", "dobj", 2),
    ]
    match: list[Row] = [
        ("in", "in", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 6),
        ("match", "match", "NOUN", "pobj", 4),
    ]
    end: list[Row] = [(".", ".", "PUNCT", "punct", 2)]
    assert [(a, r) for _, a, r in coded(document(team + end, "en", COUNTRIES))] == [(["KEN"], ["UGA"])]
    assert coded(document(team + match + [(".", ".", "PUNCT", "punct", 2)], "en", COUNTRIES)) == []


#: "Kurdish fighters have left since Turkey seized Afrin ."
SINCE: list[Row] = [
    ("Kurdish", "Kurdish", "ADJ", "amod", 1),
    ("fighters", "fighter", "NOUN", "nsubj", 3),
    ("have", "have", "AUX", "aux", 3),
    ("left", "leave", "VERB", "ROOT", 3, PART),
    ("since", "since", "SCONJ", "mark", 6),
    ("Turkey", "Turkey", "PROPN", "nsubj", 6),
    ("seized", "seize", "VERB", "advcl", 3, PAST),
    ("Afrin", "Afrin", "PROPN", "dobj", 6),
    (".", ".", "PUNCT", "punct", 3),
]


def test_an_act_in_a_since_clause_under_a_perfect_dates_the_news() -> None:
    events = coded(document(SINCE, "en", COUNTRIES))
    assert all(actors != ["TUR"] for _, actors, _ in events)
    alone = [("Turkey", "Turkey", "PROPN", "nsubj", 1), ("seized", "seize", "VERB", "ROOT", 1, PAST),
             ("Afrin", "Afrin", "PROPN", "dobj", 1), (".", ".", "PUNCT", "punct", 1)]  # fmt: skip
    assert [(a, r) for _, a, r in coded(document(alone, "en", COUNTRIES))] == [(["TUR"], ["SYR"])]


#: "Depuis l'attaque de l'armée contre Gao , la ville est calme ."
DEPUIS: list[Row] = [
    ("Depuis", "depuis", "ADP", "case", 2),
    ("l'", "le", "DET", "det", 2),
    ("attaque", "attaque", "NOUN", "obl:mod", 12),
    ("de", "de", "ADP", "case", 5),
    ("l'", "le", "DET", "det", 5),
    ("armée", "armée", "NOUN", "nmod", 2),
    ("contre", "contre", "ADP", "case", 7),
    ("Gao", "Gao", "PROPN", "nmod", 2),
    (",", ",", "PUNCT", "punct", 12),
    ("la", "le", "DET", "det", 10),
    ("ville", "ville", "NOUN", "nsubj", 12),
    ("est", "être", "AUX", "cop", 12),
    ("calme", "calme", "ADJ", "ROOT", 12),
    (".", ".", "PUNCT", "punct", 12),
]


def test_an_attack_named_in_a_depuis_phrase_is_background() -> None:
    assert coded(document(DEPUIS, "fr", COUNTRIES)) == []
    assert background(parse(DEPUIS, "fr")[2], None)
    told = parse([r for r in DEPUIS if r[0] != "Depuis"], "fr")
    assert not background(told[2], None)  # heads now shifted by one: only the missing "depuis" matters


#: "Security was tightened after the 2009 riots ."
RIOTS: list[Row] = [
    ("Security", "security", "NOUN", "nsubjpass", 2),
    ("was", "be", "AUX", "auxpass", 2),
    ("tightened", "tighten", "VERB", "ROOT", 2, PART),
    ("after", "after", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 6),
    ("2009", "2009", "NUM", "nummod", 6),
    ("riots", "riot", "NOUN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
]


def test_an_event_noun_of_a_year_before_the_report_is_background() -> None:
    riots = parse(RIOTS, "en")[6]
    assert background(riots, 2026)
    assert not background(riots, 2009)
    assert not background(riots, None)  # no publication year: nothing to compare with


#: "Iran freed French teachers it had held for 18 months ."
HELD: list[Row] = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("freed", "free", "VERB", "ROOT", 1, PAST),
    ("French", "French", "ADJ", "amod", 3),
    ("teachers", "teacher", "NOUN", "dobj", 1),
    ("it", "it", "PRON", "nsubj", 6),
    ("had", "have", "AUX", "aux", 6, PAST),
    ("held", "hold", "VERB", "relcl", 3, PART),
    ("for", "for", "ADP", "prep", 6),
    ("18", "18", "NUM", "nummod", 9),
    ("months", "month", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_relative_clause_telling_a_participants_past_is_no_new_act() -> None:
    doc = parse(HELD, "en")
    assert described_past(doc[6], None)
    assert coded(document(HELD, "en", COUNTRIES | {"French": ("France", "FRA")})) == [
        ("RETREAT", ["IRN"], ["FRA"])
    ]


def test_a_participle_of_last_month_or_of_a_past_year_is_the_participants_past() -> None:
    #: "fishermen detained last month" / "… detained in 2021"
    rows: list[Row] = [
        ("fishermen", "fisherman", "NOUN", "ROOT", 0),
        ("detained", "detain", "VERB", "acl", 0, PART),
        ("last", "last", "ADJ", "amod", 3),
        ("month", "month", "NOUN", "npadvmod", 1),
    ]
    assert described_past(parse(rows, "en")[1], None)
    year: list[Row] = [*rows[:2], ("in", "in", "ADP", "prep", 1), ("2021", "2021", "NUM", "pobj", 2)]
    assert described_past(parse(year, "en")[1], 2026)
    assert not described_past(parse(year, "en")[1], 2021)
    monday: list[Row] = [*rows[:2], ("on", "on", "ADP", "prep", 1), ("Monday", "Monday", "PROPN", "pobj", 2)]
    assert not described_past(parse(monday, "en")[1], None)  # "hostages abducted on Monday": news


def test_a_pluperfect_relative_clause_with_a_recent_day_is_news() -> None:
    #: "un homme qui avait attaqué un policier lundi"
    rows: list[Row] = [
        ("homme", "homme", "NOUN", "ROOT", 0),
        ("qui", "qui", "PRON", "nsubj", 3),
        ("avait", "avoir", "AUX", "aux:tense", 3, "Mood=Ind|Tense=Imp|VerbForm=Fin"),
        ("attaqué", "attaquer", "VERB", "acl:relcl", 0, PART),
        ("lundi", "lundi", "NOUN", "obl:mod", 3),
    ]
    assert not described_past(parse(rows, "fr")[3], None)
    assert described_past(parse(rows[:4], "fr")[3], None)


def test_pourrait_and_risque_de_make_the_act_a_possibility() -> None:
    def police(verb: str, lemma: str, morph: str, aux: bool = False) -> list[Row]:
        rows: list[Row] = [("La", "le", "DET", "det", 1), ("police", "police", "NOUN", "nsubj", 2)]
        rows += [(verb, lemma, "VERB", "ROOT", 2, morph)]
        rows += [("a", "avoir", "AUX", "aux:tense", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin")] if aux else []
        n = len(rows)
        return [
            *rows,
            ("arrêter", "arrêter", "VERB", "xcomp", 2, "VerbForm=Inf"),
            ("deux", "deux", "NUM", "nummod", n + 2),
            ("suspects", "suspect", "NOUN", "obj", n),
            (".", ".", "PUNCT", "punct", 2),
        ]

    def arrest(rows: list[Row]) -> bool:
        doc = parse(rows, "fr")
        return hypothetical(next(t for t in doc if t.text == "arrêter"))

    assert arrest(police("pourrait", "pouvoir", "Mood=Cnd|Tense=Pres|VerbForm=Fin"))
    assert arrest(police("risque", "risque", "Mood=Ind|Tense=Pres|VerbForm=Fin"))
    assert not arrest(police("pu", "pouvoir", "Tense=Past|VerbForm=Part", aux=True))  # « a pu arrêter »
