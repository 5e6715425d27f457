"""What one paint of the timeline needs: the view's state at that moment, as plain values.

The view makes a ``TimelineFrame`` each time it paints and hands it to ``TimelinePainter``,
so the painter depends on nothing else and can paint a frame made by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from explorer.domain.entities import Era
from explorer.domain.timeline_layout import TimelineLayout
from explorer.ui.timeline.timeline_geometry import EventText, LaneStyle
from explorer.ui.timeline.timeline_sizes import DESKTOP, TimelineSizes


@dataclass(frozen=True)
class LaneRow:
    """One lane as drawn: where its band is (scene y) and how."""

    lane: str
    top: float
    height: float
    collapsed: bool
    style: LaneStyle


@dataclass(frozen=True)
class TimelineFrame:
    """The timeline at one moment. Scene x is ``(day - zero_day) / days_per_pixel``, so that
    scene coordinates stay small whatever the years (a scroll bar holds only 32 bits);
    ``origin_x`` and
    ``origin_y`` are the scene point at the viewport's top-left corner, and ``first_day`` to
    ``last_day`` the days across the viewport. ``texts(ids)`` gives the titles and dates of
    events by id (it may read them from the collection)."""

    layout: TimelineLayout | None
    rows: tuple[LaneRow, ...]
    days_per_pixel: float
    origin_x: float
    origin_y: float
    viewport_width: float
    viewport_height: float
    first_day: float
    last_day: float
    texts: Callable[[Sequence[str]], Mapping[str, EventText]]
    eras: tuple[Era, ...] = ()
    language: str = "en"
    today: int = 0
    selected_id: str | None = None
    sizes: TimelineSizes = DESKTOP
    zero_day: int = 0

    def x_of(self, day: float) -> float:
        return (day - self.zero_day) / self.days_per_pixel

    def day_of_x(self, x: float) -> float:
        return x * self.days_per_pixel + self.zero_day
