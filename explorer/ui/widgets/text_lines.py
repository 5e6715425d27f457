"""Painted text broken into the lines that fit a width, the last one elided when lines run out.

Painters decide here how a text is shown, so that the decision can be checked without
painting: every line fits the width it was given, and ``elided`` says when something was left
out (the caller then keeps the full text somewhere a person can read it: a tooltip, the
accessible text, the card's page).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption


@dataclass(frozen=True)
class FittedLines:
    text: str
    """The full text."""
    lines: tuple[str, ...]
    """What is drawn, one string a line."""
    elided: bool
    """Whether some of ``text`` is left out of ``lines``."""


def fit_lines(text: str, text_font: QFont, width: float, max_lines: int) -> FittedLines:
    """``text`` wrapped at word boundaries (inside a word only when the word alone is wider
    than ``width``) into at most ``max_lines`` lines, the last elided if text is left over."""
    flat = " ".join(text.split())
    if not flat or max_lines < 1 or width <= 0:
        return FittedLines(text, (), bool(flat))
    layout = QTextLayout(flat, text_font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    units = flat.encode("utf-16-le")  # Qt counts positions in UTF-16 code units
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) < max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textStart() + line.textLength()))
    layout.endLayout()
    lines = [units[2 * start : 2 * end].decode("utf-16-le").strip() for start, end in spans]
    left_over = spans[-1][1] < len(units) // 2
    if left_over:
        rest = units[2 * spans[-1][0] :].decode("utf-16-le").strip()
        metrics = QFontMetricsF(text_font)
        elided = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        lines[-1] = elided[:-1].rstrip() + elided[-1:]  # "word…", not "word …"
    return FittedLines(text, tuple(line for line in lines if line), left_over)
