"""Reading a source phrase: what it names ("le quotidien X", "RT citant Y", "un communiqué publié par Z")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dateline.model import Span
from dateline.stages.attributions.lexicon import word_lists
from dateline.stages.attributions.reading import Reading

_WORDS = word_lists()
#: Punctuation and words that end a source phrase.
BOUNDARY = frozenset(',.;:«»“”"()—–[]') | _WORDS.clause_words
#: A phrase is read up to this many tokens.
_WINDOW = 15


@dataclass(frozen=True)
class Phrase:
    """What a source phrase names: the source, a relayed speaker and the evidence span."""

    source: str
    span: Span
    speaker: str | None = None
    person: bool = False
    anaphoric: bool = False


def until_boundary(tokens: Iterable[Any]) -> list[Any]:
    """`tokens` up to a clause boundary, a line break or the window's end."""
    out: list[Any] = []
    for tok in tokens:
        if tok.text in BOUNDARY or tok.lower_ in BOUNDARY or "\n" in tok.text or len(out) >= _WINDOW:
            break
        out.append(tok)
    return out


def read_phrase(reading: Reading, tokens: list[Any], statement: bool = False) -> Phrase | None:
    """Read a source phrase ("le quotidien X", "RT citant Y", "un communiqué publié par Z").

    `statement` marks the subject of a reporting verb: a country or people speaking there is
    a speaker, not a cited source. A phrase that cites someone else is always a source.
    """
    source_part, cited_part = _split(tokens, _WORDS.citing)
    before_agent, agent = _split(source_part, _WORDS.agent_markers)
    if agent and before_agent and before_agent[-1].pos_ in ("VERB", "AUX"):
        source_part = agent
    head = _head(source_part)
    if head is None or (head.pos_ == "PRON" and not _is_name(head)):
        return None
    speaker = _speaker(reading, cited_part) if cited_part else None
    relays = bool(cited_part)
    names = _names(reading, source_part)
    people = [run for run, person in names if person]
    lemma = head.lemma_.lower()
    head_run = next((run for run, _ in names if head in run), None)
    if head_run is not None:
        run = (
            people[-1] if people and head_run not in people and lemma not in _WORDS.media_nouns else head_run
        )
        person = run in people or (statement and reading.is_place_or_people(_span(run)))
        return Phrase(_text(reading, run), _span(run), speaker, person and not relays)
    if lemma in _WORDS.role_nouns:
        chosen = (
            people[-1]
            if people
            else source_part[next((k for k, t in enumerate(source_part) if t.pos_ != "DET"), 0) :]
        )
        return Phrase(_text(reading, chosen), _span(chosen), speaker, not relays)
    if lemma not in _WORDS.media_nouns:
        return None
    after = [run for run, _ in names if run[0].i > head.i]
    if after:
        return Phrase(_text(reading, after[0]), _span(after[0]), speaker)
    determiners = [t for t in source_part if t.i < head.i and t.pos_ == "DET"]
    if len(source_part) <= 3 and determiners and determiners[0].lower_ in _WORDS.anaphoric:
        return Phrase(head.text, _span([head]), speaker, anaphoric=True)
    content = [t for t in source_part if t.i >= head.i or t.pos_ == "ADJ"]
    return Phrase(_text(reading, content), _span(content), speaker)


def _span(tokens: list[Any]) -> Span:
    return Span(start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1].text))


def _is_name(tok: Any) -> bool:
    """A proper-noun token, or a capitalised one that is neither sentence-initial nor a stop word."""
    if tok.pos_ == "PROPN":
        return True
    return tok.text[:1].isupper() and not tok.is_sent_start and not tok.is_stop and tok.pos_ != "PUNCT"


def _units(tokens: list[Any]) -> list[list[Any]]:
    """Tokens grouped into words: pieces written with no space between them ("al-Akhbar") stay together."""
    units: list[list[Any]] = []
    for tok in tokens:
        if tok.is_space:
            continue
        glued = units and units[-1][-1].idx + len(units[-1][-1].text) == tok.idx
        if glued and not units[-1][-1].text.endswith(("'", "’")):
            units[-1].append(tok)
        else:
            units.append([tok])
    return units


def _names(reading: Reading, tokens: list[Any]) -> list[tuple[list[Any], bool]]:
    """Name runs in `tokens` (adjacent name words), each flagged when NER calls it a person."""
    runs: list[list[Any]] = []
    for unit in _units(tokens):
        if any(_is_name(t) for t in unit) and unit[0].text not in BOUNDARY:
            if runs and runs[-1][-1].i == unit[0].i - 1:
                runs[-1].extend(unit)
            else:
                runs.append(list(unit))
    return [(run, reading.is_person(_span(run))) for run in runs]


def _split(tokens: list[Any], words: frozenset[str]) -> tuple[list[Any], list[Any]]:
    """`tokens` before and after the first token whose text or lemma is in `words`."""
    for k, tok in enumerate(tokens):
        if tok.lower_ in words or tok.lemma_.lower() in words:
            return tokens[:k], tokens[k + 1 :]
    return tokens, []


def _head(tokens: list[Any]) -> Any | None:
    """The first content word of a phrase (determiners, numbers and pre-posed adjectives skipped)."""
    return next(
        (t for t in tokens if t.pos_ not in ("DET", "ADJ", "NUM", "ADV", "PUNCT", "SPACE", "ADP")), None
    )


def _text(reading: Reading, tokens: list[Any]) -> str:
    return _span(tokens).of(reading.text)


def _speaker(reading: Reading, tokens: list[Any]) -> str | None:
    names = _names(reading, tokens)
    people = [run for run, person in names if person]
    chosen = people[0] if people else names[0][0] if names else None
    return _text(reading, chosen) if chosen else None
