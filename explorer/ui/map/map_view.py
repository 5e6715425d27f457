"""The map: an offline basemap that zooms and pans, with layers painted over it.

Map units come from ``explorer.domain.map_projection`` (x east, y south, one unit a degree of
latitude). The view is a centre and a scale (pixels per map unit); ``to_widget()`` is the
transform from map units to widget pixels.

Layers (places, routes) are added with ``add_layer``. On each paint, after the basemap, the
view calls ``layer.paint(painter, to_widget, visible, pixels_per_unit)`` for each layer in
order, with the painter in widget pixels (no transform set), ``to_widget`` a ``QTransform``,
``visible`` the visible map area (``QRectF``, map units). A layer's ``changed`` signal, if it
has one, repaints the view. A click that is not a drag is offered to the layers in reverse
order as ``layer.click(widget_point, to_widget) -> bool`` (True: handled), if they have it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGestureEvent, QPinchGesture, QWidget

from explorer.domain.map_projection import project
from explorer.ui.map import map_style as style
from explorer.ui.map.basemap import Basemap, basemap
from explorer.ui.map.basemap_painter import WORLD_RECT, BasemapPainter
from explorer.ui.map.map_labels import PlacedLabel
from explorer.ui.shell.theme import text_scale

HOME_WEST_SOUTH = (5.0, 33.0)
HOME_EAST_NORTH = (90.0, 58.0)
"""Italy and Kazakhstan together: the view the map opens on."""
ZOOM_STEP = 1.25
"""The zoom of one wheel notch or one key press."""
PAN_FRACTION = 0.125
"""The part of the widget an arrow key pans."""
CLOSEST_SPAN = 0.3
"""Map units (about 33 km, a city's width) across the widget at the closest zoom."""


def _map_rect(west_south: tuple[float, float], east_north: tuple[float, float]) -> QRectF:
    left, bottom = project(*west_south)
    right, top = project(*east_north)
    return QRectF(QPointF(left, top), QPointF(right, bottom))


HOME_RECT = _map_rect(HOME_WEST_SOUTH, HOME_EAST_NORTH)


def _within(centre: float, low: float, high: float, span: float) -> float:
    """A centre that keeps a view ``span`` wide on the world (from ``low`` to ``high``): the
    world's middle when the view is wider than the world."""
    if span >= high - low:
        return (low + high) / 2
    return min(max(centre, low + span / 2), high - span / 2)


class MapView(QWidget):
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None, map_data: Basemap | None = None):
        super().__init__(parent)
        self.basemap_painter = BasemapPainter(map_data or basemap())
        self.layers: list[Any] = []
        self.labels: list[PlacedLabel] = []
        """The names written in the last frame, where they were written."""
        self._centre = HOME_RECT.center()
        self._scale = 1.0
        self._at_home = True
        self._fitted_to = QSize()
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragged = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.setMinimumSize(200, 150)
        self.retranslate()
        self.home()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Map"))
        self.update()

    # -- the view -----------------------------------------------------------------------

    def scale(self) -> float:
        """Pixels per map unit."""
        self._follow_size()
        return self._scale

    def centre(self) -> QPointF:
        self._follow_size()
        return QPointF(self._centre)

    def to_widget(self) -> QTransform:
        """The transform from map units to widget pixels."""
        self._follow_size()
        return (
            QTransform()
            .translate(self.width() / 2, self.height() / 2)
            .scale(self._scale, self._scale)
            .translate(-self._centre.x(), -self._centre.y())
        )

    def map_to_widget(self, x: float, y: float) -> QPointF:
        return self.to_widget().map(QPointF(x, y))

    def widget_to_map(self, point: QPointF) -> QPointF:
        inverse, _ = self.to_widget().inverted()
        return inverse.map(QPointF(point))

    def visible_map_rect(self) -> QRectF:
        inverse, _ = self.to_widget().inverted()
        return inverse.mapRect(QRectF(0, 0, self.width(), self.height()))

    def zoom_limits(self) -> tuple[float, float]:
        """The least scale (the whole world in the widget) and the greatest (a city's width)."""
        least = min(self.width() / WORLD_RECT.width(), self.height() / WORLD_RECT.height())
        return least, max(self.width(), self.height()) / CLOSEST_SPAN

    def home(self) -> None:
        """Shows Italy and Kazakhstan together."""
        self.show_map_rect(HOME_RECT)
        self._at_home = True

    def show_map_rect(self, rect: QRectF) -> None:
        """Fits ``rect`` (map units) in the widget, centred."""
        scale = min(self.width() / rect.width(), self.height() / rect.height())
        self._set_view(rect.center(), scale)

    def zoom_at(self, factor: float, widget_point: QPointF) -> None:
        """Zooms by ``factor``, the map point under ``widget_point`` staying where it is."""
        self._follow_size()
        anchor = self.widget_to_map(widget_point)
        least, greatest = self.zoom_limits()
        scale = min(max(self._scale * factor, least), greatest)
        offset = QPointF(widget_point) - QPointF(self.width() / 2, self.height() / 2)
        self._set_view(anchor - offset / scale, scale)

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Moves the map by ``dx``, ``dy`` pixels (positive: the map moves right and down)."""
        self._follow_size()
        self._set_view(self._centre - QPointF(dx, dy) / self._scale, self._scale)

    def _follow_size(self) -> None:
        """Refits the view to a new size: a hidden widget gets its resize event only when
        shown, and the view must be right before that."""
        if self.size() == self._fitted_to:
            return
        self._fitted_to = self.size()
        if self._at_home:
            self.home()
        else:
            self._set_view(self._centre, self._scale)

    def _set_view(self, centre: QPointF, scale: float) -> None:
        self._fitted_to = self.size()
        least, greatest = self.zoom_limits()
        scale = min(max(scale, least), greatest)
        x = _within(centre.x(), WORLD_RECT.left(), WORLD_RECT.right(), self.width() / scale)
        y = _within(centre.y(), WORLD_RECT.top(), WORLD_RECT.bottom(), self.height() / scale)
        self._at_home = False
        if (QPointF(x, y), scale) == (self._centre, self._scale):
            return
        self._centre, self._scale = QPointF(x, y), scale
        self.update()
        self.view_changed.emit()

    # -- layers -------------------------------------------------------------------------

    def add_layer(self, layer: Any) -> None:
        """Paints ``layer`` over the basemap and the layers added before it (see the module)."""
        self.layers.append(layer)
        changed = getattr(layer, "changed", None)
        if changed is not None:
            changed.connect(self.update)
        self.update()

    # -- painting -----------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        self.basemap_painter.set_text_scale(text_scale(self.font()))
        painter = QPainter(self)
        to_widget = self.to_widget()
        visible = self.visible_map_rect()
        placer = self.basemap_painter.paint(painter, to_widget, visible, self._scale, self.size())
        self.labels = placer.labels()
        for layer in self.layers:
            painter.save()
            layer.paint(painter, to_widget, visible, self._scale)
            painter.restore()
        if self.hasFocus():
            pen = QPen(style.FOCUS, 3)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._follow_size()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- input --------------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_at(ZOOM_STEP**steps, event.position())
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                centre = self.mapFromGlobal(pinch.centerPoint().toPoint())
                self.zoom_at(pinch.scaleFactor(), QPointF(centre))
                event.accept()
                return True
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_at(1.0 + event.value(), event.position())
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        step_x, step_y = self.width() * PAN_FRACTION, self.height() * PAN_FRACTION
        centre = QPointF(self.width() / 2, self.height() / 2)
        actions = {
            Qt.Key.Key_Left: lambda: self.pan_pixels(step_x, 0),
            Qt.Key.Key_Right: lambda: self.pan_pixels(-step_x, 0),
            Qt.Key.Key_Up: lambda: self.pan_pixels(0, step_y),
            Qt.Key.Key_Down: lambda: self.pan_pixels(0, -step_y),
            Qt.Key.Key_Plus: lambda: self.zoom_at(ZOOM_STEP, centre),
            Qt.Key.Key_Equal: lambda: self.zoom_at(ZOOM_STEP, centre),
            Qt.Key.Key_Minus: lambda: self.zoom_at(1 / ZOOM_STEP, centre),
            Qt.Key.Key_Home: self.home,
        }
        action = actions.get(Qt.Key(key))
        if action is None:
            super().keyPressEvent(event)
            return
        action()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragged = False
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self._last is None:
            super().mouseMoveEvent(event)
            return
        position = event.position()
        if (position - self._press).manhattanLength() >= QApplication.startDragDistance():
            self._dragged = True
        if self._dragged:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            delta = position - self._last
            self.pan_pixels(delta.x(), delta.y())
        self._last = position
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        clicked = not self._dragged
        self._press = self._last = None
        self.unsetCursor()
        if clicked:
            self._click(event.position())
        event.accept()

    def _click(self, point: QPointF) -> None:
        to_widget = self.to_widget()
        for layer in reversed(self.layers):
            click = getattr(layer, "click", None)
            if click is not None and click(point, to_widget):
                return
