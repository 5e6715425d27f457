"""The places on the map: a marker per place or cluster of places, and their names.

A layer the map view paints over its basemap (``paint``) and asks about clicks (``click``).
A marker's area follows its card count; places whose markers would overlap are drawn as one
cluster marker showing how many places it holds (``domain/map_clusters.py``), and names are
placed where they cover no other name and no marker (``domain/map_labels.py``). The
highlighted places (the open card's) are drawn in gold, above the others.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence

import numpy as np
from PySide6.QtCore import QLocale, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPen,
    QTransform,
)

from explorer.domain.entities import pick
from explorer.domain.map_clusters import Clusters, PlaceClusterer
from explorer.domain.map_labels import LabelRequest, marker_rect, place_labels
from explorer.domain.map_nearby import SortedPoints
from explorer.domain.map_projection import project_arrays
from explorer.ui.shell.theme import PALETTE, font

MAX_LABELS = 300  # the most important single places on screen that may get a name


class MarkerSizes:
    """Radii in pixels: the smallest drawn, the largest (half a cluster cell, so markers
    never overlap), and the smallest a click or touch finds."""

    def __init__(self, touch: bool):
        self.min_radius = 9.0 if touch else 4.0
        self.cluster_radius = 16.0 if touch else 10.0  # room for a count of three digits
        self.max_radius = 22.0 if touch else 14.0
        self.hit_radius = 22.0 if touch else 8.0
        self.cell_px = 2 * self.max_radius + 4.0
        self.label_point_size = 12.0 if touch else 9.0
        self.count_point_size = 10.0 if touch else 7.5


class PlacesLayer(QObject):
    """The places as one layer of the map view: ``paint`` each frame, ``click`` on a click.

    ``changed`` asks the view to repaint; ``places_clicked`` gives the ids of the place or
    cluster clicked.
    """

    changed = Signal()
    places_clicked = Signal(list)

    def __init__(self, parent: QObject | None = None, *, touch: bool = False):
        super().__init__(parent)
        self._ids: list[str] = []
        self._index_of_ids: dict[str, int] | None = None
        self._names: Sequence[Mapping[str, str]] = []
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._counts = np.zeros(0, dtype=np.int64)
        self._highlighted = np.zeros(0, dtype=bool)
        self._shown = np.zeros(0, dtype=np.int64)
        self._shown_points: SortedPoints | None = None
        self._language = "en"
        self._widths: dict[str, float] = {}
        self._taken: Callable[[], Iterable[QRectF]] | None = None
        self._set_touch(touch)
        self._clusterer = PlaceClusterer(self._x, self._y, self._counts, cell_px=self.sizes.cell_px)

    # ---- what is shown ------------------------------------------------------------------

    def set_places(
        self,
        ids: Sequence[str],
        names: Sequence[Mapping[str, str]],
        longitudes: np.ndarray,
        latitudes: np.ndarray,
        card_counts: np.ndarray,
    ) -> None:
        """The places, as columns: ``names[i]`` is ``{language: name}`` of ``ids[i]``; as in
        ``set_counts``, a place at 0 cards is not shown."""
        lengths = {len(ids), len(names), len(longitudes), len(latitudes), len(card_counts)}
        if len(lengths) != 1:
            raise ValueError(
                "set_places needs one id, name, longitude, latitude and card count per place"
            )
        self._ids = list(ids)
        self._index_of_ids = None
        self._names = names  # kept as given: a store's names may be decoded as they are read
        lon = np.asarray(longitudes, dtype=np.float64)
        lat = np.asarray(latitudes, dtype=np.float64)
        self._x, self._y = project_arrays(lon, lat)
        self._highlighted = np.zeros(len(self._ids), dtype=bool)
        self.set_counts(card_counts)

    @property
    def _index_of(self) -> dict[str, int]:
        """Each id's index, made when first asked for (a first frame does not need it)."""
        if self._index_of_ids is None:
            self._index_of_ids = {place_id: index for index, place_id in enumerate(self._ids)}
        return self._index_of_ids

    def set_counts(self, card_counts: np.ndarray) -> None:
        """New card counts for the same places; a place at 0 is not shown (a search or a
        period leaving it no card). Whole-array: at 100,000 places, as cheap as a frame."""
        counts = np.asarray(card_counts, dtype=np.int64)
        if counts.shape != (len(self._ids),):
            raise ValueError(f"set_counts needs one card count per place ({len(self._ids)})")
        self._counts = counts
        self._shown = np.flatnonzero(counts)
        self._recluster()

    def shown_points(self) -> SortedPoints:
        """Where the places shown are (map units), for what must keep clear of them."""
        if self._shown_points is None:
            self._shown_points = SortedPoints(self._x[self._shown], self._y[self._shown])
        return self._shown_points

    def set_highlighted(self, ids: Iterable[str]) -> None:
        self._highlighted = np.zeros(len(self._ids), dtype=bool)
        indices = [self._index_of[i] for i in ids if i in self._index_of]
        self._highlighted[indices] = True
        self.changed.emit()

    def set_taken_areas(self, taken: Callable[[], Iterable[QRectF]] | None) -> None:
        """Where names may not go besides this layer's markers and names, asked each frame
        (in widget pixels): e.g. the names the basemap wrote under this layer."""
        self._taken = taken
        self.changed.emit()

    def set_language(self, language: str) -> None:
        self._language = language
        self.changed.emit()

    def set_touch(self, touch: bool) -> None:
        self._set_touch(touch)
        self._recluster()

    def _set_touch(self, touch: bool) -> None:
        self.touch = touch
        self.sizes = MarkerSizes(touch)
        self._label_font: QFont = font(self.sizes.label_point_size)
        self._count_font: QFont = font(self.sizes.count_point_size, weight=QFont.Weight.Bold)
        self._label_metrics = QFontMetricsF(self._label_font)
        self._widths = {}
        self._sprites: dict[tuple[str, str, int, float], QImage] = {}

    def _recluster(self) -> None:
        shown = self._shown
        self._shown_points = None
        self._clusterer = PlaceClusterer(
            self._x[shown], self._y[shown], self._counts[shown], cell_px=self.sizes.cell_px
        )
        self.changed.emit()

    def name(self, index: int) -> str:
        return pick(self._names[index], self._language)[0]

    # ---- painting -------------------------------------------------------------------------

    def radii(self, counts: np.ndarray, places: np.ndarray) -> np.ndarray:
        """Area proportional to the card count (a place named by one card or none at the
        smallest radius) up to the largest; a cluster of several ``places`` large enough
        for its count."""
        s = self.sizes
        radii = np.sqrt(np.maximum(counts, 1).astype(np.float64)) * s.min_radius
        radii = np.where(places > 1, np.maximum(radii, s.cluster_radius), radii)
        return np.minimum(radii, s.max_radius)

    def _on_screen(
        self, to_widget: QTransform, visible: QRectF, pixels_per_unit: float
    ) -> tuple[Clusters, np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
        """The clusters for this view, the indices of those on screen, and their pixel
        centres and radii."""
        if len(self._clusterer) == 0 or pixels_per_unit <= 0:
            return None
        region = (visible.left(), visible.top(), visible.right(), visible.bottom())
        clusters = self._clusterer.clusters(region, pixels_per_unit)
        pad = self.sizes.max_radius / pixels_per_unit
        seen = np.flatnonzero(
            (clusters.x >= region[0] - pad)
            & (clusters.x <= region[2] + pad)
            & (clusters.y >= region[1] - pad)
            & (clusters.y <= region[3] + pad)
        )
        x, y = clusters.x[seen], clusters.y[seen]
        t = to_widget
        wx = t.m11() * x + t.m21() * y + t.dx()
        wy = t.m12() * x + t.m22() * y + t.dy()
        radii = self.radii(clusters.counts[seen], clusters.sizes()[seen])
        return clusters, seen, wx, wy, radii

    def paint(
        self, painter: QPainter, to_widget: QTransform, visible: QRectF, pixels_per_unit: float
    ) -> None:
        drawn = self._on_screen(to_widget, visible, pixels_per_unit)
        if drawn is None:
            return
        clusters, seen, wx, wy, radii = drawn
        sizes = clusters.sizes()[seen]
        lit = self._lit(clusters)[seen]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_markers(painter, wx, wy, radii, (sizes == 1) & ~lit, PALETTE.sky_deep, "#ffffff")
        self._draw_markers(painter, wx, wy, radii, (sizes > 1) & ~lit, PALETTE.sky, "#ffffff")
        self._draw_markers(painter, wx, wy, radii, lit, PALETTE.gold, PALETTE.ink)
        self._draw_counts(painter, wx, wy, radii, sizes)
        bounds = to_widget.mapRect(visible)
        self._draw_labels(painter, clusters, seen, wx, wy, radii, sizes, bounds)
        painter.restore()

    def _lit(self, clusters: Clusters) -> np.ndarray:
        """Whether each cluster holds a highlighted place."""
        if len(clusters) == 0:
            return np.zeros(0, dtype=bool)
        hit = self._highlighted[self._shown][clusters.order].astype(np.int64)
        return np.add.reduceat(hit, clusters.starts[:-1]) > 0

    def _draw_markers(
        self,
        painter: QPainter,
        wx: np.ndarray,
        wy: np.ndarray,
        radii: np.ndarray,
        which: np.ndarray,
        fill: str,
        outline: str,
    ) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        for index in np.flatnonzero(which).tolist():
            sprite = self._sprite(fill, outline, float(radii[index]), ratio)
            half = sprite.width() / ratio / 2
            painter.drawImage(QPointF(float(wx[index]) - half, float(wy[index]) - half), sprite)

    def _sprite(self, fill: str, outline: str, radius: float, ratio: float) -> QImage:
        """A marker drawn once and copied since: stroking hundreds of antialiased circles
        costs a frame's budget, copying them a tenth of it."""
        key = (fill, outline, round(radius * 4), ratio)
        sprite = self._sprites.get(key)
        if sprite is None:
            radius = key[2] / 4
            side = math.ceil((2 * radius + 3) * ratio)
            sprite = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
            sprite.setDevicePixelRatio(ratio)
            sprite.fill(Qt.GlobalColor.transparent)
            centre = side / ratio / 2
            drawing = QPainter(sprite)
            drawing.setRenderHint(QPainter.RenderHint.Antialiasing)
            drawing.setBrush(QBrush(QColor(fill)))
            drawing.setPen(QPen(QColor(outline), 1.5))
            drawing.drawEllipse(QPointF(centre, centre), radius, radius)
            drawing.end()
            self._sprites[key] = sprite
        return sprite

    def _draw_counts(
        self,
        painter: QPainter,
        wx: np.ndarray,
        wy: np.ndarray,
        radii: np.ndarray,
        sizes: np.ndarray,
    ) -> None:
        painter.setFont(self._count_font)
        painter.setPen(QColor(PALETTE.ink))
        locale = QLocale()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextDontClip
        for index in np.flatnonzero(sizes > 1).tolist():
            r = float(radii[index])
            box = QRectF(float(wx[index]) - r, float(wy[index]) - r, 2 * r, 2 * r)
            painter.drawText(box, flags, locale.toString(int(sizes[index])))

    def _width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._label_metrics.horizontalAdvance(text)
        return width

    def _draw_labels(
        self,
        painter: QPainter,
        clusters: Clusters,
        seen: np.ndarray,
        wx: np.ndarray,
        wy: np.ndarray,
        radii: np.ndarray,
        sizes: np.ndarray,
        bounds: QRectF,
    ) -> None:
        singles = np.flatnonzero(sizes == 1)
        counts = clusters.counts[seen]
        singles = singles[np.argsort(-counts[singles], kind="stable")][:MAX_LABELS]
        height = self._label_metrics.height()
        requests = []
        for index in singles.tolist():
            place = int(self._shown[clusters.members(int(seen[index]))[0]])
            text = self.name(place)
            requests.append(
                LabelRequest(
                    index,
                    float(wx[index]),
                    float(wy[index]),
                    float(radii[index]),
                    self._width(text),
                    height,
                    int(counts[index]),
                    text,
                )
            )
        markers = [
            marker_rect(x, y, r)
            for x, y, r in zip(wx.tolist(), wy.tolist(), radii.tolist(), strict=True)
        ]
        if self._taken is not None:
            markers.extend((r.left(), r.top(), r.right(), r.bottom()) for r in self._taken())
        area = (bounds.left(), bounds.top(), bounds.right(), bounds.bottom())
        placed = place_labels(requests, markers, area)
        names = {request.key: request.name for request in requests}
        painter.setFont(self._label_font)
        painter.setPen(QColor(PALETTE.ink))
        ascent = self._label_metrics.ascent()
        for label in placed:
            painter.drawText(QPointF(label.rect[0], label.rect[1] + ascent), names[label.key])

    # ---- clicks ---------------------------------------------------------------------------

    def click(self, widget_point: QPointF, to_widget: QTransform) -> bool:
        """Emit ``places_clicked`` with the ids under ``widget_point`` (every member of a
        cluster) and say whether there were any."""
        ids = self.places_at(widget_point, to_widget)
        if ids:
            self.places_clicked.emit(ids)
        return bool(ids)

    def places_at(self, widget_point: QPointF, to_widget: QTransform) -> list[str]:
        """The ids of the place or cluster nearest ``widget_point`` within its marker (or the
        smallest target a finger or pointer finds), as last painted with ``to_widget``."""
        scale = math.hypot(to_widget.m11(), to_widget.m12())
        inverse, invertible = to_widget.inverted()
        if not invertible or scale <= 0:
            return []
        centre = inverse.map(widget_point)
        reach = max(self.sizes.max_radius, self.sizes.hit_radius) / scale
        visible = QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach)
        clusters = self._clusterer.clusters(
            (visible.left(), visible.top(), visible.right(), visible.bottom()), scale
        )
        return self._nearest_hit(clusters, widget_point, to_widget)

    def _nearest_hit(self, clusters: Clusters, point: QPointF, to_widget: QTransform) -> list[str]:
        if len(clusters) == 0:
            return []
        t = to_widget
        wx = t.m11() * clusters.x + t.m21() * clusters.y + t.dx()
        wy = t.m12() * clusters.x + t.m22() * clusters.y + t.dy()
        distance = np.hypot(wx - point.x(), wy - point.y())
        radii = self.radii(clusters.counts, clusters.sizes())
        reach = np.maximum(radii, self.sizes.hit_radius)
        inside = np.flatnonzero(distance <= reach)
        if len(inside) == 0:
            return []
        best = int(inside[np.argmin(distance[inside])])
        return [self._ids[int(self._shown[i])] for i in clusters.members(best).tolist()]
