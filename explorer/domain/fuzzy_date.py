"""Dates that say how much is known about them.

A FuzzyDate names a year (negative for BC, there is no year 0), optionally a
month and a day, and a qualifier: exact, circa, before, after or planned.
Its canonical text form round-trips through ``parse`` and ``str``:

    2025-09-29   2025-09   2025   -500   circa 1254   before 1992-06
    after 2022   planned 2026

Years may be of any size up to ``MAX_YEAR``. Deep time can be written as an EDTF long
year (``Y-115000000``, ``Y170000002``: astronomical numbering, where year 0 is 1 BC) or as
years before present (1950): ``115 Ma`` (million), ``12 ka`` (thousand), ``2.6 Ma``. A
date keeps the notation it was written in (``notation``), so it is written back alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum

from explorer.domain.time_of_day import TimeOfDay, TimeOfDayError
from explorer.domain.wording import PackProblems


class Qualifier(StrEnum):
    EXACT = "exact"
    CIRCA = "circa"
    BEFORE = "before"
    AFTER = "after"
    PLANNED = "planned"
    UNCERTAIN = "uncertain"
    """Possibly that date, not known for sure (EDTF ``1984?``)."""
    UNCERTAIN_CIRCA = "uncertain circa"
    """About that date, and that not known for sure either (EDTF ``1984%``)."""


VAGUE = frozenset({Qualifier.CIRCA, Qualifier.UNCERTAIN, Qualifier.UNCERTAIN_CIRCA})
"""Qualifiers the timeline draws as not quite known."""


class Notation(StrEnum):
    """How a year was written: the pack's own form, an EDTF long year (``Y``-prefixed,
    astronomical), or years before present (1950) in thousands or millions."""

    PLAIN = "plain"
    LONG_YEAR = "long_year"
    KA = "ka"
    MA = "ma"


class Precision(IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3
    MINUTE = 4
    SECOND = 5


class FuzzyDateError(ValueError):
    """Raised for text or fields that do not make a date."""

    @property
    def wording(self) -> str:
        """Its message: a ``Wording`` where a pack's date was wrong, for the interface to
        say in its language."""
        return self.args[0]


_QUALIFIER = r"^(?:(?P<qualifier>uncertain circa|uncertain|circa|before|after|planned)\s+)?"
_PATTERN = re.compile(
    _QUALIFIER + r"(?P<long>Y)?(?P<year>-?\d+X{0,3})"
    r"(?:-(?P<month>\d{2}|XX)(?:-(?P<day>\d{2}|XX)(?:T(?P<time>[0-9:.Z+-]+))?)?)?"
    r"(?P<mark>[?~%])?$"
)
_MARKS = {"?": Qualifier.UNCERTAIN, "~": Qualifier.CIRCA, "%": Qualifier.UNCERTAIN_CIRCA}
_SEASONS = {21: 3, 22: 6, 23: 9, 24: 12}
"""EDTF seasons (northern, as meteorologists count them) and the month each starts in:
spring March to May, summer June to August, autumn September to November, winter
December to February."""
_BEFORE_PRESENT = re.compile(_QUALIFIER + r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>ka|Ma)$")
_UNIT_YEARS = {Notation.KA: 1_000, Notation.MA: 1_000_000}
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
MAX_YEAR = 100_000_000_000
"""The largest year either side of year 1: a hundred billion years, well past the age of the
universe, and still every day of it an exact number in a float (below 2**53)."""
PRESENT = 1950
"""The year "before present" counts from, as radiocarbon and geology do."""


def _astronomical(year: int) -> int:
    """1 BC is astronomical year 0, 2 BC is -1, and so on."""
    return year + 1 if year < 0 else year


def _is_leap(year: int) -> bool:
    y = _astronomical(year)
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def day_number(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 in the proleptic Gregorian calendar (any year)."""
    y = _astronomical(year) - (1 if month <= 2 else 0)
    era = y // 400
    year_of_era = y - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


