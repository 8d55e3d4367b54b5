"""`Place` records from resolved toponyms: one per distinct gazetteer record."""

from __future__ import annotations

from typing import cast

from dateline.kb.gazetteer import Entry, fold_name, iso3
from dateline.kb.geo_resolver import Resolution, Toponym, precision_of
from dateline.model import Place, PlacePrecision
from dateline.stages.places.toponyms import Found, clean_surface


def _place(entry: Entry, confidence: float, producer: str, fallback_name: str | None = None) -> Place:
    """The `Place` of a record; with `fallback_name`, a place of that name missing from the gazetteer that
    takes the record (its parent)'s GeoNames id, point and precision."""
    return Place(
        name=fallback_name or entry.name,
        geonames_id=entry.geonames_id,
        country=iso3(entry.country) if entry.country else None,
        admin1=entry.admin1,
        lat=entry.lat,
        lon=entry.lon,
        feature_class=entry.feature_class,
        precision=cast(PlacePrecision, precision_of(entry)),
        within=entry.name if fallback_name else None,
        confidence=confidence,
        producer=producer,
    )


def places_from(
    found: list[Found], resolutions: list[Resolution | None], producer: str, text: str
) -> list[Place]:
    """One `Place` per distinct record (a fallback per name and parent, named as `text` writes it), with
    every mention span."""
    by_entry: dict[tuple[int, str], Place] = {}
    for item, resolution in zip(found, resolutions, strict=True):
        if resolution is None:
            continue
        entry = resolution.entry
        name = clean_surface(item.span.of(text)) if resolution.fallback else None
        key = (entry.index, fold_name(name or ""))
        place = by_entry.get(key)
        if place is None:
            place = by_entry[key] = _place(entry, resolution.confidence, producer, name)
            if name and item.toponym.hint == "poi" and item.toponym.parent is None:
                # a point of interest named alone, at the document's town (`Resolver.resolve`): that point
                # only says roughly where it is ("the Bekaa valley" in a Beirut report): no event's setting
                # before the towns named with it
                place.precision, place.within = "region", None
        place.confidence = max(place.confidence, resolution.confidence)
        place.mentions.append(item.span)
    return sorted(by_entry.values(), key=lambda p: p.mentions[0].start)


def caption_places(
    named: list[Place],
    captioned: list[tuple[int, Toponym]],
    resolutions: list[Resolution | None],
    producer: str,
) -> list[Place]:
    """Places only related photo captions name (not among `named`): no mention in the text, `caption`
    their caption's index."""
    seen = {(p.name, p.lat, p.lon) for p in named}
    places: list[Place] = []
    for (n, _), resolution in zip(captioned, resolutions, strict=True):
        if resolution is None:
            continue
        entry = resolution.entry
        place = _place(entry, resolution.confidence, producer)
        if (place.name, place.lat, place.lon) not in seen:
            seen.add((place.name, place.lat, place.lon))
            place.caption = n
            places.append(place)
    return places
