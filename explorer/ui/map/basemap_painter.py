"""Paints the basemap for one frame: sea, graticule, land, borders, then names."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QTransform

from explorer.domain.map_nearby import SortedPoints
from explorer.domain.map_projection import WORLD, project
from explorer.ui.map import map_style as style
from explorer.ui.map.basemap import Basemap, Capital, Country, name_in
from explorer.ui.map.map_labels import GAP, LabelPlacer

FIRST_COUNTRIES = ("IT", "KZ")
FIRST_CAPITALS = ("Rome", "Astana")
CAPITAL_DOTS_FROM = 14.0
"""Pixels per map unit from which capitals show as dots (the home view has about 20)."""
CAPITAL_NAMES_FROM = 18.0
DOT_RADIUS = 2.6


WORLD_RECT = QRectF(QPointF(WORLD[0], WORLD[1]), QPointF(WORLD[2], WORLD[3]))


def _graticule() -> QPainterPath:
    path = QPainterPath()
    left, top, right, bottom = WORLD
    for longitude in range(-180, 181, 15):
        x, _ = project(longitude, 0)
        path.moveTo(x, top)
        path.lineTo(x, bottom)
    for latitude in range(-75, 76, 15):
        _, y = project(0, latitude)
        path.moveTo(left, y)
        path.lineTo(right, y)
    return path


class BasemapPainter:
    def __init__(self, basemap: Basemap):
        self.basemap = basemap
        self.graticule = _graticule()
        self.fills = style.HIGHLIGHTS
        ordered = sorted(
            basemap.countries,
            key=lambda c: (c.iso_a2 not in FIRST_COUNTRIES, -c.bounds.width() * c.bounds.height()),
        )
        self.countries_by_rank = ordered
        self.capitals_by_rank = sorted(
            basemap.capitals, key=lambda c: c.names["en"] not in FIRST_CAPITALS
        )
        self.covered: Callable[[], SortedPoints | None] = lambda: None
        """The content's places shown (map units), which capitals make way for."""
        self.text_scale = 0.0
        self.set_text_scale(1.0)
        self._names: dict[tuple[int, str], str] = {}
        """Names by place and language: Kazakh Latin is transliterated once, not each frame."""

    def paint(
        self, painter: QPainter, to_widget: QTransform, visible: QRectF, scale: float, size
    ) -> LabelPlacer:
        painter.fillRect(QRectF(0, 0, size.width(), size.height()), style.BEYOND)
        painter.fillRect(to_widget.mapRect(WORLD_RECT), style.SEA)
        painter.save()
        painter.setTransform(to_widget)
        grid_pen = QPen(style.SEA_GRID, 0.8)
        grid_pen.setCosmetic(True)
        painter.setPen(grid_pen)
        painter.drawPath(self.graticule)
        painter.setPen(Qt.PenStyle.NoPen)
        # Country by country: Qt's rasteriser fills one path of every country several
        # times slower than all of them one by one. Filled without antialiasing (twice as
        # fast): the antialiased borders drawn next cover the filled edges.
        for country in self.basemap.countries:
            if visible.intersects(country.bounds):
                painter.setBrush(self.fills.get(country.iso_a2, style.LAND))
                painter.drawPath(country.outline)
        painter.setBrush(style.SEA)
        painter.drawPath(self.basemap.lakes)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for colour, width, path in (
            (style.RIVER, 0.9, self.basemap.rivers),
            (style.BORDER, 0.8, self.basemap.land),
            (style.COAST, 1.0, self.basemap.coast),
            (style.COAST, 0.8, self.basemap.lakes),
        ):
            pen = QPen(colour, width)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.restore()
        widget_world = to_widget.mapRect(WORLD_RECT)
        placer = LabelPlacer(QRectF(0, 0, size.width(), size.height()).intersected(widget_world))
        self._place_labels(placer, to_widget, visible, scale)
        self._draw_labels(painter, placer, to_widget, visible, scale)
        return placer

    def set_text_scale(self, scale: float) -> None:
        """Names grow with the interface's type (a kiosk's is larger)."""
        if scale == self.text_scale:
            return
        self.text_scale = scale
        self.fonts = [
            (width, style.country_font(size, scale)) for width, size in style.COUNTRY_FONT_SIZES
        ]
        self.capital_font = style.capital_font(scale)

    def _name(self, place: Country | Capital, language: str) -> str:
        key = (id(place), language)
        text = self._names.get(key)
        if text is None:
            text = self._names[key] = name_in(place.names, language)
        return text

    def _capital_dots(self, visible: QRectF, to_widget: QTransform) -> list[Capital]:
        """The visible capitals, less those whose dot would touch one kept before (the
        Vatican's beside Rome's until the view is close) or a place of the content
        (``covered``): that place's marker and name stand for the city."""
        kept: list[Capital] = []
        points: list[QPointF] = []
        covered = self.covered()
        reach = 4 * DOT_RADIUS / to_widget.m11()  # in map units
        for capital in self.capitals_by_rank:
            if not visible.contains(capital.point):
                continue
            if covered is not None and covered.any_near(
                capital.point.x(), capital.point.y(), reach
            ):
                continue
            point = to_widget.map(capital.point)
            if any((point - other).manhattanLength() < 4 * DOT_RADIUS for other in points):
                continue
            kept.append(capital)
            points.append(point)
        return kept

    def _place_labels(self, placer, to_widget, visible, scale) -> None:
        language = _language()
        capitals = self._capital_dots(visible, to_widget) if scale >= CAPITAL_DOTS_FROM else []
        for capital in capitals:
            centre = to_widget.map(capital.point)
            r = DOT_RADIUS + 1
            placer.block(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r))
        for country in self.countries_by_rank:
            if not visible.intersects(country.bounds):
                continue
            width = country.bounds.width() * scale
            text = self._name(country, language)
            font = next(font for least, font in reversed(self.fonts) if width >= least)
            line = placer.size(text, font)[1]
            spots = (
                to_widget.map(point) + QPointF(0, shift)
                for point in _label_points(country, visible)
                for shift in (0.0, -line, line)
            )
            any(placer.place_centred(text, font, spot, width * 0.95) for spot in spots)
        if scale >= CAPITAL_NAMES_FROM:
            for capital in capitals:
                text = self._name(capital, language)
                point = to_widget.map(capital.point)
                placer.place_beside(text, self.capital_font, point, DOT_RADIUS + GAP + 3)
        self.dots = [to_widget.map(c.point) for c in capitals]

    def _draw_labels(self, painter: QPainter, placer: LabelPlacer, to_widget, visible, scale):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(style.HALO, 1.5))
        painter.setBrush(style.CAPITAL_DOT)
        for dot in self.dots:
            painter.drawEllipse(dot, DOT_RADIUS, DOT_RADIUS)
        for label in placer.labels():
            capital = label.font is self.capital_font
            painter.setFont(label.font)
            if capital:
                _halo(painter, label.rect, label.text)
            painter.setPen(style.CAPITAL_INK if capital else style.COUNTRY_INK)
            painter.drawText(label.rect, Qt.AlignmentFlag.AlignCenter, label.text)


LABEL_CANDIDATES = [(0.5, 0.5)] + [
    (fx, fy) for fy in (1 / 6, 0.5, 5 / 6) for fx in (1 / 6, 0.5, 5 / 6) if (fx, fy) != (0.5, 0.5)
]
"""Where in the visible part of a country its name may go, as fractions of that part."""


def _label_points(country: Country, visible: QRectF) -> Iterator[QPointF]:
    """Where the country's name may go: its label point, or, when that is out of view, the
    points of its visible part that are inside it (Russia seen from Kazakhstan), the middle
    of that part first."""
    if visible.contains(country.label):
        yield country.label
        return
    part = visible.intersected(country.bounds)
    x, y, w, h = part.x(), part.y(), part.width(), part.height()
    for fx, fy in LABEL_CANDIDATES:
        candidate = QPointF(x + w * fx, y + h * fy)
        if country.outline.contains(candidate):
            yield candidate


def _halo(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.setPen(style.HALO)
    for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        painter.drawText(rect.translated(QPointF(dx, dy)), Qt.AlignmentFlag.AlignCenter, text)


def _language() -> str:
    app = QCoreApplication.instance()
    language = app.property("explorer_language") if app is not None else None
    return language or "en"
