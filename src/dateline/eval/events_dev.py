"""`dateline eval events --dev`: the combined coder on English dev sentences (PLV, PLOVER GSR, PETR2).

Category: the classifier on the sentence's main (shallowest) trigger, i.e. sentence and trigger-window
embeddings plus lexicon candidates, syntax and trigger lemmas, with k-fold cross-validation (the
classifier never sees the fold it scores: it is retrained per fold on cached embeddings, with the
other training sets). Also scored: a classifier on the sentence embedding alone and the lexicon
alone. Arguments: the actor and recipient phrases of the trigger proposing the chosen category (else
the main trigger), scored by span overlap with the gold source/target strings (PETR2 gives codes,
not strings, so only its categories are scored here).

End to end (`evaluate_end_to_end`): the full pipeline, every stage, on each raw dev sentence; its top
event (highest confidence among counted events) against the gold label, with the share of sentences
where it finds no event at all, and the reliability (10 bins, ECE) of the top events' confidence. On
a training set with folds, each fold is coded by an events classifier retrained without it; else the
packaged classifier as shipped (both with the packaged confidence calibration).
"""

from __future__ import annotations

import functools
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table
from sklearn.model_selection import KFold

from dateline.eval.calibration import Bin, ece, reliability, reliability_table
from dateline.eval.common import PRF
from dateline.eval.dev_loaders import (
    TRAINING_SETS,
    LabelledSentence,
    dev_path,
    label_matches,
    load_set,
)
from dateline.eval.events import counted
from dateline.model import Document, Event, RawDocument
from dateline.pipeline import Pipeline
from dateline.resources import Resources
from dateline.stages.events import categories
from dateline.stages.events import classifier as clf
from dateline.stages.events.arguments import find_roles
from dateline.stages.events.encoders import encode_cached
from dateline.stages.events.features import Observation, main_trigger, observe, trigger_weight
from dateline.stages.events.lexicon import Lexicon, load_lexicon
from dateline.stages.events.triggers import Trigger, find_triggers

QUADS = {
    "AGREE": "verbal coop", "CONSULT": "verbal coop", "SUPPORT": "verbal coop", "CONCEDE": "verbal coop",
    "COOPERATE": "material coop", "AID": "material coop", "RETREAT": "material coop", "YIELD": "coop",
    "REQUEST": "verbal conflict", "ACCUSE": "verbal conflict", "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict", "PROTEST": "material conflict", "SANCTION": "material conflict",
    "MOBILIZE": "material conflict", "COERCE": "material conflict", "ASSAULT": "material conflict",
}  # fmt: skip


@dataclass
class Case:
    """One dev sentence and what each coder variant said."""

    row: LabelledSentence
    combined: str | None = None
    classifier: str | None = None
    lexicon: str | None = None
    sources: list[tuple[int, int]] = field(default_factory=list)
    targets: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class DevResult:
    name: str
    cases: list[Case]
    pipeline: PRF | None = None  # (source, type, target) country triples through the full pipeline

    def predictions(self, variant: str) -> tuple[list[str], list[str]]:
        """(gold, predicted) labels; a CONCEDE/RETREAT prediction for a gold YIELD counts as YIELD."""
        gold, predicted = [], []
        for case in self.cases:
            guess = getattr(case, variant) or "NONE"
            gold.append(case.row.label)
            predicted.append(case.row.label if label_matches(guess, case.row.label) else guess)
        return gold, predicted

    def macro_f1(self, variant: str = "combined") -> float:
        from sklearn.metrics import f1_score

        gold, predicted = self.predictions(variant)
        return float(f1_score(gold, predicted, labels=sorted(set(gold)), average="macro", zero_division=0))

    def accuracy(self, variant: str = "combined") -> float:
        gold, predicted = self.predictions(variant)
        return sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)

    def quad_accuracy(self) -> float:
        gold, predicted = self.predictions("combined")
        hits = sum(QUADS.get(g, g).split()[-1] == QUADS.get(p, p).split()[-1] and _coop(g) == _coop(p)
                   for g, p in zip(gold, predicted, strict=True))  # fmt: skip
        return hits / max(len(gold), 1)

    def triples(self) -> PRF:
        """(source, type, target) correct when the type matches and the spans overlap the gold strings."""
        tp = 0
        for case in self.cases:
            if not label_matches(case.combined, case.row.label):
                continue
            text = case.row.text
            if _covers(text, case.row.sources, case.sources) and _covers(
                text, case.row.targets, case.targets
            ):
                tp += 1
        return PRF(tp=tp, predicted=sum(c.combined is not None for c in self.cases), gold=len(self.cases))

    def actors(self) -> PRF:
        """Gold source/target strings overlapped by a predicted argument span."""
        prf = PRF()
        for case in self.cases:
            spans = case.sources + case.targets
            gold = [_locate(case.row.text, a.text) for a in (*case.row.sources, *case.row.targets) if a.text]
            prf.gold += len(gold)
            prf.predicted += len(spans)
            prf.tp += sum(any(_overlap(g, s) for s in spans) for g in gold if g)
        return prf


