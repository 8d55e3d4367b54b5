"""Where an admin unit lies: the centre of its territory, from its towns and its country's outline.

No packaged source gives admin units' coordinates or outlines, so the gazetteer places a unit at the
centre of the land its towns hold: the country's outline (``countryinfo``'s GeoJSON) is cut into grid
cells, each cell goes to the unit of its nearest town, and the unit sits at the centroid of its cells
(`tessellated_centres`). A unit whose towns all lie in its south (Canadian provinces) stays centred on
its territory, as GeoNames and Wikipedia place units. Without an outline (or a cell), the centroid of
the convex hull of its towns (`territory_centre`).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np

#: Cell size of the tessellation, in degrees.
CELL_DEGREES = 0.25


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
