from dateline.eval.dev_loaders import cameo_to_plover, label_matches
from dateline.eval.events import match_document, matches
from dateline.model import ActorRef, Event


def sys_event(type_, actors, recipients=(), auxiliary=None):
    return Event(
        id="x",
        type=type_,
        auxiliary=auxiliary,
        actors=[ActorRef(name=a, country=a) for a in actors],
        recipients=[ActorRef(name=r, country=r) for r in recipients],
    )


def gold(type_, actors, recipients=(), required=True):
    return {
        "type": type_,
        "actor": [{"name": a, "country": a} for a in actors],
        "recipient": [{"name": r, "country": r} for r in recipients],
        "required": required,
    }


def test_matching_rules_of_the_gold_readme():
    assert matches(gold("ASSAULT", ["RUS"], ["SYR"]), sys_event("ASSAULT", ["RUS"], ["SYR"]))
    assert not matches(gold("ASSAULT", ["RUS"], ["SYR"]), sys_event("ASSAULT", ["SYR"], ["RUS"]))
    assert matches(gold("AGREE", ["IRN", "IRQ"]), sys_event("AGREE", ["IRN"], ["IRQ"]))
    assert matches(gold("CONSULT", ["ISR"], ["RUS"]), sys_event("CONSULT", ["RUS", "ISR"]))
    assert not matches(gold("CONSULT", ["ISR"], ["RUS"]), sys_event("SUPPORT", ["ISR"], ["RUS"]))


def test_recall_over_required_precision_over_all_and_negated_left_out():
    golds = [gold("SUPPORT", ["RUS"], ["SYR"]), gold("ACCUSE", ["ISR"], ["RUS"], required=False)]
    events = [
        sys_event("ACCUSE", ["ISR"], ["RUS"]),
        sys_event("ASSAULT", ["FRA"]),
        sys_event("SUPPORT", ["RUS"], ["SYR"], auxiliary="negated"),
    ]
    result = match_document("d", golds, events, None)
    assert result.recall.recall == 0.0
    assert result.precision.tp == 1 and result.precision.predicted == 2


def test_label_mappings():
    assert label_matches("RETREAT", "YIELD") and label_matches("CONCEDE", "YIELD")
    assert not label_matches("AGREE", "YIELD")
    assert cameo_to_plover("042") == "CONSULT"
    assert cameo_to_plover("081") == "CONCEDE" and cameo_to_plover("0871") == "RETREAT"
    assert cameo_to_plover("190") == "ASSAULT" and cameo_to_plover("010") is None


def test_type_right_and_date_exact_ignore_actors_and_need_the_exact_interval():
    from dateline.eval.events import type_and_date
    from dateline.model import Document, Span, TimeRef

    text = "Troops shelled Ariha on Tuesday. Police arrested two men."
    doc = Document(id="d", text=text)
    shelled = sys_event("ASSAULT", ["TUR"], ["IRQ"])  # wrong countries: the type still counts
    shelled.sentence = Span(start=0, end=32)
    shelled.time = TimeRef(text="on Tuesday", start="2023-03-14", end="2023-03-14")
    arrested = sys_event("MOBILIZE", ["SYR"])  # wrong type, and a week for a time
    arrested.sentence = Span(start=33, end=len(text))
    arrested.time = TimeRef(text="", start="2023-03-07", end="2023-03-14")
    golds = [
        {**gold("ASSAULT", ["SYR"], ["SYR"]), "evidence": "Troops shelled Ariha on Tuesday",
         "time": {"text": "on Tuesday", "date": "2023-03-14"}},
        {**gold("COERCE", ["SYR"], ["SYR"]), "evidence": "Police arrested two men",
         "time": {"text": "yesterday", "relative_days": [-1, -1]}},
        {**gold("PROTEST", ["SYR"]), "evidence": "Police arrested two men", "time": None},
    ]  # fmt: skip
    checks = type_and_date("d", golds, doc.model_copy(update={"events": [shelled, arrested]}), "2023-03-14")
    assert [(c.type_right, c.date_exact) for c in checks] == [(True, True), (False, False), (False, None)]
    arrested.time = TimeRef(text="yesterday", start="2023-03-13", end="2023-03-13")
    checks = type_and_date("d", golds, doc.model_copy(update={"events": [shelled, arrested]}), "2023-03-14")
    assert [c.date_exact for c in checks] == [True, True, None]


def test_party_marks_read_each_gold_party_s_country_and_sector_in_its_role():
    from dateline.eval.events import party_marks

    event = Event(
        id="x",
        type="COERCE",
        actors=[ActorRef(name="police", country="KEN", sector="COP")],
        recipients=[
            ActorRef(name="activists", country="KEN", sector="REB"),
            ActorRef(name="UN", sector="IGO"),
        ],
    )
    golden = {
        "type": "COERCE",
        "actor": [{"name": "police", "country": "KEN", "sector": "COP"}],
        "recipient": [
            {"name": "activists", "country": "KEN", "sector": "OPP"},  # country right, sector wrong
            {"name": "UN", "country": None, "sector": "IGO"},  # IGO read as a country
            {"name": "police", "country": "KEN", "sector": "COP"},  # an actor, not a recipient
        ],
    }
    assert party_marks(golden, event) == [(True, True), (True, False), (True, True), (True, False)]
    pooled = {**golden, "recipient": []}  # no gold recipient: the roles are pooled, as matching pools them
    assert party_marks(pooled, Event(id="y", type="COERCE", recipients=event.actors)) == [(True, True)]
