"""Where the parts of a card tile go: its size, its picture and its text block."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize

MIN_CARD_WIDTH = 272
IMAGE_RATIO = 0.6
TEXT_HEIGHT = 172  # at the base type; grows with it
SNIPPET_HEIGHT = 36.0
MARGIN = 8
RADIUS = 14.0
PADDING = 16


def card_size(width: int, scale: float = 1.0) -> QSize:
    """A tile ``width`` wide: the picture at a fixed ratio, then the text block, ``scale``
    times its height at the base type (see ``theme.text_scale``)."""
    picture_height = round((width - 2 * MARGIN) * IMAGE_RATIO)
    return QSize(width, picture_height + round(TEXT_HEIGHT * scale) + 2 * MARGIN)


def tile_rect(cell: QRectF) -> QRectF:
    """The tile inside its grid cell."""
    return QRectF(cell).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)


def picture_rect(tile: QRectF) -> QRectF:
    return QRectF(tile.left(), tile.top(), tile.width(), tile.width() * IMAGE_RATIO)


def text_block(tile: QRectF) -> QRectF:
    """Where a tile's text layer goes: below the picture, inside the tile's border and clear
    of its rounded corners, from a whole pixel so that copying it never resamples."""
    top = float(math.ceil(picture_rect(tile).bottom()))
    inset = PADDING / 2
    return QRectF(tile.left() + inset, top, tile.width() - 2 * inset, tile.bottom() - inset - top)