def _coop(label: str) -> bool:
    return "coop" in QUADS.get(label, "") and "conflict" not in QUADS.get(label, "")


def _locate(text: str, needle: str) -> tuple[int, int] | None:
    start = text.lower().find(needle.lower())
    return (start, start + len(needle)) if start >= 0 else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def _covers(text: str, gold: tuple[Any, ...], predicted: list[tuple[int, int]]) -> bool:
    located = [_locate(text, a.text) for a in gold if a.text]
    if not located:
        return not predicted
    return any(_overlap(g, p) for g in located for p in predicted)


@dataclass(frozen=True)
class Parsed:
    """A dev sentence parsed in its language, with its triggers and the shallowest one."""

    doc: Any
    triggers: list[Trigger]
    main: Trigger | None

    def observation(self) -> Observation:
        return observe(self.doc[:], self.triggers, self.main)


def parse(rows: Sequence[LabelledSentence]) -> list[Parsed]:
    """Every row parsed with its language's spaCy model and lexicon, in order."""
    out: list[Parsed | None] = [None] * len(rows)
    for language in sorted({r.language for r in rows}):
        lexicon = load_lexicon(language)
        assert lexicon is not None, f"no trigger lexicon for {language}"
        index = [i for i, r in enumerate(rows) if r.language == language]
        nlp = Resources.shared().models.get(language)
        for i, doc in zip(index, nlp.pipe(rows[i].text for i in index), strict=True):
            triggers = [t for sent in doc.sents for t in find_triggers(sent, lexicon)]
            out[i] = Parsed(doc, triggers, main_trigger(triggers))
    return [p for p in out if p is not None]


def best(scores: dict[str, float]) -> str | None:
    """The highest-scoring category other than NONE."""
    plain = {k: v for k, v in scores.items() if k != "NONE"}
    return max(plain, key=plain.__getitem__) if plain else None


def code_sentence(item: Parsed, lexicon: Lexicon, probs: dict[str, float], plain: dict[str, float],
                  case: Case) -> None:  # fmt: skip
    """Fill `case` with the combined, sentence-classifier and lexicon labels and the main arguments.

    `probs` is the combined classifier's distribution, `plain` the sentence-only classifier's; the
    lexicon votes break the classifier's CONCEDE/RETREAT tie.
    """
    votes = [(t.types, trigger_weight(t)) for t in item.triggers]
    lexical = categories.sentence_scores(votes, None)
    case.combined = best({k: p + 1e-6 * lexical.get(k, 0.0) for k, p in probs.items()})
    case.lexicon = best(lexical)
    case.classifier = best(plain)
    main = [t for t in item.triggers if case.combined in t.types]
    chosen = max(main, key=trigger_weight) if main else item.main
    if chosen is not None:
        roles = find_roles(chosen, lexicon)
        case.sources = [_phrase(t) for t in roles.actors]
        case.targets = [_phrase(t) for t in roles.recipients]


def _phrase(token: Any) -> tuple[int, int]:
    return int(token.left_edge.idx), int(token.right_edge.idx + len(token.right_edge))


@dataclass(frozen=True)
class Fold:
    """One cross-validation fold: the rows it scores and the classifiers trained without them."""

    test: np.ndarray
    combined: clf.EventClassifier
    sentence_only: clf.EventClassifier


