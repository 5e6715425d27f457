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
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QTransform,
)

from explorer.domain.entities import Route, RouteKind, RoutePath
from explorer.domain.map_projection import great_circle, project
from explorer.ui.map import map_style as style
from explorer.ui.shell.theme import PALETTE

_ARC_STEPS = 48
_HIT_PIXELS = 7.0
MANY_ROUTES = 120
"""More routes than this in view are drawn as thin lines of their kind's colour, each kind
in one stroke and without arrows: each route's own stroke, dashes and arrows would cost more
than a frame, and would no longer be told apart anyway."""
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
    bounds: QRectF


def _style(route: Route) -> tuple[RouteKind | None, bool]:
    return route.kind, route.approximate


def route_points(route: Route, places: Mapping[str, tuple[float, float]]) -> list[QPointF]:
    """The route's line in map units, from its waypoints' (longitude, latitude); a waypoint
    with no place known is left out."""
    stops = [places[waypoint] for waypoint in route.waypoints if waypoint in places]
    if len(stops) < 2:
        return []
    points: list[tuple[float, float]] = [stops[0]]
    for start, end in pairwise(stops):
        if route.drawn_as is RoutePath.GREAT_CIRCLE:
            # About a point every two degrees: a short leg is nearly straight.
            span = max(abs(end[0] - start[0]), abs(end[1] - start[1]))
            steps = max(1, min(_ARC_STEPS, math.ceil(span / 2)))
            points.extend(great_circle(start, end, steps)[1:])
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
        self._batches: dict[tuple[RouteKind | None, bool], list[QPolygonF]] | None = None

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
                drawn.append(DrawnRoute(route, path, tuple(points), path.controlPointRect()))
        self.routes = drawn
        self._batches = None
        self.changed.emit()

    def set_shown(self, ids: set[str] | None) -> None:
        """Draw only these routes (None: all)."""
        self.shown = ids
        self._batches = None
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
        in_view = [d for d in self.visible_routes() if d.bounds.intersects(visible)]
        if len(in_view) > MANY_ROUTES:
            self._paint_together(painter, to_widget)
        else:
            for drawn in in_view:
                if drawn.route.id != self.chosen:
                    self._paint_route(painter, to_widget, drawn, chosen=False)
        for drawn in in_view:
            if drawn.route.id == self.chosen:
                self._paint_route(painter, to_widget, drawn, chosen=True)

    def _paint_together(self, painter: QPainter, to_widget: QTransform) -> None:
        """Every shown route, a stroke for each kind, through the view's transform."""
        if self._batches is None:
            batches: dict[tuple[RouteKind | None, bool], list[QPolygonF]] = {}
            for drawn in self.visible_routes():
                batches.setdefault(_style(drawn.route), []).append(QPolygonF(list(drawn.points)))
            self._batches = batches
        painter.save()
        painter.setTransform(to_widget)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # hairlines, many
        for (kind, approximate), lines in self._batches.items():
            # Opaque (a lighter shade rather than transparency): blending every pixel of
            # a thousand lines would cost several frames.
            colour = style.mix(_COLOURS.get(kind, PALETTE.muted), PALETTE.surface, 0.25)
            pen = QPen(colour, 1.0)
            pen.setCosmetic(True)
            if approximate:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            for line in lines:  # a cosmetic pen's polyline: Qt's quickest line drawing
                painter.drawPolyline(line)
        painter.restore()

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