@dataclass(frozen=True)
class FuzzyDate:
    """A date known to a year, a month or a day, exactly or with a qualifier; ``display``
    is the text a pack wrote it as, when that should be shown instead."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: Qualifier = Qualifier.EXACT
    display: str | None = field(default=None, compare=False)
    notation: Notation = field(default=Notation.PLAIN, compare=False)
    extent: int = 1
    """How many units of its precision the date covers: 10, 100 or 1000 years for a year
    with unspecified digits (EDTF ``201X``, ``19XX``), 3 months for a season."""
    edtf: str | None = field(default=None, compare=False)
    """The EDTF text the date was written as, when it used EDTF's own marks; written back."""
    time: TimeOfDay | None = None
    """The time of day, on a date known to the day."""

    def __post_init__(self) -> None:
        if not isinstance(self.year, int) or isinstance(self.year, bool):
            raise FuzzyDateError(f"year must be a whole number, not {self.year!r}")
        if self.year == 0:
            raise FuzzyDateError(PackProblems.tr("there is no year 0: 1 BC is -1"))
        if abs(self.year) > MAX_YEAR:
            raise FuzzyDateError(
                PackProblems.tr(
                    "year %1 is out of range: years go up to %2 either side of year 1"
                ).arg(str(self.year), str(MAX_YEAR))
            )
        if self.month is None and self.day is not None:
            raise FuzzyDateError(PackProblems.tr("a day needs a month"))
        if self.month is not None and not 1 <= self.month <= 12:
            raise FuzzyDateError(
                PackProblems.tr("month %1 is not between 1 and 12").arg(str(self.month))
            )
        if self.day is not None:
            last = days_in_month(self.year, self.month)
            if not 1 <= self.day <= last:
                raise FuzzyDateError(
                    PackProblems.tr("day %1 does not exist in %2").arg(
                        str(self.day), f"{self.year}-{self.month:02d}"
                    )
                )
        object.__setattr__(self, "qualifier", Qualifier(self.qualifier))
        object.__setattr__(self, "notation", Notation(self.notation))
        self._check_extent()
        if self.time is not None and self.day is None:
            raise FuzzyDateError(PackProblems.tr("a time of day needs a day"))
        if self.notation in _UNIT_YEARS and self.month is not None:
            raise FuzzyDateError(PackProblems.tr("a date in ka or Ma has no month or day"))

    def _check_extent(self) -> None:
        if self.extent == 1:
            return
        if self.month is not None:
            if self.day is None and self.extent == 3:
                return
        elif self.extent in (10, 100, 1000) and self.year > 0 and self.year % self.extent == 0:
            return
        raise FuzzyDateError(
            PackProblems.tr(
                "%1 cannot cover %2 units: a year with unspecified digits covers 10, 100 or "
                "1000 years from a positive year, a season 3 months"
            ).arg(_plain_text(self), str(self.extent))
        )

    @classmethod
    def parse(cls, text: str, display: str | None = None) -> FuzzyDate:
        if not isinstance(text, str):
            raise FuzzyDateError(f"a date must be text, not {type(text).__name__}")
        stripped = text.strip()
        if match := _BEFORE_PRESENT.match(stripped):
            return _before_present(match, display)
        match = _PATTERN.match(stripped)
        if not match and _looks_like_interval(stripped):
            raise FuzzyDateError(
                PackProblems.tr(
                    "%1 is an interval, not a date: write its first date as the start and its "
                    "last as the end, or put the interval in dates"
                ).arg(repr(text))
            )
        if not match:
            raise FuzzyDateError(
                PackProblems.tr(
                    "%1 is not a date; write e.g. 2025-09-29, 2025-09, 2025, -500, "
                    "circa 1254, before 1992-06, after 2022 or planned 2026"
                ).arg(repr(text))
            )
        return _from_parts(match.groupdict(), stripped, display)

    def __str__(self) -> str:
        if self.edtf is not None:
            return self.edtf
        return _plain_text(self)

    @property
    def years_before_present(self) -> int:
        """Years before 1950 (negative after it)."""
        return PRESENT - _astronomical(self.year)

    @property
    def precision(self) -> Precision:
        if self.time is not None:
            return Precision.MINUTE if self.time.second is None else Precision.SECOND
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    def period(self) -> tuple[int, int]:
        """First and last day (day numbers) of the day, month or year named."""
        if self.day is not None:
            first = day_number(self.year, self.month, self.day)
            return first, first
        if self.month is not None:
            first = day_number(self.year, self.month, 1)
            year, month = self.year, self.month + self.extent - 1
            if month > 12:
                year, month = _years_on(year, 1), month - 12
            return first, day_number(year, month, days_in_month(year, month))
        return day_number(self.year, 1, 1), day_number(
            _years_on(self.year, self.extent - 1), 12, 31
        )

    def bounds(self) -> tuple[int | None, int | None]:
        """Earliest and latest day the date may stand for; None is an open end.

        "circa" widens the period by one unit of its precision on each side (a day for a
        time of day).
        """
        first, last = self.period()
        if self.qualifier is Qualifier.BEFORE:
            return None, first - 1
        if self.qualifier is Qualifier.AFTER:
            return last + 1, None
        if self.qualifier in (Qualifier.CIRCA, Qualifier.UNCERTAIN_CIRCA):
            margin = {Precision.YEAR: 365, Precision.MONTH: 30}.get(self.precision, 1)
            return first - margin, last + margin
        return first, last

    @property
    def moment(self) -> float:
        """The first day, and the part of it gone by at the time of day if there is one:
        the timeline places and orders events within a day by it."""
        first = self.period()[0]
        return first + self.time.fraction if self.time is not None else first

    def sort_key(self) -> tuple[float, int, int]:
        """Chronological order: a year sorts before its months, a month before its days, a
        day before its times, and times in their order; "before X" just before X and
        "after X" just after everything inside X."""
        first, last = self.period()
        if self.qualifier is Qualifier.BEFORE:
            return first, -1, 0
        if self.qualifier is Qualifier.AFTER:
            return last, 1, 0
        return self.moment, 0, int(self.precision)

    def __lt__(self, other: FuzzyDate) -> bool:
        if not isinstance(other, FuzzyDate):
            return NotImplemented
        return self.sort_key() < other.sort_key()


