"""Pair features between documents and the calibrated model that turns them into a same-story score."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from dateline.data import data_text
from dateline.kb.gazetteer import haversine_km
from dateline.model import ActorRef
from dateline.stories.features import StoryDoc, StoryPlace
from dateline.stories.merge import PLACE_TOLERANCE_KM, match, participants, party

CALIBRATION_FILE = "calibration.json"
#: Shared distinctive numbers count up to this many.
MAX_SHARED_NUMBERS = 3
#: Place relations, strongest first: same place (or within 50 km), same first-level division, same country.
SAME_PLACE, SAME_ADMIN1, SAME_COUNTRY = 1.0, 0.5, 0.2


def jaccard(a: frozenset[Any], b: frozenset[Any]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def pair_features(
    a: StoryDoc, b: StoryDoc, names: Sequence[str] | None = None, lead: float | None = None
) -> np.ndarray:
    """Features `names` (default: all of `FEATURES`) of one document pair, in that order; `lead` is
    their lead cosine when the caller has it already."""
    features = (PAIR_FEATURES[n] for n in names or FEATURES)
    if lead is None:
        return np.array([f(a, b) for f in features], dtype=np.float64)
    return np.array([lead if f is lead_cosine else f(a, b) for f in features], dtype=np.float64)


def lead_cosine(a: StoryDoc, b: StoryDoc) -> float:
    return float(a.vector @ b.vector)


def terms_cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two unit-length weighted bags of words: the products of the shared words' weights,
    summed in the order of the smaller bag (the words it does not share add exact zeros)."""
    if len(a) > len(b):
        a, b = b, a
    shared = a.keys() & b.keys()
    if len(shared) < 3:  # none, one or two: their sum is the same in any order
        return sum(a[k] * b[k] for k in shared)
    return sum(w * b[k] for k, w in a.items() if k in shared)


def shared_numbers(a: StoryDoc, b: StoryDoc) -> float:
    return min(len(a.numbers & b.numbers), MAX_SHARED_NUMBERS) / MAX_SHARED_NUMBERS


def place_relation(a: Sequence[StoryPlace], b: Sequence[StoryPlace]) -> float:
    """The closest relation between the places two reports name: the same place (same id or within 50 km),
    the same first-level division, the same country, or none (0)."""
    countries = {x.country for x in a} & {y.country for y in b}
    countries.discard(None)
    if not countries:
        return 0.0
    best = SAME_COUNTRY
    for x in a:
        if x.country not in countries or x.admin1 is None:
            continue
        for y in b:
            if y.country != x.country or y.admin1 is None:
                continue
            if x.geonames_id == y.geonames_id or _near(x, y):
                return SAME_PLACE
            if x.admin1 == y.admin1:
                best = SAME_ADMIN1
    return best


def _near(x: StoryPlace, y: StoryPlace) -> bool:
    if x.lat is None or x.lon is None or y.lat is None or y.lon is None:
        return False
    return haversine_km(x.lat, x.lon, y.lat, y.lon) <= PLACE_TOLERANCE_KM


def lead_events_match(a: StoryDoc, b: StoryDoc) -> float:
    """1 when two lead events can be one happening of one type, -1 when none can, 0 when a lead is empty."""
    if not a.leads or not b.leads:
        return 0.0
    for x in a.leads:
        for y in b.leads:
            fields = match(x, y)
            if fields is not None and fields["type"] == "same":
                return 1.0
    return -1.0


def lead_places_match(a: StoryDoc, b: StoryDoc) -> float:
    """1 when both leads open on the same place (same id or within 50 km), -1 on places apart in different
    first-level divisions, 0 when unknown or when they share a division (a city and its state, two towns
    of one province: hierarchy, not a contradiction)."""
    x, y = a.lead_place, b.lead_place
    if x is None or y is None:
        return 0.0
    if (x.geonames_id is not None and x.geonames_id == y.geonames_id) or _near(x, y):
        return 1.0
    if x.admin1 is not None and (x.country, x.admin1) == (y.country, y.admin1):
        return 0.0
    return -1.0


def _side(refs: Sequence[ActorRef]) -> frozenset[str]:
    return frozenset(party(r) for r in refs)


def lead_roles_swapped(a: StoryDoc, b: StoryDoc) -> float:
    """-1 when a lead event of each report has the same type with actors and recipients swapped (A visits B,
    B visits A: two happenings between the same parties), else 0."""
    for x in a.leads:
        actors, recipients = _side(x.actors), _side(x.recipients)
        if not actors or not recipients or actors & recipients:
            continue
        reverse = (recipients, actors)
        if any(y.type == x.type and (_side(y.actors), _side(y.recipients)) == reverse for y in b.leads):
            return -1.0
    return 0.0


def _lead_countries(doc: StoryDoc) -> frozenset[str]:
    return frozenset().union(*(participants(e) for e in doc.leads))


def lead_place_foreign(a: StoryDoc, b: StoryDoc) -> float:
    """-1 when the leads open in two countries, each a party to its own report's lead events, and one of them
    no party to the other report's (the other story happened elsewhere, among other parties), else 0."""
    x, y = a.lead_place, b.lead_place
    if x is None or y is None or x.country is None or y.country is None or x.country == y.country:
        return 0.0
    own_a, own_b = _lead_countries(a), _lead_countries(b)
    if x.country in own_a and y.country in own_b and (x.country not in own_b or y.country not in own_a):
        return -1.0
    return 0.0


