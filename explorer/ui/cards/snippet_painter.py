"""Painting a search snippet: plain-text segments, matches on a soft gold highlight.

A snippet whose first match would fall past its last line is shown from a few words before
that match (unless the title shows a match already), so that a tile always shows why its
card matched.

Segments are drawn run by run with QPainter.drawText (the words of a line that share a
highlight drawn in one call), so text from the collection or the query is never interpreted
as markup.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from explorer.domain.snippets import Segment

HIGHLIGHT = QColor(254, 197, 12, 110)
ELLIPSIS = "…"


Piece = tuple[str, bool]
Token = list[Piece]


def _tokens(segments: Sequence[Segment]) -> list[Token]:
    """The text as words (split at white space), each word a list of pieces keeping the
    match flag, so that "“Abai”" stays one word with only "Abai" marked."""
    tokens: list[Token] = [[]]
    for segment in segments:
        parts = segment.text.replace("\n", " ").split(" ")
        for position, part in enumerate(parts):
            if position > 0 and tokens[-1]:
                tokens.append([])
            if part:
                tokens[-1].append((part, segment.match))
    return [token for token in tokens if token]


def _width(token: Token, metrics: QFontMetricsF) -> float:
    return sum(metrics.horizontalAdvance(text) for text, _ in token)


def _lines(
    tokens: list[Token], metrics: QFontMetricsF, width: float, max_lines: int
) -> tuple[list[list[Token]], bool]:
    """Words wrapped into lines; also whether words were left over."""
    space = metrics.horizontalAdvance(" ")
    lines: list[list[Token]] = [[]]
    used = 0.0
    for position, token in enumerate(tokens):
        advance = _width(token, metrics)
        if lines[-1] and used + advance > width:
            if len(lines) == max_lines:
                return lines, position < len(tokens)
            lines.append([])
            used = 0.0
        lines[-1].append(token)
        used += advance + space
    return lines, False


def paint_snippet(
    painter: QPainter,
    rect: QRectF,
    segments: Sequence[Segment],
    text_font: QFont,
    colour: QColor,
    max_lines: int = 2,
    show_a_match: bool = True,
) -> None:
    """Wrap ``segments`` into ``rect`` in at most ``max_lines`` lines, eliding the last;
    with ``show_a_match``, from a little before the first match when it would not fit."""
    metrics = QFontMetricsF(text_font)
    tokens = _tokens(segments)
    lines, cut = _lines(tokens, metrics, rect.width(), max_lines)
    if show_a_match and cut and not _has_match(lines):
        tokens = _from_first_match(tokens)
        lines, cut = _lines(tokens, metrics, rect.width(), max_lines)
    if cut and lines[-1]:
        text, match = lines[-1][-1][-1]
        lines[-1][-1][-1] = (text + ELLIPSIS, match)
    painter.save()
    painter.setFont(text_font)
    painter.setClipRect(rect)
    painter.setPen(colour)
    for number, line in enumerate(lines):
        x = rect.left()
        baseline = rect.top() + number * metrics.lineSpacing() + metrics.ascent()
        for text, match in _runs(line):
            width = metrics.horizontalAdvance(text)
            if x + width > rect.right():
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.right() - x)
                width = metrics.horizontalAdvance(text)
            if match:
                top = baseline - metrics.ascent()
                painter.fillRect(QRectF(x - 1, top, width + 2, metrics.height()), HIGHLIGHT)
            painter.drawText(QPointF(x, baseline), text)
            x += width
    painter.restore()


LEAD_WORDS = 3
"""Words kept before a match that would not fit: enough to read it in context."""


def _has_match(lines: list[list[Token]]) -> bool:
    return any(match for line in lines for token in line for _, match in token)


def _from_first_match(tokens: list[Token]) -> list[Token]:
    """The words from a little before the first match, after an ellipsis, so that the
    match is seen in a tile too narrow for the whole snippet; all of them if none matches."""
    first = next((i for i, token in enumerate(tokens) if any(m for _, m in token)), None)
    if first is None or first <= LEAD_WORDS:
        return tokens
    return [[(ELLIPSIS, False)], *tokens[first - LEAD_WORDS :]]


def _runs(line: list[Token]) -> list[Piece]:
    """A line's pieces joined, with the spaces between words (never highlighted), wherever
    the highlight does not change: one drawText for each run rather than for each word."""
    runs: list[Piece] = []
    for position, token in enumerate(line):
        space: list[Piece] = [(" ", False)] if position < len(line) - 1 else []
        for text, match in [*token, *space]:
            if runs and runs[-1][1] == match:
                runs[-1] = (runs[-1][0] + text, match)
            else:
                runs.append((text, match))
    return runs
