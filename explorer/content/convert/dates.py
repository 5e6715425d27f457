"""Dates from the source's fields, written in the pack's form, with what they lose.

A year beyond ±999,999 is written as an EDTF long year (``Y-115000000``); a time of day is
kept (``2025-09-29T14:30``, its UTC offset as ``Z`` or ``+05:00``). Only a year beyond the
format's own limit, or a time that cannot be read, is lost, and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.domain.fuzzy_date import MAX_YEAR, FuzzyDate, FuzzyDateError, Notation, days_in_month
from explorer.domain.time_of_day import TimeOfDay, TimeOfDayError

LONG_YEARS_FROM = 1_000_000
"""Years this far from year 1 are written as EDTF long years, as deep time is written."""
_SOURCE_TIME = re.compile(
    r"^(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?P<fraction>\.\d+)?)?"
    r"\s*(?P<half>[AaPp]\.?[Mm]\.?)?"
    r"\s*(?:(?P<utc>Z|GMT|UTC)?\s*(?P<sign>[+-])(?P<zh>\d{2}):?(?P<zm>\d{2})|(?P<bare>Z|GMT|UTC))?"
    r"\s*(?:\(.*\))?$",
    re.I,
)


class DateFieldError(ValueError):
    """A field that cannot be part of any date (a month 13, a year "abc")."""


@dataclass(frozen=True)
class SourceDate:
    """A date as a source gives it, before it is written in the pack's form."""

    year: int
    month: int | None = None
    day: int | None = None
    time: str | None = None
    """The time of day as written ("09:00", "2:30 PM", "20:17:40 GMT-0600")."""


@dataclass(frozen=True)
class PackDate:
    text: str | None
    """The pack's date text; None when the date cannot be carried."""
    losses: tuple[str, ...] = ()


def whole_number(value: object, what: str) -> int | None:
    """A year, month or day field: a number or text holding one; None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise DateFieldError(f"{value!r} is not a {what}")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        text = value.strip().replace("\u2212", "-")
        if text.lstrip("+-").isdigit() and len(text) <= 20:
            return int(text)
    raise DateFieldError(f"{str(value)[:60]!r} is not a {what}: write a whole number")


def source_date(year: object, month: object = None, day: object = None) -> SourceDate | None:
    """Year, month and day fields checked; None when the year is empty."""
    y = whole_number(year, "year")
    m = whole_number(month, "month")
    d = whole_number(day, "day")
    if y is None:
        if m is not None or d is not None:
            raise DateFieldError("a month or day is given without a year")
        return None
    if m is not None and not 1 <= m <= 12:
        raise DateFieldError(f"month {m} is not between 1 and 12")
    if d is not None and m is None:
        raise DateFieldError(f"day {d} is given without a month")
    if d is not None and m is not None and y != 0 and abs(y) <= MAX_YEAR:
        last = days_in_month(y, m)
        if not 1 <= d <= last:
            raise DateFieldError(f"day {d} does not exist in {y}-{m:02d}")
    return SourceDate(y, m, d)


def pack_date(date: SourceDate) -> PackDate:
    """``date`` in the pack's form, and what it lost on the way."""
    losses: list[str] = []
    year = date.year
    if abs(year) > MAX_YEAR:
        return PackDate(
            None,
            (
                f"the year {year:,} is beyond ±{MAX_YEAR:,}, the most the pack format holds; "
                "the card has no date here, and its date note gives the year",
            ),
        )
    if year == 0:
        year = -1
        losses.append("year 0 was written as -1 (1 BC): the pack's years have no year 0")
    notation = Notation.LONG_YEAR if abs(year) >= LONG_YEARS_FROM else Notation.PLAIN
    time = None
    if date.time and date.day is not None:
        time, loss = pack_time(date.time)
        if loss:
            losses.append(loss)
    elif date.time:
        losses.append(f"the time of day {date.time} was dropped: the source gives no day")
    try:
        text = str(FuzzyDate(year, date.month, date.day, notation=notation, time=time))
    except FuzzyDateError as error:  # e.g. 29 February of year 0, now 1 BC
        text = str(FuzzyDate(year, date.month, notation=notation))
        losses.append(f"the day was dropped ({error.wording})")
    return PackDate(text, tuple(losses))


def pack_time(written: str) -> tuple[TimeOfDay | None, str | None]:
    """The time of day in ``written`` ("9:05", "2:30 PM", "20:17:40 GMT-0600"), and what it
    lost (a fraction of a second), or None and why it was dropped."""
    match = _SOURCE_TIME.match(" ".join(written.split()))
    dropped = f"the time of day {written!r} cannot be read and was dropped; the day is kept"
    if match is None:
        return None, dropped
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["half"]:
        if not 1 <= hour <= 12:
            return None, dropped
        hour = hour % 12 + (12 if match["half"][0] in "Pp" else 0)
    offset = None
    if match["sign"]:
        offset = f"{match['sign']}{match['zh']}:{match['zm']}"
    elif match["bare"] or match["utc"]:
        offset = "Z"
    second = None if match["second"] is None else int(match["second"])
    try:
        time = TimeOfDay(hour, minute, second, offset)
        TimeOfDay.parse(str(time))  # the offset's own bounds
    except TimeOfDayError:
        return None, dropped
    if match["fraction"]:
        return time, f"the fraction of a second in {written!r} was dropped"
    return time, None


def spoken_year(year: int) -> str:
    """A year as a date note says it: "13,800,000,000 BC", "1,200,000"."""
    return f"{-year:,} BC" if year < 0 else f"{year:,}"


def out_of_range_note(start: SourceDate | None, end: SourceDate | None) -> str | None:
    """The years as a date note, when either is beyond what the pack holds; else None."""
    years = [date.year for date in (start, end) if date is not None]
    if not any(abs(year) > MAX_YEAR for year in years):
        return None
    return " – ".join(spoken_year(year) for year in years)


def time_text(*parts: object) -> str | None:
    """ "09:05" from hour and minute (and second) fields; None when they are all empty."""
    numbers = [whole_number(part, "time") for part in parts]
    if all(n is None for n in numbers):
        return None
    shown = [f"{n or 0:02d}" for n in numbers]
    while len(shown) > 2 and shown[-1] == "00":
        shown.pop()
    return ":".join(shown)
