"""What story clustering knows about one document: lead and body embeddings, actors, places, types,
numbers and when it can have been published."""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property

import numpy as np
from wordfreq import available_languages, zipf_frequency

from dateline.model import Document, Event, Place
from dateline.resources import Encoder
from dateline.stories.furniture import pages_without_furniture

LEAD_CHARS = 400
#: The opening whose rare words are compared on their own (`StoryDoc.lead_terms`): a few paragraphs.
LEAD_TERMS_CHARS = 1000
#: The body is embedded in chunks of about this many characters (whole sentences), at most `MAX_CHUNKS`.
CHUNK_CHARS = 600
MAX_CHUNKS = 8
#: Events whose sentence starts this early are the story's lead events.
LEAD_EVENT_CHARS = 700
MAX_LEAD_EVENTS = 4
#: Actor kinds that name who acts in a story (media outlets only cite it).
STORY_ACTOR_SECTORS_EXCLUDED = frozenset({"MED"})


@dataclass(frozen=True)
class StoryPlace:
    """A place as story linking compares it: id, country, first-level division and coordinates."""

    geonames_id: int | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class StoryDoc:
    """The clustering view of a stored document."""

    doc_id: str
    language: str
    outlet: str | None
    title: str
    day: date | None
    actors: frozenset[str]
    places: frozenset[int]
    event_types: frozenset[str]
    vector: np.ndarray
    leads: tuple[Event, ...] = ()
    #: Where the lead's story happened: its first placed lead event's place, else the lead's first place.
    lead_place: StoryPlace | None = None
    #: Mean embedding of the body's chunks (unit length); the lead vector when not computed.
    body: np.ndarray | None = None
    numbers: frozenset[str] = frozenset()
    place_refs: tuple[StoryPlace, ...] = ()
    #: Bounds on the publication day: given, else what the text says (`latest` None: open-ended).
    earliest: date | None = None
    latest: date | None = None
    #: Rare words of the text weighted by rarity, unit length (`text_terms`).
    terms: Mapping[str, float] = field(default_factory=dict)
    #: The same over the title and the text's first `LEAD_TERMS_CHARS` characters: what the report opens on.
    lead_terms: Mapping[str, float] = field(default_factory=dict)
    #: The days of the week the lead names, Monday 0 (`lead_weekdays`).
    weekdays: frozenset[int] = frozenset()

    @property
    def body_vector(self) -> np.ndarray:
        return self.vector if self.body is None else self.body

    @cached_property
    def empty(self) -> bool:
        """No title and no text: nothing was embedded (the lead vector is zero), so nothing to compare."""
        return not self.vector.any()


def lead_text(title: str, text: str) -> str:
    """Title plus the opening of the body: what a reader sees first."""
    body = text[:LEAD_CHARS]
    cut = body.rfind(". ")
    if cut > LEAD_CHARS // 2:
        body = body[: cut + 1]
    return f"{title}. {body}".strip(". ")


def document_day(doc: Document) -> date | None:
    """The publication day when known to the day or month (an open lower bound says too little)."""
    value = doc.published.value
    if not value or doc.published.precision not in ("day", "week", "month"):
        return None
    try:
        return date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-01")
    except ValueError:
        return None


def publication_bounds(doc: Document) -> tuple[date | None, date | None]:
    """The earliest and latest day the report can have been published: the publication date's interval
    (given or read from the text by the times stage), else the latest date its text states (a lower
    bound: `latest` is None)."""
    published = doc.published
    start, end = _day(published.start or published.value), _day(published.end)
    if start is not None and end is None and published.precision is not None:
        end = _period_end(start, published.precision)
    return start, end


def _day(value: str | None) -> date | None:
    """The first day an ISO date, month or year stands for."""
    if not value:
        return None
    padded = value[:10] + "-01-01"[max(0, len(value[:10]) - 4) :] if len(value) < 10 else value[:10]
    try:
        return date.fromisoformat(padded)
    except ValueError:
        return None


def _period_end(start: date, precision: str) -> date | None:
    if precision == "day":
        return start
    if precision == "week":
        return start + timedelta(days=6)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "year":
        return start.replace(month=12, day=31)
    return None


_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[ \u00a0\u202f.,]\d+)*(?![\d])")
#: Years and small counts are shared by unrelated reports; these numbers say nothing about the story.
_PLAIN_YEAR = re.compile(r"(19[5-9]|20[0-4])\d")
MIN_NUMBER = 10


