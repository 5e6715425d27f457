"""Where a point of the Earth is drawn on the map: an equidistant cylindrical projection with
its standard parallel at 45° N.

Italy (36°–47° N) and Kazakhstan (40°–56° N) both lie near 45° N, where this projection keeps
shapes and distances true, so the two countries are drawn together without the shear of a
world projection centred elsewhere or the enlargement of Mercator. It is linear in longitude
and latitude, so panning, zooming and clustering stay simple arithmetic, and Natural Earth's
shapes (cut at ±180°) need no seam of their own.

Map units: x grows eastwards, y southwards (as on a screen); one unit is a degree of latitude
(about 111 km).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

STANDARD_PARALLEL = 45.0
X_SCALE = math.cos(math.radians(STANDARD_PARALLEL))
"""Map units per degree of longitude."""
WORLD = (-180.0 * X_SCALE, -90.0, 180.0 * X_SCALE, 90.0)
"""The whole Earth in map units: left, top, right, bottom."""


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """The map point of a place given in degrees (east and north positive)."""
    return longitude * X_SCALE, -latitude


def unproject(x: float, y: float) -> tuple[float, float]:
    """The longitude and latitude of a map point."""
    return x / X_SCALE, -y


def project_arrays(longitudes: np.ndarray, latitudes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``project`` for many points at once (float64 arrays of equal length)."""
    return longitudes * X_SCALE, -latitudes


def great_circle(
    start: tuple[float, float], end: tuple[float, float], steps: int = 64
) -> list[tuple[float, float]]:
    """Points (longitude, latitude) along the shortest way over the Earth from ``start`` to
    ``end``, both included; ``steps`` pieces. Longitudes are kept continuous (they may pass
    ±180°), so the path can be drawn as one line."""
    lon1, lat1 = map(math.radians, start)
    lon2, lat2 = map(math.radians, end)
    a = _unit(lon1, lat1)
    b = _unit(lon2, lat2)
    dot = max(-1.0, min(1.0, sum(p * q for p, q in zip(a, b, strict=True))))
    angle = math.acos(dot)
    if angle < 1e-6:  # the same place, within a few metres
        return [start, end]
    points = []
    previous = start[0]
    for step in range(steps + 1):
        t = step / steps
        wa = math.sin((1 - t) * angle) / math.sin(angle)
        wb = math.sin(t * angle) / math.sin(angle)
        x, y, z = (wa * p + wb * q for p, q in zip(a, b, strict=True))
        lon = math.degrees(math.atan2(y, x))
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon += 360.0 * round((previous - lon) / 360.0)  # no jump across ±180°
        points.append((lon, lat))
        previous = lon
    return points


def _unit(lon: float, lat: float) -> tuple[float, float, float]:
    return (math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat))
