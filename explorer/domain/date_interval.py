"""EDTF intervals: two dates with a slash between, either end open (``..``) or unknown
(left empty).

    1964/2008   2004-06/2006-08   ../1985   1985/..   /1985   1985/

``DateInterval.parse`` and ``str`` round-trip. ``as_span`` gives the start and end a card
is placed on the timeline with: an open or unknown start is "before" the end, an open or
unknown end is "after" the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError, Qualifier, span_of
from explorer.domain.wording import PackProblems


class End(StrEnum):
    """What stands at an end of an interval that has no date there."""

    OPEN = ".."
    """It goes on without end (or has no known beginning) as far as is known."""
    UNKNOWN = ""
    """There is an end, but it is not known."""


@dataclass(frozen=True)
class DateInterval:
    """From ``start`` to ``end``; an end without a date is ``End.OPEN`` or ``End.UNKNOWN``."""

    start: FuzzyDate | End
    end: FuzzyDate | End

    def __post_init__(self) -> None:
        if isinstance(self.start, End) and isinstance(self.end, End):
            raise FuzzyDateError(PackProblems.tr("an interval needs a date at one end at least"))
        if isinstance(self.start, FuzzyDate) and isinstance(self.end, FuzzyDate):
            span_of(self.start, self.end)  # raises when the end comes before the start

    @classmethod
    def parse(cls, text: str) -> DateInterval:
        if not isinstance(text, str) or text.count("/") != 1:
            raise FuzzyDateError(
                PackProblems.tr(
                    "%1 is not an interval; write two dates with a slash between, as in "
                    "1964/2008, ../1985 or 1985/.."
                ).arg(repr(text))
            )
        first, last = (part.strip() for part in text.split("/"))
        return cls(_end(first), _end(last))

    def __str__(self) -> str:
        return f"{_text(self.start)}/{_text(self.end)}"

    def as_span(self) -> tuple[FuzzyDate, FuzzyDate]:
        """The start and end the interval is drawn with."""
        if isinstance(self.start, End):
            end = self.end
            return _qualified(end, Qualifier.BEFORE), end
        if isinstance(self.end, End):
            start = self.start
            return start, _qualified(start, Qualifier.AFTER)
        return self.start, self.end


def is_interval(text: str) -> bool:
    return "/" in text


def _end(text: str) -> FuzzyDate | End:
    if text in (End.OPEN, End.UNKNOWN):
        return End(text)
    return FuzzyDate.parse(text)


def _text(end: FuzzyDate | End) -> str:
    return end.value if isinstance(end, End) else str(end)


def _qualified(date: FuzzyDate, qualifier: Qualifier) -> FuzzyDate:
    return FuzzyDate(
        date.year, date.month, date.day, qualifier, notation=date.notation, extent=date.extent
    )