def text_numbers(text: str) -> frozenset[str]:
    """Distinctive numbers the text states, normalised across languages ("1 200", "1,200" → 1200;
    "4,2" → 4.2); years, dates and whole numbers under 10 are left out."""
    found = set()
    for match in _NUMBER.finditer(text):
        value = _normalise(match.group(0))
        if value is None:
            continue
        number = float(value)
        if (number < MIN_NUMBER and number.is_integer()) or _PLAIN_YEAR.fullmatch(value):
            continue
        found.add(f"{number:g}")
    return frozenset(found)


def _normalise(raw: str) -> str | None:
    """ "1 200" / "1,200" / "1.200" → "1200", "4,2" → "4.2"; None for dates and other digit runs."""
    parts = re.split(r"[ \u00a0\u202f.,]", raw)
    if len(parts) == 1:
        return raw
    if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
        return "".join(parts)
    if len(parts) == 2 and raw[len(parts[0])] in ".,":
        return f"{parts[0]}.{parts[1]}"
    return None


_WORD = re.compile(r"[^\W\d_]{3,}")
#: Words at least this frequent (Zipf, ``wordfreq``: "the", "said", "président") say nothing about a story.
MAX_TERM_ZIPF = 5.5
#: A word weighs `TERM_ZIPF_CEILING` minus its Zipf frequency per occurrence: rarer words weigh more.
TERM_ZIPF_CEILING = 7.0
#: The heaviest terms kept per document (bounds storage and the cost of a pair).
MAX_TERMS = 64


#: Languages whose general word frequencies ``wordfreq`` lists (German, Spanish, Arabic, Polish, Turkish…),
#: except those it can only tokenise with an optional package (MeCab, jieba) the project does not install.
ZIPF_LANGUAGES = frozenset(available_languages()) - {"ja", "ko", "zh"}


def text_terms(text: str, language: str) -> dict[str, float]:
    """The text's rare words (accents folded, lower case), each weighted by its count times its rarity in
    general `language` text (7 − Zipf frequency; English when ``wordfreq`` does not list the language), the
    heaviest `MAX_TERMS`, scaled to unit length: the weighted bag of words whose cosine compares two reports
    (digits left out). A word that folding would empty (Arabic, Greek, Cyrillic script) keeps its letters."""
    lang = language if language in ZIPF_LANGUAGES else "en"
    weights: dict[str, float] = {}
    for match in _WORD.finditer(text):
        word = match.group(0).lower()
        zipf = zipf_frequency(word, lang)
        if zipf > MAX_TERM_ZIPF:
            continue
        key = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word
        weights[key] = weights.get(key, 0.0) + TERM_ZIPF_CEILING - zipf
    kept = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_TERMS]
    norm = math.sqrt(sum(w * w for _, w in kept))
    return {k: w / norm for k, w in kept} if norm else {}


#: Day names in the languages the pipeline reads, Monday 0.
WEEKDAYS = {
    name: day
    for day, names in enumerate(
        (
            ("monday", "lundi"),
            ("tuesday", "mardi"),
            ("wednesday", "mercredi"),
            ("thursday", "jeudi"),
            ("friday", "vendredi"),
            ("saturday", "samedi"),
            ("sunday", "dimanche"),
        )
    )
    for name in names
}
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)


_DAY_NAMES = "|".join(WEEKDAYS)
_ORDINALS = (
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|\d+(?:e|ème)"
)
_COUNTS = r"two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+"
#: A lead that tells a lasting happening from a later day of it: "since Monday", "depuis lundi", "for a third
#: day", "the third day of the strike", "troisième journée", "after three days underground", "après quatre
#: jours de lutte". Its weekdays date a day of the happening, not its start, so they date nothing to compare.
_LASTING = re.compile(
    rf"\b(?:(?:{_ORDINALS})\s+(?:straight\s+|consecutive\s+|successive\s+)?(?:day|night|jour|journée|nuit)s?"
    rf"|(?:after|après|depuis)\s+(?:{_COUNTS})\s+(?:straight\s+|consecutive\s+)?(?:days|jours)"
    rf"|(?:since|depuis)\s+(?:last\s+)?(?:{_DAY_NAMES}))\b",
    re.IGNORECASE,
)


