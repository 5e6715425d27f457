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


def test_lakes_are_water_on_the_land_and_rivers_are_drawn(qtbot):
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor

    from explorer.domain.map_projection import project
    from explorer.ui.map import map_style as style
    from explorer.ui.map.basemap import basemap
    from explorer.ui.map.map_view import MapView

    data = basemap()
    assert not data.lakes.isEmpty() and not data.rivers.isEmpty()
    inside = QPointF(*project(76.5, 46.5))  # in Lake Balkhash
    assert data.lakes.contains(inside)
    view = MapView()
    qtbot.addWidget(view)
    view.resize(800, 500)
    view.show()
    view.show_map_rect(QRectF(QPointF(*project(73, 47.2)), QPointF(*project(80, 44.6))))
    image = view.grab().toImage()
    pixel = view.map_to_widget(inside.x(), inside.y()).toPoint()

    def is_sea(point) -> bool:
        colour, sea = QColor(image.pixel(point)), QColor(style.SEA)
        channels = zip(colour.getRgb()[:3], sea.getRgb()[:3], strict=True)
        return all(abs(a - b) <= 1 for a, b in channels)

    assert is_sea(pixel), "water, not land"
    assert not is_sea(view.map_to_widget(*project(76.5, 45.5)).toPoint()), "land by the lake"
