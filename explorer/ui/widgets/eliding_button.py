"""A push button whose lines are elided to the width it is given, instead of making the
whole page wider than the window.

A button's text never wraps, so a row of buttons with long titles asks for more than a
narrow window has. This one asks for its whole text's width but accepts less, eliding each
line to fit; the caller keeps the full text in its tooltip and accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

MIN_TEXT_WIDTH = 120


class ElidingButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.full_text = text
        # A push button's own policy takes its size hint as its minimum width.
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)

    def chrome_width(self) -> int:
        """What the button adds around its text: padding, border, margins."""
        widest = max(self.fontMetrics().horizontalAdvance(line) for line in self._shown_lines())
        return super().sizeHint().width() - widest

    def _shown_lines(self) -> list[str]:
        return self.text().replace("&&", "&").split("\n")

    def _full_lines(self) -> list[str]:
        return self.full_text.replace("&&", "&").split("\n")

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        widest = max(self.fontMetrics().horizontalAdvance(line) for line in self._full_lines())
        return QSize(widest + self.chrome_width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(
            min(self.sizeHint().width(), MIN_TEXT_WIDTH + self.chrome_width()), hint.height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def is_elided(self) -> bool:
        return self.text() != self.full_text

    def _elide(self) -> None:
        room = self.width() - self.chrome_width()
        metrics = self.fontMetrics()
        lines = [
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, room).replace("&", "&&")
            for line in self._full_lines()
        ]
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)
