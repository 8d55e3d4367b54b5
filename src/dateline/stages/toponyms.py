"""Toponym mentions in a Document: NER place mentions, names the NER mislabelled or missed, demonyms.

Toponyms are the NER's place mentions (GPE/LOC/FAC in English, LOC in French); mentions labelled
ORG/NORP/MISC whose whole text names a notable place ("Hama" tagged ORG); capitalised names the
NER missed, or that head an organisation's name ("Gainesville Police"), that the gazetteer knows
as a country, a region or a large enough town (option ``scan``); other occurrences of a name the
NER found as a place (one sense per document); and, when asked (option ``demonyms``), demonyms
("Syrian", "syriens") as mentions of their country. The words around a mention give a hint of its
kind ("province d'Idleb" → an admin unit; "base de Hmeimim" → a site; "la ville de Hama" → a town)
and a direction ("le nord-ouest de la Syrie").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from dateline.kb.gazetteer import DATA_DIR, Entry, Gazetteer
from dateline.kb.geo_resolver import Toponym
from dateline.model import Document, Span

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the small models often give to place names ("Hama" as ORG, "Aleppo" as NORP): kept as places
#: when the whole mention names a notable place.
MISLABELLED = frozenset({"ORG", "NORP", "MISC"})

_OF = r"(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+(?:the\s+)?)?"
_ARTICLE = re.compile(r"^(?:(?:the|le|la|les|du|des|de\s+la)\s+|[ld]['’]\s*)", re.I)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
_ADMIN_WORDS = r"province|gouvernorat|governorate|région|region|wilaya|préfecture|prefecture|département|district|oblast|canton|county|comté|state"  # noqa: E501
_SITE_WORDS = r"base(?:\s+aérienne|\s+navale|\s+militaire)?|aéroport(?:\s+militaire)?|poste[-\s]frontière|point\s+de\s+passage|passage|air\s*base|airbase|naval\s+base|military\s+base|airport|airfield|border\s+crossing|crossing"  # noqa: E501
_ADMIN_BEFORE = re.compile(rf"\b(?:{_ADMIN_WORDS})\s+{_OF}$", re.I)
_ADMIN_AFTER = re.compile(rf"^\s+(?:{_ADMIN_WORDS})\b", re.I)
_SITE_BEFORE = re.compile(rf"\b(?:{_SITE_WORDS})\s+{_OF}$", re.I)
_TOWN_BEFORE = re.compile(r"\b(?:ville|village|commune|city|town)\s+(?:de\s+|d['’]\s*|of\s+)$", re.I)
_SITE_AFTER = re.compile(rf"^\s+(?:{_SITE_WORDS})\b", re.I)
_HEAD_WORDS = re.compile(
    rf"^(?:(?:{_ADMIN_WORDS}|{_SITE_WORDS})\s+{_OF})|\s+(?:{_ADMIN_WORDS}|{_SITE_WORDS})$", re.I
)
_DIRECTIONS = {
    "nord-ouest": "northwest", "nord-est": "northeast", "sud-ouest": "southwest", "sud-est": "southeast",
    "nord": "north", "sud": "south", "est": "east", "ouest": "west", "centre": "centre",
    "northwest": "northwest", "northeast": "northeast", "southwest": "southwest", "southeast": "southeast",
    "north": "north", "south": "south", "east": "east", "west": "west", "central": "centre",
}  # fmt: skip
_DIRECTION_BEFORE = re.compile(
    r"\b(nord-ouest|nord-est|sud-ouest|sud-est|nord|sud|est|ouest|centre)\s+" + _OF + r"$"
    r"|\b(north[-\s]?west|north[-\s]?east|south[-\s]?west|south[-\s]?east|north|south|east|west|central)"
    r"(?:ern)?\s+(?:of\s+(?:the\s+)?)?$",
    re.I,
)


@dataclass(frozen=True)
class PlaceOptions:
    """``demonyms``: count "Syrian" as a mention of Syria; ``scan``: add gazetteer names the NER missed."""

    demonyms: bool = False
    scan: bool = True
    scan_min_population: int = 100_000
    mislabel_min_population: int = 10_000
    min_population: int = 500
    context: tuple[str, ...] = ()  # ISO-2 codes or place names the corpus is about
    outlet_country: bool = True  # the outlet's country-code domain (".ca", ".co.uk") as outside context


@dataclass(frozen=True)
class Found:
    """A toponym found in the text: its span and what to resolve."""

    span: Span
    toponym: Toponym
    source: str = "ner"  # ner | organisation | scan | demonym | repeat


def direction_before(text: str, start: int) -> str | None:
    """The compass direction written just before a place name ("le nord-ouest de la Syrie" → "northwest")."""
    match = _DIRECTION_BEFORE.search(text[max(0, start - 30) : start])
    if not match:
        return None
    word = (match.group(1) or match.group(2)).lower().replace(" ", "").replace("-", "")
    word = {
        "nordouest": "nord-ouest",
        "nordest": "nord-est",
        "sudouest": "sud-ouest",
        "sudest": "sud-est",
    }.get(word, word)
    return _DIRECTIONS.get(word)


def _hint(text: str, start: int, end: int, surface: str) -> str | None:
    before, after = text[max(0, start - 40) : start], text[end : end + 30]
    if (
        _SITE_BEFORE.search(before)
        or _SITE_AFTER.match(after)
        or _SITE_AFTER.match(" " + surface.split()[-1])
    ):
        return "site"
    if _ADMIN_BEFORE.search(before) or _ADMIN_AFTER.match(after):
        return "admin"
    if _TOWN_BEFORE.search(before):
        return "town"
    return None


def _plausible(name: str) -> bool:
    """Enough letters to be a name; a short one must be written in capitals ("US", not "us")."""
    letters = sum(c.isalpha() for c in name)
    return letters >= 2 and (letters > 3 or name[:1].isupper())


def clean_surface(surface: str) -> str:
    """The name inside a mention: no leading article, no possessive."""
    return _POSSESSIVE.sub("", _ARTICLE.sub("", surface.strip())).strip()


def toponym_for(text: str, span: Span, gaz: Gazetteer, demonyms: bool = False) -> Toponym | None:
    """What to look up for the mention at `span`: with `demonyms`, a demonym's country; else the cleaned
    name; else the name without its head noun ("Idlib Governorate" → "Idlib", an admin unit)."""
    surface = clean_surface(span.of(text))
    if not _plausible(surface):
        return None
    if demonyms and gaz.demonym(surface):
        return Toponym(surface, "demonym")
    hint = _hint(text, span.start, span.end, surface)
    if surface in gaz:
        return Toponym(surface, hint)
    inner = clean_surface(_HEAD_WORDS.sub("", surface))
    if inner != surface and inner in gaz:
        head = surface.replace(inner, "").lower()
        return Toponym(inner, "site" if re.search(_SITE_WORDS, head, re.I) else "admin")
    return None


def _inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def find_toponyms(doc: Document, gaz: Gazetteer, options: PlaceOptions) -> list[Found]:
    """Every toponym mention of `doc`, in text order."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []  # spans already decided: place mentions and persons
    for mention in doc.mentions:
        span = Span(start=mention.start, end=mention.end)
        toponym = None
        if mention.label in PLACE_LABELS:
            toponym = toponym_for(doc.text, span, gaz, options.demonyms)
            taken.append((mention.start, mention.end))
        elif mention.label in MISLABELLED and not gaz.demonym(mention.text):
            toponym = toponym_for(doc.text, span, gaz)
            if toponym is not None and not _notable(
                gaz.candidates(toponym.text), options.mislabel_min_population
            ):
                toponym = None
        elif mention.label not in MISLABELLED:
            taken.append((mention.start, mention.end))
        if toponym is not None:
            found.append(Found(span, toponym))
            taken.append((mention.start, mention.end))
    if options.demonyms:
        found += _demonyms(doc, gaz, taken + [(m.start, m.end) for m in doc.mentions if m.label != "NORP"])
    if options.scan and doc.analysis is not None:
        inside = [(m.start, m.end) for m in doc.mentions if m.label in MISLABELLED]
        found += _scan(
            doc.analysis, gaz, taken + [(f.span.start, f.span.end) for f in found], inside, options
        )
    found += _same_names(doc, found)
    found.sort(key=lambda f: f.span.start)
    return found


