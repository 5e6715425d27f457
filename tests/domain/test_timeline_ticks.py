import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.fuzzy_date import day_number, days_in_month
from explorer.domain.timeline_ticks import TickUnit, date_of_day, ticks

UNITS = list(TickUnit)
YEAR = 365.2425


@st.composite
def dates(draw):
    year = draw(st.integers(-99_999, 99_999).filter(lambda y: y != 0))
    month = draw(st.integers(1, 12))
    return year, month, draw(st.integers(1, days_in_month(year, month)))


@given(dates())
def test_date_of_day_inverts_day_number(date):
    assert date_of_day(day_number(*date)) == date


def test_date_of_day_steps_from_1_bc_to_ad_1():
    new_year = day_number(1, 1, 1)
    assert date_of_day(new_year - 1) == (-1, 12, 31)
    assert date_of_day(new_year) == (1, 1, 1)
    assert date_of_day(0) == (1970, 1, 1)


def on_boundary(unit, year, month, day_of_month):
    """Independent statement of where ticks of a unit may fall."""
    if unit is TickUnit.DAY:
        return True
    if unit.months:
        return day_of_month == 1 and (month - 1) % unit.months == 0
    if unit.years >= 10_000:  # deep time: round numbers of years before 1950
        astronomical = year + 1 if year < 0 else year
        return (month, day_of_month) == (1, 1) and (1950 - astronomical) % unit.years == 0
    return (month, day_of_month) == (1, 1) and (year % unit.years == 0 or year == 1)


windows = st.tuples(
    st.integers(day_number(-20_000, 1, 1), day_number(20_000, 1, 1))
    | st.integers(day_number(-200_000_000, 1, 1), day_number(20_000, 1, 1)),
    st.floats(-3, 6.8) | st.floats(6.8, 10.6),  # log10 of the span in days
    st.integers(100, 4000),  # width in pixels
    st.sampled_from([90, 40, 150]),
)


def assert_minute_tick(tick):
    unit = tick.unit
    assert 0 < unit.minutes < 1440 and tick.minute_of_day % unit.minutes == 0
    midnight = day_number(tick.year, tick.month, tick.day_of_month)
    assert tick.day == midnight + tick.minute_of_day / 1440
    larger = UNITS[UNITS.index(unit) + 1]
    assert tick.major == (tick.minute_of_day % larger.minutes == 0)


@given(windows)
def test_ticks_are_spaced_bounded_and_on_calendar_boundaries(window):
    first, log_span, width, spacing = window
    last = first + 10**log_span
    scale = (last - first) / width
    result = ticks(first, last, scale, spacing)
    assert len(result) <= (last - first) / scale / spacing + 2
    days = [tick.day for tick in result]
    assert days == sorted(set(days))
    assert all(first <= day <= last for day in days)
    for before, after in itertools.pairwise(days):
        assert (after - before) / scale >= spacing
    for tick in result:
        assert tick.year != 0
        if tick.minute_of_day is not None:
            assert_minute_tick(tick)
            continue
        month = tick.month if tick.month is not None else 1
        day_of_month = tick.day_of_month if tick.day_of_month is not None else 1
        assert tick.day == day_number(tick.year, month, day_of_month)
        assert (tick.month is None) == (tick.unit.years > 0)
        assert (tick.day_of_month is None) == (tick.unit is not TickUnit.DAY)
        assert tick.minute_of_day is None
        assert on_boundary(tick.unit, tick.year, month, day_of_month)
        assert (tick.years_before_present is not None) == (tick.unit.years >= 10_000)
        index = UNITS.index(tick.unit)
        larger = UNITS[index + 1] if index + 1 < len(UNITS) else None
        assert tick.major == (
            larger is not None and on_boundary(larger, tick.year, month, day_of_month)
        )
    if result:
        # The smallest unit that keeps the spacing: the one below it would not.
        unit = result[0].unit
        assert {tick.unit for tick in result} == {unit}
        index = UNITS.index(unit)
        assert index == 0 or UNITS[index - 1].min_days / scale < spacing


def test_days_and_years_run_from_1_bc_to_ad_1():
    first, last = day_number(-3, 1, 1), day_number(3, 1, 1)
    result = ticks(first, last, days_per_pixel=3.0)
    assert {tick.unit for tick in result} == {TickUnit.YEAR}
    assert [tick.year for tick in result] == [-3, -2, -1, 1, 2, 3]
    assert [b.day - a.day for a, b in itertools.pairwise(result)] == [365, 365, 366, 365, 365]
    # -1 is a leap year (astronomical year 0), hence 29 February 1 BC.
    around = ticks(day_number(-1, 2, 27), day_number(-1, 3, 2), days_per_pixel=0.01)
    assert [(t.month, t.day_of_month) for t in around] == [
        (2, 27),
        (2, 28),
        (2, 29),
        (3, 1),
        (3, 2),
    ]
    assert [t.major for t in around] == [False, False, False, True, False]


