"""The words of a tile's title that a search matched, on the snippet's gold highlight.

The title is drawn as wrapped plain text; this paints the highlight under the matched words
of each of its lines first, so the text is drawn over it unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from explorer.domain.search_query import iter_word_spans
from explorer.domain.snippets import Segment
from explorer.ui.cards.snippet_painter import HIGHLIGHT


def marked_spans(lines: str, marks: Sequence[Segment]) -> list[tuple[int, int, int]]:
    """(line, start, end) of each word of the wrapped title ``lines`` that ``marks`` marks."""
    matched = {segment.text for segment in marks if segment.match}
    if not matched:
        return []
    return [
        (number, start, end)
        for number, line in enumerate(lines.split("\n"))
        for start, end in iter_word_spans(line)
        if line[start:end] in matched
    ]


def paint_title_marks(
    painter: QPainter,
    rect: QRectF,
    lines: str,
    marks: Sequence[Segment],
    font: QFont,
    line_height: float | None = None,
) -> None:
    """Highlight the marked words of ``lines`` as drawn left aligned in ``rect``, a line per
    ``line_height`` (the font's line spacing unless given), each centred in its height."""
    spans = marked_spans(lines, marks)
    if not spans:
        return
    metrics = QFontMetricsF(font)
    step = metrics.lineSpacing() if line_height is None else line_height
    texts = lines.split("\n")
    for number, start, end in spans:
        line = texts[number]
        left = rect.left() + metrics.horizontalAdvance(line[:start])
        width = metrics.horizontalAdvance(line[start:end])
        top = rect.top() + number * step + (step - metrics.height()) / 2
        painter.fillRect(QRectF(left - 1, top, width + 2, metrics.height()), HIGHLIGHT)
