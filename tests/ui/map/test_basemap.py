"""The bundled basemap as the map reads it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF

from explorer.domain.map_projection import project
from explorer.domain.transliteration import kazakh_latin
from explorer.ui.map.basemap import BasemapError, basemap, name_in, read_basemap


def test_the_bundled_basemap_holds_the_countries_and_capitals():
    data = basemap()
    assert len(data.countries) > 170 and len(data.capitals) > 150
    assert basemap() is data, "read once and kept"
    rome = next(c for c in data.capitals if c.names["en"] == "Rome")
    italy = data.country("IT")
    assert italy.outline.contains(rome.point)
    assert not data.country("KZ").outline.contains(rome.point)
    assert data.country("KZ").outline.contains(QPointF(*project(71.4, 51.2)))  # Astana
    assert 0 < data.coast.elementCount() < data.land.elementCount()


def test_names_follow_the_language():
    names = {"en": "Kazakhstan", "it": "Kazakistan", "ru": "Казахстан", "kk": "Қазақстан"}
    assert name_in(names, "it") == "Kazakistan"
    assert name_in(names, "kk") == "Қазақстан"
    assert name_in(names, "kk-Latn") == kazakh_latin("Қазақстан") == "Qazaqstan"
    assert name_in({"en": "Lima"}, "ru") == "Lima"


def test_a_broken_basemap_file_is_named(tmp_path):
    (tmp_path / "countries.geojson").write_text("{not json", encoding="utf-8")
    with pytest.raises(BasemapError, match=r"countries\.geojson"):
        read_basemap(tmp_path)
    (tmp_path / "countries.geojson").write_text(
        '{"features": [{"properties": {}, "geometry": {}}]}', encoding="utf-8"
    )
    with pytest.raises(BasemapError, match=r"countries\.geojson: a country lacks"):
        read_basemap(tmp_path)
