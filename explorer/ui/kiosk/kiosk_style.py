"""The kiosk's touch style: every control at least 44 × 44 px and larger type, for standing
visitors using fingers. Applied on top of the normal theme."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyledItemDelegate,
    QWidget,
)
from shiboken6 import isValid

from explorer.ui.shell.main_window import MainWindow
from explorer.ui.shell.theme import BASE_POINT_SIZE
from explorer.ui.widgets.touch_mode import mark_touch_mode

TOUCH_PX = 44
KIOSK_TYPE_SCALE = 13 / BASE_POINT_SIZE
_ENLARGED = "kioskTypeEnlarged"

KIOSK_STYLE_SHEET = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QCheckBox {{ min-height: {TOUCH_PX}px; }}
QPushButton, QToolButton, QComboBox {{ min-width: {TOUCH_PX}px; }}
QPushButton#chip {{ padding: 8px 18px; }}
QMenu::item {{ padding: 12px 28px; min-height: {TOUCH_PX - 24}px; }}
QPushButton#chip:focus {{ padding: 7px 17px; }}
QToolButton#navButton {{ min-width: {TOUCH_PX + 8}px; min-height: {TOUCH_PX + 8}px;
    border-radius: {(TOUCH_PX + 8) // 2}px; }}
QLineEdit#search, QComboBox#language, QLineEdit#yearBox {{ min-height: {TOUCH_PX - 12}px; }}
QLineEdit QToolButton {{ min-height: 0px; min-width: 0px; }}
QCheckBox::indicator {{ width: 26px; height: 26px; }}
QComboBox QAbstractItemView::item {{ min-height: {TOUCH_PX}px; }}
QToolButton#railButton {{ font-size: 11.5pt; }}
QLineEdit#search, QListView#timelineList {{ font-size: 13.5pt; }}
QToolButton#navButton {{ font-size: 17pt; }}
QLabel#eyebrow {{ font-size: 11pt; }}
QLabel#sectionTitle {{ font-size: 16pt; }}
QScrollBar:vertical {{ width: 22px; }}
"""


class KioskType(QObject):
    """Larger type for every widget in ``window``, those made later included.

    Qt does not pass a window's font down to its children while the application has a style
    sheet, so each widget's font is enlarged as it is polished. Widgets given a font of their
    own are left alone: they size it themselves (the card page scales from its own font, the
    grid's tiles from the grid's font).
    """

    def __init__(self, window: QWidget, scale: float):
        super().__init__(window)
        self.window, self.scale = window, scale
        for widget in [window, *window.findChildren(QWidget)]:
            if isValid(widget):  # enlarging a card page rebuilds it, deleting its old parts
                self._enlarge(widget)
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            type(event) is QEvent  # a polish event is a plain one: others are not asked their type
            and event.type() == QEvent.Type.Polish
            and isinstance(watched, QWidget)
            and self.window.isAncestorOf(watched)
        ):
            self._enlarge(watched)
        return False

    def _enlarge(self, widget: QWidget) -> None:
        if widget.property(_ENLARGED) or widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            return
        larger = QFont(widget.font())
        larger.setPointSizeF(larger.pointSizeF() * self.scale)
        widget.setProperty(_ENLARGED, True)
        widget.setFont(larger)


def apply_kiosk_style(window: MainWindow) -> None:
    """Style the kiosk window (and so everything in it) for touch, leaving the app alone."""
    mark_touch_mode(window)
    window.retranslate()  # hints worded for touch
    window.setStyleSheet(KIOSK_STYLE_SHEET)
    KioskType(window, KIOSK_TYPE_SCALE)
    # The style sheet's row height reaches a combo box's list only through a styled delegate.
    for box in window.findChildren(QComboBox):
        box.setItemDelegate(QStyledItemDelegate(box))
