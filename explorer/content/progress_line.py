"""An import's progress on the command line, as ``import_progress`` tells it.

On a terminal, one line rewritten in place ("Importing its cards: 148 / 327 MB (45 %)");
elsewhere (a log, a pipe), one line as each step starts, so the output stays readable.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from explorer.content.import_progress import STEP_UNITS

MB = 1024 * 1024
REDRAW_SECONDS = 0.1


class ProgressLine:
    """An ``ImportProgress`` that writes to ``stream`` (standard error by default)."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        in_place: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream or sys.stderr
        self.in_place = self.stream.isatty() if in_place is None else in_place
        self.clock = clock
        self.step: str | None = None
        self.drawn = 0.0
        self.width = 0

    def __call__(self, step: str, done: int, total: int | None) -> None:
        started = step != self.step
        if started:
            self.end_line()
            self.step = step
        if not self.in_place:
            if started:
                print(f"{step}…", file=self.stream, flush=True)
            return
        now = self.clock()
        if not started and done != total and now - self.drawn < REDRAW_SECONDS:
            return
        self.drawn = now
        text = describe(step, done, total)
        self.stream.write("\r" + text.ljust(self.width))
        self.stream.flush()
        self.width = len(text)

    def end_line(self) -> None:
        """End the line being rewritten (call once the import is over, too)."""
        if self.in_place and self.width:
            self.stream.write("\n")
            self.stream.flush()
        self.width = 0


def describe(step: str, done: int, total: int | None) -> str:
    """ "Importing its cards: 148 / 327 MB (45 %)", "Converting the source: 1,200 records"
    when the total is not known, or "Checking the pack…" with no measure."""
    unit = STEP_UNITS.get(step)
    if total is None:
        return f"{step}: {done:,} {unit}" if unit and done else f"{step}…"
    share = f"{100 * done // total} %" if total else "100 %"
    if unit == "bytes":
        return f"{step}: {done / MB:,.0f} / {total / MB:,.0f} MB ({share})"
    return f"{step}: {done:,} / {total:,}{f' {unit}' if unit else ''} ({share})"
