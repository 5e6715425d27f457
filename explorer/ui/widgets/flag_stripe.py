"""A thin stripe in the colours of both flags: Kazakh sky blue and gold, Italian tricolour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
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
        width = self.width() / len(_COLOURS)
        for i, colour in enumerate(_COLOURS):
            painter.fillRect(QRectF(i * width, 0, width + 0.5, self.height()), QColor(colour))
