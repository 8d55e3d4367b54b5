"""Where an admin unit lies: the centre of its territory, from its towns and its country's outline.

No packaged source gives admin units' coordinates or outlines, so the gazetteer places a unit at the
centre of the land its towns hold: the country's outline (``countryinfo``'s GeoJSON) is cut into grid
cells, each cell goes to the unit of its nearest town, and the unit sits at the centroid of its cells
(`tessellated_centres`). A unit whose towns all lie in its south (Canadian provinces) stays centred on
its territory, as GeoNames and Wikipedia place units. Without an outline (or a cell), the centroid of
the convex hull of its towns (`territory_centre`). Towns filed under a unit, cut off from the rest of it
and among other units' towns (data errors: Tibetan villages under Hebei) are left out first
(`filed_towns`), or in a sparse land they would win it a territory of their own.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import numpy as np

#: Cell size of the tessellation, in degrees.
CELL_DEGREES = 0.25
#: A unit's town is misfiled when at most half of its `NEIGHBOURS` nearest towns in the country are of its
#: unit and no chain of its unit's towns, each within `GAP_KM` of the next, links it to the unit's largest
#: group of towns (`filed_towns`).
NEIGHBOURS = 10
GAP_KM = 400.0


def territory_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centroid of the area the towns span (their convex hull, in degrees): a territory's centre, not
    its population's; the towns' mean when they span no area."""
    from scipy.spatial import ConvexHull, QhullError

    cloud = np.unique(np.asarray(points, dtype=np.float64), axis=0)
    mean = (float(cloud[:, 0].mean()), float(cloud[:, 1].mean()))
    if len(cloud) < 3:
        return mean
    try:
        ring = cloud[ConvexHull(cloud).vertices]
    except QhullError:  # collinear towns
        return mean
    y, x = ring[:, 0], ring[:, 1]
    y1, x1 = np.roll(y, -1), np.roll(x, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2
    if abs(area) < 1e-9:
        return mean
    return float(((y + y1) * cross).sum() / (6 * area)), float(((x + x1) * cross).sum() / (6 * area))


def filed_towns(towns: np.ndarray, units: Sequence[Hashable]) -> np.ndarray:
    """Which of a country's `towns` (lat/lon rows; the unit of each in `units`) are filed under their own
    unit: not a town (or a cluster of towns: Tibetan villages under Hebei, Qinghai's under Jiangsu) cut off
    from the rest of its unit among other units' towns. A unit's remote towns among each other (northern
    Quebec's villages), or linked to the rest by a chain of its towns (outback South Australia), stay."""
    from scipy.spatial import cKDTree

    if len(towns) <= NEIGHBOURS:
        return np.ones(len(towns), dtype=bool)
    _, nearest = cKDTree(_unit_vectors(towns)).query(_unit_vectors(towns), k=NEIGHBOURS + 1)
    codes = {key: n for n, key in enumerate(dict.fromkeys(units))}
    unit = np.asarray([codes[u] for u in units])
    foreign = (unit[nearest[:, 1:]] == unit[:, None]).mean(axis=1) <= 0.5
    cut_off = np.zeros(len(towns), dtype=bool)
    for code in np.unique(unit[foreign]):
        members = np.flatnonzero(unit == code)
        cut_off[members] = _cut_off(towns[members])
    return ~(foreign & cut_off)


def _cut_off(points: np.ndarray) -> np.ndarray:
    """Which of a unit's towns no chain of its towns (steps of at most `GAP_KM`) links to its largest
    group."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    chord = 2 * math.sin(GAP_KM / 6371.0 / 2)  # the straight-line distance between unit vectors
    pairs = cKDTree(_unit_vectors(points)).query_pairs(chord, output_type="ndarray")
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(len(points), len(points)))
    _, label = connected_components(graph, directed=False)
    return label != np.bincount(label).argmax()


def cells_within(rings: Sequence[Sequence[Sequence[float]]], step: float = CELL_DEGREES) -> np.ndarray:
    """Centres (lat, lon) of the grid cells inside the outline's rings (GeoJSON ``[lon, lat]`` rings)."""
    found: list[np.ndarray] = []
    for ring in rings:
        xy = np.asarray(ring, dtype=np.float64)
        if len(xy) < 3:
            continue
        (x_lo, y_lo), (x_hi, y_hi) = xy.min(axis=0), xy.max(axis=0)
        xs = np.arange(np.floor(x_lo / step), np.ceil(x_hi / step)) * step + step / 2
        ys = np.arange(np.floor(y_lo / step), np.ceil(y_hi / step)) * step + step / 2
        px, py = (grid.ravel() for grid in np.meshgrid(xs, ys))
        inside = np.zeros(px.shape, dtype=bool)
        for (x0, y0), (x1, y1) in zip(xy, np.roll(xy, -1, axis=0), strict=True):
            if y0 == y1:
                continue
            crosses = (y0 > py) != (y1 > py)
            inside ^= crosses & (px < x0 + (py - y0) * (x1 - x0) / (y1 - y0))
        found.append(np.column_stack([py[inside], px[inside]]))
    return np.unique(np.concatenate(found), axis=0) if found else np.empty((0, 2))


def _unit_vectors(lat_lon: np.ndarray) -> np.ndarray:
    lat, lon = np.radians(lat_lon[:, 0]), np.radians(lat_lon[:, 1])
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def tessellated_centres(
    cells: np.ndarray, towns: np.ndarray, units: Sequence[Hashable]
) -> dict[Hashable, tuple[float, float]]:
    """Each unit's centre: the area-weighted centroid of the `cells` (lat, lon) whose nearest town (of
    `towns`, lat/lon rows; the town's unit in `units`) is one of its own; units winning no cell are
    left out."""
    from scipy.spatial import cKDTree

    if not len(cells) or not len(towns):
        return {}
    _, nearest = cKDTree(_unit_vectors(towns)).query(_unit_vectors(cells))
    vectors = _unit_vectors(cells) * np.cos(np.radians(cells[:, 0]))[:, None]  # a cell's area ∝ cos(lat)
    keys = list(dict.fromkeys(units))
    code = {key: n for n, key in enumerate(keys)}
    owner = np.asarray([code[units[n]] for n in nearest])
    sums = np.zeros((len(keys), 3))
    np.add.at(sums, owner, vectors)
    centres: dict[Hashable, tuple[float, float]] = {}
    for n in np.unique(owner):
        x, y, z = sums[n] / np.linalg.norm(sums[n])
        centres[keys[n]] = (float(np.degrees(np.arcsin(z))), float(np.degrees(np.arctan2(y, x))))
    return centres
