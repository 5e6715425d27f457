"""The kiosk's touch style: every control at least 44 × 44 px and larger type, for standing
visitors using fingers. Applied on top of the normal theme."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from explorer.ui.theme import font

TOUCH_PX = 44

KIOSK_STYLE_SHEET = f"""
QPushButton, QToolButton, QComboBox, QLineEdit, QCheckBox {{ min-height: {TOUCH_PX}px; }}
QPushButton, QToolButton, QComboBox {{ min-width: {TOUCH_PX}px; }}
QPushButton#chip {{ padding: 8px 18px; }}
QToolButton#navButton {{ min-width: {TOUCH_PX + 8}px; min-height: {TOUCH_PX + 8}px;
    border-radius: {(TOUCH_PX + 8) // 2}px; }}
QLineEdit#search, QComboBox#language, QLineEdit#yearBox {{ min-height: {TOUCH_PX - 12}px; }}
QCheckBox::indicator {{ width: 26px; height: 26px; }}
QScrollBar:vertical {{ width: 22px; }}
"""


def apply_kiosk_style(window: QWidget) -> None:
    """Style the kiosk window (and so everything in it) for touch, leaving the app alone."""
    window.setStyleSheet(KIOSK_STYLE_SHEET)
    window.setFont(font(13))


def too_small_controls(root: QWidget) -> list[str]:
    """Visible interactive controls smaller than a fingertip."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, QAbstractButton | QComboBox | QLineEdit):
            continue
        if not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.parentWidget() is not None and widget.parentWidget().inherits("QLineEdit"):
            continue  # the clear button inside the search field is part of a 44-px field
        size = widget.size()
        if size.height() < TOUCH_PX or size.width() < TOUCH_PX:
            found.append(f"{type(widget).__name__}: {size.width()}x{size.height()}")
    return found
