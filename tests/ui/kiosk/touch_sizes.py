"""Controls too small for a fingertip: what the kiosk's touch tests look for."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListView, QWidget

from explorer.ui.kiosk.kiosk_style import TOUCH_PX


def too_small_controls(root: QWidget) -> list[str]:
    """Visible interactive controls smaller than a fingertip: widgets, and the rows of lists."""
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QListView) and widget.isVisible() and widget.model() is not None:
            if widget.model().rowCount() and widget.sizeHintForRow(0) < TOUCH_PX:
                found.append(f"a row of {widget.objectName()}: {widget.sizeHintForRow(0)} px")
            continue
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