def test_year_one_stands_in_for_the_missing_year_zero():
    # A thousand years on 1400 pixels: centuries, and -100 to 1 to 100.
    result = ticks(day_number(-500, 1, 1), day_number(500, 1, 1), 1000 * YEAR / 1400)
    assert [t.year for t in result] == [-500, -400, -300, -200, -100, 1, 100, 200, 300, 400, 500]
    assert all(t.unit is TickUnit.CENTURY for t in result)
    assert [t.year for t in result if t.major] == [-500, 1, 500]
    # Where five years just fit but the four from 1 to 5 would not, year 1 is left out.
    scale = 5 * 365 / 90
    result = ticks(day_number(-10, 1, 1), day_number(10, 1, 1), scale)
    assert [t.year for t in result] == [-10, -5, 5, 10]


def test_units_suit_the_span_on_a_wide_window():
    def unit_for(days):
        return ticks(0, days, days / 1400)[0].unit

    assert unit_for(800 * YEAR) is TickUnit.CENTURY
    assert unit_for(3 * YEAR) is TickUnit.QUARTER
    assert unit_for(61) is TickUnit.MONTH
    assert unit_for(10) is TickUnit.DAY
    assert unit_for(100_000 * YEAR) is TickUnit.MILLENNIA_10


def test_ticks_for_an_empty_or_hopelessly_dense_window_and_bad_scales():
    assert ticks(10, 5, 1.0) == []
    assert ticks(0, 10**9, 1e9) == []
    with pytest.raises(ValueError):
        ticks(0, 10, 0)
    with pytest.raises(ValueError):
        ticks(0, 10, 1.0, min_spacing_px=0)


@pytest.mark.parametrize("days_per_pixel", [30 / 90, 365.1 / 90, 5 * 365.1 / 90])
def test_spacing_holds_for_february_and_common_years_too(days_per_pixel):
    # Scales where an average month or year is wide enough but February or a year of
    # 365 days would not be.
    result = ticks(day_number(1999, 1, 1), day_number(2040, 1, 1), days_per_pixel)
    assert result
    for before, after in itertools.pairwise(result):
        assert (after.day - before.day) / days_per_pixel >= 90


def test_a_window_starting_on_new_year_of_ad_1_starts_with_a_tick():
    result = ticks(day_number(1, 1, 1), day_number(500, 1, 1), 1000 * YEAR / 1400)
    assert [t.year for t in result] == [1, 100, 200, 300, 400, 500]


def test_deep_time_ticks_count_back_from_1950():
    first, last = day_number(-115_000_000, 1, 1), day_number(2026, 1, 1)
    result = ticks(first, last, (last - first) / 1000)
    assert [tick.years_before_present for tick in result] == [100_000_000, 50_000_000, 0]
    assert [tick.major for tick in result] == [True, False, True]
    assert result[-1].year == 1950


def test_ticks_reach_a_hundred_billion_years():
    first, last = day_number(-100_000_000_000, 1, 1), day_number(2026, 1, 1)
    result = ticks(first, last, (last - first) / 1000)
    assert {tick.unit for tick in result} == {TickUnit.BILLIONS_10}
    assert [tick.years_before_present for tick in result] == [
        k * 10_000_000_000 for k in range(10, -1, -1)
    ]


def test_a_day_zoomed_in_has_ticks_on_the_hour_with_midnight_major():
    midnight = day_number(2025, 9, 29)
    result = ticks(midnight - 0.1, midnight + 1.1, 1.2 / 1000)
    assert {tick.unit for tick in result} == {TickUnit.HOURS_3}
    assert [tick.minute_of_day for tick in result][:3] == [0, 180, 360]
    assert [tick.major for tick in result][:3] == [True, False, True]  # 6 hours is major
    assert result[0].day == midnight and result[1].day == midnight + 0.125


def test_an_hour_zoomed_in_has_ticks_every_five_minutes():
    noon = day_number(2025, 9, 29) + 0.5
    result = ticks(noon, noon + 1 / 24, (1 / 24) / 2000)
    assert {tick.unit for tick in result} == {TickUnit.MINUTES_5}
    assert [tick.minute_of_day for tick in result] == list(range(720, 781, 5))
