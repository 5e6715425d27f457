"""One figure alone, as a large number: its amount, its unit, and what it counts. Clicking
it, or Enter or Space while it has the focus, asks for its card."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from explorer.ui.shell.theme import PALETTE, font


class NumberPanel(QWidget):
    clicked = Signal(str)

    def __init__(self, card: str, number: str, unit: str, label: str, scale: float):
        super().__init__()
        self.setObjectName("bigNumber")
        self.card = card
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(f"{label}: {number} {unit}".strip())
        self.number_label = self._label(number, font(34 * scale, serif=True), PALETTE.sky_deep)
        self.unit_label = self._label(
            unit, font(12 * scale, weight=QFont.Weight.DemiBold), PALETTE.ink
        )
        self.text_label = self._label(label, font(10.5 * scale), PALETTE.muted)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.number_label)
        layout.addWidget(self.unit_label)
        layout.addSpacing(6)
        layout.addWidget(self.text_label)

    def _label(self, text: str, shown_in, colour: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setFont(shown_in)
        label.setStyleSheet(f"color: {colour}; background: transparent;")
        label.setVisible(bool(text))
        return label

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit(self.card)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.card)
            return
        super().keyPressEvent(event)
