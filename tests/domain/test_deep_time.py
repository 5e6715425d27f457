"""Dates of any size: EDTF long years, years before present, and the timeline keeping
their day numbers exact."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.fuzzy_date import (
    MAX_YEAR,
    FuzzyDate,
    FuzzyDateError,
    Notation,
    Qualifier,
    day_number,
)
from explorer.domain.timeline_event_columns import EventColumns
from explorer.domain.timeline_events import event_from_dates
from explorer.domain.timeline_focus import dense_days
from explorer.domain.timeline_layout import TimelineLayout
from explorer.domain.timeline_ticks import date_of_day

deep_years = st.integers(-MAX_YEAR, MAX_YEAR).filter(lambda y: y != 0)


@given(deep_years, st.sampled_from([Notation.PLAIN, Notation.LONG_YEAR]))
def test_any_year_round_trips_in_either_notation(year, notation):
    value = FuzzyDate(year, notation=notation)
    again = FuzzyDate.parse(str(value))
    assert again == value and again.notation is notation


@given(st.integers(0, 10**8), st.sampled_from(["ka", "Ma"]), st.sampled_from(Qualifier))
def test_years_before_present_round_trip(thousandths, unit, qualifier):
    amount = f"{thousandths / 1000:.3f}".rstrip("0").rstrip(".")
    prefix = "" if qualifier is Qualifier.EXACT else f"{qualifier.value} "
    text = f"{prefix}{amount} {unit}"
    value = FuzzyDate.parse(text)
    assert str(value) == text
    assert FuzzyDate.parse(str(value)) == value


@given(deep_years)
def test_day_numbers_of_deep_years_invert(year):
    assert date_of_day(day_number(year, 1, 1)) == (year, 1, 1)
    assert date_of_day(day_number(year, 12, 31)) == (year, 12, 31)


@pytest.mark.parametrize(
    ("text", "year", "before_present"),
    [
        ("115 Ma", -114_998_051, 115_000_000),
        ("12 ka", -10_051, 12_000),
        ("2.6 Ma", -2_598_051, 2_600_000),
        ("0.05 ka", 1900, 50),
        ("Y-115000000", -115_000_001, 115_001_950),
        ("Y170000002", 170_000_002, -169_998_052),
        ("Y-1", -2, 1951),
    ],
)
def test_deep_time_forms(text, year, before_present):
    value = FuzzyDate.parse(text)
    assert value.year == year
    assert value.years_before_present == before_present
    assert str(value) == text


def test_a_long_year_may_have_a_month_and_a_day():
    value = FuzzyDate.parse("Y170000002-06-30")
    assert (value.year, value.month, value.day) == (170_000_002, 6, 30)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Y999999999999", "years go up to 100000000000 either side of year 1"),
        ("-100000000001", "years go up to 100000000000 either side of year 1"),
        ("200000000 ka", "years go up to 100000000000"),
        ("1.0000001 Ma", "'1.0000001 Ma' is not a whole number of years before present"),
        ("12 Ka", "is not a date"),
        ("-12 ka", "is not a date"),
    ],
)
def test_deep_time_beyond_the_limits_is_refused_by_name(text, message):
    with pytest.raises(FuzzyDateError, match=message):
        FuzzyDate.parse(text)


def test_a_before_present_date_has_no_month():
    with pytest.raises(FuzzyDateError, match="no month or day"):
        FuzzyDate(-10_051, 6, notation=Notation.KA)


def test_timeline_columns_keep_deep_day_numbers_exact():
    first = FuzzyDate.parse("Y-99999999999")
    last = FuzzyDate.parse("Y99999999999-12-31")
    events = [event_from_dates("old", "a", first, None), event_from_dates("new", "a", last, None)]
    columns = EventColumns.of_events(events)
    # float64: whole days are exact up to 2**53, far past a hundred billion years.
    assert columns.first_days.dtype == np.float64
    assert int(columns.first_days[0]) == first.period()[0]
    assert [columns.event(i) for i in range(2)] == events
    layout = TimelineLayout(events, ["a"])
    assert layout.first_day == first.period()[0] and layout.last_day == last.period()[1]
    assert [e.id for e in layout.lane("a").events] == ["old", "new"]


def test_dense_days_finds_where_most_events_are():
    firsts = np.array([0, 100_000, *range(200_000, 200_100, 10)], dtype=np.int64)
    assert dense_days(firsts, firsts + 1) == (200_000, 200_091)


def test_dense_days_gives_none_for_an_even_spread_or_few_events():
    even = np.arange(0, 100_000, 1_000, dtype=np.int64)
    assert dense_days(even, even) is None
    few = np.array([0, 10, 100_000], dtype=np.int64)
    assert dense_days(few, few) is None
