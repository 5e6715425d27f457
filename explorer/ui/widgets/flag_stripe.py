"""A thin stripe in the colours of both flags: Kazakh sky blue and gold, Italian tricolour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from explorer.ui.shell.theme import PALETTE

_COLOURS = (PALETTE.sky, PALETTE.gold, PALETTE.green, "#ffffff", PALETTE.red)


class FlagStripe(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(QSize(60, 4))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        width = self.width() / len(_COLOURS)
        # A brush and drawRect, not fillRect: which fillRect is meant PySide6 finds only after
        # making QGradient's enums, a few milliseconds of the window's first paint.
        for i, colour in enumerate(_COLOURS):
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(i * width, 0, width + 0.5, self.height()))
