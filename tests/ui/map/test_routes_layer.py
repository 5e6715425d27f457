"""Routes drawn over the map: their lines, their direction, choosing one by a click."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from explorer.domain.entities import Route, RouteKind
from explorer.domain.map_projection import project
from explorer.ui.map.routes_layer import RoutesLayer, route_points

PLACES = {"milan": (9.19, 45.46), "almaty": (76.89, 43.24), "venice": (12.33, 45.44)}
FLIGHT = Route("flight", {"en": "Milan–Almaty"}, ("milan", "almaty"), kind=RouteKind.FLIGHT)
SEA = Route("sea", {"en": "By sea"}, ("venice", "almaty"), kind=RouteKind.SEA)
SIZE = (800, 400)


def _to_widget() -> QTransform:
    """Longitudes 0–90° E and latitudes 30–60° N across the image."""
    left, top = project(0, 60)
    right, bottom = project(90, 30)
    sx, sy = SIZE[0] / (right - left), SIZE[1] / (bottom - top)
    return QTransform(sx, 0, 0, sy, -left * sx, -top * sy)


def _painted(layer: RoutesLayer) -> QImage:
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    to_widget = _to_widget()
    visible, _ = to_widget.inverted()
    layer.paint(painter, to_widget, visible.mapRect(QRectF(0, 0, *SIZE)), to_widget.m11())
    painter.end()
    return image


def _inked(image: QImage, point: QPointF, radius: int = 4) -> bool:
    x, y = round(point.x()), round(point.y())
    return any(
        QColor(image.pixel(x + dx, y + dy)) != QColor(Qt.GlobalColor.white)
        for dx in range(-radius, radius + 1)
        for dy in range(-radius, radius + 1)
    )


def test_a_flight_follows_the_great_circle_north_of_the_straight_line():
    points = route_points(FLIGHT, PLACES)
    middle = points[len(points) // 2]
    straight_y = (project(*PLACES["milan"])[1] + project(*PLACES["almaty"])[1]) / 2
    assert middle.y() < straight_y - 1, "bends north (map y grows southwards)"
    assert len(route_points(SEA, PLACES)) == 2, "a straight route is its waypoints"


def test_a_route_is_drawn_along_its_line(qtbot):
    layer = RoutesLayer()
    layer.set_routes([FLIGHT], PLACES)
    image = _painted(layer)
    to_widget = _to_widget()
    points = [to_widget.map(p) for p in route_points(FLIGHT, PLACES)]
    assert all(_inked(image, p) for p in points[5:-5:6])
    assert not _inked(image, QPointF(400, 390)), "nothing far from the line"


def test_a_waypoint_of_no_known_place_is_left_out_and_a_route_of_one_place_is_not_drawn():
    layer = RoutesLayer()
    lost = Route("lost", {"en": "Lost"}, ("milan", "atlantis"), kind=RouteKind.LAND)
    layer.set_routes([lost, SEA], PLACES)
    assert [d.route.id for d in layer.routes] == ["sea"]


def test_clicking_near_a_route_chooses_it_and_only_shown_routes_are_drawn(qtbot):
    layer = RoutesLayer()
    layer.set_routes([FLIGHT, SEA], PLACES)
    to_widget = _to_widget()
    on_sea = to_widget.map(route_points(SEA, PLACES)[0] * 0.5 + route_points(SEA, PLACES)[1] * 0.5)
    with qtbot.waitSignal(layer.route_clicked) as clicked:
        assert layer.click(on_sea + QPointF(0, 3), to_widget)
    assert clicked.args == ["sea"] and layer.chosen == "sea"
    assert not layer.click(QPointF(5, 395), to_widget)
    layer.set_shown({"flight"})
    image = _painted(layer)
    assert not _inked(image, on_sea, radius=1), "the sea route is not shown"
    assert _inked(image, to_widget.map(route_points(FLIGHT, PLACES)[10]))
    assert [d.route.id for d in layer.visible_routes()] == ["flight"]
