"""The ``places`` stage: toponyms → GeoNames places, and `locate_event` for the event coder.

`dateline.stages.toponyms` finds the toponym mentions; `dateline.kb.geo_resolver` ranks their
gazetteer candidates in document context, then the outlet's country (its address's country-code
domain), optionally the corpus's region and the outlet's region learned by ``dateline outlets`` (option
``places_outlet_regions``), all weaker than the text's own places; every distinct record becomes one
`Place` with all its mention spans. Places named only in a related photo caption (which `clean` keeps
out of the text) are kept too, without mentions, pointing at their caption.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from dateline.config import PlacesSettings
from dateline.kb.gazetteer import Entry, fold_name, iso3
from dateline.kb.geo_resolver import Resolution, Resolver, Toponym
from dateline.model import Document, Place, PlaceDirection, PlaceRef, Span
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.toponyms import (
    Found,
    caption_toponyms,
    direction_before,
    find_toponyms,
    toponym_for,
)

__all__ = [
    "Found", "Places", "direction_before", "locate_event", "outlet_country", "outlet_of",
    "places_from", "read_outlet_regions", "write_outlet_regions",
]  # fmt: skip

#: Country-code top-level domains sold as generic names (".io", ".tv"): they say nothing of an outlet's home.
_GENERIC_TLDS = frozenset({"ai", "am", "cc", "co", "fm", "gg", "io", "ly", "me", "nu", "to", "tv", "ws"})
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?([^/:?#\s]+)", re.I)


#: Places of an outlet's region as an outlet-regions file names them: (name, GeoNames id).
RegionRefs = Sequence[tuple[str, int | None]]


def _host(address: str | None) -> str:
    match = _HOST.match((address or "").strip())
    return match.group(1).lower().rstrip(".") if match else ""


def outlet_country(address: str | None) -> str | None:
    """The ISO-2 country of an outlet's web address from its country-code domain ("www.cbc.ca" → "CA",
    "https://www.bbc.co.uk/news" → "GB"); None for generic domains (".com", ".org", ".io")."""
    host = _host(address)
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_TLDS:
        return None
    return "GB" if tld == "uk" else tld.upper()


def outlet_of(doc: Document) -> str | None:
    """The outlet a document belongs to: its ``outlet``, else its address's host ("www." dropped)."""
    outlet = (doc.outlet or "").strip()
    return outlet or _host(doc.url).removeprefix("www.") or None


