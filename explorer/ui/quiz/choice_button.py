"""An answer button whose text wraps onto as many lines as it needs (up to four) at the
width it is given: a card's title is the answer, so it is never cut short at a usual width,
and the page is never made wider than the window."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from explorer.ui.widgets.plain_text import plain_button_text
from explorer.ui.widgets.text_lines import fit_lines

CHROME = 52
"""The style sheet's padding and border on both sides, and the button's own margins."""
MAX_LINES = 4
NARROWEST = 160


class ChoiceButton(QPushButton):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._wrap()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        width = max(NARROWEST, self.width()) - CHROME
        lines = fit_lines(self.full_text, self.font(), width, MAX_LINES).lines
        shown = plain_button_text("\n".join(lines) or self.full_text)
        if shown != self.text():
            self.setText(shown)
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(NARROWEST, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(NARROWEST, super().minimumSizeHint().height())