def _same_names(doc: Document, found: list[Found]) -> list[Found]:
    """One sense per document: other occurrences of a found place name (a lone name the NER took for a
    person elsewhere, say) are mentions of it too."""
    names = {
        doc.text[f.span.start : f.span.end]: f.toponym
        for f in found
        if f.source == "ner" and f.toponym.hint != "demonym"
    }
    covered = [(f.span.start, f.span.end) for f in found]
    longer = [(m.start, m.end) for m in doc.mentions if " " in m.text]
    extra = []
    for name, toponym in names.items():
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", doc.text):
            a, b = match.start(), match.end()
            within_longer = any(s <= a and b <= e and (s, e) != (a, b) for s, e in longer)
            if not _inside((a, b), covered) and not within_longer:
                extra.append(Found(Span(start=a, end=b), toponym, "repeat"))
    return extra


def _demonyms(doc: Document, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Found]:
    words = (
        [(t.idx, t.idx + len(t.text), t.text) for t in doc.analysis]
        if doc.analysis is not None
        else [(m.start, m.end, m.text) for m in doc.mentions if m.label == "NORP"]
    )
    return [
        Found(Span(start=s, end=e), Toponym(word, "demonym"), "demonym")
        for s, e, word in words
        if _plausible(word) and not _inside((s, e), taken) and gaz.demonym(word)
    ]


