"""The Wagner VII projection (a sphere, spherical formulas as PROJ's ``wag7``) and its
inverse, found by Newton's method: the projection has no closed-form inverse."""

from __future__ import annotations

import math

RADIUS = 6_367_000.0
"""Metres: the sphere the lakes and rivers in tools/natural_earth were projected on (their
bounds then match Natural Earth's longitude-latitude files within 0.01°)."""
CENTRAL_MERIDIAN = 10.0


def forward(longitude: float, latitude: float) -> tuple[float, float]:
    lam = math.radians(longitude - CENTRAL_MERIDIAN) / 3.0
    sine = 0.90630778703664996 * math.sin(math.radians(latitude))
    cos_theta = math.cos(math.asin(sine))
    d = 1.0 / math.sqrt(0.5 * (1.0 + cos_theta * math.cos(lam)))
    return RADIUS * 2.66723 * cos_theta * math.sin(lam) * d, RADIUS * 1.24104 * sine * d


def inverse(x: float, y: float, near: tuple[float, float] | None = None) -> tuple[float, float]:
    """The longitude and latitude projected to (``x``, ``y``), within a millimetre, found
    from ``near`` (a point close by, such as the one before on a line) when given; raises
    ValueError when no point is found."""
    if near is not None:
        lon, lat = near
    else:
        lon = CENTRAL_MERIDIAN + 3 * math.degrees(math.asin(_clamped(x / RADIUS / 2.66723)))
        lat = math.degrees(math.asin(_clamped(y / RADIUS / 1.24104 / 0.9063)))
    step = 1e-6
    for _ in range(100):
        fx, fy = forward(lon, lat)
        ex, ey = fx - x, fy - y
        if abs(ex) + abs(ey) < 1e-3:
            return lon, lat
        ax, ay = forward(lon + step, lat)
        bx, by = forward(lon, lat + step)
        j11, j21, j12, j22 = (ax - fx) / step, (ay - fy) / step, (bx - fx) / step, (by - fy) / step
        det = (j11 * j22 - j12 * j21) or 1e-12
        d_lon = (ex * j22 - ey * j12) / det
        d_lat = (j11 * ey - j21 * ex) / det
        scale = min(1.0, 10.0 / max(abs(d_lon), abs(d_lat), 1e-12))  # at most 10° a step
        lon = max(CENTRAL_MERIDIAN - 180, min(CENTRAL_MERIDIAN + 180, lon - d_lon * scale))
        lat = max(-89.999, min(89.999, lat - d_lat * scale))
    raise ValueError(f"no point of the Earth is projected to ({x}, {y})")


def _clamped(value: float) -> float:
    return max(-1.0, min(1.0, value))
