"""Which names the map writes: each where its place is, only when it fits, and never over
another name (greedy, most important first)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF

GAP = 3.0
"""Pixels kept free around every name."""


@dataclass(frozen=True)
class PlacedLabel:
    text: str
    rect: QRectF
    """Where the text is drawn, in widget pixels."""
    font: QFont


class LabelPlacer:
    """Collects labels for one frame, refusing any that would overlap one already placed."""

    def __init__(self, bounds: QRectF):
        self.bounds = bounds
        self.placed: list[PlacedLabel] = []
        self._metrics: dict[int, QFontMetricsF] = {}

    def size(self, text: str, font: QFont) -> tuple[float, float]:
        key = id(font)
        metrics = self._metrics.get(key)
        if metrics is None:
            metrics = self._metrics[key] = QFontMetricsF(font)
        return metrics.horizontalAdvance(text), metrics.height()

    def free(self, rect: QRectF) -> bool:
        grown = rect.adjusted(-GAP, -GAP, GAP, GAP)
        if not self.bounds.contains(rect):
            return False
        return not any(grown.intersects(label.rect) for label in self.placed)

    def place_centred(self, text: str, font: QFont, centre: QPointF, max_width: float) -> bool:
        width, height = self.size(text, font)
        if width > max_width:
            return False
        rect = QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)
        return self._take(text, font, rect)

    def place_beside(self, text: str, font: QFont, point: QPointF, offset: float) -> bool:
        """To the right of ``point``, else to its left, else above it."""
        width, height = self.size(text, font)
        for rect in (
            QRectF(point.x() + offset, point.y() - height / 2, width, height),
            QRectF(point.x() - offset - width, point.y() - height / 2, width, height),
            QRectF(point.x() - width / 2, point.y() - offset - height, width, height),
        ):
            if self._take(text, font, rect):
                return True
        return False

    def block(self, rect: QRectF) -> None:
        """Keeps names off ``rect`` (a capital's dot)."""
        self.placed.append(PlacedLabel("", rect, QFont()))

    def _take(self, text: str, font: QFont, rect: QRectF) -> bool:
        if not self.free(rect):
            return False
        self.placed.append(PlacedLabel(text, rect, font))
        return True

    def labels(self) -> list[PlacedLabel]:
        return [label for label in self.placed if label.text]
