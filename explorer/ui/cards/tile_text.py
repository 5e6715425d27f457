"""A card tile's text (category, title, snippet, date), drawn into a layer of its own.

Laying out this text is most of what painting a tile costs (about 0.6 ms of 0.8 ms on this
project's machines). A layer is a ``QImage``, so it may be drawn on any thread: the search
thread draws the layers of an answer's first screenful with the answer (``TextLayers``),
and the grid's delegate copies them. Equal texts at an equal size draw equal layers, which
is what ``layer_key`` says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from explorer.domain.snippets import Segment
from explorer.ui.cards.snippet_painter import paint_snippet
from explorer.ui.cards.tile_geometry import (
    PADDING,
    SNIPPET_HEIGHT,
    picture_rect,
    text_block,
    tile_rect,
)
from explorer.ui.cards.title_marks import paint_title_marks
from explorer.ui.shell.theme import PALETTE, scaled_font, text_scale


@dataclass(frozen=True)
class TileText:
    """What a tile's text layer shows."""

    title: str
    category: str
    colour: str
    snippet: tuple[Segment, ...]
    date: str
    title_marks: tuple[Segment, ...] = ()
    """The title as segments, the words that matched a search marked."""


@dataclass(frozen=True)
class CardFonts:
    """The tile's fonts for one view font, and how much larger than the base type they are."""

    scale: float
    title: QFont
    category: QFont
    date: QFont
    snippet: QFont

    @classmethod
    def for_view_font(cls, view_font: QFont) -> CardFonts:
        category = scaled_font(view_font, 8.5, weight=QFont.Weight.DemiBold)
        category.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        return cls(
            scale=text_scale(view_font),
            title=scaled_font(view_font, 13.5, serif=True, weight=QFont.Weight.DemiBold),
            category=category,
            date=scaled_font(view_font, 9.5),
            snippet=scaled_font(view_font, 9),
        )

    @classmethod
    def for_point_size(cls, point_size: float) -> CardFonts:
        """Fonts of their own (a font is not shared between threads), for a view font of
        ``point_size``."""
        view_font = QFont()
        view_font.setPointSizeF(point_size)
        return cls.for_view_font(view_font)


@dataclass(frozen=True)
class TextLayers:
    """How a grid draws its tiles' text: their size, the view's type and pixel ratio. Plain
    values, so that layers can be drawn on another thread for the grid to copy."""

    width: int
    height: int
    point_size: float
    ratio: float
    count: int = 0
    """How many tiles the first screenful of an answer shows."""

    def draw(self, texts: Iterable[TileText]) -> dict[tuple, QImage]:
        """The layers of ``texts``, by ``layer_key``; on any thread."""
        fonts = CardFonts.for_point_size(self.point_size)
        cell = QSize(self.width, self.height)
        layers = {
            layer_key(text, cell, fonts.scale, self.ratio): draw_text_layer(
                text, cell, fonts, self.ratio
            )
            for text in dict.fromkeys(texts)
        }
        # Each thread keeps the font engines it used (3.5 MB at 100,000 cards' steady state
        # on the search thread): this thread's are let go, and made again next time (1 ms).
        QFont.cleanup()
        return layers


def layer_key(text: TileText, cell: QSize, scale: float, ratio: float) -> tuple:
    """Names a layer: equal keys, equal layers."""
    return (text, cell.width(), cell.height(), scale, ratio)


def draw_text_layer(text: TileText, cell: QSize, fonts: CardFonts, ratio: float) -> QImage:
    """The text block of a tile in a cell of ``cell``, on the tile's surface."""
    tile = tile_rect(QRectF(0, 0, cell.width(), cell.height()))
    block = text_block(tile)
    layer = QImage(
        round(block.width() * ratio), round(block.height() * ratio), QImage.Format.Format_RGB32
    )
    layer.setDevicePixelRatio(ratio)
    layer.fill(QColor(PALETTE.surface))
    painter = QPainter(layer)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-block.topLeft())
    _paint_text(painter, tile, text, fonts)
    painter.end()
    return layer


def _paint_text(painter: QPainter, tile: QRectF, text: TileText, fonts: CardFonts) -> None:
    scale = fonts.scale  # vertical offsets grow with the type; 1.0 at the base type
    left = tile.left() + PADDING
    width = tile.width() - 2 * PADDING
    top = picture_rect(tile).bottom() + 14 * scale
    colour = QColor(text.colour)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(left + 4 * scale, top + 7 * scale), 4 * scale, 4 * scale)
    painter.setFont(fonts.category)
    painter.setPen(colour.darker(115))
    metrics = QFontMetrics(fonts.category)
    category_left = 14 * scale
    painter.drawText(
        QRectF(left + category_left, top, width - category_left, 16 * scale),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(text.category, Qt.TextElideMode.ElideRight, int(width - category_left)),
    )

    painter.setFont(fonts.title)
    painter.setPen(QColor(PALETTE.ink))
    title_rect = QRect(int(left), int(top + 24 * scale), int(width), int(52 * scale))
    title = elide_lines(text.title, fonts.title, width, 2)
    paint_title_marks(painter, QRectF(title_rect), title, text.title_marks, fonts.title)
    painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)

    title_height = QFontMetrics(fonts.title).lineSpacing() * (title.count("\n") + 1)
    snippet_rect = QRectF(left, top + 30 * scale + title_height, width, SNIPPET_HEIGHT * scale)
    in_title = any(segment.match for segment in text.title_marks)
    muted = QColor(PALETTE.muted)
    paint_snippet(painter, snippet_rect, text.snippet, fonts.snippet, muted, 2, not in_title)

    painter.setFont(fonts.date)
    painter.setPen(QColor(PALETTE.muted))
    painter.drawText(
        QRectF(left, tile.bottom() - PADDING - 16 * scale, width, 18 * scale),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        text.date,
    )


def elide_lines(text: str, text_font: QFont, width: float, max_lines: int) -> str:
    """Word-wrap ``text`` into at most ``max_lines`` lines, eliding the last one."""
    metrics = QFontMetrics(text_font)
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words:
        rest = " ".join([lines[-1], *words])
        lines[-1] = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, int(width))
    return "\n".join(lines)
