"""Dates written as text: ISO dates, bare years, "500 BC", and JavaScript-style dates
such as SIMILE writes them ("May 28 2006 09:00:00 GMT-0600", "Sat, 28 May 2006")."""

from __future__ import annotations

import re

from explorer.content.convert.dates import DateFieldError, SourceDate, source_date

_ISO = re.compile(
    r"^(?P<year>[+-]?\d{1,12})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?"
    r"(?:[T ](?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(?P<zone>Z|[+-]\d{2}:?\d{2})?)?$"
)
_ERA = re.compile(r"^(?P<year>\d{1,12})\s*(?P<era>BC|BCE|B\.C\.|B\.C\.E\.|AD|CE|A\.D\.)$", re.I)
_AD_FIRST = re.compile(r"^(?:AD|A\.D\.)\s*(?P<year>\d{1,12})$", re.I)
_SLASHED = re.compile(r"^(?P<a>\d{1,4})[/.](?P<b>\d{1,2})[/.](?P<c>-?\d{1,6})$")
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_ZONE = re.compile(r"^(?:GMT|UTC|Z)(?:[+-]\d{2}:?\d{2})?$|^[+-]\d{4}$|^\(.*\)$", re.I)
_MONTHS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_date_string(text: str, slashed_order: str = "mdy") -> SourceDate:
    """The date in ``text``; raises DateFieldError when it holds none.

    ``slashed_order`` says how "05/08/1963" reads: "mdy" as JavaScript reads it (SIMILE),
    "dmy" or "ymd".
    """
    written = " ".join(text.split())
    if not written:
        raise DateFieldError("the date is empty")
    if match := _ISO.match(written):
        time = " ".join(filter(None, (match["time"], match["zone"]))) or None
        return _with_time(source_date(match["year"], match["month"], match["day"]), time)
    if match := _ERA.match(written):
        year = int(match["year"])
        return _checked(source_date(-year if match["era"].upper().startswith("B") else year))
    if match := _AD_FIRST.match(written):
        return _checked(source_date(match["year"]))
    if match := _SLASHED.match(written):
        return _slashed(match, slashed_order)
    return _words(written)


def _checked(date: SourceDate | None) -> SourceDate:
    if date is None:
        raise DateFieldError("the date has no year")
    return date


def _with_time(date: SourceDate | None, time: str | None) -> SourceDate:
    date = _checked(date)
    if time and time.split()[0] not in ("00:00", "00:00:00"):
        return SourceDate(date.year, date.month, date.day, time)
    return date


def _slashed(match: re.Match[str], order: str) -> SourceDate:
    a, b, c = match["a"], match["b"], match["c"]
    if order == "ymd":
        return _checked(source_date(a, b, c))
    if order == "dmy":
        return _checked(source_date(c, b, a))
    return _checked(source_date(c, a, b))


def _words(written: str) -> SourceDate:
    """ "May 28 2006 09:00:00 GMT-0600", "28 May 2006", "Sat, 28 May 2006 10:00", "May 2006"."""
    month = year = day = time = None
    numbers: list[str] = []
    for token in written.replace(",", " ").split():
        lower = token.lower().rstrip(".")
        if lower[:3] in _MONTHS and lower.isalpha() and month is None:
            month = _MONTHS.index(lower[:3]) + 1
        elif lower[:3] in _WEEKDAYS and lower.isalpha():
            continue
        elif _TIME.match(token):
            time = token
        elif _ZONE.match(token):
            if time is not None:
                time += f" {token}"
        elif token.lstrip("-").isdigit():
            numbers.append(token)
        else:
            raise DateFieldError(f"{written[:80]!r} is not a date that can be read")
    if month is None or not 1 <= len(numbers) <= 2:
        raise DateFieldError(f"{written[:80]!r} is not a date that can be read")
    if len(numbers) == 1:
        year = numbers[0]
    else:
        first, second = numbers
        day, year = (first, second) if len(first.lstrip("-")) <= 2 else (second, first)
    return _with_time(source_date(year, month, day), time)
