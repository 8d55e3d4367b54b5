"""Loaders for the English event-coding dev sets in ``../shared/dev`` (PLV, PLOVER GSR, PETRARCH-2 GSR).

Every loader yields `LabelledSentence`s with labels already mapped to PLOVER 0.8 per
``../shared/dev/README.md``: GSR ``DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT`` (``INVESTIGATE``
skipped), PLV ``YIELD`` kept as is (CONCEDE or RETREAT both score correct), CAMEO roots via `cameo_to_plover`.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateline.eval.common import fold

GSR_LABELS: dict[str, str | None] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "INVESTIGATE": None,
    "DOCUMENT": None,
}

#: CAMEO two-digit roots → PLOVER 0.8 (08 splits at 084: CONCEDE below, RETREAT from it).
CAMEO_ROOTS: dict[str, str] = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "10": "REQUEST",
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
    "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip

#: A gold YIELD (PLV) is matched by either of these predictions.
YIELD_MATCHES = frozenset({"CONCEDE", "RETREAT"})


@dataclass(frozen=True)
class Arg:
    """A gold argument: the text as written and, when given, its country code."""

    text: str
    code: str | None = None


@dataclass(frozen=True)
class LabelledSentence:
    """One dev sentence with its PLOVER label and gold sources/targets."""

    id: str
    text: str
    label: str
    sources: tuple[Arg, ...] = ()
    targets: tuple[Arg, ...] = ()
    extra: tuple[tuple[str, str, str], ...] = field(default=())  # further (source, label, target) codings
    language: str = "en"


def label_matches(predicted: str | None, gold: str) -> bool:
    """Whether `predicted` counts as `gold` (YIELD accepts CONCEDE or RETREAT)."""
    if gold == "YIELD":
        return predicted in YIELD_MATCHES or predicted == "YIELD"
    return predicted == gold


def cameo_to_plover(code: str) -> str | None:
    """The PLOVER category of a CAMEO event code (None for roots 01/02)."""
    if code.startswith("08"):
        return "RETREAT" if code[:3] >= "084" else "CONCEDE"
    return CAMEO_ROOTS.get(code[:2])


def load_plv(path: Path) -> Iterator[LabelledSentence]:
    """``plv/plv_train.csv``: text, label, source and target strings."""
    with path.open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.DictReader(handle)):
            yield LabelledSentence(
                id=f"plv-{n}",
                text=fold(row["text"]),
                label=row["label"].strip().upper(),
                sources=_args(row.get("source")),
                targets=_args(row.get("target")),
            )


def _args(text: str | None) -> tuple[Arg, ...]:
    text = fold(text)
    return (Arg(text),) if text else ()


def load_plover_gsr(path: Path) -> Iterator[LabelledSentence]:
    """``plover_gsr/PLOVER_GSR_CAMEO.json``: PLOVER 0.5 records, labels mapped to 0.8."""
    for record in json.loads(path.read_text(encoding="utf-8")):
        raw = str(record.get("event", "")).upper()
        label = GSR_LABELS.get(raw, raw)
        if not label or "text" not in record:
            continue
        yield LabelledSentence(
            id=str(record["id"]),
            text=fold(record["text"]),
            label=label,
            sources=_gsr_args(record.get("source")),
            targets=_gsr_args(record.get("target")),
        )


def _gsr_args(value: object) -> tuple[Arg, ...]:
    """GSR actor lists (a few records hold a bare string instead: skipped)."""
    if not isinstance(value, list):
        return ()
    args = []
    for actor in value:
        code = str(actor.get("code") or "")
        args.append(Arg(fold(actor.get("actorText")), code[:3] if len(code) >= 3 else None))
    return tuple(args)


_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>)", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)/>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def load_petrarch2(path: Path) -> Iterator[LabelledSentence]:
    """``petrarch2_gsr/PETR2_GSR_validation.xml``: sentences with CAMEO codings mapped to PLOVER.

    The file carries non-XML comment banners, so records are read with patterns, not an XML parser.
    A sentence's first mapped coding gives `label`; all mapped codings are in `extra`.
    """
    for match in _SENTENCE.finditer(path.read_text(encoding="utf-8")):
        attrs = dict(_ATTR.findall(match.group(1)))
        body = match.group(2)
        text = _TEXT.search(body)
        codings = []
        for coding in _CODING.findall(body):
            fields = dict(_ATTR.findall(coding))
            label = cameo_to_plover(fields.get("eventcode", ""))
            if label:
                codings.append((fields.get("sourcecode", "")[:3], label, fields.get("targetcode", "")[:3]))
        if text is None or not codings:
            continue
        source, label, target = codings[0]
        yield LabelledSentence(
            id=attrs.get("id", ""),
            text=fold(text.group(1)),
            label=label,
            sources=(Arg("", source),),
            targets=(Arg("", target),) if target else (),
            extra=tuple(codings),
        )


def load_examples(path: Path) -> Iterator[LabelledSentence]:
    """The project's own labelled fr/en sentences (``data/event_examples.jsonl``; label may be NONE)."""
    with path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if not line.strip():
                continue
            record = json.loads(line)
            yield LabelledSentence(
                id=f"example-{n}",
                text=fold(record["text"]),
                label=str(record["label"]).strip().upper(),
                sources=_args(_joined(record.get("source"))),
                targets=_args(_joined(record.get("target"))),
                language=str(record.get("lang") or "en"),
            )


def _joined(value: object) -> str | None:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return None if value is None else str(value)


#: The classifier's training sets, in the order they are read.
TRAINING_SETS = ("plv", "plover_gsr", "examples")


def dev_path(name: str) -> Path:
    """Where training/dev set `name` lives (``../shared/dev/...`` or the packaged examples)."""
    from dateline.eval.common import require_shared

    if name == "plv":
        return require_shared("dev", "plv", "plv_train.csv")
    if name == "plover_gsr":
        return require_shared("dev", "plover_gsr", "PLOVER_GSR_CAMEO.json")
    if name == "petrarch2":
        return require_shared("dev", "petrarch2_gsr", "PETR2_GSR_validation.xml")
    if name == "examples":
        return Path(__file__).resolve().parents[1] / "data" / "event_examples.jsonl"
    raise KeyError(name)


def load_set(name: str) -> list[LabelledSentence]:
    """All sentences of dev/training set `name` (empty when the packaged examples are absent)."""
    path = dev_path(name)
    if not path.exists():
        return []
    loader = {
        "plv": load_plv,
        "plover_gsr": load_plover_gsr,
        "petrarch2": load_petrarch2,
        "examples": load_examples,
    }
    return list(loader[name](path))
