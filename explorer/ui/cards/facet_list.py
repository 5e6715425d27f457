"""A facet's values in the Refine column: a list that is as tall as its rows, never scrolled.

The Refine column scrolls them all together; each facet is one list, so one Tab stop: the
arrows, Home and End move among its values, Space or Enter checks one, a click or tap
anywhere on a value checks it. Each row is painted (a check, the name, the count on the
right), none is a widget: a new answer changes rows, not hundreds of check boxes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QWidget,
)

from explorer.ui.cards.facet_value_delegate import ROW_PADDING, FacetValueDelegate
from explorer.ui.cards.facet_values import FacetValues
from explorer.ui.widgets.touch_mode import in_touch_mode

TOUCH_ROW_PX = 44
"""A value's row in touch mode: as tall as the kiosk's other touch targets."""


def row_height(view: QWidget) -> int:
    """How tall a value's row is in ``view``: its type and padding, taller for a finger."""
    height = QFontMetrics(view.font()).height() + 2 * ROW_PADDING
    return max(height, TOUCH_ROW_PX) if in_touch_mode(view) else height


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
        return self.values.key_at(index.row()) if index.isValid() else None

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
        """The keyboard's row is shown when the keyboard moved it; a new answer putting it
        back in place moves the column under no one's eyes."""
        super().currentChanged(current, previous)
        if current.isValid() and self.hasFocus():
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
