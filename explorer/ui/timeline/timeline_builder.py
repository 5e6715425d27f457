"""Laying out the timeline off the UI thread: every dated card once, then each search answer.

The first layout reads the dated cards, sorts and numbers them all. What is shown is always
a subset of that whole layout, whose clusters alone are made: every event, or those of a
search answer, which becomes a mask over the events (``CardNumbers``). Layouts are made on a
``TaskRunner`` thread, one at a time; the layout on screen stays until the next one is
ready. Answers that come while a layout is being made are not laid out one by one: when it
is ready, only the latest answer is laid out next. A collection small enough to lay out at
once (``instant_limit``) is laid out on the spot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from explorer.domain.timeline_card_numbers import CardNumbers
from explorer.domain.timeline_event_columns import EventColumns
from explorer.domain.timeline_layout import TimelineLayout
from explorer.store.content_store import ContentStore
from explorer.store.search_result import SearchResult
from explorer.ui.timeline.timeline_geometry import MARK_GAP_PX
from explorer.ui.widgets.free_memory import forget_read_sources, give_back_free_memory
from explorer.ui.widgets.tasks import TaskRunner

INSTANT_LIMIT = 2000
"""Collections of at most this many cards are laid out on the UI thread: it takes a few ms."""


@dataclass(frozen=True)
class _Whole:
    """The layout of every dated card, and how answers' card numbers map to its events."""

    events: EventColumns
    layout: TimelineLayout
    numbers: CardNumbers


class TimelineBuilder(QObject):
    """``want`` an answer (None: every dated card), then ``lay_out``; ``laid_out`` brings the
    layout of the latest answer wanted, ``failed`` says one could not be made."""

    laid_out = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        store: ContentStore,
        lane_order: Sequence[str],
        follow_answers: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
        gap_px: float = MARK_GAP_PX,
    ):
        """``follow_answers()`` says whether an answer that came while a layout was being
        made is laid out next (the page says no while it is hidden); marks closer than
        ``gap_px`` make a group."""
        super().__init__(parent)
        self.gap_px = gap_px
        self.store = store
        self.lane_order = tuple(lane_order)
        self.follow_answers = follow_answers
        self.instant_limit = INSTANT_LIMIT
        self.tasks = TaskRunner("timeline", threads=1, parent=self)
        self._card_count: int | None = None
        self._whole: _Whole | None = None
        self._wanted: SearchResult | None = None
        self._asked = 0
        self._delivered = -1
        self._running = False
        # A layout task starts at the next turn of the event loop: by then the answer is
        # painted, and a burst of answers has been noted, so only the last is laid out.
        self._start_timer = QTimer(self)
        self._start_timer.setSingleShot(True)
        self._start_timer.setInterval(0)
        self._start_timer.timeout.connect(self._start)

    @property
    def events(self) -> EventColumns | None:
        """Every dated card, once the first layout has read them."""
        return self._whole.events if self._whole else None

    @property
    def wanted(self) -> SearchResult | None:
        """The latest answer wanted (None: every dated card)."""
        return self._wanted

    @property
    def busy(self) -> bool:
        """A layout is being made off the UI thread."""
        return self._running

    @property
    def up_to_date(self) -> bool:
        """The last layout delivered is that of the latest answer wanted."""
        return self._delivered == self._asked

    def want(self, answer: SearchResult | None) -> None:
        """The answer to show next (None: every dated card); laid out by ``lay_out``."""
        if answer is self._wanted:
            return
        self._wanted = answer
        self._asked += 1

    def lay_out(self) -> None:
        """Make the layout of the latest answer, unless it is made or being made."""
        if self._running or self.up_to_date:
            return
        if self._is_instant():
            self._run(self.tasks.run_here)
        else:
            self._running = True
            self._start_timer.start()

    def _start(self) -> None:
        self._run(self.tasks.run)

    def _run(self, run: Callable[..., None]) -> None:
        """Lay out the latest answer through ``run``: ``TaskRunner.run`` or ``run_here``."""
        asked = self._asked
        work = partial(
            _lay_out, self._whole, self._wanted, self._reader(), self.lane_order, self.gap_px
        )
        run(work, done=partial(self._done, asked), failed=partial(self._failed, asked))

    def _is_instant(self) -> bool:
        if self._whole is not None:
            return len(self._whole.layout) <= self.instant_limit
        if self._card_count is None:
            self._card_count = self.store.card_count()
        return self._card_count <= self.instant_limit

    def _reader(self) -> Callable[[], EventColumns]:
        """How the first layout reads the dated cards, on whichever thread it runs."""
        if self._whole is not None or self._is_instant():
            return self.store.timeline_events  # not called, or called on this thread
        if self.store.path is None:
            events = self.store.timeline_events()  # its connection is this thread's
            return lambda: events
        return partial(_read_events, self.store.path)

    def _done(self, asked: int, made: tuple[_Whole, TimelineLayout]) -> None:
        self._running = False
        self._whole, layout = made
        if asked == self._asked:
            self._delivered = asked
            self.laid_out.emit(layout)
        elif self.follow_answers():
            self.lay_out()

    def _failed(self, asked: int, message: str) -> None:
        self._running = False
        self.failed.emit(message)
        if asked != self._asked and self.follow_answers():
            self.lay_out()


def _read_events(path: Path) -> EventColumns:
    """Every dated card, through a connection of this thread's own."""
    store = ContentStore.open(path)
    try:
        return store.timeline_events()
    finally:
        store.close()


def _lay_out(
    whole: _Whole | None,
    answer: SearchResult | None,
    read_events: Callable[[], EventColumns],
    lane_order: Sequence[str],
    gap_px: float = MARK_GAP_PX,
) -> tuple[_Whole, TimelineLayout]:
    """Off the UI thread: the whole layout (made the first time) and the answer's.

    What is shown is always a subset, even of every event, so that the whole layout never
    makes clusters of its own and no clusters outlive the layout on screen."""
    first = whole is None
    if first:
        layout = TimelineLayout(read_events(), lane_order, gap_px=gap_px)
        whole = _Whole(layout.events, layout, CardNumbers(layout))
    if answer is None:
        layout = whole.layout.subset(np.ones(len(whole.layout), dtype=bool))
    else:
        layout = whole.layout.subset(whole.numbers.mask(answer.numbers, answer.ids))
    _ = layout.ordered  # the list's order, sorted here rather than on the UI thread
    if first:
        # Reading and sorting every event leaves the most behind; later layouts reuse it.
        # The timeline's modules, imported just now, left their source lines behind too.
        forget_read_sources()
        give_back_free_memory()
    return whole, layout
