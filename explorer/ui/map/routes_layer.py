"""The routes of every pack drawn over the map: flights along great circles, corridors as
broad bands, old journeys dotted (their way is known only roughly), each with arrows giving
its direction; a route clicked is chosen and drawn stronger, with its name.

Paths are made once in map units (``set_routes``) and drawn through the view's transform
with cosmetic pens, so a frame costs a transform per route, not a path.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QTransform

from explorer.domain.entities import Route, RouteKind, RoutePath
from explorer.domain.map_projection import great_circle, project
from explorer.ui.map import map_style as style
from explorer.ui.shell.theme import PALETTE

_ARC_STEPS = 48
_HIT_PIXELS = 7.0
_COLOURS = {
    RouteKind.FLIGHT: PALETTE.sky_deep,
    RouteKind.CORRIDOR: PALETTE.gold,
    RouteKind.JOURNEY: PALETTE.red,
    RouteKind.SEA: PALETTE.sky_deep,
    RouteKind.LAND: PALETTE.green,
    RouteKind.RAIL: PALETTE.green,
}


@dataclass(frozen=True)
class DrawnRoute:
    route: Route
    path: QPainterPath
    """The route in map units."""
    points: tuple[QPointF, ...]


def route_points(route: Route, places: Mapping[str, tuple[float, float]]) -> list[QPointF]:
    """The route's line in map units, from its waypoints' (longitude, latitude); a waypoint
    with no place known is left out."""
    stops = [places[waypoint] for waypoint in route.waypoints if waypoint in places]
    if len(stops) < 2:
        return []
    points: list[tuple[float, float]] = [stops[0]]
    for start, end in pairwise(stops):
        if route.drawn_as is RoutePath.GREAT_CIRCLE:
            points.extend(great_circle(start, end, _ARC_STEPS)[1:])
        else:
            points.append(end)
    return [QPointF(*project(lon, lat)) for lon, lat in points]


class RoutesLayer(QObject):
    changed = Signal()
    route_clicked = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.routes: list[DrawnRoute] = []
        self.shown: set[str] | None = None
        self.chosen: str | None = None
        self.name_of: Callable[[Route], str] = lambda route: route.id

    def set_routes(
        self, routes: Iterable[Route], places: Mapping[str, tuple[float, float]]
    ) -> None:
        drawn = []
        for route in routes:
            points = route_points(route, places)
            if points:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                drawn.append(DrawnRoute(route, path, tuple(points)))
        self.routes = drawn
        self.changed.emit()

    def set_shown(self, ids: set[str] | None) -> None:
        """Draw only these routes (None: all)."""
        self.shown = ids
        self.changed.emit()

    def choose(self, route_id: str | None) -> None:
        self.chosen = route_id
        self.changed.emit()

    def visible_routes(self) -> list[DrawnRoute]:
        return [d for d in self.routes if self.shown is None or d.route.id in self.shown]

    def paint(
        self, painter: QPainter, to_widget: QTransform, visible: QRectF, pixels_per_unit: float
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for drawn in self.visible_routes():
            if not drawn.path.controlPointRect().intersects(visible):
                continue
            self._paint_route(painter, to_widget, drawn, drawn.route.id == self.chosen)

    def _paint_route(
        self, painter: QPainter, to_widget: QTransform, drawn: DrawnRoute, chosen: bool
    ) -> None:
        route = drawn.route
        colour = QColor(_COLOURS.get(route.kind, PALETTE.muted))
        on_screen = to_widget.map(drawn.path)
        if route.kind is RouteKind.CORRIDOR:
            band = QColor(colour)
            band.setAlphaF(0.35 if chosen else 0.22)
            painter.setPen(
                QPen(band, 12 if chosen else 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            )
            painter.drawPath(on_screen)
        pen = QPen(colour, 3.2 if chosen else 2.0)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        if route.approximate:
            pen.setStyle(Qt.PenStyle.DotLine)
        elif route.kind is RouteKind.FLIGHT:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(on_screen)
        points = [to_widget.map(point) for point in drawn.points]
        self._arrow(painter, colour, points, 0.5)
        self._arrow(painter, colour, points, 1.0)
        if chosen:
            self._label(painter, self.name_of(route), points)

    @staticmethod
    def _arrow(painter: QPainter, colour: QColor, points: list[QPointF], at: float) -> None:
        """An arrowhead at fraction ``at`` of the line's length, pointing along it."""
        lengths = [math.dist((p.x(), p.y()), (q.x(), q.y())) for p, q in pairwise(points)]
        total = sum(lengths)
        if total < 24:
            return
        goal, walked = total * at, 0.0
        for (p, q), length in zip(pairwise(points), lengths, strict=True):
            if walked + length >= goal - 1e-6 and length > 0:
                t = (goal - walked) / length
                tip = QPointF(p.x() + (q.x() - p.x()) * t, p.y() + (q.y() - p.y()) * t)
                angle = math.atan2(q.y() - p.y(), q.x() - p.x())
                break
            walked += length
        else:
            return
        size = 9.0
        head = QPainterPath(tip)
        for turn in (2.7, -2.7):
            head.lineTo(tip + QPointF(math.cos(angle + turn) * size, math.sin(angle + turn) * size))
        head.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(head)

    @staticmethod
    def _label(painter: QPainter, text: str, points: list[QPointF]) -> None:
        middle = points[len(points) // 2]
        font = style.capital_font(1.1)
        font.setWeight(font.Weight.DemiBold)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        box = QRectF(metrics.boundingRect(text)).adjusted(-6, -3, 6, 3)
        box.moveCenter(middle + QPointF(0, -18))
        inside = QRectF(painter.viewport()).adjusted(4, 4, -4, -4)  # kept whole in view
        box.moveLeft(max(inside.left(), min(box.left(), inside.right() - box.width())))
        box.moveTop(max(inside.top(), min(box.top(), inside.bottom() - box.height())))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.HALO)
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(style.CAPITAL_INK)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def click(self, widget_point: QPointF, to_widget: QTransform) -> bool:
        """Choose the route under ``widget_point`` (within a few pixels of its line)."""
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * _HIT_PIXELS)
        for drawn in reversed(self.visible_routes()):
            if stroker.createStroke(to_widget.map(drawn.path)).contains(widget_point):
                self.choose(drawn.route.id)
                self.route_clicked.emit(drawn.route.id)
                return True
        return False