#: Days of the week at least this far apart (either way round the week) date two happenings: "on Wednesday"
#: against "on Thursday" too (eighteenth pass; before: two days). A next-day follow-up that says so ("the day
#: before", "overnight", "au lendemain") names the day before as well (`features.lead_weekdays`), so a fire
#: that broke out "late on Saturday" and burned "overnight" until Sunday is one happening.
WEEKDAYS_APART = 1


def weekday_clash(a: StoryDoc, b: StoryDoc) -> float:
    """-1 when both leads name days of the week and every day one names is `WEEKDAYS_APART` days or more
    from every day the other names ("on Thursday" against "on Monday": two happenings, whatever else they
    share), else 0."""
    if not a.weekdays or not b.weekdays:
        return 0.0
    nearest = min(min((x - y) % 7, (y - x) % 7) for x in a.weekdays for y in b.weekdays)
    return -1.0 if nearest >= WEEKDAYS_APART else 0.0


#: Every pair feature a model can use, by name; a calibrated model names the ones it weighs.
PAIR_FEATURES: dict[str, Callable[[StoryDoc, StoryDoc], float]] = {
    "lead_cosine": lead_cosine,
    "terms": lambda a, b: terms_cosine(a.terms, b.terms),
    "lead_terms": lambda a, b: terms_cosine(a.lead_terms, b.lead_terms),
    "body_cosine": lambda a, b: float(a.body_vector @ b.body_vector),
    "actors": lambda a, b: jaccard(a.actors, b.actors),
    "places": lambda a, b: place_relation(a.place_refs, b.place_refs),
    "types": lambda a, b: jaccard(a.event_types, b.event_types),
    "numbers": shared_numbers,
    "same_language": lambda a, b: 1.0 if a.language == b.language else 0.0,
    "lead_event": lead_events_match,
    "lead_place": lead_places_match,
    "lead_place_far": lambda a, b: min(lead_places_match(a, b), 0.0),
    "lead_roles_swapped": lead_roles_swapped,
    "lead_place_foreign": lead_place_foreign,
    "weekday_clash": weekday_clash,
}
FEATURES = tuple(PAIR_FEATURES)


def days_apart(a: StoryDoc, b: StoryDoc) -> int | None:
    """The fewest days that can separate the two publications (None when a date is unknown), from each
    report's publication bounds: given or read from its text, open-ended when only a lower bound is known."""
    if a.earliest is None or b.earliest is None:
        return None
    gap = 0 if a.latest is None else (b.earliest - a.latest).days
    if b.latest is not None:
        gap = max(gap, (a.earliest - b.latest).days)
    return max(gap, 0)


def far_apart(a: StoryDoc, b: StoryDoc, window_days: int) -> bool:
    """Whether the two publications are surely more than `window_days` apart (see `days_apart`)."""
    apart = days_apart(a, b)
    return apart is not None and apart > window_days


@dataclass(frozen=True)
class PairModel:
    """Logistic model over pair features; `threshold` on its probability decides a link.

    Weights and threshold are fitted by ``scripts/calibrate_stories.py`` on labelled
    same-story data and shipped in ``data/stories/calibration.json`` with their provenance.
    """

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float
    threshold: float
    window_days: int = 7
    min_cosine: float = 0.0
    provenance: dict[str, Any] | None = None

    def probability(self, a: StoryDoc, b: StoryDoc) -> float:
        """The link probability of two reports: 0 when their dates are surely too far apart, their leads too
        unlike, or one has no text at all; else the logistic model over their features."""
        return 0.0 if far_apart(a, b, self.window_days) else self.probability_in_window(a, b)

    def probability_in_window(self, a: StoryDoc, b: StoryDoc) -> float:
        """`probability` of two reports the caller knows are not too far apart in time."""
        if a.empty or b.empty:
            return 0.0
        lead = lead_cosine(a, b)
        if lead < self.min_cosine:
            return 0.0
        return self.probability_of(pair_features(a, b, self.features, lead))

    def probability_of(self, features: np.ndarray) -> float:
        """The link probability of one pair's features (no date or cosine gate)."""
        z = self.bias + float(np.dot(self._weights, features))
        return 1.0 / (1.0 + math.exp(-z))

    @cached_property
    def _weights(self) -> np.ndarray:
        return np.array(self.weights, dtype=np.float64)

    def to_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "weights": list(self.weights),
            "bias": self.bias,
            "threshold": self.threshold,
            "window_days": self.window_days,
            "min_cosine": self.min_cosine,
            "provenance": self.provenance or {},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PairModel:
        unknown = set(data["features"]) - set(FEATURES)
        if unknown or len(data["features"]) != len(data["weights"]):
            raise ValueError(f"calibration features {data['features']} are not among {FEATURES}")
        return cls(
            features=tuple(data["features"]),
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            window_days=int(data.get("window_days", 7)),
            min_cosine=float(data.get("min_cosine", 0.0)),
            provenance=data.get("provenance"),
        )

    @classmethod
    def packaged(cls) -> PairModel:
        """The calibrated model shipped with the package."""
        return cls.from_json(json.loads(data_text("stories", CALIBRATION_FILE)))
