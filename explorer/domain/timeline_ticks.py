"""Time-axis ticks on calendar boundaries, never closer together than a label needs.

The timeline spans anything from a few minutes to billions of years, so the axis picks its unit from
the scale: the smallest unit whose ticks can never come closer than ``min_spacing_px``.
Ticks are computed only for the visible window, so their number is bounded by its width.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from explorer.domain.fuzzy_date import day_number


class TickUnit(Enum):
    """How far apart ticks are, smallest first. The value is (years, months, minutes);
    DAY is (0, 0, 1440)."""

    MINUTE = (0, 0, 1)
    MINUTES_5 = (0, 0, 5)
    MINUTES_15 = (0, 0, 15)
    HOUR = (0, 0, 60)
    HOURS_3 = (0, 0, 180)
    HOURS_6 = (0, 0, 360)
    HOURS_12 = (0, 0, 720)
    DAY = (0, 0, 1440)
    MONTH = (0, 1, 0)
    QUARTER = (0, 3, 0)
    HALF_YEAR = (0, 6, 0)
    YEAR = (1, 0, 0)
    YEARS_5 = (5, 0, 0)
    DECADE = (10, 0, 0)
    YEARS_50 = (50, 0, 0)
    CENTURY = (100, 0, 0)
    YEARS_500 = (500, 0, 0)
    MILLENNIUM = (1000, 0, 0)
    MILLENNIA_5 = (5000, 0, 0)
    MILLENNIA_10 = (10_000, 0, 0)
    MILLENNIA_50 = (50_000, 0, 0)
    MILLENNIA_100 = (100_000, 0, 0)
    MILLENNIA_500 = (500_000, 0, 0)
    MILLENNIA_1000 = (1_000_000, 0, 0)
    MILLIONS_5 = (5_000_000, 0, 0)
    MILLIONS_10 = (10_000_000, 0, 0)
    MILLIONS_50 = (50_000_000, 0, 0)
    MILLIONS_100 = (100_000_000, 0, 0)
    MILLIONS_500 = (500_000_000, 0, 0)
    BILLION = (1_000_000_000, 0, 0)
    BILLIONS_5 = (5_000_000_000, 0, 0)
    BILLIONS_10 = (10_000_000_000, 0, 0)
    BILLIONS_50 = (50_000_000_000, 0, 0)
    BILLIONS_100 = (100_000_000_000, 0, 0)

    @property
    def years(self) -> int:
        return self.value[0]

    @property
    def months(self) -> int:
        return self.value[1]

    @property
    def minutes(self) -> int:
        """Minutes between ticks of a unit of a day or less; 0 for longer units."""
        return self.value[2]

    @property
    def before_present(self) -> bool:
        """Whether ticks count back from 1950, as deep time does (120 ka, 110 ka …)."""
        return self.years >= DEEP_TIME_YEARS

    @property
    def min_days(self) -> float:
        """The shortest distance two neighbouring ticks of this unit can have, in days.

        The shortest case rather than the mean (365.2425 days a year), so that the chosen
        unit keeps the spacing promise in February and in years without a leap day too.
        """
        if self.years:
            return 365 * self.years
        if self.minutes:
            return self.minutes / 1440
        # Months 1 (28 days); quarters start in Jan, Apr, Jul, Oct (Jan-Mar: 90 days);
        # half years in Jan and Jul (Jan-Jun: 181 days).
        return {1: 28, 3: 90, 6: 181}[self.months]


_UNITS = tuple(TickUnit)
DEEP_TIME_YEARS = 10_000
"""Units of this many years or more put their ticks on round years before present."""
PRESENT = 1950


@dataclass(frozen=True, slots=True)
class Tick:
    """One axis tick: its day number and the calendar date it stands on.

    ``month`` is None for year units and ``day_of_month`` is None unless the unit is DAY
    or shorter, so a label shows only what the unit resolves; ``minute_of_day`` is set for
    units shorter than a day. ``day`` is then a day number with the part of the day gone
    by. ``major`` ticks are also boundaries of the
    next larger unit; the view draws them bolder. ``years_before_present`` is set for the
    ticks of deep-time units, which stand on round numbers of years before 1950.
    """

    day: float
    unit: TickUnit
    year: int
    month: int | None
    day_of_month: int | None
    major: bool
    years_before_present: int | None = None
    minute_of_day: int | None = None


def date_of_day(day: int) -> tuple[int, int, int]:
    """Year (negative for BC, no year 0), month and day of a day number; inverse of day_number.

    The civil-from-days algorithm of H. Hinnant, on 400-year eras, so it is exact for any year.
    """
    z = day + 719468
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (
        day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096
    ) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    shifted_month = (5 * day_of_year + 2) // 153  # 0 is March
    day_of_month = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    year = year_of_era + era * 400 + (1 if month <= 2 else 0)
    return (year if year > 0 else year - 1), month, day_of_month


def _next_year(year: int) -> int:
    return 1 if year == -1 else year + 1


def _is_boundary(unit: TickUnit, year: int, month: int, day_of_month: int) -> bool:
    """Whether the date starts a period of ``unit``.

    There is no year 0, so year 1 stands in for it as a boundary of every year unit:
    an axis reads -200, -100, 1, 100, 200 rather than leaving a gap of 199 years.
    """
    if unit.minutes:
        return True  # only DAY is ever the larger unit of a finer one, checked by its caller
    if day_of_month != 1:
        return False
    if unit.months:
        return (month - 1) % unit.months == 0
    if unit.before_present:
        return month == 1 and (PRESENT - _astronomical(year)) % unit.years == 0
    return month == 1 and (year % unit.years == 0 or year == 1)


def ticks(
    first_day: float, last_day: float, days_per_pixel: float, min_spacing_px: float = 90
) -> list[Tick]:
    """Ticks on calendar boundaries between two days (inclusive), at least min_spacing_px apart.

    The unit is the smallest one whose shortest interval is at least ``min_spacing_px`` at
    this scale; when not even a million years is, there are no ticks. Hence never more than
    (last_day - first_day) / days_per_pixel / min_spacing_px + 1 ticks.
    """
    if days_per_pixel <= 0 or min_spacing_px <= 0:
        raise ValueError("days_per_pixel and min_spacing_px must be positive")
    if last_day < first_day:
        return []
    first, last = math.ceil(first_day), math.floor(last_day)
    index = next(
        (i for i, unit in enumerate(_UNITS) if unit.min_days / days_per_pixel >= min_spacing_px),
        None,
    )
    if index is None:
        return []
    unit = _UNITS[index]
    larger = _UNITS[index + 1] if index + 1 < len(_UNITS) else None
    if unit.minutes and unit is not TickUnit.DAY:
        return _minute_ticks(first_day, last_day, unit, larger)
    if last < first:
        return []
    if unit.before_present:
        return [
            Tick(
                day=day,
                unit=unit,
                year=year,
                month=None,
                day_of_month=None,
                major=larger is not None and before % larger.years == 0,
                years_before_present=before,
            )
            for day, year, before in _before_present_ticks(first, last, unit.years)
        ]
    if unit is TickUnit.DAY:
        dates = [(day, *date_of_day(day)) for day in range(first, last + 1)]
    elif unit.months:
        dates = _month_ticks(first, last, unit.months)
    else:
        # Year 1 only when it keeps its distance from the tick after it, which is one year
        # nearer than the step (-100 to 1 is 100 years, 1 to 100 only 99).
        with_year_one = (
            unit.years > 1
            and (day_number(unit.years, 1, 1) - day_number(1, 1, 1)) / days_per_pixel
            >= min_spacing_px
        )
        dates = _year_ticks(first, last, unit.years, with_year_one)
    return [
        Tick(
            day=day,
            unit=unit,
            year=year,
            month=month if unit.years == 0 else None,
            day_of_month=day_of_month if unit is TickUnit.DAY else None,
            major=larger is not None and _is_boundary(larger, year, month, day_of_month),
        )
        for day, year, month, day_of_month in dates
    ]


def _month_ticks(first: int, last: int, step: int) -> list[tuple[int, int, int, int]]:
    year, month, _ = date_of_day(first)
    dates = []
    while True:
        day = day_number(year, month, 1)
        if day > last:
            return dates
        if day >= first and (month - 1) % step == 0:
            dates.append((day, year, month, 1))
        month += 1
        if month > 12:
            year, month = _next_year(year), 1


def _year_ticks(
    first: int, last: int, step: int, with_year_one: bool
) -> list[tuple[int, int, int, int]]:
    # Start one step early so that the first candidate is never past the first tick.
    year = -((step - date_of_day(first)[0]) // step) * step
    dates = []
    while True:
        candidate = year if year != 0 else 1
        day = day_number(candidate, 1, 1)
        if day > last:
            return dates
        if day >= first and (year != 0 or with_year_one):
            dates.append((day, candidate, 1, 1))
        year += step


def _before_present_ticks(first: int, last: int, step: int) -> list[tuple[int, int, int]]:
    """Day, year and years before present of the ticks every ``step`` years before 1950."""
    astronomical = _astronomical(date_of_day(first)[0])
    before = -((astronomical - PRESENT) // step) * step + step  # at or before ``first``
    found = []
    while True:
        year = _historical(PRESENT - before)
        day = day_number(year, 1, 1)
        if day > last:
            return found
        if day >= first:
            found.append((day, year, before))
        before -= step


def _astronomical(year: int) -> int:
    return year + 1 if year < 0 else year


def _historical(astronomical: int) -> int:
    return astronomical - 1 if astronomical <= 0 else astronomical


def _minute_ticks(
    first_day: float, last_day: float, unit: TickUnit, larger: TickUnit | None
) -> list[Tick]:
    """Ticks every ``unit.minutes`` minutes from midnight; a tick is major when the larger
    unit's ticks fall on it too (midnight for hours, the hour for 15 minutes)."""
    step = unit.minutes
    first = math.ceil(first_day * 1440 / step) * step
    last = math.floor(last_day * 1440 / step) * step
    found = []
    for minute in range(first, last + 1, step):
        day, minute_of_day = divmod(minute, 1440)
        year, month, day_of_month = date_of_day(day)
        found.append(
            Tick(
                day=day + minute_of_day / 1440,
                unit=unit,
                year=year,
                month=month,
                day_of_month=day_of_month,
                major=larger is not None and minute_of_day % larger.minutes == 0,
                minute_of_day=minute_of_day,
            )
        )
    return found
