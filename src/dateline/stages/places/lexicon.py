"""The words the stage reads around a toponym (``data/places/words.yaml``), loaded once."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from dateline.data import merged_words, word_table


@dataclass(frozen=True)
class WordLists:
    """The stage's word lists (see the data file for what each is for).

    A rule applies a list whatever the document's language, so each set holds every language's
    words; `of_words` and `directions` alone are per language.
    """

    articles: frozenset[str]
    #: language → words
    of_words: Mapping[str, frozenset[str]]
    admin_nouns: frozenset[str]
    countryside_nouns: frozenset[str]
    site_nouns: frozenset[str]
    town_nouns: frozenset[str]
    town_of_words: frozenset[str]
    near_words: frozenset[str]
    strike_verbs: frozenset[str]
    strike_times: frozenset[str]
    name_links: frozenset[str]
    #: language → compass word → direction
    directions: Mapping[str, Mapping[str, str]]
    locatives: frozenset[str]
    place_nouns: frozenset[str]
    place_suffixes: frozenset[str]
    party_labels: frozenset[str]
    resident_nouns: frozenset[str]
    generic_heads: frozenset[str]
    #: plural admin noun → its singular ("counties" → "county")
    plural_admin: Mapping[str, str]
    list_links: frozenset[str]
    speech_verbs: frozenset[str]
    person_titles: frozenset[str]
    base_words: frozenset[str]
    origin_words: frozenset[str]
    source_cues: frozenset[str]
    report_verbs: frozenset[str]
    setting_words: frozenset[str]
    route_nouns: frozenset[str]
    road_links: frozenset[str]
    transit_nouns: frozenset[str]
    seat_nouns: frozenset[str]
    town_units: frozenset[str]
    comparison_words: frozenset[str]
    border_words: frozenset[str]
    date_names: frozenset[str]
    body_words: frozenset[str]
    feature_nouns: frozenset[str]
    feature_of: frozenset[str]
    landmark_nouns: frozenset[str]
    landmark_prefixes: frozenset[str]
    compound_words: frozenset[str]
    vehicle_makes: frozenset[str]
    vehicle_colours: frozenset[str]
    vehicle_nouns: frozenset[str]
    poi_nouns: frozenset[str]
    facility_nouns: frozenset[str]
    position_words: frozenset[str]
    outlet_words: frozenset[str]
    outlet_prefixes: frozenset[str]


@functools.cache
def word_lists() -> WordLists:
    """The packaged word lists."""
    data = word_table("places", "words.yaml")

    def checked(name: str, words: Iterable[Any]) -> frozenset[str]:
        return merged_words(list(words), f"data/places/words.yaml: {name}")

    def merged(name: str) -> frozenset[str]:
        return merged_words(data[name], f"data/places/words.yaml: {name}")

    return WordLists(
        articles=merged("articles"),
        of_words=MappingProxyType({lang: checked("of_words", ws) for lang, ws in data["of_words"].items()}),
        admin_nouns=merged("admin_nouns"),
        countryside_nouns=merged("countryside_nouns"),
        site_nouns=merged("site_nouns"),
        town_nouns=merged("town_nouns"),
        town_of_words=merged("town_of_words"),
        near_words=merged("near_words"),
        strike_verbs=merged("strike_verbs"),
        strike_times=merged("strike_times"),
        name_links=merged("name_links"),
        directions=MappingProxyType(
            {
                lang: MappingProxyType({w: table[w] for w in checked("directions", table)})
                for lang, table in data["directions"].items()
            }
        ),
        locatives=merged("locatives"),
        place_nouns=merged("place_nouns"),
        place_suffixes=merged("place_suffixes"),
        party_labels=merged("party_labels"),
        resident_nouns=merged("resident_nouns"),
        generic_heads=merged("generic_heads"),
        plural_admin=MappingProxyType(
            {plural: str(one) for table in data["plural_admin"].values() for plural, one in table.items()}
        ),
        list_links=merged("list_links"),
        speech_verbs=merged("speech_verbs"),
        person_titles=merged("person_titles"),
        base_words=merged("base_words"),
        origin_words=merged("origin_words"),
        source_cues=merged("source_cues"),
        report_verbs=merged("report_verbs"),
        setting_words=merged("setting_words"),
        route_nouns=merged("route_nouns"),
        road_links=merged("road_links"),
        transit_nouns=merged("transit_nouns"),
        seat_nouns=merged("seat_nouns"),
        town_units=merged("town_units"),
        comparison_words=merged("comparison_words"),
        border_words=merged("border_words"),
        date_names=merged("date_names"),
        body_words=merged("body_words"),
        feature_nouns=merged("feature_nouns"),
        feature_of=merged("feature_of"),
        landmark_nouns=merged("landmark_nouns"),
        landmark_prefixes=merged("landmark_prefixes"),
        compound_words=merged("compound_words"),
        vehicle_makes=merged("vehicle_makes"),
        vehicle_colours=merged("vehicle_colours"),
        vehicle_nouns=merged("vehicle_nouns"),
        poi_nouns=merged("poi_nouns"),
        facility_nouns=merged("facility_nouns"),
        position_words=merged("position_words"),
        outlet_words=merged("outlet_words"),
        outlet_prefixes=merged("outlet_prefixes"),
    )
