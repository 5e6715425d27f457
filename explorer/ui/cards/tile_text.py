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

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from explorer.domain.snippets import Segment
from explorer.ui.cards.snippet_painter import paint_snippet
from explorer.ui.cards.tile_geometry import PADDING, text_block, tile_rect
from explorer.ui.cards.tile_text_layout import tile_text_layout
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
    scale = fonts.scale
    layout = tile_text_layout(tile, text.title, text.category, text.date, fonts)
    colour = QColor(text.colour)

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    dot = QPointF(tile.left() + PADDING + 4 * scale, layout.category_rect.top() + 7 * scale)
    painter.drawEllipse(dot, 4 * scale, 4 * scale)
    painter.setFont(fonts.category)
    painter.setPen(colour.darker(115))
    _draw_lines(painter, layout.category_rect, layout.category.lines, layout.category_rect.height())

    painter.setFont(fonts.title)
    painter.setPen(QColor(PALETTE.ink))
    title_lines = "\n".join(layout.title.lines)
    paint_title_marks(
        painter,
        layout.title_rect,
        title_lines,
        text.title_marks,
        fonts.title,
        layout.title_line_height,
    )
    _draw_lines(painter, layout.title_rect, layout.title.lines, layout.title_line_height)

    if layout.snippet_lines:
        in_title = any(segment.match for segment in text.title_marks)
        paint_snippet(
            painter,
            layout.snippet_rect,
            text.snippet,
            fonts.snippet,
            QColor(PALETTE.muted),
            layout.snippet_lines,
            not in_title,
        )

    painter.setFont(fonts.date)
    painter.setPen(QColor(PALETTE.muted))
    _draw_lines(painter, layout.date_rect, layout.date.lines, layout.date_rect.height())


def _draw_lines(
    painter: QPainter, rect: QRectF, lines: tuple[str, ...], line_height: float
) -> None:
    """One line of ``lines`` per ``line_height`` from the top of ``rect``, each centred
    vertically in its own height."""
    for number, line in enumerate(lines):
        line_rect = QRectF(
            rect.left(), rect.top() + number * line_height, rect.width(), line_height
        )
        painter.drawText(
            line_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
        )
