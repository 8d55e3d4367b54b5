"""End-to-end dev scoring (`dateline eval events --dev … --end-to-end`) on hand-built Documents:
the top-event choice and the arithmetic (accuracy, none rate, macro-F1, confusions). No models."""

import hashlib

import pytest
from sklearn.metrics import f1_score

from dateline.eval import events_dev
from dateline.eval.dev_loaders import LabelledSentence
from dateline.eval.events_dev import NO_EVENT, end_to_end, top_event
from dateline.model import Document, Event, Span


def event(type_, confidence, start, auxiliary=None):
    return Event(
        id=f"{type_}-{start}",
        type=type_,
        confidence=confidence,
        auxiliary=auxiliary,
        trigger=Span(start=start, end=start + 4),
    )


def doc(*events):
    return Document(id="d", text="x" * 100, events=list(events))


def test_top_event_is_the_most_confident_counted_event():
    chosen = top_event(doc(event("AGREE", 0.4, 0), event("ASSAULT", 0.9, 30), event("ACCUSE", 0.6, 10)))
    assert chosen is not None and chosen.type == "ASSAULT"


def test_top_event_skips_negated_events():
    chosen = top_event(doc(event("ASSAULT", 0.95, 0, auxiliary="negated"), event("CONSULT", 0.5, 20)))
    assert chosen is not None and chosen.type == "CONSULT"
    # historical/future/hypothetical events are still counted
    chosen = top_event(doc(event("THREATEN", 0.7, 5, auxiliary="future"), event("CONSULT", 0.5, 20)))
    assert chosen is not None and chosen.type == "THREATEN"


def test_top_event_ties_go_to_the_earliest_in_the_text():
    chosen = top_event(doc(event("REJECT", 0.8, 40), event("REQUEST", 0.8, 12), event("AID", 0.8, 25)))
    assert chosen is not None and chosen.type == "REQUEST"
    # without trigger or evidence, the listed order decides
    first, second = Event(id="a", type="AID", confidence=0.5), Event(id="b", type="SUPPORT", confidence=0.5)
    chosen = top_event(doc(first, second))
    assert chosen is not None and chosen.type == "AID"


def test_no_counted_event_is_none():
    assert top_event(doc()) is None
    assert top_event(doc(event("ASSAULT", 0.9, 0, auxiliary="negated"))) is None


def rows(*labels):
    return [LabelledSentence(id=f"s{n}", text="x", label=label) for n, label in enumerate(labels)]


def test_scoring_arithmetic():
    gold = rows("AGREE", "AGREE", "ASSAULT", "ASSAULT", "YIELD", "PROTEST")
    docs = [
        doc(event("AGREE", 0.9, 0)),
        doc(),  # no event: none
        doc(event("ASSAULT", 0.8, 0), event("ACCUSE", 0.3, 10)),
        doc(event("AGREE", 0.7, 0)),
        doc(event("RETREAT", 0.6, 0)),  # RETREAT counts for a gold YIELD
        doc(event("PROTEST", 0.9, 0, auxiliary="negated")),  # only a negated event: none
    ]
    result = end_to_end("toy", gold, docs)
    assert result.predicted == ["AGREE", None, "ASSAULT", "AGREE", "RETREAT", None]
    assert result.labels()[1] == ["AGREE", NO_EVENT, "ASSAULT", "AGREE", "YIELD", NO_EVENT]
    assert result.n == 6
    assert result.accuracy() == pytest.approx(3 / 6)
    assert result.none_rate() == pytest.approx(2 / 6)
    per = result.per_label()
    assert sorted(per) == ["AGREE", "ASSAULT", "PROTEST", "YIELD"]  # gold labels only, not NONE
    assert (per["AGREE"].precision, per["AGREE"].recall) == (0.5, 0.5)
    assert (per["ASSAULT"].precision, per["ASSAULT"].recall) == (1.0, 0.5)
    assert per["YIELD"].f1 == 1.0 and per["PROTEST"].f1 == 0.0
    # macro-F1 over the gold labels: (0.5 + 2/3 + 1 + 0) / 4
    assert result.macro_f1() == pytest.approx((0.5 + 2 / 3 + 1.0 + 0.0) / 4)
    g, p = result.labels()
    assert result.macro_f1() == pytest.approx(
        f1_score(g, p, labels=sorted(set(g)), average="macro", zero_division=0)
    )
    assert result.confusions(5) == [("AGREE", NO_EVENT, 1), ("ASSAULT", "AGREE", 1), ("PROTEST", NO_EVENT, 1)]
    assert result.confusions(1) == [("AGREE", NO_EVENT, 1)]


def test_confusions_rank_by_count():
    gold = rows("ACCUSE", "ACCUSE", "ACCUSE", "REJECT")
    docs = [doc(), doc(), doc(event("REJECT", 0.5, 0)), doc(event("ACCUSE", 0.5, 0))]
    result = end_to_end("toy", gold, docs)
    assert result.confusions() == [("ACCUSE", NO_EVENT, 2), ("ACCUSE", "REJECT", 1), ("REJECT", "ACCUSE", 1)]
    assert result.none_rate() == 0.5 and result.accuracy() == 0.0 and result.macro_f1() == 0.0


def test_trained_on_compares_the_provenance_digest(tmp_path, monkeypatch):
    path = tmp_path / "plv_train.csv"
    path.write_text("text,label\n", encoding="utf-8")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    monkeypatch.setattr(events_dev, "dev_path", lambda name: path)
    monkeypatch.setattr(events_dev, "classifier_training_sets", lambda encoder: {"plv": {"sha256": digest}})
    assert events_dev.trained_on("plv")
    assert not events_dev.trained_on("petrarch2")
    monkeypatch.setattr(events_dev, "classifier_training_sets", lambda encoder: {"plv": {"sha256": "0" * 64}})
    assert not events_dev.trained_on("plv")
