"""The zoomable timeline: lanes (a pack's own, then the categories'), eras as bands, an
adaptive axis, today.

The scene holds a single canvas item; at every paint the canvas asks the domain layout for
the clusters visible at the current scale and draws only those, so a paint costs the same
for 50 events as for 100,000. Scene x is ``(day - zero_day) / days_per_pixel``, the
first day of the band at 0, so that it stays small in deep time; zooming changes
``days_per_pixel`` (never the view transform) so text and marks keep their size.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGestureEvent,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from explorer.domain.entities import Era, pick
from explorer.domain.fuzzy_date import day_number
from explorer.domain.timeline_events import TimelineEvent
from explorer.domain.timeline_layout import Cluster, TimelineLayout
from explorer.ui.shell.theme import PALETTE
from explorer.ui.timeline.timeline_frame import LaneRow, TimelineFrame
from explorer.ui.timeline.timeline_geometry import (
    AXIS_HEIGHT,
    ERA_LABEL_HEIGHT,
    HEADER_WIDTH,
    MARGIN_DAYS_FRACTION,
    MAX_DAYS_PER_PIXEL,
    MIN_DAYS_PER_PIXEL,
    MIN_MARGIN_DAYS,
    WINDOW_PX,
    ZOOM_STEP,
    EventText,
    LaneStyle,
)
from explorer.ui.timeline.timeline_painter import TimelinePainter
from explorer.ui.timeline.timeline_sizes import DESKTOP, TimelineSizes
from explorer.ui.widgets.date_text import span_text
from explorer.ui.widgets.plain_text import plain_tooltip
from explorer.ui.widgets.touch_mode import in_touch_mode


class TimelineCanvas(QGraphicsItem):
    """Draws what is visible; owns no per-event items."""

    def __init__(self, view: TimelineView):
        super().__init__()
        self.view = view
        self.rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self.rect = rect

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        self.view.painter.paint_band(painter, self.view.frame(), option.exposedRect)


class TimelineView(QGraphicsView):
    card_requested = Signal(str)
    window_changed = Signal()

    def __init__(
        self,
        text_for: Callable[[Sequence[str]], dict[str, EventText]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.text_for = text_for
        self.layout_: TimelineLayout | None = None
        self.lane_styles: dict[str, LaneStyle] = {}
        self.eras: list[Era] = []
        self.collapsed: set[str] = set()
        self.days_per_pixel = 1.0
        self.zero_day = 0.0
        self.selected_id: str | None = None
        self._selected_index: int | None = None  # in the layout's order, as Tab left it
        self.language = "en"
        self._texts: dict[str, EventText] = {}
        self._press_pos: QPointF | None = None
        self.today = (date.today() - date(1970, 1, 1)).days
        self.sizes = DESKTOP
        self.painter = TimelinePainter()

        self.setScene(QGraphicsScene(self))
        self.canvas = TimelineCanvas(self)
        self.scene().addItem(self.canvas)
        self.scene().setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setBackgroundBrush(QColor(PALETTE.surface))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        # The overview strip is the scroll bar: drag its window to move through time.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._moving_window = False
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self._follow_scroll())
        self.horizontalScrollBar().valueChanged.connect(lambda _v: self.window_changed.emit())
        self.fitted = True
        """Whether the view follows its automatic choice (refitted on resize and new data):
        the whole band when ``whole`` is true, else where most events are."""
        self.whole = False

    # ---- data -------------------------------------------------------------------------

    def set_layout(
        self, layout: TimelineLayout, lane_styles: dict[str, LaneStyle], eras: Sequence[Era]
    ) -> None:
        had_layout = self.layout_ is not None
        self.layout_ = layout
        if self.selected_id is not None and not layout.contains(self.selected_id):
            self.selected_id = None
        self.lane_styles = lane_styles
        self.eras = list(eras)
        self._describe()
        centre = self.centre_day() if had_layout else None
        self._update_scene_rect()
        if not had_layout or not layout.lanes:
            self.show_default()
        elif self.fitted:
            self._refit()
        else:
            self.days_per_pixel = self._zoom_limited(self.days_per_pixel)
            self._update_scene_rect()
            self._scroll_day_to(centre, self._band_middle())
            self.window_changed.emit()
            self.viewport().update()

    def set_text_source(self, text_for: Callable[[Sequence[str]], dict[str, EventText]]) -> None:
        self.text_for = text_for
        self._texts.clear()
        self._describe()
        self.viewport().update()

    def reset(self) -> None:
        """Every lane open, nothing selected, the default view."""
        self.collapsed.clear()
        self.selected_id = None
        self._press_pos = None
        self.show_default()
        self.verticalScrollBar().setValue(0)

    def use_sizes(self, sizes: TimelineSizes) -> None:
        """Draw and hit-test at ``sizes`` (the kiosk's, for touch)."""
        self.sizes = sizes
        self.painter.set_sizes(sizes)
        self._update_scene_rect()
        self.viewport().update()

    def toggle_lane(self, lane: str) -> None:
        self.collapsed ^= {lane}
        self._update_scene_rect()
        self.viewport().update()

    # ---- geometry ----------------------------------------------------------------------

    def day_span(self) -> tuple[float, float]:
        """The band's days: every event, and today when it is near them (a quarter of
        their span away at most), with a margin."""
        layout = self.layout_
        if layout is None or not layout.lanes:
            return self.today - 3650, self.today + 365
        first, last = layout.first_day, layout.last_day
        near = (last - first) / 4
        if first - near <= self.today <= last + near:
            first, last = min(first, self.today), max(last, self.today)
        margin = max(MIN_MARGIN_DAYS, (last - first) * MARGIN_DAYS_FRACTION)
        return first - margin, last + margin

    def lane_top(self, lane: str) -> float:
        top = AXIS_HEIGHT + ERA_LABEL_HEIGHT
        for other in self.lanes():
            if other == lane:
                return top
            top += self.lane_height(other)
        raise KeyError(lane)

    def lanes(self) -> list[str]:
        return list(self.layout_.lanes) if self.layout_ else []

    def lane_height(self, lane: str) -> float:
        sizes = self.sizes
        return sizes.collapsed_height if lane in self.collapsed else sizes.lane_height

    def lane_at(self, y: float) -> str | None:
        top = AXIS_HEIGHT + ERA_LABEL_HEIGHT
        for lane in self.lanes():
            height = self.lane_height(lane)
            if top <= y < top + height:
                return lane
            top += height
        return None

    def _update_scene_rect(self, around: float | None = None) -> None:
        """The band plus a viewport's width of slack on each side, so that any day can be
        brought under any point of the view (zooming stays anchored even at the ends).

        A band wider than ``WINDOW_PX`` at this scale (days in a collection reaching back
        millions of years) is not a scene of its own: the scene is the part of it
        ``WINDOW_PX`` wide around the day ``around`` (the view's middle day unless given),
        and moves along the band as the view does (``_follow_scroll``)."""
        first, last = self.day_span()
        width = (last - first) / self.days_per_pixel
        if width > WINDOW_PX:
            days = WINDOW_PX * self.days_per_pixel
            around = self.centre_day() if around is None else around
            first = min(max(around - days / 2, first), last - days)
            width = WINDOW_PX
        self.zero_day = first
        slack = max(self.viewport().width(), 400)
        height = AXIS_HEIGHT + ERA_LABEL_HEIGHT + sum(self.lane_height(x) for x in self.lanes())
        height = max(height + 12, self.viewport().height())
        rect = QRectF(-slack, 0, width + 2 * slack, height)
        self.canvas.set_rect(rect)
        self.setSceneRect(rect)

    def _follow_scroll(self) -> None:
        """Move the scene along the band when a pan brings the view near its edge."""
        if self._moving_window:
            return
        first, last = self.day_span()
        if (last - first) / self.days_per_pixel <= WINDOW_PX:
            return
        bar = self.horizontalScrollBar()
        edge = self.viewport().width() * 2
        if bar.minimum() + edge < bar.value() < bar.maximum() - edge:
            return
        self._moving_window = True
        try:
            self._scroll_day_to(self.centre_day(), self._band_middle())
        finally:
            self._moving_window = False

    def x_of(self, day: float) -> float:
        return (day - self.zero_day) / self.days_per_pixel

    def day_of_x(self, scene_x: float) -> float:
        return scene_x * self.days_per_pixel + self.zero_day

    def day_at_view_x(self, view_x: float) -> float:
        return self.day_of_x(self.mapToScene(round(view_x), 0).x())

    def visible_days(self) -> tuple[float, float]:
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        return self.day_of_x(rect.left()), self.day_of_x(rect.right())

    def zoom_limits(self) -> tuple[float, float]:
        """The least and most days a pixel may show: at least a day in 48 pixels (a
        minute in some pixels), whatever the band's span; at most 20 years, or what
        fitting the whole band needs if that is more."""
        first, last = self.day_span()
        width = max(200, self.viewport().width() - HEADER_WIDTH)
        return MIN_DAYS_PER_PIXEL, max(MAX_DAYS_PER_PIXEL, (last - first) / width)

    def _zoom_limited(self, days_per_pixel: float) -> float:
        least, most = self.zoom_limits()
        return min(most, max(least, days_per_pixel))

    # ---- zoom and pan ------------------------------------------------------------------

    def zoom_at(self, factor: float, view_x: float) -> None:
        """Zoom by ``factor`` keeping the day under ``view_x`` where it is."""
        self.fitted = False
        day = self.day_at_view_x(view_x)
        new = self._zoom_limited(self.days_per_pixel / factor)
        if new == self.days_per_pixel:
            return
        self.days_per_pixel = new
        self._update_scene_rect()
        self._scroll_day_to(day, view_x)

    def _scroll_day_to(self, day: float, view_x: float) -> None:
        self._update_scene_rect(around=day)
        bar = self.horizontalScrollBar()
        offset = self.mapToScene(0, 0).x() - bar.value()
        bar.setValue(round(self.x_of(day) - offset - view_x))
        self.window_changed.emit()
        self.viewport().update()

    def zoom_in(self) -> None:
        self.zoom_at(ZOOM_STEP, self.viewport().width() / 2)

    def zoom_out(self) -> None:
        self.zoom_at(1 / ZOOM_STEP, self.viewport().width() / 2)

    def show_default(self) -> None:
        """Where the view opens: the stretch where most events are when the collection is
        dense in one period (see ``timeline_focus``), else every event."""
        dense = self.layout_.dense_days() if self.layout_ is not None else None
        if dense is None:
            self.fit_all()
            return
        first, last = dense
        margin = max(MIN_MARGIN_DAYS, (last - first) * MARGIN_DAYS_FRACTION)
        self.show_days(first - margin, last + margin)
        self.fitted, self.whole = True, False

    def _refit(self) -> None:
        if self.whole:
            self.fit_all()
        else:
            self.show_default()

    def fit_all(self) -> None:
        """Every event in view, whatever their span."""
        first, last = self.day_span()
        width = max(200, self.viewport().width() - HEADER_WIDTH - 24 - self.sizes.label_room)
        self.days_per_pixel = self._zoom_limited((last - first) / width)
        self._update_scene_rect()
        self._scroll_day_to(first, HEADER_WIDTH + 12)
        self.fitted, self.whole = True, True

    def go_to_year(self, year: int, span_years: float = 12) -> None:
        """Centre the view on ``year``, zoomed to show about ``span_years``."""
        self.fitted = False
        width = max(200, self.viewport().width() - HEADER_WIDTH)
        self.days_per_pixel = self._zoom_limited(span_years * 365.2425 / width)
        self._update_scene_rect()
        middle = day_number(year, 7, 1)
        self._scroll_day_to(middle, HEADER_WIDTH + width / 2)

    def show_days(self, first_day: float, last_day: float) -> None:
        """Zoom and scroll so the days from ``first_day`` to ``last_day`` fill the view."""
        self.fitted = False
        width = max(200, self.viewport().width() - HEADER_WIDTH - 80)
        span = max(MIN_MARGIN_DAYS, last_day - first_day)
        self.days_per_pixel = self._zoom_limited(span / width)
        self._update_scene_rect()
        self._scroll_day_to((first_day + last_day) / 2, HEADER_WIDTH + 40 + width / 2)

    def show_exactly(self, first_day: float, last_day: float) -> None:
        """Zoom and scroll so the view's edges are at ``first_day`` and ``last_day`` (as
        ``visible_days`` gave them), within the zoom's limits."""
        self.fitted = False
        span = max(MIN_MARGIN_DAYS, last_day - first_day)
        width = max(1, self.viewport().width())
        self.days_per_pixel = self._zoom_limited(span / width)
        self._update_scene_rect()
        self._scroll_day_to(first_day, 0)

    def choose(self, card_id: str | None) -> None:
        """Select the event of ``card_id`` (none if it is not shown), as Tab would."""
        layout = self.layout_
        self.selected_id = (
            card_id if layout is not None and card_id and layout.contains(card_id) else None
        )
        self.viewport().update()

    def centre_on_day(self, day: float) -> None:
        self.fitted = False
        self._scroll_day_to(day, self._band_middle())

    def centre_day(self) -> float:
        """The day at the middle of the band (right of the lane headers)."""
        return self.day_at_view_x(self._band_middle())

    def _band_middle(self) -> float:
        width = self.viewport().width()
        return HEADER_WIDTH + (width - HEADER_WIDTH) / 2

    def pan_pixels(self, dx: int) -> None:
        self.fitted = False
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + dx)

    # ---- events ------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:
            self._refit()
        else:
            self._update_scene_rect()

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if abs(delta.x()) > abs(delta.y()):
            self.pan_pixels(-delta.x())
            return
        if delta.y():
            self.zoom_at(ZOOM_STEP ** (delta.y() / 120), event.position().x())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(event, QGestureEvent) and isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_at(pinch.scaleFactor(), centre.x())
                event.accept()
                return True
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._leaves(event):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            QWidget.focusNextPrevChild(self, key == Qt.Key.Key_Tab and not shift)
            return
        step = max(40, self.viewport().width() // 8)
        actions = {
            Qt.Key.Key_Plus: self.zoom_in,
            Qt.Key.Key_Equal: self.zoom_in,
            Qt.Key.Key_Minus: self.zoom_out,
            Qt.Key.Key_Left: lambda: self.pan_pixels(-step),
            Qt.Key.Key_Right: lambda: self.pan_pixels(step),
            Qt.Key.Key_Home: self.fit_all,
            Qt.Key.Key_Tab: lambda: self.select_neighbour(+1),
            Qt.Key.Key_Backtab: lambda: self.select_neighbour(-1),
            Qt.Key.Key_Return: self.open_selected,
            Qt.Key.Key_Enter: self.open_selected,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Tab steps through events inside the timeline rather than leaving it (Ctrl+Tab
        # leaves, as from any control that takes Tab for itself; so does Tab with no event).
        return False

    def _leaves(self, event: QKeyEvent) -> bool:
        """Whether a Tab key moves the focus out of the view rather than along the events."""
        no_events = self.layout_ is None or not len(self.layout_.ordered)
        return bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier) or no_events

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press_pos = self._press_pos, None
        if press is None or (event.position() - press).manhattanLength() > 6:
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.activate_at(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons():
            return
        if self.hit(event.position()) is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        tooltip = self.tooltip_at(event.position())
        if tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), tooltip, self.viewport())
        else:
            QToolTip.hideText()

    def tooltip_at(self, view_pos: QPointF) -> str:
        """What hovering ``view_pos`` tells in full: an event or a cluster over its mark, a
        lane's name over the lane names, an era's name and span over its label."""
        hit = self.hit(view_pos)
        if hit is not None:
            return self._tooltip(hit)
        scene = self.mapToScene(view_pos.toPoint())
        if view_pos.x() < HEADER_WIDTH:
            lane = self.lane_at(scene.y())
            style = self.lane_styles.get(lane) if lane is not None else None
            return plain_tooltip(style.name) if style is not None else ""
        if AXIS_HEIGHT <= scene.y() < AXIS_HEIGHT + ERA_LABEL_HEIGHT:
            day = self.day_of_x(scene.x())
            spans = [(era.days(self.today), era) for era in self.eras]
            near = self.days_per_pixel  # a band a pixel wide can still be pointed at
            here = [
                (first, era) for (first, last), era in spans if first - near <= day <= last + near
            ]
            here.sort(key=lambda found: found[0], reverse=True)  # the newest first
            if here:
                return plain_tooltip("\n".join(self.era_text(era) for _, era in here))
        return ""

    def era_text(self, era: Era) -> str:
        """An era's full name and span, as the tooltip and the accessible text say them."""
        name, _ = pick(era.name, self.language)
        if era.end is None:  # it continues
            return f"{name}, {span_text(era.start, None)} –"
        return f"{name}, {span_text(era.start, era.end)}"

    def _describe(self) -> None:
        """The accessible description: the selected event, then every era in full (their
        labels may be elided on screen)."""
        parts = []
        if self.selected_id is not None and self.layout_ is not None:
            text = self.texts([self.selected_id])[self.selected_id]
            parts.append(f"{text.title}, {text.date}")
        parts.extend(self.era_text(era) for era in self.eras)
        self.setAccessibleDescription("; ".join(parts))

    # ---- hit testing and selection -----------------------------------------------------

    def hit(self, view_pos: QPointF) -> Cluster | None:
        if self.layout_ is None:
            return None
        scene = self.mapToScene(view_pos.toPoint())
        lane = self.lane_at(scene.y())
        if lane is None or view_pos.x() < HEADER_WIDTH:
            return None
        tolerance = self.sizes.hit_px * self.days_per_pixel
        return self.layout_.lane(lane).cluster_at(
            self.days_per_pixel, self.day_of_x(scene.x()), tolerance
        )

    def activate_at(self, view_pos: QPointF) -> None:
        if view_pos.x() < HEADER_WIDTH:
            scene = self.mapToScene(view_pos.toPoint())
            lane = self.lane_at(scene.y())
            if lane is not None:
                self.toggle_lane(lane)
            return
        labelled = self.painter.label_at(self.mapToScene(view_pos.toPoint()))
        if labelled is not None:
            self.selected_id = labelled
            self.card_requested.emit(labelled)
            return
        cluster = self.hit(view_pos)
        if cluster is None:
            return
        events = self.layout_.lane(cluster.lane).events_of(cluster)
        if len(events) == 1:
            self.selected_id = events[0].id
            self.card_requested.emit(events[0].id)
        else:
            self.show_days(cluster.first_day, cluster.last_day)

    def _tooltip(self, cluster: Cluster) -> str:
        if cluster.is_single:
            card_id = self.layout_.lane(cluster.lane).events[cluster.start].id
            text = self.texts([card_id])[card_id]
            return plain_tooltip(f"{text.title}\n{text.date}")
        if in_touch_mode(self):
            return self.tr("%n event(s): tap to zoom in", "", cluster.count)
        return self.tr("%n event(s): click to zoom in", "", cluster.count)

    def select_neighbour(self, step: int) -> None:
        """Select the event ``step`` places along the chronological order (Tab, Shift+Tab);
        with nothing selected, the first event that ends in view."""
        if self.layout_ is None:
            return
        ordered = self.layout_.ordered
        if not ordered:
            return
        index = self._index_of_selected(ordered)
        if index is not None:
            index = (index + step) % len(ordered)
        else:
            first_visible, _ = self.visible_days()
            index = self.layout_.first_ending_from(first_visible) or 0
        self._selected_index = index
        event = ordered[index]
        self.selected_id = event.id
        first_visible, last_visible = self.visible_days()
        if not first_visible <= event.first_day <= last_visible:
            self.centre_on_day(event.first_day)
        self.viewport().update()
        self._describe()

    def _index_of_selected(self, ordered: Sequence[TimelineEvent]) -> int | None:
        """Where the selected event is in ``ordered``: where Tab last left it when it is still
        there (so stepping costs nothing however many events there are), else looked for."""
        if self.selected_id is None:
            return None
        known = self._selected_index
        if known is not None and known < len(ordered) and ordered[known].id == self.selected_id:
            return known
        return self.layout_.position_of(self.selected_id)

    def open_selected(self) -> None:
        if self.selected_id is not None:
            self.card_requested.emit(self.selected_id)

    def texts(self, ids: Sequence[str]) -> dict[str, EventText]:
        missing = [card_id for card_id in ids if card_id not in self._texts]
        if missing:
            if len(self._texts) > 5000:
                self._texts.clear()
            self._texts.update(self.text_for(missing))
        return {card_id: self._texts[card_id] for card_id in ids}

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timeline"))
        self.viewport().update()

    def frame(self) -> TimelineFrame:
        """What a paint needs, as the view is now."""
        rows = []
        top = AXIS_HEIGHT + ERA_LABEL_HEIGHT
        for lane in self.lanes():
            height = self.lane_height(lane)
            style = self.lane_styles.get(lane, LaneStyle(lane, PALETTE.muted))
            rows.append(LaneRow(lane, top, height, lane in self.collapsed, style))
            top += height
        origin = self.mapToScene(0, 0)
        viewport = self.viewport()
        first_day, last_day = self.visible_days()
        return TimelineFrame(
            layout=self.layout_,
            rows=tuple(rows),
            days_per_pixel=self.days_per_pixel,
            origin_x=origin.x(),
            origin_y=origin.y(),
            viewport_width=viewport.width(),
            viewport_height=viewport.height(),
            first_day=first_day,
            last_day=last_day,
            texts=self.texts,
            eras=tuple(self.eras),
            language=self.language,
            today=self.today,
            selected_id=self.selected_id,
            sizes=self.sizes,
            zero_day=self.zero_day,
        )

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self.painter.paint_foreground(painter, self.frame())

    def sizeHint(self) -> QSize:
        return QSize(900, 520)
