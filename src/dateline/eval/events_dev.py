"""`dateline eval events --dev`: the combined coder on English dev sentences (PLV, PLOVER GSR, PETR2).

Category: lexicon + dependency triggers vote on the sentence, the classifier's probabilities come
from k-fold cross-validation (the classifier never sees the fold it scores: it is retrained per fold
on cached embeddings, with the other training sets). Arguments: the main trigger's actor and
recipient phrases, scored by span overlap with the gold source/target strings (PETR2 gives codes,
not strings, so only its categories are scored here).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rich.console import Console
from rich.table import Table
from sklearn.model_selection import KFold

from dateline.eval.common import PRF
from dateline.eval.dev_loaders import TRAINING_SETS, LabelledSentence, label_matches, load_set
from dateline.resources import spacy_model
from dateline.stages.coder import categories
from dateline.stages.coder import classifier as clf
from dateline.stages.coder.arguments import find_roles
from dateline.stages.coder.encoders import encode_cached
from dateline.stages.coder.lexicon import Lexicon, load_lexicon
from dateline.stages.coder.triggers import Trigger, find_triggers

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


def trigger_weight(trigger: Trigger) -> float:
    """Votes count more the closer the trigger sits to the sentence root."""
    depth, token = 0, trigger.head
    while token.head is not token and depth < 8:
        token, depth = token.head, depth + 1
    return 1.0 / (1 + depth)


def code_sentence(parsed: Any, lexicon: Lexicon, probs: dict[str, float] | None, case: Case) -> None:
    """Fill `case` with the combined, classifier-only and lexicon-only labels and the main arguments."""
    triggers = [t for sent in parsed.sents for t in find_triggers(sent, lexicon)]
    votes = [(t.types, trigger_weight(t)) for t in triggers]
    combined = categories.sentence_scores(votes, probs)
    lexical = categories.sentence_scores(votes, None)
    case.combined = max(combined, key=combined.__getitem__) if combined else None
    case.lexicon = max(lexical, key=lexical.__getitem__) if lexical else None
    plain = {k: v for k, v in (probs or {}).items() if k != "NONE"}
    case.classifier = max(plain, key=plain.__getitem__) if plain else None
    main = [t for t in triggers if case.combined in t.types]
    if main:
        roles = find_roles(max(main, key=trigger_weight), lexicon)
        case.sources = [_phrase(t) for t in roles.actors]
        case.targets = [_phrase(t) for t in roles.recipients]


def _phrase(token: Any) -> tuple[int, int]:
    return int(token.left_edge.idx), int(token.right_edge.idx + len(token.right_edge))


def cross_validated_probs(
    name: str, rows: list[LabelledSentence], encoder: str, folds: int
) -> list[dict[str, float]]:
    """Out-of-fold classifier distributions for `rows` (trained with every other training set)."""
    others = [r for other in TRAINING_SETS if other != name for r in load_set(other)]
    other_x = encode_cached([r.text for r in others], encoder) if others else None
    other_y = [clf.classifier_label(r.label) for r in others]
    x = encode_cached([r.text for r in rows], encoder)
    y = [clf.classifier_label(r.label) for r in rows]
    out: list[dict[str, float]] = [{} for _ in rows]
    splits = (
        KFold(n_splits=folds, shuffle=True, random_state=13).split(x)
        if name in TRAINING_SETS
        else [(np.array([], dtype=int), np.arange(len(rows)))]
    )
    for train, test in splits:
        parts_x = [x[train]] + ([other_x] if other_x is not None else [])
        model = clf.fit(np.vstack(parts_x), [y[i] for i in train] + other_y, encoder)
        for i, row in zip(test, model.proba(x[test]), strict=True):
            out[i] = model.distribution(row)
    return out


def evaluate_dev(name: str, encoder: str = "use", folds: int = 5) -> DevResult:
    """Combined coder on dev set `name` (``plv``, ``plover_gsr`` or ``petrarch2``)."""
    rows = load_set(name)
    lexicon = load_lexicon("en")
    assert lexicon is not None
    probs = cross_validated_probs(name, rows, encoder, folds)
    cases = [Case(row) for row in rows]
    nlp = spacy_model("en")
    for case, parsed, p in zip(cases, nlp.pipe(r.text for r in rows), probs, strict=True):
        code_sentence(parsed, lexicon, p, case)
    return DevResult(name, cases)


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
    console.print(
        f"{result.name}: macro-F1 combined {result.macro_f1('combined'):.3f} | classifier alone "
        f"{result.macro_f1('classifier'):.3f} | lexicon alone {result.macro_f1('lexicon'):.3f} | accuracy "
        f"{result.accuracy():.3f} | quad-class accuracy {result.quad_accuracy():.3f} | triple F1 "
        f"{triples.f1:.3f} | actor span P {actors.precision:.3f} R {actors.recall:.3f} F1 {actors.f1:.3f}"
    )
