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

import bisect
import dataclasses
import difflib
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.symbols import PROPN

from dateline.config import PlacesSettings
from dateline.data import word_trie
from dateline.kb.gazetteer import DATA_DIR, Entry, Gazetteer, fold_name
from dateline.kb.gazetteer.written import written_target
from dateline.kb.geo_resolver import Toponym
from dateline.model import Document, Mention, Span
from dateline.stages.datelines import dateline_outlets, in_dateline
from dateline.stages.places import doc_region
from dateline.stages.places.bodies import body_heads, body_tails
from dateline.stages.places.evidence import common_word, locative, strong, sub_word, undated
from dateline.stages.places.facilities import facility_name, facility_town, regnal_after
from dateline.stages.places.hosts import host_name
from dateline.stages.places.lexicon import word_lists
from dateline.stages.places.lists import admin_lists, place_lists
from dateline.stages.places.vehicles import vehicle_names
from dateline.stages.tokens import token_table

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Labels the small models often give to place names ("Hama" as ORG, "Aleppo" as NORP): kept as places
#: when the whole mention names a notable place.
MISLABELLED = frozenset({"ORG", "NORP", "MISC"})
#: Labels of names that are no places unless a locative frame and a notable place say so ("in Calcutta"
#: tagged PRODUCT, "à Alep" tagged as a language): persons (English "PERSON", French "PER"), products,
#: works, events, laws, languages.
NAME_LABELS = frozenset({"PERSON", "PER", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})
#: Labels of dates, whose mentions that no calendar word makes a date are names (`evidence.undated`).
DATE_LABELS = frozenset({"DATE", "TIME"})

_WORDS = word_lists()
_OF = rf"(?:{word_trie(frozenset().union(*_WORDS.of_words.values()), followed=True)})?"
_ARTICLE = re.compile(rf"^(?:{word_trie(_WORDS.articles, followed=True)})", re.I)
_POSSESSIVE = re.compile(r"\s*['’]s?$")
#: A township named after its town (US townships are no GeoNames towns; their town is).
_TOWNSHIP = re.compile(r"\s+(?:township|twp\.?)$", re.I)
#: "Loudon Co.", "PLYMOUTH CO.": a county.
_COUNTY_ABBREVIATION = re.compile(r"\s+co\.?$", re.I)
_ADMIN_WORDS = word_trie(_WORDS.admin_nouns)
_SITE_WORDS = word_trie(_WORDS.site_nouns)
_ADMIN_BEFORE = re.compile(rf"\b(?:{_ADMIN_WORDS})\s+{_OF}$", re.I)
_ADMIN_AFTER = re.compile(rf"^\s+(?:{_ADMIN_WORDS})\b", re.I)
_SITE_BEFORE = re.compile(rf"\b(?:{_SITE_WORDS})\s+{_OF}$", re.I)
_COUNTRYSIDE = word_trie(_WORDS.countryside_nouns)
#: A name that opens on an Arabic article ("Ar-Raqqa", "al-Sabkha", "El Geneina").
_ARABIC_NAME = re.compile(r"(?:al|el|ar|ash|as|ad|an|at|az|ed|es|ez)[-‐ ][A-ZÀ-Þ]", re.I)
_COMPASS_WORDS = word_trie(
    {w for table in _WORDS.directions.values() for w in table}
    | {
        f"{w}ern"
        for w in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest")
    }
)
_COUNTRYSIDE_BEFORE = re.compile(rf"\b(?:{_COUNTRYSIDE})(?:\s+[\w-]+)?\s+{_OF}(?:the\s+)?$", re.I)
_COUNTRYSIDE_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:(?:{_COMPASS_WORDS})\s+)?(?:{_COUNTRYSIDE})\b", re.I)
_TOWN_BEFORE = re.compile(
    rf"\b(?:{word_trie(_WORDS.town_nouns)})\s+(?:{word_trie(_WORDS.town_of_words, followed=True)})$", re.I
)
_SITE_AFTER = re.compile(rf"^\s+(?:{_SITE_WORDS})\b", re.I)
#: A lower-case town noun after the name ("Dhale city", "Gao town"): the town, not the unit it is the seat of.
#: Not before another noun ("London city council", "Dhale town hall") nor "of".
_TOWN_AFTER = re.compile(
    rf"^[ \t]+(?:{word_trie(_WORDS.town_nouns)})(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:on|in|at|and|or|near|after|"
    r"before|during|where|which|when|last|this|overnight|late|early|from|to|for|with|by|was|is|were|are)\b)"
)
#: "bombed X", "ont pilonné X": a struck place, when the name is a town of the document's countries; time
#: words may stand between ("ont frappé mardi soir X").
_STRUCK_TIMES = rf"(?:(?:{word_trie(_WORDS.strike_times)})\s+){{0,2}}"
_STRUCK = re.compile(rf"(?:^|[^\w'’])(?:{word_trie(_WORDS.strike_verbs)})\s+{_STRUCK_TIMES}$", re.I)
#: "near X", "aux abords de la X": a point one can be near, a town rather than the unit it is the seat of
#: (`_hint`, `Resolver.candidates`).
_NEAR_BEFORE = re.compile(
    rf"(?:^|[^\w'’])(?:{word_trie(_WORDS.near_words, followed=True)})"
    rf"(?:{word_trie(_WORDS.articles, followed=True)})?$",
    re.I,
)
_FEATURE_AFTER = re.compile(rf"[\s-]+(?:{word_trie(_WORDS.feature_nouns)})$", re.I)
_FEATURE_OF = re.compile(rf"^(?:{word_trie(_WORDS.feature_of, followed=True)})", re.I)
_HEAD = word_trie(_WORDS.admin_nouns | _WORDS.site_nouns)
#: A head noun before the name, with an adjective of nationality between ("la province argentine de
#: Córdoba", "l'État américain du Texas"), or after it ("Idlib Governorate").
_HEAD_WORDS = re.compile(rf"^(?:(?:{_HEAD})(?:\s+(?-i:[a-zà-ÿ][\w-]*))?\s+{_OF})|\s+(?:{_HEAD})$", re.I)
_OF_EN = rf"(?:{word_trie(_WORDS.of_words['en'], followed=True)})?"
#: A French compass word and any "of" word ("le nord-ouest de la Syrie", "the centre of Syria"); an English
#: one, "-ern" and an English "of" word ("northern Syria": "central de" is no direction).
_DIRECTION_BEFORE = re.compile(
    rf"\b({word_trie(_WORDS.directions['fr'])})\s+{_OF}$"
    rf"|\b({word_trie(_WORDS.directions['en'])})(?:ern)?\s+{_OF_EN}$",
    re.I,
)
_DIRECTIONS = {word: direction for table in _WORDS.directions.values() for word, direction in table.items()}


