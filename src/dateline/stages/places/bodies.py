"""Places that head or end the name of a local public body or an organisation: "the Cottonport Fire
Station", "Alexandria Police Spokeswoman", "Clarke County Superior Court", "Parkers Prairie High School".

Local news names a town's police, fire service, council or court by the town: a capitalised name written
just before a body word (`body_words` in ``data/places/words.yaml``) inside a mention the NER gave another
label (a person, an organisation, a building), or just before such a mention that starts with the body
word ("the Nelsonville [Volunteer Fire Department]"), names that town. The name is the longest run of
capitalised words before the first body word that does not itself belong to the name ("Iowa City
Council" is Iowa City's). It is kept only when the gazetteer knows it as the main name of a town or
admin unit, or as a place of the document's region (the guards of `toponyms` still apply after).

An organisation's name may end with the country, admin-1 unit or city it serves (session 21, `body_tails`:
"Environment Canada", "Taco Bell Canada", "CBC Toronto", "Team Alberta", "Air Berlin"), as GeoWebNews,
LGL and TR-News annotate such embedded toponyms: the last one or two capitalised words of a mention the NER
tagged as an organisation are a place when they are the main name of a country, or of an admin-1 unit or
a town of at least `TAIL_MIN_POPULATION` people in the document's region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dateline.data import alternation
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.geo_resolver import Toponym
from dateline.model import Span
from dateline.stages.places import doc_region
from dateline.stages.places.evidence import common_word
from dateline.stages.places.lexicon import word_lists

_WORDS = word_lists()
_WORD = re.compile(r"[A-Z][\w.'’-]*")
_BODY = re.compile(rf"(?:{alternation(_WORDS.body_words)})(?:['’]s)?\b")
_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_NAME_BEFORE = re.compile(r"(?<![\w.'’-])(?:[A-Z][\w.'’-]*[ \t]+){1,3}$")
#: Words a body's name may hold before its place ("the Greater Athens Area Chamber").
_MAX_WORDS = 3
#: A town ending an organisation's name must be a large city ("CTV Winnipeg", "CDC Atlanta"; not "Wells
#: Fargo": Fargo, N.D., has 125,000 people).
TAIL_MIN_POPULATION = 250_000
_TAIL_WORD = re.compile(r"[A-Z][\w.'’-]*[\w.]")


def body_heads(
    text: str, spans: Iterable[Span], gaz: Gazetteer, region: doc_region.Region, common_zipf: float
) -> list[tuple[Span, Toponym]]:
    """The places heading the names at `spans` that are local bodies' names; a name as frequent as a common
    word (`common_zipf`, "Federal Public Prosecutor") is none."""
    found = []
    for span in spans:
        head = _head(text, _with_name_before(text, span), gaz, region, common_zipf)
        if head is not None:
            found.append(head)
    return found


def _head(
    text: str, span: Span, gaz: Gazetteer, region: doc_region.Region, common_zipf: float
) -> tuple[Span, Toponym] | None:
    from dateline.stages.places.toponyms import toponym_for

    start = span.start
    if article := _ARTICLE.match(text, start, span.end):
        start = article.end()
    words: list[tuple[int, int]] = []
    position = start
    while len(words) <= _MAX_WORDS and (word := _WORD.match(text, position, span.end)):
        if words and _BODY.fullmatch(word.group()) and not _named_with(text, words, word.end(), gaz):
            name = Span(start=words[0][0], end=words[-1][1])
            toponym = toponym_for(text, name, gaz)
            if (
                toponym is not None
                and not (len(words) == 1 and common_word(name.of(text), common_zipf))
                and _kept(gaz, toponym.text, region)
            ):
                return name, toponym
            return None
        words.append((word.start(), word.end()))
        gap = re.match(r"[ \t]+", text[word.end() : span.end])
        if gap is None:
            return None
        position = word.end() + gap.end()
    return None


def _with_name_before(text: str, span: Span) -> Span:
    """`span`, when the mention starts with a body word, from the capitalised words just before it (the
    NER's "Volunteer Fire Department" of "the Nelsonville Volunteer Fire Department")."""
    word = _WORD.match(text, span.start, span.end)
    before = _NAME_BEFORE.search(text, max(0, span.start - 60), span.start)
    if word is None or before is None or not _BODY.fullmatch(word.group()):
        return span
    return Span(start=before.start(), end=span.end)


def _named_with(text: str, words: list[tuple[int, int]], end: int, gaz: Gazetteer) -> bool:
    """The body word belongs to the place's own name ("Iowa City", "Rapides Parish")."""
    return text[words[0][0] : end] in gaz


def _kept(gaz: Gazetteer, name: str, region: doc_region.Region) -> bool:
    """`name` is the main name of a town or admin unit, or a record of it lies in the document's region."""
    return any(main and e.feature_class in "PA" for e, main in gaz.lookup(name)) or (
        doc_region.in_document_region(gaz, name, region)
    )


def body_tails(
    text: str, spans: Iterable[Span], gaz: Gazetteer, region: doc_region.Region
) -> list[tuple[Span, Toponym]]:
    """The places ending the organisations' names at `spans` ("Environment Canada", "CBC Toronto")."""
    found = []
    for span in spans:
        words = list(re.finditer(r"\S+", span.of(text)))
        for k in (2, 1):
            if len(words) <= k or not all(_TAIL_WORD.fullmatch(w.group()) for w in words[-k:]):
                continue
            name = Span(start=span.start + words[-k].start(), end=span.start + words[-1].end())
            if _served(gaz, name.of(text), region):
                found.append((name, Toponym(name.of(text))))
                break
    return found


def _served(gaz: Gazetteer, name: str, region: doc_region.Region) -> bool:
    """`name` is the main name of a country, or of an admin-1 unit or a city (`TAIL_MIN_POPULATION`) in the
    document's region ("Team Alberta" in a Canadian report; not "Operation Falcon", Venezuela, in a London
    one)."""
    found = [e for e, main in gaz.lookup(name) if main]
    if any(e.feature_code == "PCLI" for e in found):
        return True
    served = any(
        e.feature_code == "ADM1" or (e.feature_class == "P" and e.population >= TAIL_MIN_POPULATION)
        for e in found
    )
    return served and doc_region.in_document_region(gaz, name, region)
