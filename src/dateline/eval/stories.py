"""`dateline eval stories`: pairwise and B-cubed scores of story clustering against gold labels.

Gold comes in the seeds format (a ``story`` label per document): ``../shared/gold/seeds.jsonl``
with ``../shared/corpus/seeds``, and the project's own ``examples/gold/corpus.jsonl`` with
``examples/corpus`` (fr/en/mixed pairs, same and different stories, hard negatives).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

from dateline.eval.common import PRF, load_gold
from dateline.eval.runner import run_gold_corpus
from dateline.resources import Resources
from dateline.stories.cluster import cluster
from dateline.stories.features import story_docs
from dateline.stories.fit import LabelledSet
from dateline.stories.similarity import PairModel


@dataclass
class ClusterScores:
    pairwise: PRF
    bcubed_precision: float
    bcubed_recall: float
    n_docs: int
    predicted: dict[str, str] = field(default_factory=dict)
    gold: dict[str, str] = field(default_factory=dict)

    @property
    def bcubed_f1(self) -> float:
        p, r = self.bcubed_precision, self.bcubed_recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_clusters(predicted: dict[str, str], gold: dict[str, str]) -> ClusterScores:
    """Pairwise P/R/F1 and B-cubed over the documents present in both mappings (doc → cluster)."""
    docs = sorted(set(predicted) & set(gold))
    pairwise = PRF()
    for a, b in itertools.combinations(docs, 2):
        same_pred = predicted[a] == predicted[b]
        same_gold = gold[a] == gold[b]
        pairwise.predicted += same_pred
        pairwise.gold += same_gold
        pairwise.tp += same_pred and same_gold
    precision = recall = 0.0
    for d in docs:
        pred_cluster = {x for x in docs if predicted[x] == predicted[d]}
        gold_cluster = {x for x in docs if gold[x] == gold[d]}
        overlap = len(pred_cluster & gold_cluster)
        precision += overlap / len(pred_cluster)
        recall += overlap / len(gold_cluster)
    n = len(docs) or 1
    return ClusterScores(pairwise, precision / n, recall / n, len(docs), predicted, gold)


@dataclass
class StoryEval:
    name: str
    scores: ClusterScores
    names: dict[str, str]


@dataclass(frozen=True)
class GoldStories(LabelledSet):
    """A gold set's clustering views, gold story per document id, and gold name per document id."""

    names: dict[str, str] = field(default_factory=dict)


def gold_stories(gold_path: Path, corpus: Path) -> GoldStories:
    """Run the pipeline on the documents `gold_path` names and build their clustering views."""
    gold_docs = {g.doc: g for g in load_gold(gold_path)}
    named = [(name, doc) for name, doc in run_gold_corpus(gold_docs, corpus) if not doc.failed]
    names = {doc.id: gold_name for gold_name, doc in named}
    gold = {doc.id: str(gold_docs[name].data.get("story") or name) for name, doc in named}
    views = story_docs([doc for _, doc in named], Resources.shared().encoder("use"))
    return GoldStories(views, gold, names)


#: The own labelled sets that bind the pair model's fit (`fit.fit_constrained`): gold file, corpus folder,
#: under ``examples``.
OWN_SETS = (("gold/corpus.jsonl", "corpus"),)
EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def own_sets(examples: Path = EXAMPLES) -> list[GoldStories]:
    """The own labelled sets that bind the fit, through the pipeline."""
    return [gold_stories(examples / gold, examples / corpus) for gold, corpus in OWN_SETS]


def evaluate(name: str, gold_path: Path, corpus: Path, model: PairModel | None = None) -> StoryEval:
    """Run the pipeline on `corpus`, cluster, and score against the gold ``story`` labels."""
    stories = gold_stories(gold_path, corpus)
    predicted = cluster(stories.views, model or PairModel.packaged())
    return StoryEval(name, score_clusters(predicted, stories.gold), stories.names)