def fold_models(
    name: str, rows: list[LabelledSentence], parsed: list[Parsed], encoder: str, folds: int
) -> tuple[list[Fold], np.ndarray, list[Observation]]:
    """Per fold, the combined and the sentence-only classifiers trained on the other folds and every
    other training set (a set that is not a training set is one fold scored by models trained on all
    the training sets); with the rows' embeddings and observations."""
    others = [r for other in TRAINING_SETS if other != name for r in load_set(other)]
    observations = [p.observation() for p in parsed]
    other_obs = [p.observation() for p in parse(others)]
    embed = functools.partial(encode_cached, encoder=encoder)
    x, other_x = clf.embed_observations(observations, embed), clf.embed_observations(other_obs, embed)
    y = [clf.classifier_label(r.label) for r in rows]
    other_y = [clf.classifier_label(r.label) for r in others]
    half = x.shape[1] // 2
    splits = (
        KFold(n_splits=folds, shuffle=True, random_state=13).split(x)
        if name in TRAINING_SETS
        else [(np.array([], dtype=int), np.arange(len(rows)))]
    )
    out: list[Fold] = []
    for train, test in splits:
        train_obs = [observations[i] for i in train] + other_obs
        labels = [y[i] for i in train] + other_y
        names = clf.vocabulary(train_obs)
        rows_x = np.vstack([x[train], other_x])
        model = clf.fit(clf.design(rows_x, train_obs, names), labels, encoder, names)
        out.append(Fold(test, model, clf.fit(rows_x[:, :half], labels, encoder)))
    return out, x, observations


