"""A facet's values in the Refine column: a list that is as tall as its rows, never scrolled.

The Refine column scrolls them all together; each facet is one list, so one Tab stop: the
arrows, Home and End move among its values, Space or Enter checks one, a click or tap
anywhere on a value checks it. Each row is painted (a check, the name, the count on the
right), none is a widget: a new answer changes rows, not hundreds of check boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from explorer.ui.cards.facet_values import COUNT_ROLE, FacetValues
from explorer.ui.shell.theme import PALETTE
from explorer.ui.widgets.touch_mode import in_touch_mode

TOUCH_ROW_PX = 44
"""A value's row in touch mode: as tall as the kiosk's other touch targets."""
ROW_PADDING = 6
GAP = 8
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Select)


def row_height(view: QWidget) -> int:
    """How tall a value's row is in ``view``: its type and padding, taller for a finger."""
    height = QFontMetrics(view.font()).height() + 2 * ROW_PADDING
    return max(height, TOUCH_ROW_PX) if in_touch_mode(view) else height


class FacetValueDelegate(QStyledItemDelegate):
    """Paints a value: a hover or focus outline, its check, its name and its count."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        view = self.parent()
        return QSize(option.rect.width(), row_height(view))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        from PySide6.QtWidgets import QStyle  # not at import: the window is drawn before a value

        state, flags = option.state, QStyle.StateFlag
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & flags.State_MouseOver:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(PALETTE.line))
            painter.drawRoundedRect(rect, 6, 6)
        if state & flags.State_HasFocus and self.parent().hasFocus():
            painter.setPen(QPen(QColor(PALETTE.focus), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 6, 6)
        metrics = option.fontMetrics
        side = max(12, round(metrics.height() * 0.85))
        box = QRectF(rect.left() + ROW_PADDING, rect.center().y() - side / 2, side, side)
        _paint_check(painter, box, index.data(Qt.ItemDataRole.CheckStateRole))
        count = index.data(COUNT_ROLE) or ""
        count_width = metrics.horizontalAdvance(count)
        right = int(rect.right()) - ROW_PADDING
        text_rect = QRect(
            int(box.right()) + GAP,
            option.rect.top(),
            right - count_width - GAP - int(box.right()) - GAP,
            option.rect.height(),
        )
        label = metrics.elidedText(
            index.data(Qt.ItemDataRole.DisplayRole) or "",
            Qt.TextElideMode.ElideRight,
            max(0, text_rect.width()),
        )
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.setPen(QColor(PALETTE.ink))
        painter.drawText(text_rect, middle | Qt.AlignmentFlag.AlignLeft, label)
        painter.setPen(QColor(PALETTE.muted))
        count_rect = QRect(
            right - count_width, option.rect.top(), count_width, option.rect.height()
        )
        painter.drawText(count_rect, middle | Qt.AlignmentFlag.AlignRight, count)
        painter.restore()

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


def _paint_check(painter: QPainter, box: QRectF, state) -> None:
    if state == Qt.CheckState.Checked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PALETTE.sky_deep))
        painter.drawRoundedRect(box, 3, 3)
        tick = QPainterPath(
            QPointF(box.left() + box.width() * 0.22, box.top() + box.height() * 0.52)
        )
        tick.lineTo(box.left() + box.width() * 0.42, box.top() + box.height() * 0.72)
        tick.lineTo(box.left() + box.width() * 0.78, box.top() + box.height() * 0.30)
        pen = QPen(QColor(PALETTE.surface), max(1.5, box.width() / 8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    else:
        painter.setPen(QPen(QColor(PALETTE.muted), 1.5))
        painter.setBrush(QColor(PALETTE.surface))
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
        self.setItemDelegate(FacetValueDelegate(self))
        self.setModel(model)
        self.values = model
        self._current: tuple[object, int] | None = None
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._after_reset)

    def fit(self) -> None:
        """As tall as its rows; hidden when it has none."""
        rows = self.values.rowCount()
        height = rows * row_height(self)
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
        if event.type() == QEvent.Type.FontChange:
            self.fit()

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