#: A lead that tells its happening from the next day ("the day before", "a night after", "overnight", "au
#: lendemain", "la veille", "dans la nuit"): the day before each day it names is the happening's too.
_NEXT_DAY = re.compile(
    r"\b(?:the day before|the previous day|a day after|the day after|a night after|overnight"
    r"|au lendemain|le lendemain|la veille|dans la nuit)\b",
    re.IGNORECASE,
)


def lead_weekdays(title: str, text: str) -> frozenset[int]:
    """The days of the week the title and the text's first `LEAD_CHARS` characters name ("on Thursday",
    "jeudi"): a news lead dates its happening by weekday. None when the lead tells a lasting happening on a
    later day of it (`_LASTING`: "since Monday", "for a third day"): a follow-up names a later day of one
    strike or fire, not another happening. A lead told from the next day (`_NEXT_DAY`: "au lendemain", "the
    day before") names the day before each of its days as well."""
    lead = f"{title} {text[:LEAD_CHARS]}"
    if _LASTING.search(lead):
        return frozenset()
    days = frozenset(WEEKDAYS[m.group(1).lower()] for m in _WEEKDAY.finditer(lead))
    if days and _NEXT_DAY.search(lead):
        days |= {(day - 1) % 7 for day in days}
    return days


def body_chunks(text: str) -> list[str]:
    """The body cut into runs of whole sentences of about `CHUNK_CHARS` (at most `MAX_CHUNKS`)."""
    chunks: list[str] = []
    current = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        if current and len(current) + len(sentence) > CHUNK_CHARS:
            chunks.append(current)
            if len(chunks) == MAX_CHUNKS:
                return chunks
            current = ""
        current = f"{current} {sentence}".strip()
    if current:
        chunks.append(current[: CHUNK_CHARS * 2])
    return chunks[:MAX_CHUNKS] or [text[:CHUNK_CHARS]]


def body_vectors(
    docs: Sequence[Document], encoder: Encoder, texts: Sequence[str] | None = None
) -> np.ndarray:
    """One unit vector per document: the mean of its body chunks' embeddings (one encoder call); `texts`
    replace the documents' texts when given."""
    bodies = [d.text for d in docs] if texts is None else texts
    chunked = [body_chunks(text or d.title or "") for d, text in zip(docs, bodies, strict=True)]
    flat = encoder([c for chunks in chunked for c in chunks])
    rows, at = [], 0
    for chunks in chunked:
        mean = flat[at : at + len(chunks)].mean(axis=0)
        at += len(chunks)
        rows.append(mean / max(float(np.linalg.norm(mean)), 1e-12))
    return np.asarray(rows, dtype=np.float32)


def lead_events(doc: Document) -> tuple[Event, ...]:
    """The events the lead reports: asserted (not negated, hypothetical or historical), opening the text."""
    return tuple(
        e
        for e in doc.events
        if e.auxiliary not in ("negated", "hypothetical", "historical")
        and (e.sentence is None or e.sentence.start < LEAD_EVENT_CHARS)
    )[:MAX_LEAD_EVENTS]


def actor_keys(doc: Document) -> frozenset[str]:
    """Who the report is about: KB ids where linked, else country codes."""
    keys = set()
    for actor in doc.actors:
        if actor.sector in STORY_ACTOR_SECTORS_EXCLUDED:
            continue
        key = actor.kb_id or actor.country
        if key:
            keys.add(key)
    return frozenset(keys)


def place_keys(doc: Document) -> frozenset[int]:
    """Named places below country level (cities, regions, sites): countries say little about a story."""
    return frozenset(
        p.geonames_id
        for p in doc.places
        if p.geonames_id is not None and (p.feature_class != "A" or p.admin1 is not None)
    )


def _measurable(place: Place) -> bool:
    """A point below country level: a sea or a region across borders has no country and no useful centre,
    and a country is no place to tell two cities apart."""
    if place.lat is None or place.lon is None or place.country is None:
        return False
    return place.feature_class != "A" or place.admin1 is not None


def _story_place(place: Place) -> StoryPlace:
    return StoryPlace(place.geonames_id, place.country, place.admin1, place.lat, place.lon)


def _out_of_line(place: Place, doc: Document) -> bool:
    """Whether the report names other places below country level and none of them in `place`'s country and
    first-level division: a lone place in another division (or country) than every other place of the report
    is more likely a misread homonym (a valley read as a village of another region, "Rose Parade" as a village
    of Calabria) than the scene."""
    others = [p for p in doc.places if p.geonames_id != place.geonames_id and _measurable(p)]
    return bool(others) and not any(p.country == place.country and p.admin1 == place.admin1 for p in others)