def span_of(start: FuzzyDate | None, end: FuzzyDate | None) -> tuple[int, int] | None:
    """The days covered from the start of ``start`` to the end of ``end``."""
    if start is None:
        return None
    first, last = start.period()
    if end is not None:
        end_first, end_last = end.period()
        if end_first < first or (
            start.time is not None and end.time is not None and end.moment < start.moment
        ):
            raise FuzzyDateError(
                PackProblems.tr("the end %1 comes before the start %2").arg(str(end), str(start))
            )
        last = end_last
    return first, last


def span_vagueness(start: FuzzyDate, end: FuzzyDate | None) -> tuple[Qualifier, Precision]:
    """The qualifier and precision the timeline draws ``start`` to ``end`` with: the first
    non-exact qualifier of the two ends and the coarser precision."""
    if end is None:
        return start.qualifier, start.precision
    qualifier = end.qualifier if start.qualifier is Qualifier.EXACT else start.qualifier
    return qualifier, min(start.precision, end.precision)


def _before_present(match: re.Match, display: str | None) -> FuzzyDate:
    from decimal import Decimal  # here: only years before present need it, and a start does not

    notation = Notation.KA if match["unit"] == "ka" else Notation.MA
    years = Decimal(match["amount"]) * _UNIT_YEARS[notation]
    if years != years.to_integral_value():
        raise FuzzyDateError(
            PackProblems.tr("%1 is not a whole number of years before present").arg(
                repr(match.group(0))
            )
        )
    astronomical = PRESENT - int(years)
    year = astronomical - 1 if astronomical <= 0 else astronomical
    if abs(year) > MAX_YEAR:
        raise FuzzyDateError(
            PackProblems.tr("year %1 is out of range: years go up to %2 either side of year 1").arg(
                match.group(0), str(MAX_YEAR)
            )
        )
    return FuzzyDate(
        year=year,
        qualifier=Qualifier(match["qualifier"] or Qualifier.EXACT),
        display=display,
        notation=notation,
    )


def _amount_text(year: int, notation: Notation) -> str:
    from decimal import Decimal  # as in _before_present

    years = Decimal(PRESENT - _astronomical(year)) / _UNIT_YEARS[notation]
    amount = format(years.normalize(), "f")
    return f"{amount} {'ka' if notation is Notation.KA else 'Ma'}"


def _years_on(year: int, count: int) -> int:
    """The year ``count`` years after ``year``, over the missing year 0."""
    on = _astronomical(year) + count
    return on - 1 if on <= 0 else on


