"""Parents named with a place: "Dardara in al-Hasakeh", "Douma, Rif Dimashq", "Baalbek (Lebanon)",
"Springfield, Ill.", "à Dardara, dans la province d'Hassaké".

A toponym directly followed by another — after a comma, an opening bracket, or a containment word
("in", "dans"; after a head noun, "X village in", and before any run of articles, compass words, admin
and area nouns and "of" words, "in the southern countryside of", "dans la campagne sud d'") — is named
within it:
the resolver keeps its candidates inside the parent, or falls back to the parent (`Resolver.pool`).
A comma joins a place and its parent only outside lists ("Aleppo, Idlib and Hama"), or inside one when the
parent names a country or a first-level unit and the place does not (a list of towns with their states:
"Nashville and Cordova, Tennessee, Richmond, Virginia, and Orlando, Florida"); words and brackets
also say the parent contains it (`Toponym.strict`). The NER's place mentions that the gazetteer lacks
are kept only when named with a parent (`orphans`): they take the parent's place, marked as such.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence

from dateline.data import alternation, merged_words, word_table
from dateline.kb.geo_resolver import Toponym
from dateline.model import Document, Span
from dateline.stages.places.evidence import common_word, locative
from dateline.stages.places.hosts import orphan_toponym
from dateline.stages.places.lexicon import word_lists
from dateline.stages.places.toponyms import NAME_RUN, PLACE_LABELS, Found, clean_surface


@dataclasses.dataclass(frozen=True)
class _Patterns:
    strict: re.Pattern[str]  # the gap between a place and its parent, which contains it
    comma: re.Pattern[str]
    bracket_open: re.Pattern[str]
    bracket_close: re.Pattern[str]
    list_after: re.Pattern[str]  # after a name: more of a list follows
    list_before: re.Pattern[str]  # before a name: it continues a list
    reference: re.Pattern[str]  # "…, au nord de": the parent may be a reference point, not a container
    proximity: re.Pattern[str]  # "…, near": the parent is a town the place lies close to


@functools.cache
def _patterns() -> _Patterns:
    words, table = word_lists(), word_table("places", "hierarchy.yaml")
    containment = alternation(merged_words(table["containment"], "data/places/hierarchy.yaml: containment"))
    proximity = alternation(merged_words(table["proximity"], "data/places/hierarchy.yaml: proximity"))
    listing = alternation(merged_words(table["list_words"], "data/places/hierarchy.yaml: list_words"))
    areas = merged_words(table["area_nouns"], "data/places/hierarchy.yaml: area_nouns")
    directions = {w for table in words.directions.values() for w in table}
    directions |= {f"{w}ern" for w in words.directions["en"]}
    qualifiers = words.articles | frozenset().union(*words.of_words.values()) | words.admin_nouns | areas
    heads = alternation(areas | words.town_nouns | words.admin_nouns)  # "X village in …", "Y frontline in …"
    strict = (  # "X village in", "X, dans"
        rf"^\s*(?:(?:{heads})\s*)?,?\s*(?:{containment})\s+"
        rf"(?:(?:{alternation(qualifiers | directions)})(?:\s+|(?<=['’])))*$"
    )
    return _Patterns(
        strict=re.compile(strict, re.I),
        comma=re.compile(r"^\s*,\s*$"),
        bracket_open=re.compile(r"^\s*\(\s*$"),
        bracket_close=re.compile(r"^\s*\)"),
        list_after=re.compile(rf"^\s*(?:{listing})\s", re.I),
        list_before=re.compile(rf"(?:,|\b(?:{listing}))\s*$", re.I),
        reference=re.compile(
            rf"^\s*,?\s*(?:au|à\s+l['’]\s*)\s*(?:{alternation(words.directions['fr'])})\s+"
            rf"(?:{alternation(words.of_words['fr'], followed=True)})",
            re.I,
        ),
        proximity=re.compile(rf"^\s*,\s*(?:{proximity})\s*$", re.I),
    )


#: Whether a name names a country or a first-level unit (1: by its main name, 2: it may name one), else 0.
UnitKind = Callable[[str], int]


def _link(text: str, child: Span, parent: Span, unit: UnitKind | None = None) -> bool | None:
    """How the text joins `child` to the `parent` right after it: True when it says the parent contains
    it, False for a bare comma outside a list or a compass phrase that may name a reference point rather
    than a part ("Doujaïl, au nord de Bagdad" lies outside Baghdad; "Jbeil, au sud du Liban" inside Lebanon:
    the child keeps its own candidates, those inside the parent first), None when it does not name it as a
    parent."""
    p = _patterns()
    gap = text[child.end : parent.start]
    if len(gap) > 60:
        return None
    if p.bracket_open.match(gap) and p.bracket_close.match(text[parent.end : parent.end + 5]):
        return True
    if p.strict.match(gap):
        return not p.reference.match(gap)
    if p.proximity.match(gap):
        return False
    in_list = p.list_after.match(text[parent.end : parent.end + 8]) or p.list_before.search(
        text[max(0, child.start - 8) : child.start]
    )
    if p.comma.match(gap) and (not in_list or _unit_pair(text, child, parent, unit)):
        return False
    return None


def _unit_pair(text: str, child: Span, parent: Span, unit: UnitKind | None) -> bool:
    """In a list, the `parent` names a country or a first-level unit and the `child` is named by no such
    unit's main name: "Richmond, Virginia" in "Cordova, Tennessee, Richmond, Virginia, Fort Lauderdale"
    (not "Aleppo, Idlib and Hama", whose three names are governorates')."""
    if unit is None:
        return False
    return unit(clean_surface(parent.of(text))) > 0 and unit(clean_surface(child.of(text))) != 1


#: Between a country's possessive and the name it owns ("Niger's Tillaberi").
_POSSESSIVE_GAP = re.compile(r"['’]s[ \t]+")


def with_parents(
    text: str, named: Sequence[tuple[Span, Toponym]], unit: UnitKind | None = None
) -> list[Toponym]:
    """The toponyms of `named` (in text order), each given the parent it is named with, if any (`unit`, when
    given, tells the names of countries and first-level units, which a list may name as parents)."""
    out = [toponym for _, toponym in named]
    for k in range(len(named) - 2, -1, -1):  # right to left: a parent gets its own parent first
        (span, toponym), (next_span, _) = named[k], named[k + 1]
        if toponym.hint == "demonym" or named[k + 1][1].hint == "demonym":
            continue
        link = _link(text, span, next_span, unit)
        if link is not None:
            gap = text[span.end : next_span.start]
            close = bool(_patterns().proximity.match(gap))
            near = close or bool(_patterns().reference.match(gap))
            parent = out[k + 1]
            if k + 2 < len(named) and _POSSESSIVE_GAP.fullmatch(text[next_span.end : named[k + 2][0].start]):
                parent = out[k + 2]  # "in Niger's Tillaberi region": the unit the country's possessive names
            out[k] = dataclasses.replace(toponym, parent=parent, strict=link, near=near, close=close)
    return out


def orphans(doc: Document, found: Sequence[Found], common_zipf: float) -> list[Found]:
    """Names the gazetteer lacks, as toponyms to keep only if named with a parent: the NER's place
    mentions no toponym covers, and capitalised names in a locative frame ("on the Menagh frontline",
    "près de Kafr Zeita") that are no other entity's and, as one word, no common word (``common_zipf``)."""
    covered = [(f.span.start, f.span.end) for f in found]
    others = [(m.start, m.end) for m in doc.mentions if m.label not in PLACE_LABELS]
    out = []
    for mention in doc.mentions:
        if mention.label in PLACE_LABELS and not _overlaps(mention.start, mention.end, covered):
            out.append(
                Found(
                    Span(start=mention.start, end=mention.end),
                    orphan_toponym(clean_surface(mention.text)),
                    "orphan",
                )
            )
    covered += [(f.span.start, f.span.end) for f in out]
    for run in NAME_RUN.finditer(doc.text):
        start, end = run.span()
        name = clean_surface(run.group())
        if (
            _overlaps(start, end, covered)
            or _overlaps(start, end, others)
            or not locative(doc.text, start, end)
        ):
            continue
        if " " not in name and common_word(name, common_zipf):
            continue
        out.append(Found(Span(start=start, end=end), Toponym(name), "framed orphan"))
    return [f for f in out if sum(c.isalpha() for c in f.toponym.text) >= 3 and f.toponym.text[:1].isupper()]


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def attach_parents(
    doc: Document, found: Sequence[Found], common_zipf: float, unit: UnitKind | None = None
) -> list[Found]:
    """`found` and the `orphans` of `doc`, in text order, each with its parent; an orphan is kept only with
    a parent (a framed one only when the words or brackets say the parent contains it), or when the NER's
    mention is a point of interest (`orphan_toponym`: the resolver may place it in the document's town)."""
    items = sorted([*found, *orphans(doc, found, common_zipf)], key=lambda f: f.span.start)
    toponyms = with_parents(doc.text, [(f.span, f.toponym) for f in items], unit)
    return [
        dataclasses.replace(f, toponym=t)
        for f, t in zip(items, toponyms, strict=True)
        if "orphan" not in f.source
        or (t.parent is not None and (f.source == "orphan" or t.strict or t.close))
        or (f.source == "orphan" and t.hint == "poi")
    ]
