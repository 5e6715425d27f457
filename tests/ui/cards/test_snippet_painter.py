"""Painting a snippet: words wrapped and elided, matches highlighted, runs drawn whole."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from explorer.domain.snippets import Segment
from explorer.ui.cards.snippet_painter import (
    HIGHLIGHT,
    LEAD_WORDS,
    _from_first_match,
    _lines,
    _runs,
    _tokens,
    paint_snippet,
)

SEGMENTS = (Segment("the poet called “", False), Segment("Abai", True), Segment("” wrote", False))


def test_words_sharing_a_highlight_are_one_run_and_spaces_are_never_highlighted():
    (line,), cut = _lines(_tokens(SEGMENTS), _Wide(), 1000, 2)
    assert not cut
    assert _runs(line) == [("the poet called “", False), ("Abai", True), ("” wrote", False)]
    matched_then_word = [[("Abai", True)], [("Kunanbaiuly", True)], [("wrote", False)]]
    assert _runs(matched_then_word) == [
        ("Abai", True),
        (" ", False),
        ("Kunanbaiuly", True),
        (" wrote", False),
    ]


class _Wide:
    """Font metrics in which every character is one unit wide."""

    def horizontalAdvance(self, text: str) -> float:
        return float(len(text))


def _painted(segments, width: int = 400) -> QImage:
    image = QImage(width, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_snippet(painter, QRectF(0, 0, width, 40), segments, QFont(), QColor("black"))
    painter.end()
    return image


def _highlighted_columns(image: QImage) -> set[int]:
    """Columns holding the highlight's colour laid over white."""
    blend = QColor(
        round(255 + (HIGHLIGHT.red() - 255) * HIGHLIGHT.alphaF()),
        round(255 + (HIGHLIGHT.green() - 255) * HIGHLIGHT.alphaF()),
        round(255 + (HIGHLIGHT.blue() - 255) * HIGHLIGHT.alphaF()),
    )
    return {
        x
        for x in range(image.width())
        for y in range(image.height())
        if abs(image.pixelColor(x, y).blue() - blend.blue()) <= 2
        and abs(image.pixelColor(x, y).red() - blend.red()) <= 2
    }


def test_only_the_match_is_highlighted_and_the_text_is_drawn(qapp):
    plain = _painted([Segment("the poet called Abai wrote", False)])
    marked = _painted(SEGMENTS)
    assert not _highlighted_columns(plain)
    columns = _highlighted_columns(marked)
    assert columns, "the match has its highlight"
    assert max(columns) - min(columns) < 80, "only one word wide"
    assert min(columns) > 40, "not from the start of the line"
    inked = {x for x in range(400) for y in range(40) if plain.pixelColor(x, y).lightness() < 128}
    assert max(inked) > 100, "the words are drawn along the line"


def test_a_match_past_the_last_line_is_brought_into_view(qapp):
    """A summary that mentions Almaty only at its end still shows it on a narrow tile."""
    long = [
        Segment("Italy's embassy in Kazakhstan, which helped bring about the first direct "),
        Segment("flight and reported the opening of the Italian Cultural Institute in "),
        Segment("Almaty", True),
        Segment("."),
    ]
    assert _highlighted_columns(_painted(long, width=240))
    kept = QImage(240, 40, QImage.Format.Format_ARGB32)
    kept.fill(QColor("white"))
    painter = QPainter(kept)
    rect = QRectF(0, 0, 240, 40)
    paint_snippet(painter, rect, long, QFont(), QColor("black"), 2, show_a_match=False)
    painter.end()
    assert not _highlighted_columns(kept), "from the start when the title shows a match"
    tokens = _tokens(long)
    brought = _from_first_match(tokens)
    assert brought[0] == [("…", False)] and brought[LEAD_WORDS + 1] == [
        ("Almaty", True),
        (".", False),
    ]
    unmatched = _tokens([Segment("no match here at all in these words")])
    assert _from_first_match(unmatched) == unmatched