def _lead_event_places(doc: Document) -> list[Place]:
    """The places of the lead events, in order, that lie below country level and in a country another place
    of the report lies in: a lone place in a country nothing else in the report names is more likely a misread
    name ("Normandy" read as a town of Missouri) than the scene."""
    named = {p.geonames_id: p for p in doc.places if p.geonames_id is not None}
    places = []
    for event in lead_events(doc):
        ref = event.place
        place = named.get(ref.geonames_id) if ref is not None and ref.geonames_id is not None else None
        if place is None or not _measurable(place):
            continue
        if any(p.country == place.country and p.geonames_id != place.geonames_id for p in doc.places):
            places.append(place)
    return places


def _lead_places(doc: Document) -> list[Place]:
    """The places below country level the lead names, by their first mention."""
    firsts = []
    for place in doc.places:
        if not _measurable(place):
            continue
        start = min((m.start for m in place.mentions), default=LEAD_EVENT_CHARS)
        if start < LEAD_EVENT_CHARS:
            firsts.append((start, place))
    return [place for _, place in sorted(firsts, key=lambda sp: sp[0])]


def lead_place(doc: Document) -> StoryPlace | None:
    """Where the lead's story happened: the place of its first placed lead event (`_lead_event_places`), else
    the first place below country level the lead names (often the dateline); of these, the first that is not
    out of line with the report's other places (`_out_of_line`: a homonym elsewhere), when one is."""
    candidates = [*_lead_event_places(doc), *_lead_places(doc)]
    for place in candidates:
        if not _out_of_line(place, doc):
            return _story_place(place)
    return _story_place(candidates[0]) if candidates else None


def place_refs(doc: Document) -> tuple[StoryPlace, ...]:
    return tuple(dict.fromkeys(_story_place(p) for p in doc.places))


def story_docs(
    docs: Sequence[Document],
    encoder: Encoder,
    vectors: np.ndarray | None = None,
    bodies: np.ndarray | None = None,
    texts: Sequence[str] | None = None,
    titles: Sequence[str] | None = None,
) -> list[StoryDoc]:
    """Clustering views for `docs`, embedding their leads and bodies with `encoder` (a batch each) unless
    `vectors` and `bodies` are given; a document with no title and no text gets zero vectors
    (`StoryDoc.empty`). The views read `texts` and `titles`, else each document's title and text without the
    furniture its outlet's pages among `docs` share (`furniture.pages_without_furniture`); `texts` given alone
    come with the documents' own titles."""
    if texts is None:
        pages = pages_without_furniture(docs)
        texts, titles = [p.text for p in pages], [p.title for p in pages]
    if titles is None:
        titles = [d.title or "" for d in docs]
    leads = [lead_text(title, text) for title, text in zip(titles, texts, strict=True)]
    if vectors is None:
        vectors = encoder(leads)
    if bodies is None:
        bodies = body_vectors(docs, encoder, texts) if docs else vectors
    blank = np.array([not lead for lead in leads], dtype=bool)
    if blank.any():
        vectors, bodies = np.array(vectors), np.array(bodies)
        vectors[blank] = 0.0
        bodies[blank] = 0.0
    bounds = [publication_bounds(d) for d in docs]
    return [
        StoryDoc(
            doc_id=d.id,
            language=d.language.code,
            outlet=d.outlet,
            title=d.title or "",
            day=document_day(d),
            actors=actor_keys(d),
            places=place_keys(d),
            event_types=frozenset(e.type for e in d.events if e.auxiliary != "negated"),
            vector=vectors[i],
            leads=lead_events(d),
            lead_place=lead_place(d),
            body=bodies[i],
            numbers=text_numbers(f"{titles[i]} {texts[i]}"),
            place_refs=place_refs(d),
            earliest=bounds[i][0],
            latest=bounds[i][1],
            terms=text_terms(f"{titles[i]} {texts[i]}", d.language.code),
            lead_terms=text_terms(f"{titles[i]} {texts[i][:LEAD_TERMS_CHARS]}", d.language.code),
            weekdays=lead_weekdays(titles[i], texts[i]),
        )
        for i, d in enumerate(docs)
    ]
