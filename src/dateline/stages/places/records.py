"""`Place` records from resolved toponyms: one per distinct gazetteer record."""

from __future__ import annotations

from dateline.kb.gazetteer import Entry, iso3
from dateline.kb.geo_resolver import Resolution, Toponym
from dateline.model import Place
from dateline.stages.places.toponyms import Found


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
