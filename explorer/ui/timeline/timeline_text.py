"""What the timeline's lane names and era labels show, and where, for given fonts and sizes.

Decided before painting, so that a test can check every line against its rectangle. A lane
name wraps to the lines its lane has room for (two when open, one when folded); an era label
takes one line across its band. Whatever is elided is kept whole in the view's tooltips and
accessible description; an event's title, in the tooltip of its mark.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from explorer.ui.timeline.timeline_geometry import AXIS_HEIGHT, ERA_LABEL_HEIGHT, HEADER_WIDTH
from explorer.ui.widgets.text_lines import FittedLines, fit_lines

NAME_LEFT = 20.0  # the lane's colour bar is left of it
NAME_GAP = 4.0  # between the fold arrow and the name
NAME_RIGHT_MARGIN = 6.0
NAME_BLOCK_HEIGHT = 40.0  # a one-line name is centred in the top of its lane
NAME_LINES = 2
ERA_MIN_WIDTH = 40.0  # narrower bands show no label (their name is in the tooltip)
EVENT_LABEL_WIDTH = 260.0
EVENT_LABEL_MIN_WIDTH = 40.0
EDGE_GAP = 4.0


@dataclass(frozen=True)
class PlacedText:
    """Fitted lines and the rectangle they are drawn in, one ``line_height`` each."""

    fitted: FittedLines
    rect: QRectF
    line_height: float

    def line_rects(self) -> list[QRectF]:
        return [
            QRectF(
                self.rect.left(),
                self.rect.top() + number * self.line_height,
                self.rect.width(),
                self.line_height,
            )
            for number in range(len(self.fitted.lines))
        ]


def lane_name(name: str, arrow: str, font: QFont, top: float, height: float) -> PlacedText:
    """A lane's name beside its fold ``arrow``, for a lane ``height`` high from ``top`` (in
    viewport coordinates)."""
    metrics = QFontMetricsF(font)
    left = NAME_LEFT + metrics.horizontalAdvance(arrow) + NAME_GAP
    width = HEADER_WIDTH - left - NAME_RIGHT_MARGIN
    line_height = metrics.lineSpacing()
    room = math.floor((height - 4) / line_height + 1e-6)
    fitted = fit_lines(name, font, width, max(1, min(NAME_LINES, room)))
    block = line_height * len(fitted.lines)
    block_top = top + max(2.0, (min(height, NAME_BLOCK_HEIGHT) - block) / 2)
    if block_top + block > top + height:
        block_top = top + max(0.0, (height - block) / 2)
    return PlacedText(fitted, QRectF(left, block_top, width, block), line_height)


def arrow_rect(name: PlacedText) -> QRectF:
    """Where the fold arrow goes: left of the name's first line."""
    return QRectF(NAME_LEFT, name.rect.top(), name.rect.left() - NAME_LEFT, name.line_height)


def era_label(
    name: str, font: QFont, band_left: float, band_right: float, visible_left: float
) -> PlacedText | None:
    """The label of an era whose band spans ``band_left`` to ``band_right`` (scene x), when
    the lane names' column ends at ``visible_left``: one line, elided to the band; None
    when the visible band is too narrow for a label."""
    left = max(band_left, visible_left) + 6
    width = band_right - left - 2
    if width <= ERA_MIN_WIDTH:
        return None
    height = ERA_LABEL_HEIGHT - 4
    fitted = fit_lines(name, font, width, 1)
    return PlacedText(fitted, QRectF(left, AXIS_HEIGHT + 3, width, height), height)


def event_label(title: str, font: QFont, x: float, visible_right: float) -> str:
    """An event's title as its label, starting at scene ``x``: one line, elided to at most
    ``EVENT_LABEL_WIDTH`` and to the right edge of the view at ``visible_right``; empty when
    too little of it would show."""
    width = min(EVENT_LABEL_WIDTH, visible_right - x - EDGE_GAP)
    if width < EVENT_LABEL_MIN_WIDTH:
        return ""
    # One line: eliding is enough, and six times cheaper than laying the text out (it runs
    # for every lone event in view, on every frame of a pan).
    return QFontMetricsF(font).elidedText(
        " ".join(title.split()), Qt.TextElideMode.ElideRight, width
    )
