"""The words of a tile's title that a search matched are drawn on the gold highlight."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from explorer.domain.snippets import Segment
from explorer.ui.cards.snippet_painter import HIGHLIGHT
from explorer.ui.cards.tile_text import CardFonts, TileText, draw_text_layer
from explorer.ui.cards.title_marks import marked_spans, paint_title_marks
from explorer.ui.shell.theme import PALETTE

TITLE = (Segment("First direct flight Milan–"), Segment("Almaty", True))


def test_marked_words_are_found_on_each_line_of_the_wrapped_title():
    assert marked_spans("First direct flight\nMilan–Almaty", TITLE) == [(1, 6, 12)]
    assert marked_spans("First direct flight Milan–Almaty", ()) == []
    assert marked_spans("Almaty Almaty", (Segment("Almaty", True),)) == [(0, 0, 6), (0, 7, 13)]


def _gold_columns(image: QImage, background: QColor) -> set[int]:
    """Columns with a pixel of the highlight laid over ``background``."""
    alpha = HIGHLIGHT.alphaF()
    red = round(background.red() + (HIGHLIGHT.red() - background.red()) * alpha)
    blue = round(background.blue() + (HIGHLIGHT.blue() - background.blue()) * alpha)
    return {
        x
        for x in range(image.width())
        for y in range(image.height())
        if abs(image.pixelColor(x, y).red() - red) <= 2
        and abs(image.pixelColor(x, y).blue() - blue) <= 2
    }


def test_only_the_matched_word_is_highlighted(qapp):
    image = QImage(400, 40, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    font = QFont()
    paint_title_marks(painter, QRectF(10, 0, 380, 40), "Rome and Almaty", TITLE, font)
    painter.end()
    columns = _gold_columns(image, QColor("white"))
    metrics = QFontMetricsF(font)
    left = 10 + metrics.horizontalAdvance("Rome and ")
    assert columns, "the matched word is highlighted"
    assert min(columns) >= left - 2, "not the words before it"
    assert max(columns) <= left + metrics.horizontalAdvance("Almaty") + 2


def test_a_tile_layer_highlights_its_title_only_when_asked(qapp):
    fonts = CardFonts.for_point_size(10)
    plain = TileText("Almaty", "PLACES", "#2a7ab0", (), "2021")
    marked = TileText("Almaty", "PLACES", "#2a7ab0", (), "2021", (Segment("Almaty", True),))
    surface = QColor(PALETTE.surface)
    assert not _gold_columns(draw_text_layer(plain, QSize(300, 330), fonts, 1.0), surface)
    assert _gold_columns(draw_text_layer(marked, QSize(300, 330), fonts, 1.0), surface)
