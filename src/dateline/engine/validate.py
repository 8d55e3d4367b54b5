"""The offset invariant checked on every processed Document before it is stored.

Every span (a `Span`, or a `Mention`'s ``start``/``end``) must lie within ``Document.text``.
A Document that breaks it is still stored, with an error saying which field is wrong, so
a stage bug never writes evidence that points outside the text unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from dateline.model import DocError, Document, Mention, Span

Path = tuple[str | int, ...]
#: Field values that never hold a span.
_ATOMS = frozenset({str, int, float, bool, type(None)})
#: `_holders` of each model class met so far.
_HOLDERS: dict[type[BaseModel], tuple[str, ...]] = {}


def spans(value: Any, path: Path = ()) -> Iterator[tuple[Path, int, int]]:
    """Every ``(field path, start, end)`` held anywhere inside `value`; a path is a tuple of field
    names and list indexes, formatted only when a problem is reported."""
    if isinstance(value, Span | Mention):
        yield path, value.start, value.end
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from spans(getattr(value, name), (*path, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            if isinstance(item, BaseModel | list | tuple):
                yield from spans(item, (*path, index))


def _plain(annotation: Any) -> bool:
    """Whether a field typed `annotation` can only hold scalars, or lists and tuples of them."""
    origin = get_origin(annotation)
    if origin is Literal:
        return True
    if origin in (Union, UnionType, list, tuple):
        return all(arg is Ellipsis or _plain(arg) for arg in get_args(annotation))
    return annotation in _ATOMS


def _holders(model: type[BaseModel]) -> tuple[str, ...]:
    """The fields of `model` that may hold a span."""
    return tuple(name for name, info in model.model_fields.items() if not _plain(info.annotation))


def all_within(value: Any, size: int) -> bool:
    """Whether every span inside `value` lies in ``[0, size]``: `spans` without paths, for the common case."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, BaseModel):
            if isinstance(item, Span | Mention) and not 0 <= item.start <= item.end <= size:
                return False
            holders = _HOLDERS.get(type(item))
            if holders is None:
                holders = _HOLDERS[type(item)] = _holders(type(item))
            if holders:
                stack.extend(map(item.__dict__.get, holders))
        elif isinstance(item, list | tuple):
            stack.extend(item)
    return True


def format_path(path: Path) -> str:
    """``("events", 0, "evidence")`` → ``events[0].evidence``."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def offset_problems(doc: Document) -> list[str]:
    """Readable descriptions of the spans of `doc` that fall outside its text."""
    size = len(doc.text)
    if all_within(doc, size):
        return []
    return [
        f"{format_path(path)} = [{start}, {end}) outside text of {size} chars"
        for path, start, end in spans(doc)
        if not 0 <= start <= end <= size
    ]


def check_offsets(doc: Document) -> Document:
    """Record a ``BadOffsets`` error on `doc` when any span is out of range."""
    problems = offset_problems(doc)
    if problems:
        shown = "; ".join(problems[:3]) + (f"; and {len(problems) - 3} more" if len(problems) > 3 else "")
        doc.errors.append(DocError(stage="engine", kind="BadOffsets", message=shown))
    return doc
