"""Paints one card of the grid: picture, category, title and date on a soft tile.

Laying out a tile's text is most of its cost (about 0.6 ms on this project's machines, a
screenful of tiles 7 ms). Each tile's text is drawn once into a layer that later paints
copy, and on screen at most TEXT_BUDGET_MS of new layers are drawn in one turn of the event
loop: the tiles left over show their picture at once and their text a turn later, so a new
answer never holds the UI thread for a whole screenful of text.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from explorer.domain.snippets import Segment
from explorer.ui.cards.card_model import CardRole
from explorer.ui.cards.snippet_painter import paint_snippet
from explorer.ui.shell.theme import PALETTE, scaled_font, text_scale

MIN_CARD_WIDTH = 272
IMAGE_RATIO = 0.6
TEXT_HEIGHT = 172  # at the base type; grows with it
SNIPPET_HEIGHT = 36.0
MARGIN = 8
RADIUS = 14.0
PADDING = 16
THUMBNAIL_SIZE = QSize(420, 252)
PICTURES_KEPT = 32
"""Pictures kept drawn at their tile's size and shape: a screenful and some scrolling."""
TEXTS_KEPT = 24
"""Text layers kept (about 200 KB each at 1x): a screenful, and some scrolling back."""
TEXT_BUDGET_MS = 5.0
"""New text layers drawn on screen in one turn of the event loop, at most (and at least one)."""


def card_size(width: int, scale: float = 1.0) -> QSize:
    """A tile ``width`` wide: the picture at a fixed ratio, then the text block, ``scale``
    times its height at the base type (see ``theme.text_scale``)."""
    picture_height = round((width - 2 * MARGIN) * IMAGE_RATIO)
    return QSize(width, picture_height + round(TEXT_HEIGHT * scale) + 2 * MARGIN)


@dataclass(frozen=True)
class TileText:
    """What a tile's text layer shows: equal texts draw equal layers."""

    title: str
    category: str
    colour: str
    snippet: tuple[Segment, ...]
    date: str


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


