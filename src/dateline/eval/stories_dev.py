"""Real judged article pairs (SemEval-2022 Task 8, ``../shared/dev/semeval``) run through the real pipeline.

Each article (title + body, raw text as the CSV gives it) is ingested by the ordinary engine into a
store kept in the user's cache folder and keyed by the pipeline's stage versions, so a second run
costs nothing and a stage change starts a fresh store. Pairs are same story iff ``Overall`` ≤ 1.5.
"""

from __future__ import annotations

import csv
import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score

from dateline.engine import IngestOptions, LocalEngine
from dateline.model import Document, RawDocument
from dateline.pipeline import Pipeline
from dateline.resources import Encoder
from dateline.store import Store
from dateline.store.migrate import head_revision
from dateline.stories.cluster import cluster
from dateline.stories.features import StoryDoc, story_docs
from dateline.stories.fit import DEFAULT_FEATURES, LabelledPair, LabelledSet, fit_constrained, grouped_folds

DEV_CSV = ("dev", "semeval", "news_similarity_dev.csv")
#: Languages the pipeline reads; pairs with another language are left out (and counted).
LANGUAGES = frozenset({"en", "fr"})
SAME_STORY_MAX_OVERALL = 1.5
FOLDS = 5


@dataclass(frozen=True)
class DevPair:
    pair_id: str
    a: str
    b: str
    languages: str
    overall: float

    @property
    def same_story(self) -> bool:
        return self.overall <= SAME_STORY_MAX_OVERALL


@dataclass(frozen=True)
class DevSet:
    pairs: list[DevPair]
    texts: dict[str, tuple[str, str]]  # article id → (language, text)
    skipped: dict[str, int]  # language pair → pairs left out


