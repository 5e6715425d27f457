"""A word-wrapped plain-text label whose layouts give it all the lines it needs.

Two things a plain ``QLabel`` with word wrap gets wrong, and which cut text off in long
languages:

- Qt's box layouts ask a label's height for the whole width of the layout, even when the label
  has a maximum width and will be given less: the layout then plans too few lines, and squeezes
  its other items to make room for the lines it forgot. This label answers for the width it
  will really have.
- A wrapped label asks for a width of its own choosing, often far narrower than its text, so a
  short notice becomes a narrow box of three lines. A *snug* label asks for its text's width on
  one line instead, and wraps only when it is given less.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None, *, snug: bool = False):
        super().__init__(text, parent)
        self.snug = snug
        self._one_line: tuple[tuple, int] | None = None  # (what it depends on, the width)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        if snug:
            policy.setHorizontalPolicy(QSizePolicy.Policy.Maximum)
        self.setSizePolicy(policy)

    def heightForWidth(self, width: int) -> int:
        return super().heightForWidth(self.given_width(width))

    def given_width(self, offered: int) -> int:
        """The width a layout offering ``offered`` gives this label."""
        width = min(offered, self.maximumWidth())
        return min(width, self.one_line_width()) if self.snug else width

    def one_line_width(self) -> int:
        """The narrowest width at which the text takes no more lines than it has (one, unless
        it holds line breaks): searched for, as Qt wraps it, style sheet padding and all, and
        kept while the text, font and margins stay the same (layouts ask often)."""
        margins = self.contentsMargins()
        key = (self.text(), self.font().toString(), margins.left(), margins.right(), self.margin())
        if self._one_line is None or self._one_line[0] != key:
            self._one_line = (key, self._search_one_line_width())
        return self._one_line[1]

    def _search_one_line_width(self) -> int:
        widest = 16_384
        fewest_lines = QLabel.heightForWidth(self, widest)
        narrow, wide = 1, widest
        while narrow < wide:
            middle = (narrow + wide) // 2
            if QLabel.heightForWidth(self, middle) > fewest_lines:
                narrow = middle + 1
            else:
                wide = middle
        return wide

    def sizeHint(self) -> QSize:
        if not self.snug:
            return super().sizeHint()
        width = self.given_width(self.maximumWidth())
        return QSize(width, self.heightForWidth(width))