class CardDelegate(QStyledItemDelegate):
    """Paints tiles of ``size`` (set by the grid); the text follows the view's font.

    ``text_waiting`` says that tiles were painted without their text, which is drawn if the
    view paints again (the grid repaints then)."""

    text_waiting = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.size = card_size(MIN_CARD_WIDTH)
        self._fonts_by_size: dict[float, CardFonts] = {}
        # Every tile of a grid is the same size: its background and its picture's rounded
        # clip are drawn or made once per size and state, not for every tile of every paint.
        self._tiles: dict[tuple, QPixmap] = {}
        self._picture_clips: dict[tuple[float, float], QPainterPath] = {}
        # A picture is scaled and cut to its rounded outline once, then copied at each paint.
        self._pictures: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._texts: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._spent_ms = 0.0  # drawing text layers in this turn of the event loop
        self._waiting = False
        self._next_turn = QTimer(self)
        self._next_turn.setSingleShot(True)
        self._next_turn.setInterval(0)
        self._next_turn.timeout.connect(self._new_turn)

    def fonts(self, view_font: QFont) -> CardFonts:
        """Made once per point size, so painting many tiles builds no fonts."""
        key = view_font.pointSizeF()
        fonts = self._fonts_by_size.get(key)
        if fonts is None:
            fonts = self._fonts_by_size[key] = CardFonts.for_view_font(view_font)
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return self.size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        tile = QRectF(option.rect).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.drawPixmap(
            option.rect.topLeft(),
            self._tile(option.rect.size(), selected or focused, hovered, painter),
        )
        image_rect = QRectF(tile.left(), tile.top(), tile.width(), tile.width() * IMAGE_RATIO)
        self._paint_image(painter, image_rect, index)
        self._paint_text_layer(painter, option, tile, image_rect, index)
        painter.restore()

    def _paint_text_layer(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        tile: QRectF,
        image_rect: QRectF,
        index: QModelIndex,
    ) -> None:
        """Copy the tile's text layer, drawing it first if it is not kept. Painting for a
        view keeps to the budget (and draws at least one new layer a turn); a tile painted
        on its own, for no view, is always drawn whole."""
        fonts = self.fonts(option.font)
        text = self._tile_text(index)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        size = option.rect.size()
        key = (text, size.width(), size.height(), fonts.scale, ratio)
        layer = self._texts.get(key)
        if layer is not None:
            self._texts.move_to_end(key)
        else:
            drawn_this_turn = self._next_turn.isActive()
            if option.widget is not None and drawn_this_turn and self._spent_ms >= TEXT_BUDGET_MS:
                self._waiting = True
                return
            started = time.perf_counter()
            layer = self._texts[key] = self._text_layer(tile, image_rect, text, fonts, ratio)
            if len(self._texts) > TEXTS_KEPT:
                self._texts.popitem(last=False)
            self._spent_ms += (time.perf_counter() - started) * 1000
            if not self._next_turn.isActive():
                self._next_turn.start()
        painter.drawPixmap(_text_block(tile, image_rect).topLeft(), layer)

    def forget_texts(self) -> None:
        """Let the text layers go (the grid is out of sight: memory matters more then)."""
        self._texts.clear()

    @property
    def drawing(self) -> bool:
        """Whether text layers were drawn in this turn or tiles wait for theirs."""
        return self._waiting or self._next_turn.isActive()

    def _new_turn(self) -> None:
        self._spent_ms = 0.0
        if self._waiting:
            self._waiting = False
            self.text_waiting.emit()

    def _tile_text(self, index: QModelIndex) -> TileText:
        date = index.data(CardRole.DateText) or ""
        if index.data(CardRole.Fallback):
            marker = QCoreApplication.translate("CardDelegate", "in English")
            date = f"{date}  ·  {marker}" if date else marker
        return TileText(
            title=index.data(CardRole.Title) or "",
            category=(index.data(CardRole.CategoryName) or "").upper(),
            colour=index.data(CardRole.CategoryColour) or PALETTE.muted,
            snippet=tuple(index.data(CardRole.Snippet) or ()),
            date=date,
        )

    def _text_layer(
        self, tile: QRectF, image_rect: QRectF, text: TileText, fonts: CardFonts, ratio: float
    ) -> QPixmap:
        """The text block below the picture, on the tile's surface, drawn once."""
        block = _text_block(tile, image_rect)
        layer = QPixmap(round(block.width() * ratio), round(block.height() * ratio))
        layer.setDevicePixelRatio(ratio)
        layer.fill(QColor(PALETTE.surface))
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-block.topLeft())
        self._paint_text(painter, tile, image_rect, text, fonts)
        painter.end()
        return layer

    def _tile(self, size: QSize, selected: bool, hovered: bool, target: QPainter) -> QPixmap:
        """The cell of ``size`` with its tile's shadow, background and border, drawn once."""
        ratio = target.device().devicePixelRatioF() if target.device() else 1.0
        key = (size.width(), size.height(), selected, hovered, ratio)
        pixmap = self._tiles.get(key)
        if pixmap is None:
            if len(self._tiles) > 16:  # sizes change only when the window or type does
                self._tiles.clear()
            pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
            pixmap.setDevicePixelRatio(ratio)
            # On the grid's own background (the theme's QListView#cardGrid), the tile is
            # opaque: each paint copies it instead of blending it.
            pixmap.fill(QColor(PALETTE.ground))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            tile = QRectF(0, 0, size.width(), size.height()).adjusted(
                MARGIN, MARGIN, -MARGIN, -MARGIN
            )
            self._paint_tile(painter, tile, selected, hovered)
            painter.end()
            self._tiles[key] = pixmap
        return pixmap

    @staticmethod
    def _paint_tile(painter: QPainter, tile: QRectF, selected: bool, hovered: bool) -> None:
        shadow = tile.translated(0, 3 if hovered else 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(60, 40, 20, 34 if hovered else 22))
        painter.drawRoundedRect(shadow, RADIUS, RADIUS)
        painter.setBrush(QColor(PALETTE.surface))
        painter.setPen(
            QPen(QColor(PALETTE.sky if selected else PALETTE.line), 3 if selected else 1)
        )
        painter.drawRoundedRect(tile, RADIUS, RADIUS)

    def _paint_image(self, painter: QPainter, rect: QRectF, index: QModelIndex) -> None:
        image = index.data(CardRole.Thumbnail)
        if not isinstance(image, QImage) or image.isNull():
            image = None
        colour = QColor(index.data(CardRole.CategoryColour) or PALETTE.line)
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        what = image.cacheKey() if image is not None else colour.rgba()
        key = (image is not None, what, rect.width(), rect.height(), ratio)
        picture = self._pictures.get(key)
        if picture is None:
            picture = self._pictures[key] = self._picture(rect.size(), ratio, image, colour)
            if len(self._pictures) > PICTURES_KEPT:
                self._pictures.popitem(last=False)
        else:
            self._pictures.move_to_end(key)
        painter.drawPixmap(rect.topLeft(), picture)

    def _picture(self, size: QSizeF, ratio: float, image: QImage | None, colour: QColor) -> QPixmap:
        """The picture (or, without one, a tint of the category's colour) drawn in its
        outline, on a transparent pixmap of ``size``."""
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setClipPath(self._picture_clip(size.width(), size.height()))
        area = QRectF(QPointF(0, 0), size)
        if image is not None:
            painter.drawImage(area, image)
        else:
            placeholder = QColor(colour)
            placeholder.setAlpha(60)
            painter.fillRect(area, placeholder)
        painter.end()
        return pixmap

    def _picture_clip(self, width: float, height: float) -> QPainterPath:
        """The picture's outline at the origin: rounded at the top, square at the bottom."""
        path = self._picture_clips.get((width, height))
        if path is None:
            rect = QRectF(0, 0, width, height)
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.WindingFill)
            path.addRoundedRect(rect.adjusted(1, 1, -1, 0), RADIUS - 1, RADIUS - 1)
            path.addRect(rect.adjusted(1, RADIUS, -1, 0))
            path = self._picture_clips[(width, height)] = path.simplified()
        return path

    def _paint_text(
        self,
        painter: QPainter,
        tile: QRectF,
        image_rect: QRectF,
        text: TileText,
        fonts: CardFonts,
    ) -> None:
        scale = fonts.scale  # vertical offsets grow with the type; 1.0 at the base type
        left = tile.left() + PADDING
        width = tile.width() - 2 * PADDING
        top = image_rect.bottom() + 14 * scale
        colour = QColor(text.colour)

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(left + 4 * scale, top + 7 * scale), 4 * scale, 4 * scale)
        painter.setFont(fonts.category)
        painter.setPen(colour.darker(115))
        category = text.category
        metrics = QFontMetrics(fonts.category)
        category_left = 14 * scale
        painter.drawText(
            QRectF(left + category_left, top, width - category_left, 16 * scale),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(width - category_left)),
        )

        painter.setFont(fonts.title)
        painter.setPen(QColor(PALETTE.ink))
        title_rect = QRect(int(left), int(top + 24 * scale), int(width), int(52 * scale))
        title = self._elide_lines(text.title, fonts.title, width, 2)
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)

        title_height = QFontMetrics(fonts.title).lineSpacing() * (title.count("\n") + 1)
        snippet_rect = QRectF(left, top + 30 * scale + title_height, width, SNIPPET_HEIGHT * scale)
        paint_snippet(
            painter,
            snippet_rect,
            text.snippet,
            fonts.snippet,
            QColor(PALETTE.muted),
        )

        painter.setFont(fonts.date)
        painter.setPen(QColor(PALETTE.muted))
        painter.drawText(
            QRectF(left, tile.bottom() - PADDING - 16 * scale, width, 18 * scale),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text.date,
        )

    @staticmethod
    def _elide_lines(text: str, text_font: QFont, width: float, max_lines: int) -> str:
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


def _text_block(tile: QRectF, image_rect: QRectF) -> QRectF:
    """Where a tile's text layer goes: below the picture, inside the tile's border and clear
    of its rounded corners, from a whole pixel so that copying it never resamples."""
    top = float(math.ceil(image_rect.bottom()))
    inset = PADDING / 2
    return QRectF(tile.left() + inset, top, tile.width() - 2 * inset, tile.bottom() - inset - top)