def load_pairs(path: Path, languages: frozenset[str] = LANGUAGES) -> DevSet:
    """The judged pairs whose two articles are in `languages`, and their texts."""
    csv.field_size_limit(10_000_000)
    pairs: list[DevPair] = []
    texts: dict[str, tuple[str, str]] = {}
    skipped: dict[str, int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            langs = f"{row['lang1']}-{row['lang2']}"
            if row["lang1"] not in languages or row["lang2"] not in languages:
                skipped[langs] = skipped.get(langs, 0) + 1
                continue
            a, b = row["pair_id"].split("_")
            texts[a] = (row["lang1"], row["text1"])
            texts[b] = (row["lang2"], row["text2"])
            pairs.append(DevPair(row["pair_id"], a, b, langs, float(row["Overall"])))
    return DevSet(pairs, texts, skipped)


def raw_article(article_id: str, text: str) -> RawDocument:
    """One article as raw text in, its SemEval id kept as the record's own id."""
    return RawDocument(content=text.encode("utf-8"), uri=f"semeval:{article_id}", source_id=article_id)


def pipeline_key(stages: Sequence[str] | None = None) -> str:
    """A short hash of the pipeline's stage versions and the store's schema revision: a cached store is
    valid for one key only (another checkout with a newer migration does not share it)."""
    producers = ",".join(f"{s.name}@{s.version}" for s in Pipeline.from_config(stages).stages)
    return hashlib.sha256(f"{producers};{head_revision()}".encode()).hexdigest()[:10]


def default_store_path() -> Path:
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "dateline" / f"stories-dev-{pipeline_key()}.db"


def ingest_articles(
    texts: dict[str, tuple[str, str]], store_path: Path, workers: int = 0
) -> dict[str, Document]:
    """Article id → processed Document, ingesting (through the engine) only what the store lacks."""
    store_path.parent.mkdir(parents=True, exist_ok=True)
    raws = {aid: raw_article(aid, text) for aid, (_, text) in sorted(texts.items())}
    with Store.open(store_path) as store:
        LocalEngine(IngestOptions(workers=workers)).run(raws.values(), store)
        docs = {aid: store.get(raw.content_id()) for aid, raw in raws.items()}
    return {aid: doc for aid, doc in docs.items() if doc is not None}


def nothing_found(docs: Iterable[Document]) -> dict[str, float]:
    """Share of documents with no actors, no places, no events (and failed ones)."""
    docs = list(docs)
    n = len(docs) or 1
    return {
        "no actors": sum(not d.actors for d in docs) / n,
        "no places": sum(not d.places for d in docs) / n,
        "no events": sum(not d.events for d in docs) / n,
        "failed": sum(d.failed for d in docs) / n,
    }


@dataclass(frozen=True)
class PairScores:
    """Scores of one group of judged pairs."""

    name: str
    pairs: int
    positives: int
    precision: float
    recall: float
    f1: float
    auc: float | None
    pearson: float | None


def score_pairs(
    name: str, same: np.ndarray, gold: np.ndarray, score: np.ndarray, overall: np.ndarray
) -> PairScores:
    """Pairwise P/R/F1 of the clustering decisions `same`, ROC-AUC of `score` for same-story, and Pearson r of
    `score` against ``Overall`` (negative: similar pairs have low ``Overall``)."""
    tp = float(np.sum(same & gold))
    precision = tp / float(same.sum()) if same.any() else 0.0
    recall = tp / float(gold.sum()) if gold.any() else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    both = bool(gold.any() and (~gold).any())
    auc = float(roc_auc_score(gold, score)) if both else None
    pearson = float(np.corrcoef(score, overall)[0, 1]) if len(score) > 2 and np.std(score) > 0 else None
    return PairScores(name, len(gold), int(gold.sum()), precision, recall, f1, auc, pearson)


@dataclass(frozen=True)
class DevResult:
    scores: list[PairScores]
    nothing_found: dict[str, float]
    skipped: dict[str, int]
    folds: int
    #: The scores of every test fold alone (all en/fr pairs): how much one split moves the figures.
    fold_scores: list[PairScores]
    #: The pooled scores (all en/fr pairs) of each assignment of articles to folds: the first is the one
    #: `scores` reports, the others shuffle the grouped folds (`--repeats`).
    repeat_scores: list[PairScores] = field(default_factory=list)
    #: The same, each pair decided alone by its fold's threshold instead of by the clustering: what the
    #: clustering (transitive joins, one story per document) adds to or costs the pair scores.
    repeat_pair_decisions: list[PairScores] = field(default_factory=list)


@dataclass(frozen=True)
class FoldPredictions:
    """Out-of-fold figures of every judged pair."""

    probability: np.ndarray
    #: The clustering put the two articles in one story.
    same: np.ndarray
    #: The probability passed the fold model's threshold.
    linked: np.ndarray
    folds: list[int]


def cross_validate(
    dev: DevSet,
    views: dict[str, StoryDoc],
    own: Sequence[LabelledSet],
    c: float,
    features: Sequence[str] = DEFAULT_FEATURES,
    k: int = FOLDS,
    seed: int | None = None,
) -> FoldPredictions:
    """Out-of-fold link probability, clustering and pair decisions, and fold of every judged pair: each fold's
    model (over `features`) is fitted on the other folds' pairs bound by the `own` sets as the shipped one is
    (`fit_constrained`; grouped so no article is on both sides), and the fold's articles are clustered by it
    as ingestion would. `seed` shuffles the assignment of articles to folds (`grouped_folds`)."""
    labelled = [LabelledPair(views[p.a], views[p.b], p.same_story) for p in dev.pairs]
    folds = grouped_folds([(p.a, p.b) for p in dev.pairs], k, seed)
    probability = np.zeros(len(labelled))
    same = np.zeros(len(labelled), dtype=bool)
    linked = np.zeros(len(labelled), dtype=bool)
    for fold in range(k):
        test = [i for i, f in enumerate(folds) if f == fold]
        judged = [p for p, f in zip(labelled, folds, strict=True) if f != fold]
        model, _ = fit_constrained(judged, own, c, features)
        articles = {v.doc_id: v for i in test for v in (labelled[i].a, labelled[i].b)}
        story_of = cluster(list(articles.values()), model)
        for i in test:
            probability[i] = model.probability(labelled[i].a, labelled[i].b)
            same[i] = story_of[labelled[i].a.doc_id] == story_of[labelled[i].b.doc_id]
            linked[i] = probability[i] >= model.threshold
    return FoldPredictions(probability, same, linked, folds)


def evaluate_dev(
    dev: DevSet,
    docs: dict[str, Document],
    encoder: Encoder,
    own: Sequence[LabelledSet],
    c: float,
    features: Sequence[str] = DEFAULT_FEATURES,
    repeats: int = 1,
) -> DevResult:
    """Cross-validated scores per language pair (each one, and all together) of a model over `features`;
    with `repeats` > 1, the pooled scores of that many assignments of articles to folds as well."""
    ids = sorted(docs)
    views = dict(zip(ids, story_docs([docs[i] for i in ids], encoder), strict=True))
    pairs = [p for p in dev.pairs if p.a in views and p.b in views]
    kept = DevSet(pairs, dev.texts, dev.skipped)
    cv = cross_validate(kept, views, own, c, features)
    gold = np.array([p.same_story for p in pairs])
    overall = np.array([p.overall for p in pairs])
    groups = {"all en/fr": np.ones(len(pairs), dtype=bool)}
    for languages in sorted({p.languages for p in pairs}):
        groups[languages] = np.array([p.languages == languages for p in pairs])
    scores = [score_pairs(n, cv.same[m], gold[m], cv.probability[m], overall[m]) for n, m in groups.items()]
    in_fold = [np.array(cv.folds) == k for k in range(FOLDS)]
    per_fold = [
        score_pairs(f"fold {k}", cv.same[m], gold[m], cv.probability[m], overall[m])
        for k, m in enumerate(in_fold)
    ]
    repeat_scores = [scores[0]]
    decisions = [score_pairs("pair decisions", cv.linked, gold, cv.probability, overall)]
    for seed in range(1, repeats):
        again = cross_validate(kept, views, own, c, features, seed=seed)
        repeat_scores.append(score_pairs(f"seed {seed}", again.same, gold, again.probability, overall))
        decisions.append(score_pairs(f"seed {seed}", again.linked, gold, again.probability, overall))
    return DevResult(
        scores, nothing_found(docs.values()), dev.skipped, FOLDS, per_fold, repeat_scores, decisions
    )