def write_outlet_regions(regions: Mapping[str, Sequence[Entry]], path: Path) -> None:
    """Save learned regions as JSON, ``{outlet: [{"name", "geonames_id"}, …]}`` (outlets with one only)."""
    data = {
        outlet: [{"name": e.name, "geonames_id": e.geonames_id} for e in entries]
        for outlet, entries in regions.items()
        if entries
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def read_outlet_regions(path: str | Path) -> dict[str, RegionRefs]:
    """An outlet-regions file (`write_outlet_regions`); ValueError when it is not one."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    try:
        return {str(o): [(str(p["name"]), p.get("geonames_id")) for p in refs] for o, refs in data.items()}
    except (AttributeError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: not an outlet-regions file ({exc!r})") from None


def _most_populous(entries: list[Entry]) -> Entry | None:
    return max(entries, key=lambda e: e.population, default=None)


def _place(entry: Entry, confidence: float, producer: str) -> Place:
    return Place(
        name=entry.name,
        geonames_id=entry.geonames_id,
        country=iso3(entry.country) if entry.country else None,
        admin1=entry.admin1,
        lat=entry.lat,
        lon=entry.lon,
        feature_class=entry.feature_class,
        confidence=confidence,
        producer=producer,
    )


def places_from(found: list[Found], resolutions: list[Resolution | None], producer: str) -> list[Place]:
    """One `Place` per distinct record, with every mention span."""
    by_entry: dict[int, Place] = {}
    for item, resolution in zip(found, resolutions, strict=True):
        if resolution is None:
            continue
        entry = resolution.entry
        place = by_entry.get(entry.index)
        if place is None:
            place = by_entry[entry.index] = _place(entry, resolution.confidence, producer)
        place.confidence = max(place.confidence, resolution.confidence)
        place.mentions.append(item.span)
    return sorted(by_entry.values(), key=lambda p: p.mentions[0].start)


class Places(BaseStage):
    name = "places"
    version = "2"
    requires = ("text", "url", "outlet", "captions", "analysis", "mentions")
    assigns = ("places",)

    def __init__(
        self,
        options: PlacesSettings,
        resources: Resources,
        regions: Mapping[str, RegionRefs] | None = None,
    ) -> None:
        """`regions` (outlet → its learned region) defaults to the ``outlet_regions`` file of `options`."""
        self.options = options
        self.resources = resources
        self._resolver: Resolver | None = None
        if regions is None and options.outlet_regions is not None:
            regions = read_outlet_regions(options.outlet_regions)
        self.regions = dict(regions or {})

    @property
    def resolver(self) -> Resolver:
        """The gazetteer resolver (the gazetteer loads on first use)."""
        if self._resolver is None:
            self._resolver = Resolver(self.resources.gazetteer)
        return self._resolver

    def __call__(self, doc: Document) -> Document:
        return self.locate(doc, self.context_for(doc.url or doc.outlet, self.region_for(outlet_of(doc))))

    @property
    def context(self) -> list[Entry]:
        """Places given by setting ``places.context`` (the corpus's region) as gazetteer records."""
        gaz = self.resolver.gazetteer
        found = [
            gaz.country(name) if len(name) == 2 else _most_populous(gaz.candidates(name))
            for name in self.options.context
        ]
        return [entry for entry in found if entry is not None]

    def region_for(self, outlet: str | None) -> list[Entry]:
        """The learned region of `outlet` (setting ``places.outlet_regions``) as gazetteer records."""
        gaz = self.resolver.gazetteer
        found = (gaz.record(name, geonames_id) for name, geonames_id in self.regions.get(outlet or "", ()))
        return [entry for entry in found if entry is not None]

    def unambiguous(self, doc: Document) -> list[Entry]:
        """The places of a placed document that are unambiguous on their own (`Resolver.anchors` of its
        place mentions, no context): one document's votes for its outlet's region (`outlet_regions`).
        A mention that is a demonym stands for its country (stored with option ``places_demonyms``)."""
        gaz = self.resolver.gazetteer
        found = (toponym_for(doc.text, span, gaz, demonyms=True) for p in doc.places for span in p.mentions)
        return list(self.resolver.anchors([t for t in found if t is not None]).values())

    def context_for(self, address: str | None, region: Iterable[Entry] = ()) -> list[Entry]:
        """The outside context of a document from the outlet at `address`: option ``places_context``,
        `region` (places the outlet's documents often name) and the outlet's country (`outlet_country`)."""
        context = {e.index: e for e in [*self.context, *region]}
        iso2 = outlet_country(address) if self.options.outlet_country else None
        home = self.resolver.gazetteer.country(iso2) if iso2 else None
        if home is not None:
            context.setdefault(home.index, home)
        return list(context.values())

    def toponyms(self, doc: Document) -> list[Found]:
        return find_toponyms(doc, self.resolver.gazetteer, self.options)

    def locate(
        self, doc: Document, context: Iterable[Entry] = (), found: list[Found] | None = None
    ) -> Document:
        """Assign ``doc.places``, resolving in the light of `context` (places known from outside the text)."""
        found = self.toponyms(doc) if found is None else found
        gaz = self.resolver.gazetteer
        captioned = [
            (n, toponym)
            for n, caption in enumerate(doc.captions)
            if caption.related
            for toponym in caption_toponyms(caption.text, gaz, self.options)
        ]
        resolutions = self.resolver.resolve([f.toponym for f in found] + [t for _, t in captioned], context)
        doc.places = places_from(found, resolutions[: len(found)], self.producer)
        doc.places += self._caption_places(doc.places, captioned, resolutions[len(found) :])
        for place in doc.places:
            place.directions = [
                PlaceDirection(direction=direction, span=span)
                for span in place.mentions
                if (direction := direction_before(doc.text, span.start))
            ]
        return doc

    def _caption_places(
        self, named: list[Place], captioned: list[tuple[int, Toponym]], resolutions: list[Resolution | None]
    ) -> list[Place]:
        """Places only related photo captions name: no mention in the text, `caption` their index."""
        seen = {(p.name, p.lat, p.lon) for p in named}
        places: list[Place] = []
        for (n, _), resolution in zip(captioned, resolutions, strict=True):
            if resolution is None:
                continue
            entry = resolution.entry
            place = _place(entry, resolution.confidence, self.producer)
            if (place.name, place.lat, place.lon) not in seen:
                seen.add((place.name, place.lat, place.lon))
                place.caption = n
                places.append(place)
        return places


def _ref(doc: Document, place: Place, span: Span, rule: str) -> PlaceRef:
    direction = direction_before(doc.text, span.start)
    return PlaceRef(
        name=f"{place.name} ({direction})" if direction else place.name,
        geonames_id=place.geonames_id,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        rule=rule,
        evidence=[span],
    )


def _first_within(doc: Document, region: Span) -> tuple[Place, Span] | None:
    hits = [(s, p) for p in doc.places for s in p.mentions if region.start <= s.start and s.end <= region.end]
    if not hits:
        return None
    span, place = min(hits, key=lambda hit: hit[0].start)
    return place, span


_DATELINE_END = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-—–:,(]")


def _dateline(doc: Document) -> tuple[Place, Span] | None:
    """A place named at the very start of the body and followed by a dash, a colon or an agency."""
    for place in doc.places:
        for span in place.mentions:
            if span.start <= 3 and _DATELINE_END.match(doc.text[span.end : span.end + 50]):
                return place, span
    return None


def _title_place(doc: Document) -> tuple[Place, Span] | None:
    title = fold_name(doc.title or "")
    if not title:
        return None
    for place in doc.places:
        for span in place.mentions:
            if re.search(rf"\b{re.escape(fold_name(span.of(doc.text)))}\b", title):
                return place, span
    return None


def locate_event(doc: Document, clause: Span, sentence: Span) -> PlaceRef | None:
    """The event's place: named in its clause, else in its sentence, else the dateline's, else the title's."""
    for rule, hit in (
        ("clause", _first_within(doc, clause)),
        ("sentence", _first_within(doc, sentence)),
        ("dateline", _dateline(doc)),
        ("title", _title_place(doc)),
    ):
        if hit is not None:
            return _ref(doc, hit[0], hit[1], rule)
    return None


@registry.register("places", settings=PlacesSettings)
def make_places(settings: PlacesSettings, resources: Resources) -> Places:
    return Places(settings, resources)
