"""Natural Earth's 110m lakes and rivers (tools/natural_earth, see its README) made into the
basemap's lakes.geojson and rivers.geojson: read with pyshp, taken back from Wagner VII to
longitude and latitude, rounded and thinned as the countries are; without names (the
source has them in English only, and the map does not write them)."""

from __future__ import annotations

import itertools
from pathlib import Path

from tools.build_basemap import BasemapError, _rounded, kept_points, write_collection
from tools.wagner7 import inverse

WATER_SOURCES = Path(__file__).parent / "natural_earth"
LAKES_STEM = "ne_110m_lakes"
RIVERS_STEM = "ne_110m_rivers_lake_centerlines"


def _parts(shape) -> list[list[tuple[float, float]]]:
    """The shape's rings or lines, in longitude and latitude (each point found from the one
    before it, a few kilometres away)."""
    bounds = [*shape.parts, len(shape.points)]
    parts = []
    for start, end in itertools.pairwise(bounds):
        points: list[tuple[float, float]] = []
        for x, y in shape.points[start:end]:
            points.append(inverse(x, y, points[-1] if points else None))
        parts.append(points)
    return parts


def _shapes(folder: Path, stem: str):
    import shapefile

    if not (folder / f"{stem}.shp").is_file():
        raise BasemapError(f"{folder} holds no {stem}.shp")
    return shapefile.Reader(str(folder / stem), encoding="latin-1").shapes()


def lake_features(folder: Path = WATER_SOURCES) -> list[dict]:
    """Each lake as a polygon of its rings."""
    features = []
    for shape in _shapes(folder, LAKES_STEM):
        rings = [[_rounded(ring[i]) for i in kept_points(ring)] for ring in _parts(shape)]
        rings = [ring for ring in rings if len(ring) >= 4]
        if rings:
            geometry = {"type": "Polygon", "coordinates": rings}
            features.append({"type": "Feature", "properties": {}, "geometry": geometry})
    return features


def river_features(folder: Path = WATER_SOURCES) -> list[dict]:
    """Every river (and the lake centre lines it runs through) as one multi-line."""
    lines = []
    for shape in _shapes(folder, RIVERS_STEM):
        for part in _parts(shape):
            kept = [_rounded(part[i]) for i in kept_points(part)]
            if len(kept) >= 2:
                lines.append(kept)
    geometry = {"type": "MultiLineString", "coordinates": lines}
    return [{"type": "Feature", "properties": {}, "geometry": geometry}]


def write_water(out: Path, folder: Path = WATER_SOURCES) -> None:
    write_collection(out / "lakes.geojson", lake_features(folder))
    write_collection(out / "rivers.geojson", river_features(folder))