def cross_validated_probs(
    name: str, rows: list[LabelledSentence], parsed: list[Parsed], encoder: str, folds: int
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """Out-of-fold distributions of the combined and the sentence-only classifiers for `rows`."""
    trained, x, observations = fold_models(name, rows, parsed, encoder, folds)
    half = x.shape[1] // 2
    combined: list[dict[str, float]] = [{} for _ in rows]
    plain: list[dict[str, float]] = [{} for _ in rows]
    for fold in trained:
        test_obs = [observations[i] for i in fold.test]
        scored = fold.combined.proba(clf.design(x[fold.test], test_obs, fold.combined.names))
        bases = fold.sentence_only.proba(x[fold.test, :half])
        for i, row, base in zip(fold.test, scored, bases, strict=True):
            combined[i] = fold.combined.distribution(row)
            plain[i] = fold.sentence_only.distribution(base)
    return combined, plain


def pipeline_triples(rows: Sequence[LabelledSentence], encoder: str = "use") -> PRF:
    """(source country, type, target country) triples of the full pipeline's counted events against
    the gold codings in `extra`; a gold triple without target accepts any target. True positives
    count the smaller of matched predicted and matched gold triples per sentence."""
    return score_triples(rows, pipeline_documents(rows, encoder))


def pipeline_documents(
    rows: Sequence[LabelledSentence], encoder: str = "use", pipe: Pipeline | None = None
) -> list[Document]:
    """Every row run through the full pipeline (every stage) as a raw document in its declared language;
    `pipe` is a pipeline already built (default: every stage with `encoder`)."""
    pipe = pipe or Pipeline.from_config({"events": {"encoder": encoder}})
    raws = [RawDocument(content=r.text.encode("utf-8"), title=r.id, language=r.language) for r in rows]
    return list(pipe.pipe(raws))


def score_triples(rows: Sequence[LabelledSentence], docs: Sequence[Document], dyads: bool = True) -> PRF:
    """`pipeline_triples` on documents already run through the pipeline, one per row.

    With `dyads` (the default), an event is read as PETRARCH2 codes it: a CONSULT, or an event whose
    several actors have no recipient (a meeting, an agreement or a clash among parties), is every
    ordered pair of its distinct parties' countries, and PETRARCH2's `---` (an actor with no country)
    is an actor or recipient without a country (a gold `---` target also accepts no recipient).
    `dyads=False` is the scoring before issue 13's actor pass: one triple per actor and recipient,
    `---` never matched."""
    prf = PRF()
    for row, doc in zip(rows, docs, strict=True):
        predicted = {triple for event in counted(doc.events) for triple in event_triples(event, dyads)}
        gold = set(row.extra)
        prf.predicted += len(predicted)
        prf.gold += len(gold)
        pairs = [(p, g) for p in predicted for g in gold if _same_triple(p, g, dyads)]
        prf.tp += min(len({p for p, _ in pairs}), len({g for _, g in pairs}))
    return prf


def event_triples(event: Event, dyads: bool = True) -> set[tuple[str | None, str, str | None]]:
    """An event's (actor country, type, recipient country) triples; "" stands for no recipient."""
    actors = [actor.country for actor in event.actors]
    recipients = [recipient.country for recipient in event.recipients]
    if dyads and (event.type == "CONSULT" or (not recipients and len(set(actors)) > 1)):
        parties = list(dict.fromkeys(actors + recipients))
        mutual = {(a, event.type, b) for a in parties for b in parties if a != b}
        if mutual:
            return mutual
    return {(actor, event.type, recipient) for actor in actors for recipient in recipients or [""]}


#: PETRARCH2's code for an actor whose country it does not know.
NO_COUNTRY = "---"


def _same_triple(
    predicted: tuple[str | None, str, str | None], gold: tuple[str, str, str], dyads: bool = True
) -> bool:
    source, label, target = gold
    source_ok = predicted[0] is None if dyads and source == NO_COUNTRY else predicted[0] == source
    if dyads and target == NO_COUNTRY:
        target_ok = predicted[2] in (None, "")
    else:
        target_ok = not target or predicted[2] == target
    return source_ok and label_matches(predicted[1], label) and target_ok


def evaluate_dev(name: str, encoder: str = "use", folds: int = 5) -> DevResult:
    """Combined coder on dev set `name` (``plv``, ``plover_gsr`` or ``petrarch2``)."""
    rows = load_set(name)
    lexicon = load_lexicon("en")
    assert lexicon is not None
    parsed = parse(rows)
    combined, plain = cross_validated_probs(name, rows, parsed, encoder, folds)
    cases = [Case(row) for row in rows]
    for case, item, probs, base in zip(cases, parsed, combined, plain, strict=True):
        code_sentence(item, lexicon, probs, base, case)
    triples = pipeline_triples(rows, encoder) if name == "petrarch2" else None
    return DevResult(name, cases, triples)


def print_dev(result: DevResult, console: Console) -> None:
    """Per-category table, confusion matrix and headline figures."""
    gold, predicted = result.predictions("combined")
    labels = sorted(set(gold) | set(predicted))
    per = Table(title=f"{result.name}: per category (combined)", header_style="bold")
    for column in ("category", "gold", "predicted", "correct", "P", "R", "F1"):
        per.add_column(column)
    for label in sorted(set(gold)):
        prf = PRF(
            tp=sum(g == p == label for g, p in zip(gold, predicted, strict=True)),
            predicted=predicted.count(label),
            gold=gold.count(label),
        )
        per.add_row(label, str(int(prf.gold)), str(int(prf.predicted)), str(int(prf.tp)),
                    f"{prf.precision:.2f}", f"{prf.recall:.2f}", f"{prf.f1:.2f}")  # fmt: skip
    console.print(per)
    confusion = Table(title=f"{result.name}: confusion (rows gold, columns predicted)", header_style="bold")
    confusion.add_column("")
    for label in labels:
        confusion.add_column(label[:4])
    counts = Counter(zip(gold, predicted, strict=True))
    for g in sorted(set(gold)):
        confusion.add_row(g[:8], *[str(counts[(g, p)] or "") for p in labels])
    console.print(confusion)
    triples, actors = result.triples(), result.actors()
    if result.pipeline is not None:
        console.print(
            f"{result.name}: full pipeline (source, type, target) country triples P "
            f"{result.pipeline.precision:.3f} R {result.pipeline.recall:.3f} F1 {result.pipeline.f1:.3f}"
        )
    console.print(
        f"{result.name}: macro-F1 combined {result.macro_f1('combined'):.3f} | classifier alone "
        f"{result.macro_f1('classifier'):.3f} | lexicon alone {result.macro_f1('lexicon'):.3f} | accuracy "
        f"{result.accuracy():.3f} | quad-class accuracy {result.quad_accuracy():.3f} | triple F1 "
        f"{triples.f1:.3f} | actor span P {actors.precision:.3f} R {actors.recall:.3f} F1 {actors.f1:.3f}"
    )


#: The predicted label of a sentence where the full pipeline finds no counted event.
NO_EVENT = "NONE"


def top_event(doc: Document) -> Event | None:
    """The counted (not negated) event with the highest confidence, ties → the earliest in the text
    (then the earliest listed); None when the document has no counted event."""
    events = counted(doc.events)
    if not events:
        return None
    order = {id(e): n for n, e in enumerate(events)}
    return min(events, key=lambda e: (-e.confidence, _start(e), order[id(e)]))


def _start(event: Event) -> int:
    """Where an event sits in the text: its trigger, else its first evidence span, else its sentence."""
    if event.trigger is not None:
        return event.trigger.start
    if event.evidence:
        return min(span.start for span in event.evidence)
    return event.sentence.start if event.sentence is not None else 1 << 62


@dataclass
class EndToEndResult:
    """The full pipeline's top event per raw dev sentence against the gold label.

    `predicted` holds the top event's type per row, or None when the pipeline found no event;
    `confidences` its confidence (None likewise).
    """

    name: str
    rows: list[LabelledSentence]
    predicted: list[str | None]
    trained_on: bool = False  # the dev file is among the packaged classifier's training data
    triples: PRF | None = None  # (source, type, target) country triples (PETR2 only)
    strict_triples: PRF | None = None  # the same, scored as before issue 13's actor pass (no dyads)
    confidences: list[float | None] = field(default_factory=list)
    folds: int = 0  # > 1: cross-validated (each fold coded by a classifier trained without it)

    @property
    def n(self) -> int:
        return len(self.rows)

    def labels(self) -> tuple[list[str], list[str]]:
        """(gold, predicted) labels, NONE for no event; a prediction `label_matches` accepts for the
        gold label (CONCEDE/RETREAT for YIELD) counts as the gold label."""
        gold, predicted = [], []
        for row, guess in zip(self.rows, self.predicted, strict=True):
            gold.append(row.label)
            predicted.append(row.label if label_matches(guess, row.label) else guess or NO_EVENT)
        return gold, predicted

    def accuracy(self) -> float:
        gold, predicted = self.labels()
        return sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)

    def none_rate(self) -> float:
        """Share of sentences where the pipeline found no (counted) event."""
        return sum(p is None for p in self.predicted) / max(len(self.predicted), 1)

    def per_label(self) -> dict[str, PRF]:
        """Precision/recall/F1 of each gold label (NONE predictions count against recall only)."""
        gold, predicted = self.labels()
        pairs = list(zip(gold, predicted, strict=True))
        return {
            label: PRF(
                tp=sum(g == p == label for g, p in pairs),
                predicted=predicted.count(label),
                gold=gold.count(label),
            )
            for label in sorted(set(gold))
        }

    def macro_f1(self) -> float:
        """Unweighted mean F1 over the gold labels."""
        scores = self.per_label()
        return sum(prf.f1 for prf in scores.values()) / len(scores) if scores else 0.0

    def reliability(self) -> list[Bin]:
        """Reliability bins of the top events (sentences without an event left out): confidence
        against whether the type `label_matches` the gold label."""
        pairs = [
            (c, label_matches(p, row.label))
            for row, p, c in zip(self.rows, self.predicted, self.confidences, strict=True)
            if p is not None and c is not None
        ]
        return reliability([c for c, _ in pairs], [ok for _, ok in pairs])

    def confusions(self, k: int = 5) -> list[tuple[str, str, int]]:
        """The `k` most frequent (gold, predicted, count) errors, NONE for no event; ties by name."""
        gold, predicted = self.labels()
        counts = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        return [(g, p, c) for (g, p), c in ranked[:k]]


