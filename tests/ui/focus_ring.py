"""Telling whether a widget shows that it has the keyboard focus: it is drawn with and
without the focus, and the two pictures must differ clearly."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

CLEARLY = 20
"""A focus ring changes more pixels than this (a 2 px ring round a 30 px chip, hundreds)."""


def _pixels(widget: QWidget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return np.frombuffer(image.constBits(), dtype=np.uint32).copy()


def changed_pixels(widget: QWidget) -> int:
    """How many pixels of ``widget`` change when it loses the focus (it keeps it)."""
    assert widget.hasFocus(), f"{widget!r} has not the focus"
    QApplication.processEvents()
    focused = _pixels(widget)
    widget.clearFocus()
    QApplication.processEvents()
    unfocused = _pixels(widget)
    widget.setFocus()
    QApplication.processEvents()
    assert focused.shape == unfocused.shape, "the focus does not change the widget's size"
    return int(np.count_nonzero(focused != unfocused))


def shows_focus(widget: QWidget) -> bool:
    return changed_pixels(widget) > CLEARLY