def _scan(
    analysis: Any,
    gaz: Gazetteer,
    taken: list[tuple[int, int]],
    inside: list[tuple[int, int]],
    options: PlaceOptions,
) -> list[Found]:
    """Capitalised proper-noun runs the NER missed (or buried in an organisation's name) that name a
    country, a region, a site or a town (≥ ``scan_min_population``; ≥ ``mislabel_min_population`` inside
    an organisation's name: "Gainesville Police")."""
    found: list[Found] = []
    tokens = list(analysis)
    text = analysis.text  # spaCy rebuilds Doc.text on every access: read it once
    i = 0
    while i < len(tokens):
        for width in (3, 2, 1):
            if i + width > len(tokens) or not _proper_run(tokens, i, i + width, inside):
                continue
            start, end = tokens[i].idx, tokens[i + width - 1].idx + len(tokens[i + width - 1].text)
            name = text[start:end]
            in_name = _inside((start, end), inside)
            if in_name and (not _heads_a_name(tokens, i, inside) or name.lower() in _INSTITUTION_WORDS):
                continue
            floor = options.mislabel_min_population if in_name else options.scan_min_population
            if not _plausible(name) or _inside((start, end), taken):
                continue
            if _notable(gaz.candidates(name), floor):
                found.append(Found(Span(start=start, end=end), Toponym(name), "scan"))
                i += width - 1
                break
        i += 1
    return found


_OF_WORDS = frozenset({"of", "in", "de", "du", "des", "d'", "d’", "à"})
#: Common nouns that head organisations' names and are also (small) towns' names somewhere.
_INSTITUTION_WORDS = frozenset(
    line.strip()
    for line in (DATA_DIR / "institution_words.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def _heads_a_name(tokens: list[Any], i: int, names: list[tuple[int, int]]) -> bool:
    """Token `i` starts an organisation's name (after an article) or follows its "of" ("the Ohio
    Department…", "Bank of Ohio")."""
    name_start = max((s for s, e in names if s <= tokens[i].idx < e), default=tokens[i].idx)
    words: list[str] = []
    k = i - 1
    while k >= 0 and tokens[k].idx >= name_start:
        words.insert(0, tokens[k].text.lower())
        k -= 1
    return not words or words == ["the"] or words[-1] in _OF_WORDS


def _proper_run(tokens: list[Any], start: int, end: int, inside: list[tuple[int, int]]) -> bool:
    """Tokens ``start:end`` are capitalised proper nouns, and the whole run of them (not part of a longer
    name) unless they lie inside an organisation's name."""

    def proper(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].pos_ == "PROPN" and tokens[k].text[:1].isupper()

    if not all(proper(k) for k in range(start, end)):
        return False
    span = (tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1].text))
    return _inside(span, inside) or not (proper(start - 1) or proper(end))


_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*))*")


def caption_toponyms(caption: str, gaz: Gazetteer, options: PlaceOptions) -> list[Toponym]:
    """Toponyms of a photo caption (not part of the text, never analysed): capitalised names, longest
    first within each run of capitalised words, that name a country, a region, a site or a town of
    at least ``scan_min_population`` (the scan's rule)."""
    found: list[Toponym] = []
    for run in _CAPITALISED_RUN.finditer(caption):
        words = _word_spans(run)
        i = 0
        while i < len(words):
            for width in range(min(3, len(words) - i), 0, -1):
                span = Span(start=words[i][0], end=words[i + width - 1][1])
                toponym = toponym_for(caption, span, gaz)
                if toponym and _notable(gaz.candidates(toponym.text), options.scan_min_population):
                    found.append(toponym)
                    i += width - 1
                    break
            i += 1
    return found


def _word_spans(run: re.Match[str]) -> list[tuple[int, int]]:
    """The words of a run of capitalised words; a sentence's final full stop left out ("D.C." keeps its)."""
    spans = []
    for word in re.finditer(r"\S+", run.group()):
        trailing_stop = word.group().endswith(".") and word.group().count(".") == 1
        spans.append((run.start() + word.start(), run.start() + word.end() - trailing_stop))
    return spans


def _notable(entries: list[Entry], min_population: int) -> bool:
    """A country, region, admin-1 unit, site or a town of at least `min_population`."""
    return any(
        (e.feature_code != "ADM2" and e.feature_class in "ALSH") or e.population >= min_population
        for e in entries
    )