def classifier_training_sets(encoder: str = "use") -> dict[str, dict[str, Any]]:
    """The training sets named in the packaged classifier's provenance (``data`` of its json)."""
    model = clf.load(encoder)
    data = model.provenance.get("data", {}) if model is not None else {}
    return {str(k): dict(v) for k, v in data.items()} if isinstance(data, dict) else {}


def trained_on(name: str, encoder: str = "use") -> bool:
    """Whether dev set `name`'s file is among the packaged classifier's training data (by sha256 when
    the provenance records one, else by name)."""
    entry = classifier_training_sets(encoder).get(name)
    if entry is None:
        return False
    digest = entry.get("sha256")
    path = dev_path(name)
    if not digest or not path.exists():
        return True
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() == digest


def end_to_end(name: str, rows: list[LabelledSentence], docs: Sequence[Document]) -> EndToEndResult:
    """Score documents already run through the pipeline, one per row (no models involved)."""
    tops = [top_event(doc) for doc in docs]
    predicted = [None if event is None else event.type for event in tops]
    confidences = [None if event is None else event.confidence for event in tops]
    return EndToEndResult(name, rows, predicted, confidences=confidences)


def evaluate_end_to_end(name: str, encoder: str = "use", folds: int = 0) -> EndToEndResult:
    """The full pipeline on every raw sentence of dev set `name`, its top event scored against the gold
    label. With `folds` > 1 and a training set, each fold runs with the events classifier retrained
    without it (`fold_models`: the other folds and every other training set), so no sentence is
    coded by a model that saw it; otherwise the packaged classifier as shipped."""
    rows = load_set(name)
    if not rows:
        raise FileNotFoundError(f"no sentences in {dev_path(name)}")
    if folds > 1 and name in TRAINING_SETS:
        docs = cross_validated_documents(name, rows, encoder, folds)
        trained = False
    else:
        docs = pipeline_documents(rows, encoder)
        trained = trained_on(name, encoder)
    result = end_to_end(name, rows, docs)
    result.trained_on = trained
    result.folds = folds if folds > 1 and name in TRAINING_SETS else 0
    if name == "petrarch2":
        result.triples = score_triples(rows, docs)
        result.strict_triples = score_triples(rows, docs, dyads=False)
    return result


