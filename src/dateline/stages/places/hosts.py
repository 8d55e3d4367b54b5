"""The place that a name the gazetteer lacks stands in (`toponyms.toponym_for`, for given spans and NER place
mentions alike):

- after a compass or position word ("South Los Angeles", "North London", "W. Columbia", "Greater Toronto"):
  the place it qualifies, whatever it is;
- a point of interest named with its town ("Vancouver Art Gallery", "Albany Medical Center",
  "Montreal-Pierre Elliott Trudeau International Airport", "University of Iowa"): the first run of its words
  that is the main name of a town of at least `HOST_MIN_POPULATION` people or of an admin-1 unit; never a
  name in the possessive ("St. Michael's Hospital": a saint's or a person's) nor a country ("Stade de
  France" lies in Saint-Denis, far from France's reference point).
"""

from __future__ import annotations

import re

from dateline.data import alternation
from dateline.kb.gazetteer import Gazetteer
from dateline.kb.gazetteer.written import written_target
from dateline.kb.geo_resolver import CITY, Toponym
from dateline.stages.places.evidence import common_word
from dateline.stages.places.facilities import ruler_or_person
from dateline.stages.places.lexicon import word_lists

#: A point of interest's town must be at least this populous (many small towns bear surnames: "Pearson").
HOST_MIN_POPULATION = 10_000
#: Zipf frequency from which a town's name after a compass word is a common word (`PlacesSettings`' default).
COMMON_ZIPF = 4.5
#: Most words of a point of interest's name to try as its town ("Santa Rosa Memorial Hospital").
_MAX_RUN = 3

_WORDS = word_lists()
_QUALIFIER = re.compile(
    rf"^(?:(?:{alternation(_WORDS.directions['en'])})(?:ern)?"
    rf"|{alternation(_WORDS.directions['fr'])}|{alternation(_WORDS.position_words)})(?:\s+|(?<=\.))(?=\S)",
    re.I,
)
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{alternation(_WORDS.place_nouns)})$", re.I)
_POI = re.compile(rf"\b(?:{alternation(_WORDS.poi_nouns)})\b", re.I)
#: A natural feature's or a park's name: its head noun last, or a prefix first, and a name.
_LANDMARK = re.compile(
    rf"^\S.*\s(?:{alternation(_WORDS.landmark_nouns)})$"
    rf"|^(?:{alternation(_WORDS.landmark_prefixes)})\s+[\w'’-]+(?:\s+[\w'’-]+)?$",
    re.I,
)
_WORD = re.compile(r"[^\s\-‐–—]+")


def orphan_toponym(surface: str) -> Toponym:
    """The toponym of a name the gazetteer lacks: a point of interest named alone ("Pearson International
    Airport", "Thomas Memorial Hospital": no town in its name), a natural feature or a park ("the Raccoon
    River", "Lake Guaiba": `landmark_nouns`; not a newspaper, "the Lake Chad Herald") is hinted ``poi``, so
    that the resolver may place it in the document's own town (`Resolver.resolve`)."""
    landmark = _LANDMARK.match(surface) and surface.split()[-1].lower() not in _WORDS.outlet_words
    return Toponym(surface, "poi" if _POI.search(surface) or landmark else None)


def host_name(surface: str, gaz: Gazetteer) -> str | None:
    """The name of the place `surface` (a name without a record) stands in, or None."""
    qualifier = _QUALIFIER.match(surface)
    if qualifier is not None:
        rest = _PLACE_NOUN_AFTER.sub("", surface[qualifier.end() :].strip())  # "Greater Toronto Area"
        if rest[:1].isupper() and _qualified(rest, gaz):
            return rest
    if _POI.search(surface):
        return _poi_host(surface, gaz)
    return None


def _poi_host(surface: str, gaz: Gazetteer) -> str | None:
    matches = list(_WORD.finditer(surface))
    words = [m.group(0) for m in matches]
    for start in range(len(words)):
        for end in range(min(len(words), start + _MAX_RUN), start, -1):
            run = words[start:end]
            if not all(w[:1].isupper() for w in run) or any(_POI.fullmatch(w) for w in run):
                continue
            if run[-1].endswith(("'s", "’s")):
                break
            if all(_QUALIFIER.match(w + " x") for w in run):  # "East College": no unit named "East"
                continue
            if ruler_or_person(words, start, end):  # "Hassan II university hospital", "King Fahd hospital"
                continue
            # the first part of a hyphenated name ("stade Léopold-Sédar-Senghor") only when a city's or unit's
            # ("Montreal-Pierre Elliott Trudeau International Airport")
            compound = (
                end < len(words)
                and words[end][:1].isupper()
                and "-" in surface[matches[end - 1].end() : matches[end].start()]
            )
            name = " ".join(run)
            if _is_host(name, gaz, CITY if compound else HOST_MIN_POPULATION):
                return name
    return None


def _qualified(name: str, gaz: Gazetteer) -> bool:
    """`name`, after a compass or position word, is a place by its main name: a country, an admin unit, a
    city, or a town that is no common word ("West Side" is no Side, Turkey; "North Island" no Iceland,
    "Island" in Icelandic)."""
    written = written_target(name) is not None  # "South L.A."
    found = [e for e, main in gaz.lookup(name) if main or written]
    if any(e.feature_code in ("PCLI", "ADM1") or e.population >= CITY for e in found):
        return True
    plain = " " in name or not common_word(name.rstrip("."), COMMON_ZIPF)
    return plain and any(e.feature_code == "ADM2" or e.population >= HOST_MIN_POPULATION for e in found)


def _is_host(name: str, gaz: Gazetteer, min_population: int = HOST_MIN_POPULATION) -> bool:
    return any(
        main
        and (
            (entry.feature_class == "P" and entry.population >= min_population)
            or entry.feature_code == "ADM1"
        )
        for entry, main in gaz.lookup(name)
    )
