"""Paints one card of the grid: picture, category, title and date on a soft tile.

A tile is two copies: its cell (the tile's background with its picture, made once for each
picture, size and state) and its text, drawn once into a layer (``tile_text``). The layers
of an answer's first screenful come drawn with the answer, from the search thread
(``offer_layers``); others are drawn here, at most TEXT_BUDGET_MS of them in one turn of the
event loop: the tiles left over show their picture at once and their text a turn later, so
an answer never holds the UI thread for a whole screenful of text.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate

from explorer.ui.cards.card_model import CardRole
from explorer.ui.cards.tile_geometry import (
    MARGIN,
    MIN_CARD_WIDTH,
    RADIUS,
    card_size,
    picture_rect,
    text_block,
    tile_rect,
)
from explorer.ui.shell.theme import PALETTE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from explorer.ui.cards.tile_text import CardFonts, TextLayers, TileText

THUMBNAIL_SIZE = QSize(420, 252)
PICTURES_KEPT = 24
"""Pictures kept drawn at their tile's size and shape (about 180 KB each at 1x), and cells
with their pictures (about 400 KB), at least: a screenful and some scrolling (more on a
screen showing more tiles, see ``CardDelegate.keep_for``)."""
TEXTS_KEPT = 24
"""Text layers kept (about 200 KB each at 1x), at least: a screenful, and some scrolling back."""
TEXT_BUDGET_MS = 5.0
"""New text layers drawn on screen in one turn of the event loop, at most (and at least one)."""
FOCUS_RING_WIDTH = 3


def draw_text_layer(text: TileText, size: QSize, fonts: CardFonts, ratio: float) -> QImage:
    """A tile's text layer (``tile_text``), whose drawing code is imported at the first one:
    the window's first paint does not wait for it."""
    from explorer.ui.cards import tile_text

    return tile_text.draw_text_layer(text, size, fonts, ratio)


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
        # A picture is scaled and cut to its rounded outline once, and put on its tile once
        # for each state: each paint copies that whole cell.
        self._pictures: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._cells: OrderedDict[tuple, QPixmap] = OrderedDict()
        self._texts: OrderedDict[tuple, QImage] = OrderedDict()
        self.texts_kept, self.pictures_kept = TEXTS_KEPT, PICTURES_KEPT
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
            from explorer.ui.cards.tile_text import CardFonts  # drawn with after the first paint

            fonts = self._fonts_by_size[key] = CardFonts.for_view_font(view_font)
        return fonts

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return self.size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        from PySide6.QtWidgets import QStyle  # not at import: the window is drawn before a tile

        flags, state = QStyle.StateFlag, option.state
        focused = bool(state & flags.State_HasFocus)
        text: TileText | None = index.data(CardRole.Tile)
        image = index.data(CardRole.Thumbnail)
        colour = text.colour if text is not None else index.data(CardRole.CategoryColour)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        rect = option.rect
        cell = self._cell(
            rect.size(),
            (
                bool(state & flags.State_Selected) or focused,
                bool(state & flags.State_MouseOver),
                focused,
            ),
            image if isinstance(image, QImage) and not image.isNull() else None,
            colour or PALETTE.line,
            ratio,
        )
        painter.drawPixmap(rect.topLeft(), cell)
        if text is not None:
            self._paint_text_layer(painter, option, text, ratio)

    def keep_for(self, viewport: QSize) -> None:
        """Keep at least a screenful of ``viewport`` and a row more: fewer, and one repaint
        would let go of what it draws next, and draw it again, without end."""
        columns = max(1, viewport.width() // max(1, self.size.width()))
        rows = math.ceil(viewport.height() / max(1, self.size.height())) + 2
        self.texts_kept = max(TEXTS_KEPT, columns * rows)
        self.pictures_kept = max(PICTURES_KEPT, columns * rows)

    def text_layers(self, view: QAbstractItemView) -> TextLayers:
        """How ``view`` draws its tiles' text now, and how many tiles its screen shows."""
        viewport = view.viewport()
        columns = max(1, viewport.width() // max(1, self.size.width()))
        rows = math.ceil(viewport.height() / max(1, self.size.height()))
        from explorer.ui.cards.tile_text import TextLayers

        return TextLayers(
            self.size.width(),
            self.size.height(),
            view.font().pointSizeF(),
            viewport.devicePixelRatioF(),
            min(self.texts_kept, columns * rows),
        )

    def offer_layers(self, layers: Mapping[tuple, QImage]) -> None:
        """Keep text layers drawn elsewhere (``TextLayers.draw``), for the next paints."""
        for key, layer in layers.items():
            self._texts[key] = layer
            self._texts.move_to_end(key)
        while len(self._texts) > self.texts_kept:
            self._texts.popitem(last=False)

    def _paint_text_layer(
        self, painter: QPainter, option: QStyleOptionViewItem, text: TileText, ratio: float
    ) -> None:
        """Copy the tile's text layer, drawing it first if it is not kept. Painting for a
        view keeps to the budget (and draws at least one new layer a turn); a tile painted
        on its own, for no view, is always drawn whole."""
        from explorer.ui.cards.tile_text import layer_key

        fonts = self.fonts(option.font)
        size = option.rect.size()
        key = layer_key(text, size, fonts.scale, ratio)
        layer = self._texts.get(key)
        if layer is not None:
            self._texts.move_to_end(key)
        else:
            drawn_this_turn = self._next_turn.isActive()
            if option.widget is not None and drawn_this_turn and self._spent_ms >= TEXT_BUDGET_MS:
                self._waiting = True
                return
            started = time.perf_counter()
            layer = self._texts[key] = draw_text_layer(text, size, fonts, ratio)
            if len(self._texts) > self.texts_kept:
                self._texts.popitem(last=False)
            self._spent_ms += (time.perf_counter() - started) * 1000
            if not self._next_turn.isActive():
                self._next_turn.start()
        painter.drawImage(text_block(tile_rect(QRectF(option.rect))).topLeft(), layer)

    def forget_drawn(self) -> None:
        """Let the text layers and pictures go (the grid is out of sight: memory matters
        more then); they are drawn again as the grid shows their tiles."""
        self._texts.clear()
        self._pictures.clear()
        self._cells.clear()

    @property
    def drawing(self) -> bool:
        """Whether text layers were drawn in this turn or tiles wait for theirs."""
        return self._waiting or self._next_turn.isActive()

    def _new_turn(self) -> None:
        self._spent_ms = 0.0
        if self._waiting:
            self._waiting = False
            self.text_waiting.emit()

    def _tile(
        self, size: QSize, selected: bool, hovered: bool, ratio: float, focused: bool = False
    ) -> QPixmap:
        """The cell of ``size`` with its tile's shadow, background and border, and around
        the tile the focus ring when it is the current tile of a grid with the focus; drawn
        once."""
        key = (size.width(), size.height(), selected, hovered, focused, ratio)
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
            tile = tile_rect(QRectF(0, 0, size.width(), size.height()))
            self._paint_tile(painter, tile, selected, hovered)
            if focused:
                _paint_focus_ring(painter, tile)
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

    def _cell(
        self,
        size: QSize,
        state: tuple[bool, bool, bool],
        image: QImage | None,
        colour: str,
        ratio: float,
    ) -> QPixmap:
        """The whole cell but its text: the tile for ``state`` (selected, hovered, focused)
        with its picture on it. Opaque, so a paint copies it in one go; made once (from the
        tile and the picture, both kept: a tile hovered or chosen scales no picture again),
        then kept."""
        what = image.cacheKey() if image is not None else colour
        key = (what, size.width(), size.height(), state, ratio)
        area = picture_rect(tile_rect(QRectF(0, 0, size.width(), size.height())))
        cell = self._cells.get(key)
        if cell is not None:
            self._cells.move_to_end(key)
            # Its picture is in use too: kept for as long as the tile is seen, for its other states.
            picture_key = (what, area.width(), area.height(), ratio)
            if picture_key in self._pictures:
                self._pictures.move_to_end(picture_key)
            return cell
        selected, hovered, focused = state
        cell = QPixmap(self._tile(size, selected, hovered, ratio, focused))  # a copy to draw on
        painter = QPainter(cell)
        painter.drawPixmap(area.topLeft(), self._picture(area.size(), ratio, image, colour))
        painter.end()
        self._cells[key] = cell
        if len(self._cells) > self.pictures_kept:
            self._cells.popitem(last=False)
        return cell

    def _picture(self, size: QSizeF, ratio: float, image: QImage | None, colour: str) -> QPixmap:
        """The picture (or, without one, a tint of the category's ``colour``) scaled and cut
        to its outline, on a transparent pixmap of ``size``; made once, then kept."""
        what = image.cacheKey() if image is not None else colour
        key = (what, size.width(), size.height(), ratio)
        pixmap = self._pictures.get(key)
        if pixmap is not None:
            self._pictures.move_to_end(key)
            return pixmap
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
        self._pictures[key] = pixmap
        if len(self._pictures) > self.pictures_kept:
            self._pictures.popitem(last=False)
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


def _paint_focus_ring(painter: QPainter, tile: QRectF) -> None:
    """A ring in the margin around a tile, apart from its border (which shows selection)."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(PALETTE.focus), FOCUS_RING_WIDTH))
    gap = MARGIN / 2
    painter.drawRoundedRect(tile.adjusted(-gap, -gap, gap, gap), RADIUS + gap, RADIUS + gap)
