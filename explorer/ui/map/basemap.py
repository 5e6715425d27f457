"""The offline basemap (explorer/assets/map, built by tools/build_basemap.py) read once into
projected painter paths: countries as one path each, capitals as points, names in every
language the explorer speaks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath

from explorer.domain.entities import KAZAKH_LATIN
from explorer.domain.map_projection import project
from explorer.domain.transliteration import kazakh_latin
from explorer.store.locations import ASSETS

MAP_FOLDER = ASSETS / "map"


class BasemapError(Exception):
    """A basemap file is missing or not the GeoJSON the builder writes."""


def name_in(names: dict[str, str], language: str) -> str:
    """A name in the interface language: Kazakh Latin transliterated from Kazakh; English
    when the language is missing."""
    if language == KAZAKH_LATIN:
        return kazakh_latin(names.get("kk") or names["en"])
    return names.get(language) or names["en"]


@dataclass(frozen=True, eq=False)
class Country:
    iso_a2: str | None
    names: dict[str, str]
    label: QPointF
    """Where the name is written, in map units."""
    outline: QPainterPath
    """Every part of the country, in map units."""
    bounds: QRectF


@dataclass(frozen=True, eq=False)
class Capital:
    iso_a2: str
    names: dict[str, str]
    point: QPointF


@dataclass(frozen=True, eq=False)
class Basemap:
    countries: tuple[Country, ...]
    capitals: tuple[Capital, ...]
    land: QPainterPath
    """All countries' outlines in one path, stroked at once for the borders."""
    coast: QPainterPath
    """The coastlines, drawn over the borders in the colour of the coast."""
    lakes: QPainterPath = field(default_factory=QPainterPath)
    """The lakes, filled with the sea's colour over the land."""
    rivers: QPainterPath = field(default_factory=QPainterPath)

    def country(self, iso_a2: str) -> Country:
        for country in self.countries:
            if country.iso_a2 == iso_a2:
                return country
        raise KeyError(iso_a2)


def _features(path: Path) -> list[dict]:
    try:
        collection = json.loads(path.read_text(encoding="utf-8"))
        return list(collection["features"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BasemapError(
            f"{path}: not a readable GeoJSON feature collection ({error})"
        ) from error


def _line_path(path: QPainterPath, line: list[list[float]], closed: bool) -> None:
    first, *rest = line
    path.moveTo(*project(*first))
    for point in rest:
        path.lineTo(*project(*point))
    if closed:
        path.closeSubpath()


def _country(feature: dict, path: Path) -> Country:
    try:
        properties = feature["properties"]
        outline = QPainterPath()
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                _line_path(outline, ring, closed=True)
        label = QPointF(*project(*properties["label"]))
        return Country(
            properties["iso_a2"], dict(properties["names"]), label, outline, outline.boundingRect()
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BasemapError(f"{path}: a country lacks {error}") from error


def _capital(feature: dict, path: Path) -> Capital:
    try:
        properties = feature["properties"]
        point = QPointF(*project(*feature["geometry"]["coordinates"]))
        return Capital(properties["iso_a2"], dict(properties["names"]), point)
    except (KeyError, TypeError, ValueError) as error:
        raise BasemapError(f"{path}: a capital lacks {error}") from error


def read_basemap(folder: Path) -> Basemap:
    countries_file, capitals_file = folder / "countries.geojson", folder / "capitals.geojson"
    countries = tuple(_country(f, countries_file) for f in _features(countries_file))
    capitals = tuple(_capital(f, capitals_file) for f in _features(capitals_file))
    land = QPainterPath()
    for country in countries:
        land.addPath(country.outline)
    return Basemap(
        countries,
        capitals,
        land,
        _lines(folder / "coastlines.geojson", "coastline", closed=False),
        _lines(folder / "lakes.geojson", "lake", closed=True),
        _lines(folder / "rivers.geojson", "river", closed=False),
    )


def _lines(path: Path, what: str, *, closed: bool) -> QPainterPath:
    """The rings of every polygon (closed) or the lines of every multi-line of ``path``."""
    lines = QPainterPath()
    try:
        for feature in _features(path):
            for line in feature["geometry"]["coordinates"]:
                _line_path(lines, line, closed=closed)
    except (KeyError, TypeError, ValueError) as error:
        raise BasemapError(f"{path}: a {what} lacks {error}") from error
    return lines


@cache
def basemap() -> Basemap:
    """The bundled basemap, read at its first use and kept."""
    return read_basemap(MAP_FOLDER)