def cross_validated_documents(
    name: str, rows: list[LabelledSentence], encoder: str, folds: int, pipe: Pipeline | None = None
) -> list[Document]:
    """Every row run through the full pipeline (`pipe`, default every stage with `encoder`), each fold
    with an events classifier that never saw it."""
    pipe = pipe or Pipeline.from_config({"events": {"encoder": encoder}})
    coder = next(stage for stage in pipe.stages if stage.name == "events").coder  # type: ignore[attr-defined]
    docs: list[Document | None] = [None] * len(rows)
    trained, _, _ = fold_models(name, rows, parse(rows), encoder, folds)
    for fold in trained:
        coder.classifier = fold.combined
        chosen = [rows[i] for i in fold.test]
        for i, doc in zip(fold.test, pipeline_documents(chosen, encoder, pipe), strict=True):
            docs[i] = doc
    return [doc for doc in docs if doc is not None]


def print_end_to_end(result: EndToEndResult, console: Console, encoder: str = "use") -> None:
    """Per-label table, top confusions and headline figures of an end-to-end run."""
    gold, predicted = result.labels()
    per = Table(
        title=f"{result.name}: end to end on raw sentences (top event per sentence)", header_style="bold"
    )
    for column in ("gold label", "gold", "predicted", "correct", "P", "R", "F1", "→ none"):
        per.add_column(column)
    pairs = list(zip(gold, predicted, strict=True))
    for label, prf in result.per_label().items():
        missed = sum(g == label and p == NO_EVENT for g, p in pairs)
        per.add_row(label, str(int(prf.gold)), str(int(prf.predicted)), str(int(prf.tp)),
                    f"{prf.precision:.2f}", f"{prf.recall:.2f}", f"{prf.f1:.2f}", str(missed))  # fmt: skip
    console.print(per)
    confusions = ", ".join(
        f"{g} → {p.lower() if p == NO_EVENT else p} {c}" for g, p, c in result.confusions(5)
    )
    console.print(f"{result.name}: top confusions (gold → predicted): {confusions or '–'}")
    if result.triples is not None:
        console.print(
            f"{result.name}: full pipeline (source, type, target) country triples P "
            f"{result.triples.precision:.3f} R {result.triples.recall:.3f} F1 {result.triples.f1:.3f}"
        )
    if result.strict_triples is not None:
        strict = result.strict_triples
        console.print(
            f"{result.name}: the same, one triple per actor and recipient, no `---` (scoring before "
            f"the actor pass) P {strict.precision:.3f} R {strict.recall:.3f} F1 {strict.f1:.3f}"
        )
    console.print(
        f"{result.name}: end to end n {result.n} | accuracy {result.accuracy():.3f} | macro-F1 "
        f"{result.macro_f1():.3f} | none rate {result.none_rate():.3f}"
    )
    bins = result.reliability()
    console.print(reliability_table(bins, f"{result.name}: reliability of the top events' confidence"))
    console.print(f"{result.name}: top-event expected calibration error (ECE, 10 bins) {ece(bins):.3f}")
    if result.folds:
        console.print(
            f"[dim]{result.name}: {result.folds}-fold: each fold coded by a classifier trained on the "
            "other folds and every other training set.[/dim]"
        )
        return
    sets = classifier_training_sets(encoder)
    trained = ", ".join(f"{k} ({v.get('rows', '?')} rows)" for k, v in sets.items()) or "unknown"
    note = (
        "these sentences were among its training data, so this figure is optimistic"
        if result.trained_on
        else "these sentences were not among its training data"
    )
    console.print(f"[dim]{result.name}: packaged classifier ({encoder}) trained on {trained}; {note}.[/dim]")
