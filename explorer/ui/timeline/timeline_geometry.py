"""Sizes of the timeline's parts and the small records the view and its painter share."""

from __future__ import annotations

from dataclasses import dataclass

AXIS_HEIGHT = 46.0
ERA_LABEL_HEIGHT = 22.0
LANE_HEIGHT = 70.0
COLLAPSED_HEIGHT = 26.0
HEADER_WIDTH = 150.0
MARGIN_DAYS_FRACTION = 0.04
MIN_DAYS_PER_PIXEL = 1 / 10800  # eight seconds a pixel: the quarters of an hour labelled
MIN_MARGIN_DAYS = 1 / 24  # an hour either side of what is fitted, at least
MAX_DAYS_PER_PIXEL = 365.2425 * 20  # unless fitting the whole band needs more
WINDOW_PX = 200_000_000
"""The widest scene: a band wider at its scale is shown a part this wide at a time (a
scroll bar counts in 32 bits, and scene coordinates lose precision far from 0)."""
LABEL_ROWS = 2
LABEL_ROOM = 170.0  # kept free right of the last mark when fitting, for its label
LABEL_OFFSET = 26.0
LABEL_ROW_HEIGHT = 17.0
ZOOM_STEP = 1.25
MARK_GAP_PX = 32.0  # a cluster pill plus spacing: closer marks merge


@dataclass(frozen=True)
class LaneStyle:
    name: str
    colour: str


@dataclass(frozen=True)
class EventText:
    title: str
    date: str