def _plain_text(date: FuzzyDate) -> str:
    """The canonical text of ``date``: the pack's own form, EDTF where only EDTF has words
    for it (unspecified digits, seasons)."""
    if date.notation in _UNIT_YEARS:
        text = _amount_text(date.year, date.notation)
    elif date.notation is Notation.LONG_YEAR:
        text = f"Y{_astronomical(date.year)}"
    elif date.extent > 1 and date.month is None:
        digits = len(str(date.extent)) - 1
        text = str(date.year)[:-digits] + "X" * digits
    else:
        text = str(date.year)
    if date.month is not None:
        month = date.month
        if date.extent == 3:
            month = next(season for season, first in _SEASONS.items() if first == month)
        text += f"-{month:02d}"
    if date.day is not None:
        text += f"-{date.day:02d}"
    if date.time is not None:
        text += f"T{date.time}"
    if date.qualifier is not Qualifier.EXACT:
        text = f"{date.qualifier.value} {text}"
    return text


def _from_parts(parts: dict[str, str | None], text: str, display: str | None) -> FuzzyDate:
    """The date of a match of ``_PATTERN``: the pack's own form, EDTF's marks (``?``, ``~``,
    ``%``), unspecified digits (``201X``, ``1985-XX``) and seasons (``2001-21``)."""
    year_text, month_text, day_text, mark = (
        parts["year"],
        parts["month"],
        parts["day"],
        parts["mark"],
    )
    word = parts["qualifier"]
    if mark and word:
        raise FuzzyDateError(
            PackProblems.tr(
                "%1 has both a word and an EDTF mark for its qualifier; write one of them"
            ).arg(repr(text))
        )
    unspecified = year_text.count("X")
    edtf = bool(mark or unspecified or "X" in (month_text or "") + (day_text or ""))
    if unspecified and (year_text.startswith("-") or len(year_text) < 4):
        raise FuzzyDateError(
            PackProblems.tr(
                "%1: unspecified digits (X) end a year of four digits or more after year 1, "
                "as in 201X or 19XX"
            ).arg(repr(text))
        )
    if unspecified and month_text is not None and month_text != "XX":
        raise FuzzyDateError(
            PackProblems.tr("%1: a year with unspecified digits has no month").arg(repr(text))
        )
    if month_text == "XX" and day_text not in (None, "XX"):
        raise FuzzyDateError(PackProblems.tr("%1: an unspecified month has no day").arg(repr(text)))
    year = int(year_text.replace("X", "0"))
    notation = Notation.PLAIN
    if parts["long"]:
        # EDTF numbers years astronomically: Y-1 is 2 BC.
        notation = Notation.LONG_YEAR
        year = year - 1 if year <= 0 else year
    month = None if month_text in (None, "XX") else int(month_text)
    day = None if day_text in (None, "XX") else int(day_text)
    extent = 10**unspecified
    if month is not None and month in _SEASONS:
        if day is not None:
            raise FuzzyDateError(PackProblems.tr("%1: a season has no day").arg(repr(text)))
        month, extent, edtf = _SEASONS[month], 3, True
    elif month is not None and month > 12 and day is None and 20 < month < 42:
        raise FuzzyDateError(
            PackProblems.tr(
                "%1: of EDTF's seasons only 21 to 24 (spring, summer, autumn, winter) are "
                "understood"
            ).arg(repr(text))
        )
    qualifier = _MARKS[mark] if mark else Qualifier(word or Qualifier.EXACT)
    time = None
    if parts["time"] is not None:
        if day is None:
            raise FuzzyDateError(PackProblems.tr("a time of day needs a day"))
        try:
            time = TimeOfDay.parse(parts["time"])
        except TimeOfDayError as error:
            raise FuzzyDateError(error.wording) from None
    return FuzzyDate(
        time=time,
        year=year,
        month=month,
        day=day,
        qualifier=qualifier,
        display=display,
        notation=notation,
        extent=extent,
        edtf=text if edtf else None,
    )


def _looks_like_interval(text: str) -> bool:
    if text.count("/") != 1:
        return False
    return all(
        part in ("", "..") or _PATTERN.match(part) or _BEFORE_PRESENT.match(part)
        for part in (side.strip() for side in text.split("/"))
    )
