"""A facet's values in the Refine column: a list that is as tall as its rows, never scrolled.

The Refine column scrolls them all together; each facet is one list, so one Tab stop: the
arrows, Home and End move among its values, Space or Enter checks one, a click or tap
anywhere on a value checks it. Each row is painted (a check, the name, the count on the
right), none is a widget: a new answer changes rows, not hundreds of check boxes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QStaticText,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from explorer.ui.cards.facet_values import FacetValues
from explorer.ui.shell.theme import PALETTE
from explorer.ui.widgets.touch_mode import in_touch_mode

TOUCH_ROW_PX = 44
"""A value's row in touch mode: as tall as the kiosk's other touch targets."""
ROW_PADDING = 6
GAP = 8
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select)
KEPT_TEXTS = 4000
"""Laid-out names and counts kept (a few hundred values, each at a width or two)."""


def row_height(view: QWidget) -> int:
    """How tall a value's row is in ``view``: its type and padding, taller for a finger."""
    height = QFontMetrics(view.font()).height() + 2 * ROW_PADDING
    return max(height, TOUCH_ROW_PX) if in_touch_mode(view) else height


class FacetValueDelegate(QStyledItemDelegate):
    """Paints a value: a hover or focus outline, its check, its name and its count.

    A value is painted from the model's own record of it, and its texts are laid out once:
    a new answer repaints every value in sight."""

    def __init__(self, view: FacetList):
        super().__init__(view)
        self.view = view
        # Texts laid out once and drawn as they are (``QStaticText``): laying a text out is
        # most of what drawing it costs, and a value is drawn again at every answer.
        self._texts: dict[tuple[str, int, float], QStaticText] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(option.rect.width(), self.view.row_px)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        from PySide6.QtWidgets import QStyle  # not at import: the window is drawn before a value

        state, flags = option.state, QStyle.StateFlag
        focused = bool(state & flags.State_HasFocus) and self.view.hasFocus()
        self.paint_row(
            painter,
            option.rect,
            option.font,
            index.row(),
            bool(state & flags.State_MouseOver),
            focused,
        )

    def paint_row(
        self, painter: QPainter, area: QRect, font: QFont, row: int, hovered: bool, focused: bool
    ) -> None:
        """Paint the value of ``row`` in ``area``."""
        label, count, chosen = self.view.values.painted(row)
        rect = QRectF(area).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_colours().line)
            painter.drawRoundedRect(rect, 6, 6)
        if focused:
            painter.setPen(QPen(_colours().focus, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        metrics = self.view.metrics
        size = font.pointSizeF()
        side = max(12, round(metrics.height() * 0.85))
        box = QRectF(rect.left() + ROW_PADDING, rect.center().y() - side / 2, side, side)
        _paint_check(painter, box, chosen)
        count_text = self._text(count, -1, size, metrics)
        count_width = round(count_text.size().width())
        right = int(rect.right()) - ROW_PADDING
        left = int(box.right()) + GAP
        label_text = self._text(label, max(0, right - count_width - GAP - left), size, metrics)
        y = area.top() + (area.height() - metrics.height()) / 2
        painter.setPen(_colours().ink)
        painter.drawStaticText(QPointF(left, y), label_text)
        painter.setPen(_colours().muted)
        painter.drawStaticText(QPointF(right - count_width, y), count_text)
        painter.restore()

    def _text(self, text: str, room: int, size: float, metrics: QFontMetrics) -> QStaticText:
        """``text`` laid out for drawing, cut to ``room`` pixels unless ``room`` is -1."""
        key = (text, room, size)
        laid_out = self._texts.get(key)
        if laid_out is None:
            if len(self._texts) > KEPT_TEXTS:
                self._texts.clear()
            fitted = (
                text if room < 0 else metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            )
            laid_out = self._texts[key] = QStaticText(fitted)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
        return laid_out

    def editorEvent(
        self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex
    ) -> bool:
        """A click or tap anywhere on the row, or Space or Enter, checks the value."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease:
            if event.button() != Qt.MouseButton.LeftButton or not option.rect.contains(
                event.position().toPoint()
            ):
                return False
        elif not (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in TOGGLE_KEYS
        ):
            return False
        model.toggle(index.row())
        return True


class _Colours:
    """The palette's colours as Qt colours, made once (not before the first value is painted)."""

    def __init__(self) -> None:
        for name in ("line", "focus", "ink", "muted", "sky_deep", "surface"):
            setattr(self, name, QColor(getattr(PALETTE, name)))


@cache
def _colours() -> _Colours:
    return _Colours()


def _paint_check(painter: QPainter, box: QRectF, chosen: bool) -> None:
    if chosen:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_colours().sky_deep)
        painter.drawRoundedRect(box, 3, 3)
        tick = QPainterPath(
            QPointF(box.left() + box.width() * 0.22, box.top() + box.height() * 0.52)
        )
        tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72)
        tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.30)
        pen = QPen(_colours().surface, max(1.5, box.width() / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        painter.setPen(QPen(_colours().muted, 1.5))
        painter.setBrush(_colours().surface)
        painter.drawRoundedRect(box.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3)


class FacetList(QListView):
    """``current_moved`` says which row the keyboard moved to, for the column to scroll to."""

    current_moved = Signal(QRect)

    def __init__(self, model: FacetValues, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("facetValues")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setMouseTracking(True)
        self.row_px = row_height(self)
        self.metrics = QFontMetrics(self.font())
        self._hovered = -1
        self._grounded = False
        self.delegate = FacetValueDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setModel(model)
        self.values = model
        self._current: tuple[object, int] | None = None
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._after_reset)

    def fit(self) -> None:
        """As tall as its rows; hidden when it has none."""
        rows = self.values.rowCount()
        height = rows * self.row_px
        if rows and not self._grounded:
            # The column's ground behind the values. The viewport is asked for only once
            # values come: asking makes PySide6 look through every widget class, which a
            # start does not wait for.
            self.viewport().setBackgroundRole(QPalette.ColorRole.Window)
            self._grounded = True
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
        if self.isHidden() == bool(rows):
            self.setVisible(bool(rows))

    def current_key(self):
        index = self.currentIndex()
        return self.values.keys()[index.row()] if index.isValid() else None

    def go_to(self, key) -> bool:
        """Make ``key``'s row the current one (where the keyboard is); False if not shown."""
        row = self.values.row_of(key)
        if row is None:
            return False
        self.setCurrentIndex(self.values.index(row))
        return True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ParentChange):
            self.row_px = row_height(self)  # touch mode comes with the window it is in
            self.metrics = QFontMetrics(self.font())
            self.fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The rows in the rectangle to paint, each by the delegate: an item view would also
        ask the style sheet for each row's panel, most of what a repaint cost."""
        rows = self.values.rowCount()
        if not rows:
            return
        area, height = event.rect(), self.row_px
        first, last = max(0, area.top() // height), min(rows - 1, area.bottom() // height)
        if first > last:
            return
        row_rect = self.visualRect(self.values.index(first))
        current = self.currentIndex().row() if self.hasFocus() else -1
        painter = QPainter(self.viewport())
        font = self.font()
        for row in range(first, last + 1):
            self.delegate.paint_row(
                painter, row_rect, font, row, row == self._hovered, row == current
            )
            row_rect.translate(0, height)
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        self._hover(self.indexAt(event.position().toPoint()).row())

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        self._hover(-1)

    def _hover(self, row: int) -> None:
        """The row under the pointer is outlined; -1 for none."""
        if row == self._hovered:
            return
        for changed in (self._hovered, row):
            if changed >= 0:
                self.viewport().update(self.visualRect(self.values.index(changed)))
        self._hovered = row

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter checks the value too (an item view would only say it was activated)."""
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            self.values.toggle(current.row())
            return
        super().keyPressEvent(event)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if current.isValid():
            self.current_moved.emit(self.visualRect(current))

    def _remember_current(self) -> None:
        self._hovered = -1
        index = self.currentIndex()
        self._current = (self.current_key(), index.row()) if index.isValid() else None

    def _after_reset(self) -> None:
        """The keyboard stays on its value if it is still shown, else on the row in its place."""
        current, self._current = self._current, None
        if current is None or self.go_to(current[0]):
            return
        rows = self.values.rowCount()
        if rows:
            self.setCurrentIndex(self.values.index(min(current[1], rows - 1)))
