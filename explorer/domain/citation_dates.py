"""Dates as citations write them: in English (the citation styles are English styles), to
the precision the date is known to, with its qualifier.

Chicago writes "March 5, 2021", APA "2021, March 5"; both write "ca." for circa. BibTeX's
``date`` field and CSL-JSON's ``date-parts`` carry only the parts that are known.
"""

from __future__ import annotations

import datetime

from explorer.domain.fuzzy_date import FuzzyDate, Qualifier

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SEASONS = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}
_SEASON_CODES = {3: 21, 6: 22, 9: 23, 12: 24}
"""EDTF's numbers for the seasons, by the month each starts in."""
_PREFIXES = {
    Qualifier.CIRCA: "ca. ",
    Qualifier.UNCERTAIN_CIRCA: "ca. ",
    Qualifier.BEFORE: "before ",
    Qualifier.AFTER: "after ",
    Qualifier.PLANNED: "planned ",
}
_SUFFIXES = {Qualifier.UNCERTAIN: "?", Qualifier.UNCERTAIN_CIRCA: "?"}


def _year(year: int) -> str:
    return f"{-year} BCE" if year < 0 else str(year)


def _qualified(date: FuzzyDate, bare: str) -> str:
    return _PREFIXES.get(date.qualifier, "") + bare + _SUFFIXES.get(date.qualifier, "")


def _coarse(date: FuzzyDate) -> str | None:
    """A decade or century (EDTF ``201X``) or a season, else None."""
    if date.extent > 1 and date.month is None:
        return f"{_year(date.year)}s"
    if date.extent > 1:
        return f"{_SEASONS.get(date.month, MONTHS[date.month - 1])} {_year(date.year)}"
    return None


def chicago_date(date: FuzzyDate) -> str:
    """``March 5, 2021``, ``March 2021``, ``2021``, ``ca. 1254``."""
    bare = _coarse(date)
    if bare is None:
        if date.day is not None:
            bare = f"{MONTHS[date.month - 1]} {date.day}, {_year(date.year)}"
        elif date.month is not None:
            bare = f"{MONTHS[date.month - 1]} {_year(date.year)}"
        else:
            bare = _year(date.year)
    return _qualified(date, bare)


def apa_date(date: FuzzyDate | None) -> str:
    """What goes in APA's parentheses: ``2021, March 5``, ``2021``, ``n.d.``."""
    if date is None:
        return "n.d."
    bare = _coarse(date)
    if bare is None:
        bare = _year(date.year)
        if date.month is not None:
            bare += f", {MONTHS[date.month - 1]}"
        if date.day is not None:
            bare += f" {date.day}"
    return _qualified(date, bare)


def day_text(day: datetime.date) -> str:
    """A day fully known, as both styles write an access date: ``December 4, 2026``."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def date_parts(date: FuzzyDate) -> list[int]:
    """The known parts, year first: ``[2021]``, ``[2021, 3]``, ``[2021, 3, 5]``."""
    parts = [date.year]
    if date.month is not None and date.extent == 1:
        parts.append(date.month)
        if date.day is not None:
            parts.append(date.day)
    return parts


def iso_parts(date: FuzzyDate) -> str:
    """The known parts as ISO 8601 text (``2021-03``), with EDTF's marks for circa (``~``)
    and uncertain (``?``), a decade as ``201X`` and a season as ``2021-22``, as biblatex
    reads them."""
    year, *rest = date_parts(date)
    # biblatex counts years astronomically: 1 BCE is year 0, 500 BCE is -0499.
    astronomical = year if year > 0 else year + 1
    text = f"{astronomical:04d}" if astronomical >= 0 else f"-{-astronomical:04d}"
    unknown_digits = len(str(date.extent)) - 1 if date.month is None else 0
    if unknown_digits and astronomical > 0:
        text = text[:-unknown_digits] + "X" * unknown_digits
    text += "".join(f"-{part:02d}" for part in rest)
    if date.extent > 1 and date.month in _SEASON_CODES:
        text += f"-{_SEASON_CODES[date.month]}"
    marks = {Qualifier.CIRCA: "~", Qualifier.UNCERTAIN: "?", Qualifier.UNCERTAIN_CIRCA: "%"}
    return text + marks.get(date.qualifier, "")
