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
from decimal import Decimal
from enum import IntEnum, StrEnum

from explorer.domain.wording import PackProblems


class Qualifier(StrEnum):
    EXACT = "exact"
    CIRCA = "circa"
    BEFORE = "before"
    AFTER = "after"
    PLANNED = "planned"


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


class FuzzyDateError(ValueError):
    """Raised for text or fields that do not make a date."""

    @property
    def wording(self) -> str:
        """Its message: a ``Wording`` where a pack's date was wrong, for the interface to
        say in its language."""
        return self.args[0]


_QUALIFIER = r"^(?:(?P<qualifier>circa|before|after|planned)\s+)?"
_PATTERN = re.compile(
    _QUALIFIER + r"(?P<long>Y)?(?P<year>-?\d+)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$"
)
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
        if self.notation in _UNIT_YEARS and self.month is not None:
            raise FuzzyDateError(PackProblems.tr("a date in ka or Ma has no month or day"))

    @classmethod
    def parse(cls, text: str, display: str | None = None) -> FuzzyDate:
        if not isinstance(text, str):
            raise FuzzyDateError(f"a date must be text, not {type(text).__name__}")
        stripped = text.strip()
        if match := _BEFORE_PRESENT.match(stripped):
            return _before_present(match, display)
        match = _PATTERN.match(stripped)
        if not match:
            raise FuzzyDateError(
                PackProblems.tr(
                    "%1 is not a date; write e.g. 2025-09-29, 2025-09, 2025, -500, "
                    "circa 1254, before 1992-06, after 2022 or planned 2026"
                ).arg(repr(text))
            )
        parts = match.groupdict()
        year = int(parts["year"])
        notation = Notation.PLAIN
        if parts["long"]:
            # EDTF numbers years astronomically: Y-1 is 2 BC.
            notation = Notation.LONG_YEAR
            year = year - 1 if year <= 0 else year
        return cls(
            year=year,
            month=int(parts["month"]) if parts["month"] else None,
            day=int(parts["day"]) if parts["day"] else None,
            qualifier=Qualifier(parts["qualifier"] or Qualifier.EXACT),
            display=display,
            notation=notation,
        )

    def __str__(self) -> str:
        if self.notation in _UNIT_YEARS:
            text = _amount_text(self.year, self.notation)
        elif self.notation is Notation.LONG_YEAR:
            text = f"Y{_astronomical(self.year)}"
        else:
            text = str(self.year)
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        if self.qualifier is not Qualifier.EXACT:
            text = f"{self.qualifier.value} {text}"
        return text

    @property
    def years_before_present(self) -> int:
        """Years before 1950 (negative after it)."""
        return PRESENT - _astronomical(self.year)

    @property
    def precision(self) -> Precision:
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
            return first, first + days_in_month(self.year, self.month) - 1
        return day_number(self.year, 1, 1), day_number(self.year, 12, 31)

    def bounds(self) -> tuple[int | None, int | None]:
        """Earliest and latest day the date may stand for; None is an open end.

        "circa" widens the period by one unit of its precision on each side.
        """
        first, last = self.period()
        if self.qualifier is Qualifier.BEFORE:
            return None, first - 1
        if self.qualifier is Qualifier.AFTER:
            return last + 1, None
        if self.qualifier is Qualifier.CIRCA:
            margin = {Precision.YEAR: 365, Precision.MONTH: 30, Precision.DAY: 1}[self.precision]
            return first - margin, last + margin
        return first, last

    def sort_key(self) -> tuple[int, int, int]:
        """Chronological order: a year sorts before its months, a month before its days;
        "before X" just before X and "after X" just after everything inside X."""
        first, last = self.period()
        if self.qualifier is Qualifier.BEFORE:
            return first, -1, 0
        if self.qualifier is Qualifier.AFTER:
            return last, 1, 0
        return first, 0, int(self.precision)

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
        if end_first < first:
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
    years = Decimal(PRESENT - _astronomical(year)) / _UNIT_YEARS[notation]
    amount = format(years.normalize(), "f")
    return f"{amount} {'ka' if notation is Notation.KA else 'Ma'}"