@dataclass(frozen=True)
class Found:
    """A toponym found in the text: its span and what to resolve."""

    span: Span
    toponym: Toponym
    source: str = "ner"  # ner | head | frame | dateline | scan | demonym | repeat | list


def direction_start(text: str, start: int) -> int:
    """Where a compass phrase written just before a place name starts ("the *northern* Syria", "le
    *nord-ouest de la* Syrie"); `start` when there is none."""
    match = _DIRECTION_BEFORE.search(text[max(0, start - 30) : start])
    return start - len(match.group(0)) if match else start


def direction_before(text: str, start: int) -> str | None:
    """The compass direction written just before a place name ("le nord-ouest de la Syrie" → "northwest")."""
    match = _DIRECTION_BEFORE.search(text[max(0, start - 30) : start])
    if not match:
        return None
    return _DIRECTIONS.get(" ".join((match.group(1) or match.group(2)).lower().split()))


def _hint(text: str, start: int, end: int, surface: str) -> str | None:
    before, after = text[max(0, start - 40) : start], text[end : end + 30]
    if (
        _SITE_BEFORE.search(before)
        or _SITE_AFTER.match(after)
        or _SITE_AFTER.match(" " + surface.split()[-1])
    ):
        return "site"
    if _TOWN_AFTER.match(after):  # "a district of Dhale city": the town
        return "town"
    if _ADMIN_BEFORE.search(before) or _ADMIN_AFTER.match(after):
        return "admin"
    if _COUNTRYSIDE_BEFORE.search(before) or _COUNTRYSIDE_AFTER.match(after):
        return "admin"  # "la campagne ouest d'Idleb", "Aleppo's eastern countryside"
    if _TOWN_BEFORE.search(before):
        return "town"
    if _NEAR_BEFORE.search(before):
        return "near"
    return None


def _plausible(name: str) -> bool:
    """Enough letters to be a name; a short one must be written in capitals ("US", not "us"), a
    two-letter one all in capitals ("UK", not "Ar") or as a dotted abbreviation ("Ga.", "Pa.")."""
    letters = sum(c.isalpha() for c in name)
    dotted = bool(_DOTTED.fullmatch(name))
    return letters >= 2 and (letters > 3 or name[:1].isupper()) and (letters > 2 or name.isupper() or dotted)


#: A two-letter abbreviation written with its full stop ("Ga.", "Pa.", "Ky."): a state's, in AP style.
_DOTTED = re.compile(r"[A-Z][a-z]\.")


def clean_surface(surface: str) -> str:
    """The name inside a mention: no leading article, no possessive."""
    return _POSSESSIVE.sub("", _ARTICLE.sub("", surface.strip())).strip()


def toponym_for(
    text: str, span: Span, gaz: Gazetteer, demonyms: bool = False, loose: bool = False
) -> Toponym | None:
    """What to look up for the mention at `span`: with `demonyms`, a demonym's country; else the cleaned
    name; else the name with the site noun after it ("the Rabia crossing": a site); else the name without its
    head noun ("Idlib Governorate" → "Idlib", an admin unit); else, with
    `loose`, the indexed name it spells up to transliteration ("Hassakeh" → "al hasakeh"), unless it is a
    demonym ("the Syrian city": not "Sarāyān")."""
    surface = clean_surface(span.of(text))
    written = _POSSESSIVE.sub("", span.of(text).strip())
    if (
        written != surface and written[:1].isupper() and written in gaz
    ):  # "Des Moines", "Le Havre", "The Hague"
        surface = written
    if not _plausible(surface):
        return None
    if demonyms and gaz.demonym(surface):
        return Toponym(surface, "demonym")
    hint = _hint(text, span.start, span.end, surface)
    if surface in gaz:
        return Toponym(surface, hint)
    site = _SITE_AFTER.match(text[span.end : span.end + 30])
    if site and (whole := f"{surface} {site.group().strip()}") in gaz:  # "Rabia" of "the Rabia crossing"
        return Toponym(whole, "site")
    town = _TOWNSHIP.sub("", surface)
    if town != surface and town in gaz:  # "Readington Township", "Madison Twp.": the town
        return Toponym(town, "town")
    county = _COUNTY_ABBREVIATION.sub(" County", surface)
    if county != surface and county in gaz:
        return Toponym(county, "admin")
    inner = clean_surface(_HEAD_WORDS.sub("", county))
    if inner != surface and inner in gaz:
        head = surface.replace(inner, "").lower()
        return Toponym(inner, "site" if re.search(_SITE_WORDS, head, re.I) else "admin")
    named = _FEATURE_OF.sub("", _FEATURE_AFTER.sub("", surface))
    if named != surface and any(main and e.feature_class in "PA" for e, main in gaz.lookup(named)):
        return Toponym(named)  # "the Sacramento River", "Greer Station": the place it is named after
    if (host := host_name(surface, gaz)) is not None:
        return Toponym(host)  # "South Los Angeles", "Vancouver Art Gallery": the place it lies in
    spelt = _spelt(inner, gaz) if loose and not gaz.demonym(surface) else []
    return Toponym(closest_spelling(inner, spelt), hint) if spelt else None


#: Generic first words of Levantine place names that French and English transliterations may run into the
#: name ("Kfarchouba" for "Kfar Shouba", "Deirhafer"), and a French mute final "e" after a consonant
#: ("Khanaqine" for "Khanaqin", "Hajine" for "Hajin").
_RUN_IN_PREFIX = re.compile(r"^(kfar|kafr|kefr|deir|dayr|beit|bayt|tell|tall|ain|ein)(?=[^\W\d_]{4,}$)", re.I)
_MUTE_E = re.compile(r"(?<=[^\W\d_]{3}[bcdfghjklmnpqrstvz])e$", re.I)


def _spelt(name: str, gaz: Gazetteer) -> list[str]:
    """The indexed names `name` spells up to transliteration (`Gazetteer.loose`), else those of its other
    `loose_spellings` (one that is itself indexed: that name)."""
    first, *others = loose_spellings(name)
    if spelt := gaz.loose(first):
        return spelt
    for other in others:
        if spelt := ([fold_name(other)] if other in gaz else gaz.loose(other)):
            return spelt
    return []


