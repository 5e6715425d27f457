"""Touch mode: a window shown on a touch screen with no keyboard (the exhibit kiosk).

The kiosk marks its window; the widgets in it word their hints for fingers ("tap") and
leave keyboard shortcuts out of them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_TOUCH_MODE = "touchMode"


def mark_touch_mode(window: QWidget) -> None:
    window.setProperty(_TOUCH_MODE, True)


def in_touch_mode(widget: QWidget | None) -> bool:
    """Whether ``widget`` or a widget it is in is marked for touch."""
    while widget is not None:
        if widget.property(_TOUCH_MODE):
            return True
        widget = widget.parentWidget()
    return False
