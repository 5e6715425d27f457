"""How large the timeline draws its marks and text, and how close a tap must come to them:
the desktop's sizes, for a mouse, and the kiosk's, for a finger on a screen read standing.

A mark's target reaches ``hit_px`` beyond it on each side, and the whole height of its
lane; a label's target is its row, ``label_row_height`` high. In touch mode both are at
least 44 px, marks closer than ``mark_gap_px`` merge into a group (so that two targets never
share a fingertip), and labels are 15 pt, one row of them under the marks.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.ui.timeline.timeline_geometry import (
    COLLAPSED_HEIGHT,
    LABEL_OFFSET,
    LABEL_ROOM,
    LABEL_ROW_HEIGHT,
    LABEL_ROWS,
    LANE_HEIGHT,
    MARK_GAP_PX,
)

TOUCH_TARGET_PX = 44.0


@dataclass(frozen=True)
class TimelineSizes:
    lane_height: float
    collapsed_height: float
    mark_top: float  # from a lane's top to the centre of its marks
    mark_scale: float  # marks drawn this many times their desktop size
    mark_gap_px: float
    hit_px: float
    label_pt: float
    label_rows: int
    label_offset: float  # from the marks' centre to the first row's baseline
    label_row_height: float
    label_room: float  # kept free right of the last mark when fitting, for its label
    count_pt: float
    axis_pt: float
    header_pt: float


DESKTOP = TimelineSizes(
    lane_height=LANE_HEIGHT,
    collapsed_height=COLLAPSED_HEIGHT,
    mark_top=18.0,
    mark_scale=1.0,
    mark_gap_px=MARK_GAP_PX,
    hit_px=12.0,
    label_pt=9.5,
    label_rows=LABEL_ROWS,
    label_offset=LABEL_OFFSET,
    label_row_height=LABEL_ROW_HEIGHT,
    label_room=LABEL_ROOM,
    count_pt=8.5,
    axis_pt=8.5,
    header_pt=9.0,
)

TOUCH = TimelineSizes(
    lane_height=100.0,
    collapsed_height=TOUCH_TARGET_PX,
    mark_top=24.0,
    mark_scale=1.5,
    mark_gap_px=TOUCH_TARGET_PX,
    hit_px=TOUCH_TARGET_PX / 2,
    label_pt=15.0,
    label_rows=1,
    label_offset=53.0,  # the row's 44 px lie under the marks' 48, the text in their middle
    label_row_height=TOUCH_TARGET_PX,
    label_room=LABEL_ROOM * 15.0 / 9.5,
    count_pt=12.0,
    axis_pt=11.5,
    header_pt=11.0,
)