def loose_spellings(name: str) -> list[str]:
    """`name`, then the spellings a transliteration may hide it under when no loose key matches it: its
    run-in generic first word apart ("Kfarchouba" → "Kfar chouba"), its mute final "e" dropped ("Khanaqine"
    → "Khanaqin")."""
    out = [name]
    if " " not in name and (split := _RUN_IN_PREFIX.sub(r"\1 ", name)) != name:
        out.append(split)
    if (bare := _MUTE_E.sub("", name)) != name:
        out.append(bare)
    return out


def closest_spelling(written: str, spellings: list[str]) -> str:
    """Of the indexed names a name spells up to transliteration (`Gazetteer.loose`, the most populous
    records' first), the one written most like it: "al-Sukhnah" is "as sukhnah" (Syria), not "sohna" (a
    larger town in India) that the loose key also merges; of equals, the first."""
    folded = fold_name(written)
    return max(spellings, key=lambda key: difflib.SequenceMatcher(None, folded, key).ratio())


def _outlets(text: str, gaz: Gazetteer) -> list[Span]:
    """The outlets datelines name in parentheses (`dateline_outlets`), not a country or admin-1 unit named
    there by its name ("ERBIL (Irak) -", "GAO (Mali) —": the place's country)."""
    return [
        span
        for span in dateline_outlets(text)
        if not any(e.feature_code in ("PCLI", "ADM1") for e, _ in gaz.lookup(clean_surface(span.of(text))))
    ]


