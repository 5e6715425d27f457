"""The timeline painter given a frame made by hand, painting into an image: no view at all."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from explorer.domain.fuzzy_date import Precision, Qualifier
from explorer.domain.timeline_layout import TimelineEvent, TimelineLayout
from explorer.ui.shell.theme import PALETTE
from explorer.ui.timeline.timeline_frame import LaneRow, TimelineFrame
from explorer.ui.timeline.timeline_geometry import (
    AXIS_HEIGHT,
    ERA_LABEL_HEIGHT,
    LANE_HEIGHT,
    EventText,
    LaneStyle,
)
from explorer.ui.timeline.timeline_painter import TimelinePainter

WIDTH, HEIGHT = 700, 260
ORIGIN_X, ORIGIN_Y = 400.0, 0.0  # the scene point at the image's top-left corner
RED, GREEN = "#b03a48", "#1f7a5a"
SELECTION = "#00a3bd"


def point(card_id: str, lane: str, day: int) -> TimelineEvent:
    return TimelineEvent(card_id, lane, day, day, Qualifier.EXACT, Precision.DAY, False)


EVENTS = [point("arts-1", "arts", 600), point("arts-2", "arts", 900), point("trade", "trade", 750)]


@pytest.fixture
def frame(qapp) -> TimelineFrame:
    layout = TimelineLayout(EVENTS, ["arts", "trade"])
    top = AXIS_HEIGHT + ERA_LABEL_HEIGHT
    rows = (
        LaneRow("arts", top, LANE_HEIGHT, False, LaneStyle("Arts", RED)),
        LaneRow("trade", top + LANE_HEIGHT, LANE_HEIGHT, False, LaneStyle("Trade", GREEN)),
    )
    return TimelineFrame(
        layout=layout,
        rows=rows,
        days_per_pixel=1.0,
        origin_x=ORIGIN_X,
        origin_y=ORIGIN_Y,
        viewport_width=WIDTH,
        viewport_height=HEIGHT,
        first_day=ORIGIN_X,
        last_day=ORIGIN_X + WIDTH,
        texts=lambda ids: {card_id: EventText(f"Title of {card_id}", "1971") for card_id in ids},
    )


def painted(frame: TimelineFrame, *, foreground: bool = False) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor(PALETTE.surface))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(-frame.origin_x, -frame.origin_y)
    TimelinePainter().paint_band(painter, frame, QRectF(ORIGIN_X, ORIGIN_Y, WIDTH, HEIGHT))
    if foreground:
        TimelinePainter().paint_foreground(painter, frame)
    painter.end()
    return image


def colour_at(image: QImage, frame: TimelineFrame, day: float, lane_row: LaneRow, dx=0) -> str:
    """The colour painted on the line of a lane's marks, ``dx`` pixels right of ``day``."""
    x = frame.x_of(day) - frame.origin_x + dx
    y = lane_row.top + 18 - frame.origin_y
    return image.pixelColor(round(x), round(y)).name()


def test_each_event_is_drawn_in_its_lane_in_its_colour(frame):
    image = painted(frame)
    arts, trade = frame.rows
    assert colour_at(image, frame, 600, arts) == RED
    assert colour_at(image, frame, 900, arts) == RED
    assert colour_at(image, frame, 750, trade) == GREEN
    assert colour_at(image, frame, 750, arts) != RED, "no mark where the lane has no event"
    assert colour_at(image, frame, 600, trade) != GREEN


def test_the_selected_event_is_ringed_and_titles_are_asked_only_for_what_is_drawn(frame):
    asked: list[str] = []

    def texts(ids):
        asked.extend(ids)
        return frame.texts(ids)

    arts = frame.rows[0]
    plain = painted(replace(frame, texts=texts))
    ringed = painted(replace(frame, selected_id="arts-1"))
    assert colour_at(ringed, frame, 600, arts, dx=-10) == SELECTION
    assert colour_at(plain, frame, 600, arts, dx=-10) != SELECTION
    assert sorted(asked) == ["arts-1", "arts-2", "trade"]
    far = replace(frame, texts=texts, origin_x=5000.0, first_day=5000.0, last_day=5700.0)
    asked.clear()
    painted(far)
    assert asked == [], "nothing visible, no title read"


def test_a_collapsed_lane_and_the_lane_names_follow_the_rows(frame):
    arts, trade = frame.rows
    collapsed = replace(arts, collapsed=True, height=26.0)
    moved = replace(trade, top=arts.top + 26.0)
    image = painted(replace(frame, rows=(collapsed, moved)), foreground=True)
    # Lane names stay at the left edge of the viewport, with a strip of the lane's colour.
    assert image.pixelColor(12, round(moved.top + moved.height / 2)).name() == GREEN
    assert image.pixelColor(12, round(moved.top - 30)).name() != GREEN
    x = round(frame.x_of(750) - frame.origin_x)
    assert image.pixelColor(x, round(moved.top + 18)).name() == GREEN


def test_without_a_layout_only_the_grid_and_axis_are_painted(frame):
    image = painted(replace(frame, layout=None, rows=()), foreground=True)
    assert image.pixelColor(WIDTH // 2, 5).name() == QColor(PALETTE.ground).name()
    assert colour_at(image, frame, 600, frame.rows[0]) != RED
