"""Where a card tile's text goes and what of it is shown, decided before anything is painted.

The title takes up to three lines, as many as it needs, and pushes the snippet down; the
snippet keeps the lines left above the date (two, one, or none under a three-line title). A
title longer than three lines is elided: its full text stays in the tile's accessible text
and on the card's page.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from explorer.ui.cards.tile_geometry import PADDING, SNIPPET_HEIGHT, picture_rect
from explorer.ui.widgets.text_lines import FittedLines, fit_lines

if TYPE_CHECKING:
    from explorer.ui.cards.tile_text import CardFonts

TITLE_LINES = 3
SNIPPET_LINES = 2


@dataclass(frozen=True)
class TileTextLayout:
    category: FittedLines
    category_rect: QRectF
    title: FittedLines
    title_rect: QRectF
    title_line_height: float
    snippet_rect: QRectF
    snippet_lines: int
    date: FittedLines
    date_rect: QRectF


def tile_text_layout(
    tile: QRectF,
    title: str,
    category: str,
    date: str,
    fonts: CardFonts,
) -> TileTextLayout:
    """The layout of a tile's text in ``tile`` with ``fonts``."""
    scale = fonts.scale  # vertical offsets grow with the type; 1.0 at the base type
    left = tile.left() + PADDING
    width = tile.width() - 2 * PADDING
    top = picture_rect(tile).bottom() + 14 * scale

    category_left = 14 * scale
    category_rect = QRectF(left + category_left, top, width - category_left, 16 * scale)
    fitted_category = fit_lines(category, fonts.category, category_rect.width(), 1)

    date_rect = QRectF(left, tile.bottom() - PADDING - 16 * scale, width, 18 * scale)
    fitted_date = fit_lines(date, fonts.date, width, 1)

    title_top = top + 24 * scale
    line_height = QFontMetricsF(fonts.title).lineSpacing()
    snippet_gap = 6 * scale
    room = date_rect.top() - title_top - snippet_gap
    fitted_title = fit_lines(title, fonts.title, width, _lines_in(room, line_height, TITLE_LINES))
    title_rect = QRectF(left, title_top, width, line_height * len(fitted_title.lines))

    snippet_top = title_rect.bottom() + snippet_gap
    snippet_line_height = QFontMetricsF(fonts.snippet).lineSpacing()
    snippet_room = min(SNIPPET_HEIGHT * scale, date_rect.top() - snippet_top)
    snippet_lines = _lines_in(snippet_room, snippet_line_height, SNIPPET_LINES)
    snippet_rect = QRectF(left, snippet_top, width, snippet_lines * snippet_line_height)
    return TileTextLayout(
        category=fitted_category,
        category_rect=category_rect,
        title=fitted_title,
        title_rect=title_rect,
        title_line_height=line_height,
        snippet_rect=snippet_rect,
        snippet_lines=snippet_lines,
        date=fitted_date,
        date_rect=date_rect,
    )


def _lines_in(height: float, line_height: float, most: int) -> int:
    return max(0, min(most, math.floor(height / line_height + 1e-6)))