class _Spans:
    """Character spans, ordered for quick overlap tests."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self._starts = [s for s, _ in self.spans]
        self._reach = list(itertools.accumulate((e for _, e in self.spans), max))  # furthest end so far

    def overlap(self, span: tuple[int, int]) -> bool:
        """Some span overlaps `span` (of those starting before its end, one reaches past its start)."""
        before = bisect.bisect_left(self._starts, span[1])
        return before > 0 and self._reach[before - 1] > span[0]


def find_toponyms(doc: Document, gaz: Gazetteer, options: PlacesSettings) -> list[Found]:
    """Every toponym mention of `doc`, in text order."""
    found: list[Found] = []
    outlets = _outlets(doc.text, gaz)  # "(Horn Wire)" after a dateline names no place
    taken: list[tuple[int, int]] = [(s.start, s.end) for s in outlets]  # spans already decided
    lone = _lone_names(doc)
    lone_names: list[Span] = []  # decided once the document's region is known
    mislabelled: list[Span] = []  # the same
    for mention in doc.mentions:
        span = Span(start=mention.start, end=mention.end)
        if in_dateline(span, outlets):
            continue
        toponym = None
        if mention.label in PLACE_LABELS:
            parts = (_joined(doc.text, span, gaz), _whole_word(doc.text, span), span)
            for part in parts:  # "Newcastle upon Tyne"; "Ar-Raqqa"; else "Paris" (in "Paris-based")
                if part is None:
                    continue
                framed = locative(doc.text, part.start, part.end)
                if toponym := toponym_for(doc.text, part, gaz, options.demonyms, loose=framed):
                    span = part
                    break
            taken.append((mention.start, mention.end))
            if toponym is None and (head := _head_of(doc.text, span, gaz, options)) is not None:
                found.append(head)
        elif mention.label in MISLABELLED and not gaz.demonym(mention.text):
            # an Arabic name in a locative frame ("(Al-Sabkha, Ar-Raqqa)", tagged ORG) is looked up loosely;
            # not other names ("according to Corle", "trip to State")
            framed = bool(_ARABIC_NAME.match(mention.text)) and locative(doc.text, span.start, span.end)
            toponym = toponym_for(doc.text, span, gaz, loose=framed)
            if toponym is not None and _not_a_place(doc.text, span, gaz, toponym.text, True):
                toponym = None
            elif toponym and not _notable_name(gaz, toponym.text, options.mislabel_min_population):
                # an alternate name ("Nabatieh"): a place only in the document's region
                mislabelled.append(span)
                toponym = None
        elif (fragment := _named_within(doc.text, span, gaz, options)) is not None:
            span, toponym = fragment  # "Pointe" of "Pointe-à-Pitre", "… Mohammed VI de Marrakech"
        elif mention.label == "PERSON" and mention in lone:
            lone_names.append(span)
        elif not _named(mention) and mention.label not in MISLABELLED:
            taken.append((mention.start, mention.end))
        if toponym is not None:
            found.append(Found(span, toponym))
            taken.append((min(span.start, mention.start), max(span.end, mention.end)))
    region = doc_region.region(gaz, (f.toponym.text for f in found if f.toponym.hint != "demonym"))
    for span in lone_names:
        toponym = toponym_for(doc.text, span, gaz)
        if toponym is not None and (
            _sovereign(gaz, toponym.text) or doc_region.in_region(gaz, toponym.text, region)
        ):
            found.append(Found(span, toponym))
            taken.append((span.start, span.end))
    for span in mislabelled:
        toponym = toponym_for(doc.text, span, gaz)
        if toponym is not None and doc_region.in_document_region(gaz, toponym.text, region):
            found.append(Found(span, toponym))
            taken.append((span.start, span.end))
    if options.demonyms:
        found += _demonyms(doc, gaz, taken + [(m.start, m.end) for m in doc.mentions if m.label != "NORP"])
    taken += [(f.span.start, f.span.end) for f in found]
    if options.frames:
        names = [(m.start, m.end) for m in doc.mentions if _named(m)]
        in_frames, named = _framed(doc.text, gaz, _Spans(taken), _Spans(names), options)
        in_frames += _in_document_countries(gaz, named, [*found, *in_frames], options)
        found += in_frames
        taken += [(f.span.start, f.span.end) for f in in_frames]
    compounds = _compounds(doc.text, gaz, _Spans(taken), options)  # "the U.S.-led coalition"
    found += compounds
    taken += [(f.span.start, f.span.end) for f in compounds]
    found += _abbreviated_units(doc.text, gaz, found, _Spans(taken))  # "Gatineau, Que."
    if options.scan and doc.analysis is not None:
        taken += [(m.start, m.end) for m in doc.mentions if _named(m)]
        inside = [(m.start, m.end) for m in doc.mentions if m.label in MISLABELLED]
        tokens = _Tokens.of(doc.analysis, doc.text)
        found += _scan(tokens, gaz, _Spans(taken), _Spans(inside), options, region)
    covered = _Spans((f.span.start, f.span.end) for f in found)
    bodies = [Span(start=m.start, end=m.end) for m in doc.mentions if not covered.overlap((m.start, m.end))]
    found += [
        Found(span, toponym, "body")
        for span, toponym in body_heads(doc.text, bodies, gaz, region, options.common_word_zipf)
    ]
    covered = _Spans((f.span.start, f.span.end) for f in found)
    organisations = [
        Span(start=m.start, end=m.end)
        for m in doc.mentions
        if m.label == "ORG" and not covered.overlap((m.start, m.end))
    ]
    found += [
        Found(span, toponym, "body") for span, toponym in body_tails(doc.text, organisations, gaz, region)
    ]
    surnames = _surnames(doc)
    vehicles = vehicle_names(doc)  # "a 1992 Toyota": the car, not Toyota, Aichi
    found = [
        f
        for f in found
        if not in_dateline(f.span, outlets)
        and (f.span.of(doc.text) not in vehicles or locative(doc.text, f.span.start, f.span.end))
        and _credible(f, doc.text, gaz, surnames, options)
    ]
    found = _without_speakers(doc.text, found, gaz, options.scan_min_population)
    if listed := [Found(span, toponym, "list") for span, toponym in admin_lists(doc.text, gaz)]:
        spans = _Spans((f.span.start, f.span.end) for f in listed)
        found = [f for f in found if not spans.overlap((f.span.start, f.span.end))] + listed
    found = _with_lists(doc.text, found, gaz, options)
    found += _same_names(doc, found)
    found.sort(key=lambda f: f.span.start)
    return found


#: A name joined by a hyphen to a participle or noun that makes a compound adjective ("Lagos-based", "the
#: U.S.-led coalition", "a Texas-born singer": `compound_words`): GeoWebNews's embedded toponyms.
_COMPOUND = re.compile(
    rf"(?<![\w.'’-])((?:[A-Z]\.){{2,3}}|[A-Z][\w'’]*[a-z](?:[ \t][A-Z][\w'’]*[a-z]){{0,2}})"
    rf"[-‐](?:{word_trie(_WORDS.compound_words)})\b"
)


def _compounds(text: str, gaz: Gazetteer, taken: _Spans, options: PlacesSettings) -> list[Found]:
    """Places named before a hyphen in a compound adjective (`_COMPOUND`) that no mention covers: a
    country, an admin-1 unit, a capital… (`strong`), or a notable town (`_notable_name`)."""
    found = []
    for match in _COMPOUND.finditer(text):
        span = Span(start=match.start(1), end=match.end(1))
        if article := _ARTICLE.match(span.of(text)):  # "The Toronto-based bank"
            span = Span(start=span.start + article.end(), end=span.end)
        if taken.overlap((span.start, span.end)) or not span.of(text)[:1].isupper():
            continue
        toponym = toponym_for(text, span, gaz)
        if toponym is not None and (
            strong(toponym.text, gaz.lookup(toponym.text))
            or _notable_name(gaz, toponym.text, options.mislabel_min_population)
        ):
            found.append(Found(span, toponym, "frame"))
    return found


#: A state's or province's abbreviation with its full stop after a town and a comma ("Gatineau, Que.",
#: "Raleigh, N.C."), which the NER often leaves out or takes for a person.
_ABBREVIATION_AFTER = re.compile(r",[ \t]+((?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.)")


def _abbreviated_units(text: str, gaz: Gazetteer, found: list[Found], taken: _Spans) -> list[Found]:
    """Admin-1 units abbreviated after a found town (`_ABBREVIATION_AFTER`) that nothing else covers."""
    out = []
    for town in found:
        match = _ABBREVIATION_AFTER.match(text, town.span.end)
        if match is None or taken.overlap(match.span(1)):
            continue
        span = Span(start=match.start(1), end=match.end(1))
        written = written_target(span.of(text))
        toponym = Toponym(written.name) if written is not None else toponym_for(text, span, gaz)
        if toponym is not None and any(e.feature_code == "ADM1" for e, _ in gaz.lookup(toponym.text)):
            out.append(Found(span, toponym, "frame"))
    return out


def _named(mention: Mention) -> bool:
    """A name given no place label (`NAME_LABELS`), or a date no calendar word makes one (`undated`)."""
    return mention.label in NAME_LABELS or (mention.label in DATE_LABELS and undated(mention.text))


def _with_lists(text: str, found: list[Found], gaz: Gazetteer, options: PlacesSettings) -> list[Found]:
    """`found` with the other names of enumerations of places, and admin units re-read as such in lists of
    admin units (`lists.place_lists`)."""
    added, hinted = place_lists(text, [(f.span, f.toponym) for f in found], gaz, options.common_word_zipf)
    spans = _Spans((f.span.start, f.span.end) for f in found)
    found = [Found(f.span, hinted[n], f.source) if n in hinted else f for n, f in enumerate(found)]
    found += [
        Found(span, toponym, "list") for span, toponym in added if not spans.overlap((span.start, span.end))
    ]
    return sorted(found, key=lambda f: f.span.start)


#: A compass word before a place's name, maybe stressed ("Far North Queensland", "Deep South Texas",
#: "Extreme North" of "Extrême-Nord"'s English): the name after it is the place.
_COMPASS = re.compile(
    rf"^(?:(?:far|deep|extreme)\s+)?(?:{word_trie(_WORDS.directions['en'])})(?:ern)?\s+"
    rf"|^(?:{word_trie(_WORDS.directions['fr'])})\s+",
    re.I,
)


def _head_of(text: str, span: Span, gaz: Gazetteer, options: PlacesSettings) -> Found | None:
    """The place that a place mention no record names starts with: after a compass word ("Northeast
    Georgia"), or as the first words of a longer name ("Henderson County Jail", "Fargo City
    Commissioner") when they name an admin unit with its head noun, or a notable place; not a generic
    first word alone ("Abu" of "Abu Shok", "Fort" of "Fort Hood": `generic_heads`)."""
    words = [(span.start + m.start(), span.start + m.end()) for m in re.finditer(r"\S+", span.of(text))]
    if len(words) > 1 and _ARTICLE.match(span.of(text)):
        span = Span(start=words[1][0], end=span.end)
        words = words[1:]
    compass = _COMPASS.match(span.of(text))
    if compass and len(words) > 1:
        inner = Span(start=span.start + compass.end(), end=span.end)
        unit = inner.of(text).split()[0].lower() in _WORDS.admin_nouns  # "Far North Region": a unit's name
        if not unit and (toponym := toponym_for(text, inner, gaz)) is not None:
            return Found(inner, toponym, "head")
    for k in range(len(words) - 1, 0, -1):
        inner = Span(start=span.start, end=words[k - 1][1])
        if k == 1 and inner.of(text) in _WORDS.generic_heads:  # "Abu" of "Abu Shok" is no place
            continue
        toponym = toponym_for(text, inner, gaz)
        if toponym is not None and _not_a_place(text, inner, gaz, toponym.text, False):
            continue  # an institution's acronym ("CHU" of "CHU de Lille" is no Chũ)
        if toponym is not None and (
            toponym.hint == "admin" or _notable_name(gaz, toponym.text, options.mislabel_min_population)
        ):
            return Found(inner, toponym, "head")
    return None


_ARTICLE_PREFIX = r"(?:(?:al|el|ar|ash|as|ad|an|at|az|ad|ed|es|ez)[-‐])?"
#: A capitalised name of up to four words, each may start with a lowercase Arabic article ("al-Hasakeh").
_NAME_WORD = rf"{_ARTICLE_PREFIX}[A-ZÀ-ÖØ-Þ][\w'’-]*"
#: A capitalised run of up to four such words (also read by `hierarchy` for names the gazetteer lacks).
NAME_RUN = re.compile(rf"(?<![\w-])(?<!\w\w['’]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}")
#: A dateline: a name in capitals at the start of a line or just after a headline's full stop, maybe with
#: a state or a filing date, before "(", a dash or ":" ("BEIRUT (Reuters) -", "HARWINTON —", "… supporters.
#: TORRINGTON, Conn. -", "QAMISHLI, 3 April 2025 –", "BAMAKO, 18 février –").
_DATELINE = re.compile(
    r"(?m)(?:^[ \t]*|(?<=[.!?] ))([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})"
    r"(?=(?:,[ \t]*[A-Z][\w.]*\.?(?:[ \t]+[A-Z][\w.]*)?)?"
    r"(?:,[ \t]*\d{1,2}(?:er)?[ \t]+[^\W\d_]{3,10}\.?(?:[ \t]+\d{4})?)?[ \t]*(?:\(|—|–|--?[ \t]|:))"
)


#: A lower-case word after a name: the name is an adjective before its noun ("the Malian border").
_ADJECTIVE_BEFORE_NOUN = re.compile(r"[ \t]+[a-zà-ÿ]{3,}")


def _framed(
    text: str, gaz: Gazetteer, taken: _Spans, names: _Spans, options: PlacesSettings
) -> tuple[list[Found], list[Found]]:
    """Datelines, and whole capitalised names in locative frames ("near Afes village", "à Dardara", "in
    the Fargo area", not "at Wake Forest University"), that a gazetteer name spells, exactly or (not in
    capitals) up to transliteration. A name the NER took for a person, a product, a work, an event, a law
    or a language (`NAME_LABELS`) needs a notable place (`_notable_name`); the others of them come second,
    for `_in_document_countries` to weigh."""
    found: list[Found] = []
    named: list[Found] = []
    for match in _DATELINE.finditer(text):
        line = Span(start=match.start(1), end=match.end(1))
        if taken.overlap((line.start, line.end)) or (toponym := toponym_for(text, line, gaz)) is None:
            continue
        if not (_acronym(line.of(text)) and not strong(line.of(text), gaz.lookup(toponym.text))):
            found.append(Found(line, toponym, "dateline"))
    spans = _Spans((f.span.start, f.span.end) for f in found)
    for run in NAME_RUN.finditer(text):
        span = _possessed(text, _framed_span(text, run), gaz)
        if (
            span is None
            and names.overlap(key := (run.start(), run.end()))
            and _STRUCK.search(text[max(0, run.start() - 40) : run.start()])
        ):
            span = Span(start=run.start(), end=run.end())  # "bombed Deir Hafer": for `_in_document_countries`
            if not taken.overlap(key) and (toponym := toponym_for(text, span, gaz, loose=True)) is not None:
                named.append(Found(span, toponym, "frame"))
            continue
        if span is None or taken.overlap(key := (span.start, span.end)) or spans.overlap(key):
            continue
        if gaz.demonym(clean_surface(span.of(text))) and _ADJECTIVE_BEFORE_NOUN.match(text, span.end):
            continue  # "near the Malian border", "in the Syrian capital": an adjective, no place
        acronym = span.of(text).isupper()  # "NICU", "FAO": no loose spelling, and only a strong record
        toponym = toponym_for(text, span, gaz, loose=not acronym)
        if toponym is None or (acronym and not strong(span.of(text), gaz.lookup(toponym.text))):
            continue
        if names.overlap(key) and not _notable_name(gaz, toponym.text, options.mislabel_min_population):
            named.append(Found(span, toponym, "frame"))
            continue
        found.append(Found(span, toponym, "frame"))
    return found, named


def _in_document_countries(
    gaz: Gazetteer, named: list[Found], found: list[Found], options: PlacesSettings
) -> list[Found]:
    """The framed names the NER took for persons (`_framed`'s second list) that name a town or site in a
    country the document's other places point to (`doc_region.countries`): "near Makhmour" in a report
    naming Erbil, "on the Tel Tamr frontline, northwest of al-Hasakah" — villages the small models read as
    persons, which are no notable places, and persons who are no places in the report's country."""
    if not named:
        return []
    floor = options.mislabel_min_population
    countries = {
        c
        for f in found
        if f.toponym.hint != "demonym"
        for c in doc_region.countries(gaz, f.toponym.text, floor)
    }
    return [
        f
        for f in named
        if any(e.feature_class in "PS" and e.country in countries for e, _ in gaz.lookup(f.toponym.text))
    ]


#: The joining word of a town named after its river or sea, written with spaces ("Newcastle upon Tyne",
#: "Frankfurt am Main", "Walton on Thames"), and the capitalised word after it.
_JOINED = re.compile(r"^[ \t]+(?:upon|on|am|an der|sur)[ \t]+[A-Z][\w'’-]+")


def _joined(text: str, span: Span, gaz: Gazetteer) -> Span | None:
    """`span` widened to a town's name that goes on with a joining word, when the gazetteer names it
    ("Newcastle" of "Newcastle upon Tyne" is not Newcastle, Australia): none otherwise ("Paris on Monday")."""
    match = _JOINED.match(text[span.end : span.end + 40])
    if match is None:
        return None
    wider = Span(start=span.start, end=span.end + match.end())
    return wider if gaz.lookup(wider.of(text)) else None


def _named_within(
    text: str, span: Span, gaz: Gazetteer, options: PlacesSettings
) -> tuple[Span, Toponym] | None:
    """A notable town a mention the NER gave to another entity names: the whole hyphenated word a fragment
    is part of ("Pointe" of "Pointe-à-Pitre", tagged as a person), or the town a facility's own name ends
    with (`facility_town`: "le CHU Mohammed VI de Marrakech")."""
    minimum = options.mislabel_min_population
    whole = _whole_word(text, span)
    name = clean_surface(whole.of(text))
    if whole != span and _plausible(name) and _notable_name(gaz, name, minimum):
        return whole, Toponym(name, _hint(text, whole.start, whole.end, name))
    town = facility_town(text, span)
    if town is not None and any(e.population >= minimum for e, _ in gaz.lookup(town.of(text))):
        return town, Toponym(town.of(text), "town")  # any spelling of a town: the words say it is one
    return None


def _whole_word(text: str, span: Span) -> Span:
    """`span` widened to the hyphenated word it is part of ("Ar" → "Ar-Raqqa")."""
    if not sub_word(text, span.start, span.end):
        return span
    start = span.start
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-‐"):
        start -= 1
    end = span.end
    while end < len(text) and (text[end].isalnum() or text[end] in "-‐"):
        end += 1
    return Span(start=start, end=end)


_POSSESSOR = re.compile(r"([^\s'’]+(?:[ \t]+[^\s'’]+)?)['’]s[ \t]+(?=[A-ZÀ-Þ])")


def _possessed(text: str, span: Span | None, gaz: Gazetteer) -> Span | None:
    """A framed run that opens on a country's or unit's possessive names what follows it ("in Niger's
    Tillaberi region", "in Burkina Faso's Soum province"): the name after the possessive."""
    if span is None or (match := _POSSESSOR.match(text, span.start, span.end)) is None:
        return span
    owner = match.group(1)
    if not strong(owner, gaz.lookup(owner)) or clean_surface(span.of(text)) in gaz:
        return span
    return Span(start=match.end(), end=span.end)


def _framed_span(text: str, run: re.Match[str]) -> Span | None:
    """The place name a capitalised run gives: the whole run in a locative frame, else its first words up
    to a capitalised admin noun ("Edgar County" in "the Edgar County Community Foundation")."""
    if locative(text, run.start(), run.end()):
        return Span(start=run.start(), end=run.end())
    words = list(re.finditer(r"\S+", run.group()))
    for word in words[1:-1]:
        if word.group()[:1].isupper() and word.group().lower() in _WORDS.admin_nouns:
            return Span(start=run.start(), end=run.start() + word.end())
    return None


_TITLE_BEFORE = re.compile(rf"(?:^|[^\w.])(?:{word_trie(_WORDS.person_titles)})\s+$", re.I)


def _lone_names(doc: Document) -> list[Any]:
    """One-word mentions the NER took for persons that no full name of the document contains and no title
    precedes: news names a person in full first ("Tom Ripley", then "Ripley"), so a lone "Alexandria"
    or "Tbilisi" is rather a place the small model mislabelled."""
    persons = [m for m in doc.mentions if m.label == "PERSON"]
    named = {word for m in persons if " " in m.text.strip() for word in m.text.split()}
    return [
        m
        for m in persons
        if " " not in m.text.strip()
        and m.text not in named
        and not _TITLE_BEFORE.search(doc.text[max(0, m.start - 30) : m.start])
    ]


def _sovereign(gaz: Gazetteer, name: str) -> bool:
    """`name` is the main name of a country or a capital ("Tbilisi"; not "Brittany", "Georgia" as an
    admin-1 unit: first names too)."""
    return any(main and e.feature_code in ("PCLI", "PPLC") for e, main in gaz.lookup(name))


#: A person's name with a middle initial ("Tyrise M. Bell"), whatever label the NER gave it.
_INITIALLED = re.compile(r"^[A-Z][a-z]+ [A-Z]\. [A-Z][\w'’-]+$")


def _surnames(doc: Document) -> frozenset[str]:
    """The last words of the document's persons' full names ("coach Ripley" after "Tom Ripley"), and of
    names with a middle initial the NER took for a group ("Tyrise M. Bell")."""
    return frozenset(
        m.text.split()[-1]
        for m in doc.mentions
        if (m.label == "PERSON" and " " in m.text) or _INITIALLED.match(m.text)
    )


def _compass(name: str) -> bool:
    """A bare compass word or its adjective ("North", "Western", "Northeastern"): several countries have
    admin-1 units so named (Sri Lanka's Western, Ghana's Eastern), never meant alone."""
    lower = name.lower()
    return lower in _DIRECTIONS or (lower.endswith("ern") and lower.removesuffix("ern") in _DIRECTIONS)


def _credible(
    found: Found, text: str, gaz: Gazetteer, surnames: frozenset[str], options: PlacesSettings
) -> bool:
    """Whether a found name has enough evidence to be a place. A country, admin-1 unit, capital, region or
    site always has (`strong`: "Ohio" is as frequent as a common word); else not a bare
    compass word, not a fragment of a hyphenated word ("Sino-", "Ar-Raqqa"), nor a person's surname in
    the document, nor a common word ("Fin", "Les", "Man"), unless the NER tagged it as a place in a
    locative frame (a surname only when it also names a city: "the village in Malakal" after a garbled
    "Village Malakal" person) or as a place that is a large city by its main name ("les policiers de
    Toulouse": `common_city_min_population`)."""
    if found.toponym.hint == "demonym":
        return True
    start, end = found.span.start, found.span.end
    name = clean_surface(text[start:end])
    one_word = " " not in name and "-" not in name
    common = one_word and common_word(name, options.common_word_zipf)
    if _compass(name) or regnal_after(text, end):  # "Hassan II" is a ruler's name
        return False
    framed = found.source == "ner" and locative(text, start, end)
    if name in surnames and not framed and not _sovereign(gaz, found.toponym.text):
        return False  # "Flores" after "Matthew D. Flores": the man, not Uruguay's department
    if strong(name, gaz.lookup(found.toponym.text)) or _state_abbreviation(text, start, end, gaz, found):
        return True
    if facility_name(text, start, end):  # "stade Léopold-Sédar-Senghor", "hôpital Mohammed V"
        return False
    if sub_word(text, start, end):
        return False
    if not one_word:
        return True
    if name in surnames:
        return framed and _notable_name(gaz, found.toponym.text, options.scan_min_population)
    city = found.source == "ner" and _notable_name(
        gaz, found.toponym.text, options.common_city_min_population
    )
    return not common or framed or city


def without_alternates_abroad(
    text: str, found: list[Found], gaz: Gazetteer, min_population: int
) -> list[Found]:
    """`found` (with parents attached) without the names that reach only small towns abroad by an alternate or
    transliterated spelling (`doc_region.abroad_alternate`), weighed against the countries the document's
    other names point to, and with those that reach only small towns abroad respelt as a town of those
    countries when a transliteration names one (`doc_region.home_spellings`); a name the document once
    names within a parent ("Dardara in al-Hasakeh") stays: the hierarchy places it there."""
    names = {f.toponym.text for f in found if f.toponym.hint != "demonym"}
    pointed = {name: doc_region.countries(gaz, name, min_population) for name in names}
    parented = {f.toponym.text for f in found if f.toponym.parent is not None}

    def kept(f: Found) -> Found | None:
        if f.toponym.hint == "demonym" or f.toponym.text in parented:
            return f
        elsewhere = {country for name in names - {f.toponym.text} for country in pointed[name]}
        written = clean_surface(text[f.span.start : f.span.end])
        if spellings := doc_region.home_spellings(gaz, f.toponym.text, elsewhere, min_population):
            spelt = dataclasses.replace(f.toponym, text=closest_spelling(written, spellings))
            return dataclasses.replace(f, toponym=spelt)
        abroad = doc_region.abroad_alternate(gaz, written, f.toponym.text, elsewhere, min_population)
        return None if abroad else f

    return [k for f in found if (k := kept(f)) is not None]


_SPEECH_AFTER = re.compile(rf"^[ \t]+(?:{word_trie(_WORDS.speech_verbs)})\b", re.I)
_OF_BEFORE = re.compile(rf"\b(?:{word_trie(frozenset().union(*_WORDS.of_words.values()))})\s+$", re.I)


def _without_speakers(text: str, found: list[Found], gaz: Gazetteer, min_population: int) -> list[Found]:
    """Leave out every occurrence of a one-word name that, somewhere in the document, is the subject of a
    speech verb ("Kristina recalled": a person), unless it is a notable place's name (`_notable_name`:
    "Moscow said", "Gainesville says" stay places). Not after a locative or "of" word ("a camp near
    Tyler said", "the city of X said"): there the name completes another subject."""
    names = {
        name: f.toponym
        for f in found
        if " " not in (name := text[f.span.start : f.span.end]) and f.toponym.hint != "demonym"
    }
    speakers = {
        name
        for name, toponym in names.items()
        if any(_speaks(text, a, b) for a, b in _occurrences(text, name))
        and not _notable_name(gaz, toponym.text, min_population)
    }
    return [f for f in found if text[f.span.start : f.span.end] not in speakers] if speakers else found


def _speaks(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is the subject of a speech verb, not after a locative or "of" word."""
    return (
        bool(_SPEECH_AFTER.match(text[end : end + 20]))
        and not locative(text, start, end)
        and not _OF_BEFORE.search(text[max(0, start - 10) : start])
    )


def _state_abbreviation(text: str, start: int, end: int, gaz: Gazetteer, found: Found) -> bool:
    """The name is a short capitalised abbreviation written with its full stop ("Ill.", "Ky.", "Pa.") of an
    admin-1 unit (the only short names `strong` refuses that carry a dot)."""
    name = text[start:end]
    dotted = name.endswith(".") or text[end : end + 1] == "."
    return (
        dotted
        and name[:1].isupper()
        and sum(c.isalpha() for c in name) <= 3
        and any(e.feature_code == "ADM1" for e, _ in gaz.lookup(found.toponym.text))
    )


def _same_names(doc: Document, found: list[Found]) -> list[Found]:
    """One sense per document: other occurrences of a found place name (a lone name the NER took for a
    person elsewhere, say) are mentions of it too."""
    names = {
        doc.text[f.span.start : f.span.end]: f.toponym
        for f in found
        if f.source == "ner" and f.toponym.hint != "demonym"
    }
    covered = _Spans((f.span.start, f.span.end) for f in found)
    longer = [(m.start, m.end) for m in doc.mentions if " " in m.text]
    extra = []
    for name, toponym in names.items():
        for a, b in _occurrences(doc.text, name):
            within_longer = any(s <= a and b <= e and (s, e) != (a, b) for s, e in longer)
            if not covered.overlap((a, b)) and not within_longer:
                extra.append(Found(Span(start=a, end=b), toponym, "repeat"))
    return extra


def _occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    r"""Where `name` stands in `text` not inside a longer word, left to right and not overlapping (as
    ``re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)``, without scanning every position)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if _is_word(text[start - 1 : start]) or _is_word(text[end : end + 1]):
            start = text.find(name, start + 1)
        else:
            yield start, end
            start = text.find(name, end)


def _is_word(char: str) -> bool:
    r"""`char` is a regex word character (``\w``); False for the empty string."""
    return char.isalnum() or char == "_"


def demonym_evidence(doc: Document, gaz: Gazetteer, found: Iterable[Found]) -> list[Toponym]:
    """The demonyms of `doc` outside its toponyms and other entities' names, as toponyms to resolve for
    context only (not places of their own): "the Lebanese army" names Lebanon, so a bare "Tripoli" is
    Lebanon's; « la police espagnole », Spain, so « Valence » is Valencia. The pipeline reads no demonym as
    a place (option ``demonyms`` off: a nationality is no location), but it is evidence of the country."""
    taken = [(f.span.start, f.span.end) for f in found]
    taken += [(m.start, m.end) for m in doc.mentions if m.label != "NORP"]
    return [f.toponym for f in _demonyms(doc, gaz, taken)]


def _demonyms(doc: Document, gaz: Gazetteer, taken: list[tuple[int, int]]) -> list[Found]:
    """Demonyms as mentions of their country, unit or region: a word, or two ("Sri Lankan")."""
    spans = _Spans(taken)
    if doc.analysis is not None:
        table = token_table(doc.analysis)
        words = list(zip(table.starts, table.ends, table.words, strict=True))
    else:
        words = [(m.start, m.end, m.text) for m in doc.mentions if m.label == "NORP"]
    known: dict[str, bool] = {}  # a report repeats its words: look each up once

    def demonym(name: str) -> bool:
        if name not in known:
            known[name] = bool(gaz.demonym(name))
        return known[name]

    found = []
    for k, (s, e, word) in enumerate(words):
        first, last, previous = words[k - 1] if k else (s, s, "")
        pair = doc.text[first:e] if previous[:1].isupper() and doc.text[last:s] == " " else ""
        if pair and demonym(pair):  # "West Virginians", "Sri Lankan"
            s, word = first, pair
        if demonym(word) and _plausible(word) and not spans.overlap((s, e)):
            found.append(Found(Span(start=s, end=e), Toponym(word, "demonym"), "demonym"))
    return found


@dataclass(frozen=True)
class _Tokens:
    """A spaCy parse as plain lists (`TokenTable`), and how many capitalised proper nouns run from each
    token on (0 when the token is not one)."""

    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    runs: list[int]

    @classmethod
    def of(cls, analysis: Any, text: str) -> _Tokens:
        """The tokens of `analysis`, the parse of `text`."""
        table = token_table(analysis)
        runs = [0] * (len(table.starts) + 1)
        for k in range(len(table.starts) - 1, -1, -1):
            if table.pos[k] == PROPN and table.words[k][:1].isupper():
                runs[k] = runs[k + 1] + 1
        return cls(text, table.starts, table.ends, table.words, runs[:-1])

    def proper(self, k: int) -> bool:
        """Token `k` exists and is a capitalised proper noun."""
        return 0 <= k < len(self.runs) and self.runs[k] > 0


def _scan(
    tokens: _Tokens,
    gaz: Gazetteer,
    taken: _Spans,
    inside: _Spans,
    options: PlacesSettings,
    region: frozenset[tuple[str, str]] = frozenset(),
) -> list[Found]:
    """Capitalised proper-noun runs the NER missed (or buried in an organisation's name) that name a
    country, a region, a site or a town (≥ ``scan_min_population``; ≥ ``mislabel_min_population`` inside
    an organisation's name: "Gainesville Police"), or a town of the document's region at any population
    ("Harwinton Senior Center" in a story naming Connecticut)."""
    found: list[Found] = []
    whole = set(inside.spans)
    i = 0
    while i < len(tokens.runs):
        for width in (3, 2, 1)[3 - min(3, tokens.runs[i]) :]:  # only runs of proper nouns
            if not _proper_run(tokens, i, i + width, inside):
                continue
            start, end = tokens.starts[i], tokens.ends[i + width - 1]
            name = tokens.text[start:end]
            in_name = inside.overlap((start, end))
            if in_name and (not _heads_a_name(tokens, i, inside) or name.lower() in _INSTITUTION_WORDS):
                continue
            floor = options.mislabel_min_population if in_name else options.scan_min_population
            if not _plausible(name) or taken.overlap((start, end)):
                continue
            span = Span(start=start, end=end)
            if _not_a_place(tokens.text, span, gaz, name, (start, end) in whole):
                continue
            if (
                in_name
                and not _notable_name(gaz, name, floor)
                and not doc_region.in_document_region(gaz, name, region)
            ):
                continue  # "Hamas" (an organisation) is an alternate name of Hamm, Germany
            if _notable(gaz.candidates(name), floor) or doc_region.in_region(gaz, name, region):
                found.append(Found(span, Toponym(name), "scan"))
                i += width - 1
                break
        i += 1
    return found


#: Common nouns that head organisations' names and are also (small) towns' names somewhere.
_INSTITUTION_WORDS = frozenset(
    line.strip()
    for line in (DATA_DIR / "institution_words.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


def _heads_a_name(tokens: _Tokens, i: int, names: _Spans) -> bool:
    """Token `i` starts an organisation's name (after an article) or follows its "of" or a compass word
    that opens it ("the Ohio Department…", "Bank of Ohio", "the Western Pennsylvania Kennel Club")."""
    first = tokens.starts[i]
    name_start = max((s for s, e in names.spans if s <= first < e), default=first)
    words: list[str] = []
    k = i - 1
    while k >= 0 and tokens.starts[k] >= name_start:
        words.insert(0, tokens.words[k].lower())
        k -= 1
    if not words or words == ["the"]:
        return True
    return words[-1] in _WORDS.name_links or (len(words) <= 2 and _compass(words[-1]))


def _proper_run(tokens: _Tokens, start: int, end: int, inside: _Spans) -> bool:
    """Tokens ``start:end`` (capitalised proper nouns) are the whole run of them (not part of a longer
    name) unless they lie inside an organisation's name."""
    span = (tokens.starts[start], tokens.ends[end - 1])
    return inside.overlap(span) or not (tokens.proper(start - 1) or tokens.proper(end))


_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*))*")


def caption_toponyms(caption: str, gaz: Gazetteer, options: PlacesSettings) -> list[Toponym]:
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


#: Capitalised names of at most this many letters are read as acronyms.
_ACRONYM_LETTERS = 4


def _acronym(name: str) -> bool:
    """`name` is a short word in capitals ("FDA", "U.N.", not "OMAHA"): an organisation's acronym unless a
    strong record's."""
    return name.isupper() and sum(c.isalpha() for c in name) <= _ACRONYM_LETTERS


def _not_a_place(text: str, span: Span, gaz: Gazetteer, name: str, institution: bool) -> bool:
    """`name` at `span` is no place: an acronym of a lesser record ("FDA" is an alternate name of Fada,
    "SRT" of Sirte), or, when the NER labels the whole name as a group (`institution`), a building standing
    for its institution ("the White House said", "the Kremlin") unless in a locative frame or named with its
    site noun ("al-Jufra air base")."""
    found = gaz.lookup(name)
    if _acronym(name) and not strong(name, found):
        return True
    return (
        institution
        and bool(found)
        and all(e.feature_class == "S" for e, _ in found)
        and not locative(text, span.start, span.end)
        and not _SITE_AFTER.match(text[span.end : span.end + 30])
    )


def _notable_name(gaz: Gazetteer, name: str, min_population: int) -> bool:
    """`name` is the main name of a notable record (`_notable`), or names a strong one (`strong`): no
    alternate name of a town ("Hamas" is one of Hamm's) for a name the NER took for a group."""
    found = gaz.lookup(name)
    return strong(name, found) or _notable([e for e, main in found if main], min_population)


def _notable(entries: list[Entry], min_population: int) -> bool:
    """A country, region, admin-1 unit, site, town of at least `min_population` or user gazetteer entry."""
    return any(
        e.user or (e.feature_code != "ADM2" and e.feature_class in "ALSH") or e.population >= min_population
        for e in entries
    )
