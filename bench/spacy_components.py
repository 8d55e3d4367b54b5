"""CPU time of each spaCy component, as shipped and as `dateline.spacy_fast` loads it.

    python bench/spacy_components.py --docs 60 --rounds 3

Runs the tokenizer, then each component in turn, over the synthetic reports of each language
(`dateline.engine.synth`, as `bench/throughput.py`), with one BLAS thread; the rounds alternate the two
loadings and the table shows the median CPU milliseconds a report. It also checks that both loadings
give the same annotations.

    python bench/spacy_components.py --news 600

checks instead that both loadings annotate real English news the same (every token's tag, POS,
morphology, dependency, head, lemma and entity, and the entity spans): the texts of the LGL,
TR-News and GeoVirus sets in ``../shared/dev/geo`` (skipped when ``../shared`` is absent).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import Any

import spacy
from rich.console import Console
from rich.table import Table
from threadpoolctl import threadpool_limits

from dateline import spacy_fast
from dateline.engine.synth import sample_paragraphs, synth_corpus
from dateline.resources import SPACY_MODELS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
console = Console(width=130)


def component_seconds(nlp: Any, texts: list[str]) -> tuple[dict[str, float], list[Any]]:
    """CPU seconds of the tokenizer and of each component over `texts`, and the annotated docs."""
    spent: dict[str, float] = {}
    started = time.process_time()
    docs = [nlp.make_doc(text) for text in texts]
    spent["tokenizer"] = time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        docs = list(component.pipe(docs, batch_size=16))
        spent[name] = time.process_time() - started
    return spent, docs


def annotations(docs: list[Any]) -> list[tuple[str, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, str(t.head.i), t.lemma_, t.ent_iob_ + t.ent_type_)
        for doc in docs
        for t in doc
    ]


def same_on_news(limit: int) -> None:
    """Compare the two loadings of the English model over up to `limit` texts of the geoparsing sets."""
    from dateline.eval.common import shared_dir
    from dateline.eval.places import GEO_SETS, load_geo

    shared = shared_dir()
    if shared is None:
        console.print("../shared is not present: no news texts to compare on")
        return
    texts = [doc.text for name in GEO_SETS for doc in load_geo(shared / "dev" / "geo" / GEO_SETS[name])]
    texts = texts[:limit]
    name = SPACY_MODELS["en"]
    shipped = list(spacy.load(name).pipe(texts, batch_size=16))
    ours = list(spacy_fast.load(name).pipe(texts, batch_size=16))
    differ = [
        i
        for i, (a, b) in enumerate(zip(shipped, ours, strict=True))
        if annotations([a]) != annotations([b]) or spans(a) != spans(b)
    ]
    entities = sum(len(doc.ents) for doc in shipped)
    console.print(f"{name}: {len(texts)} news texts, {entities} entities; annotated differently: {differ}")


def spans(doc: Any) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in doc.ents]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=60, help="synthetic reports, both languages together")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--news", type=int, help="compare annotations on this many real news texts instead")
    args = parser.parse_args()
    threadpool_limits(limits=1)
    if args.news:
        same_on_news(args.news)
        return
    reports = list(synth_corpus(args.docs, seed=args.seed, samples=sample_paragraphs(EXAMPLES)))
    for language, name in sorted(SPACY_MODELS.items()):
        texts = [r.text for r in reports if r.language == language]
        models = {"shipped": spacy.load(name), "spacy_fast": spacy_fast.load(name)}
        runs: dict[str, list[dict[str, float]]] = {label: [] for label in models}
        outputs: dict[str, list[Any]] = {}
        for nlp in models.values():
            list(nlp.pipe(texts[:4]))  # warm up
        for _ in range(args.rounds):
            for label, nlp in models.items():
                seconds, outputs[label] = component_seconds(nlp, texts)
                runs[label].append(seconds)
        same = annotations(outputs["shipped"]) == annotations(outputs["spacy_fast"])
        columns = list(runs["shipped"][0])
        table = Table(title=f"{name}: CPU ms a report ({len(texts)} reports), same annotations: {same}")
        for column in ["loading", *columns, "total"]:
            table.add_column(column, justify="right")
        for label, rounds in runs.items():
            ms = [1000 * statistics.median(r[c] for r in rounds) / len(texts) for c in columns]
            table.add_row(label, *(f"{v:.1f}" for v in ms), f"{sum(ms):.1f}")
        console.print(table)


if __name__ == "__main__":
    main()
