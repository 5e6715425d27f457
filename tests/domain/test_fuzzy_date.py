from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.fuzzy_date import (
    FuzzyDate,
    FuzzyDateError,
    Precision,
    Qualifier,
    day_number,
    days_in_month,
    span_of,
    span_vagueness,
)

years = st.integers(min_value=-9999, max_value=9999).filter(lambda y: y != 0)


@st.composite
def fuzzy_dates(draw):
    year = draw(years)
    precision = draw(st.sampled_from(Precision))
    month = day = None
    if precision >= Precision.MONTH:
        month = draw(st.integers(1, 12))
    if precision == Precision.DAY:
        day = draw(st.integers(1, days_in_month(year, month)))
    return FuzzyDate(year, month, day, draw(st.sampled_from(Qualifier)))


@given(fuzzy_dates())
def test_text_form_round_trips(value):
    assert FuzzyDate.parse(str(value)) == value


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_day_numbers_agree_with_the_standard_library(day):
    expected = (day - date(1970, 1, 1)).days
    assert day_number(day.year, day.month, day.day) == expected


@given(fuzzy_dates(), fuzzy_dates())
def test_order_follows_the_first_day_of_the_period(a, b):
    if a.period()[0] < b.period()[0]:
        assert a.sort_key() < b.sort_key() or a.qualifier is Qualifier.AFTER


@given(fuzzy_dates())
def test_bounds_contain_the_period_unless_open_on_that_side(value):
    first, last = value.period()
    earliest, latest = value.bounds()
    if value.qualifier is Qualifier.BEFORE:
        assert earliest is None and latest == first - 1
    elif value.qualifier is Qualifier.AFTER:
        assert earliest == last + 1 and latest is None
    else:
        assert earliest <= first <= last <= latest


@given(years)
def test_a_year_sorts_before_its_months_and_days(year):
    whole = FuzzyDate(year)
    january = FuzzyDate(year, 1)
    first_day = FuzzyDate(year, 1, 1)
    assert sorted([first_day, january, whole]) == [whole, january, first_day]


def test_before_and_after_sort_around_their_period():
    dates = [
        FuzzyDate.parse("after 1992"),
        FuzzyDate.parse("1992-06-12"),
        FuzzyDate.parse("before 1992"),
        FuzzyDate.parse("1993"),
        FuzzyDate.parse("1992"),
    ]
    assert [str(d) for d in sorted(dates)] == [
        "before 1992",
        "1992",
        "1992-06-12",
        "after 1992",
        "1993",
    ]


@pytest.mark.parametrize(
    ("text", "year", "month", "day", "qualifier", "precision"),
    [
        ("2025-09-29", 2025, 9, 29, Qualifier.EXACT, Precision.DAY),
        ("2025-09", 2025, 9, None, Qualifier.EXACT, Precision.MONTH),
        ("2025", 2025, None, None, Qualifier.EXACT, Precision.YEAR),
        ("-500", -500, None, None, Qualifier.EXACT, Precision.YEAR),
        ("circa 1254", 1254, None, None, Qualifier.CIRCA, Precision.YEAR),
        ("before 1992-06", 1992, 6, None, Qualifier.BEFORE, Precision.MONTH),
        ("after 2022", 2022, None, None, Qualifier.AFTER, Precision.YEAR),
        ("planned 2026", 2026, None, None, Qualifier.PLANNED, Precision.YEAR),
        ("  2024-02-29 ", 2024, 2, 29, Qualifier.EXACT, Precision.DAY),
    ],
)
def test_parse(text, year, month, day, qualifier, precision):
    value = FuzzyDate.parse(text)
    assert (value.year, value.month, value.day) == (year, month, day)
    assert value.qualifier is qualifier
    assert value.precision is precision


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0", "no year 0"),
        ("2025-13", "month 13"),
        ("2023-02-29", "day 29 does not exist"),
        ("29/09/2025", "is not a date"),
        ("about 1254", "is not a date"),
        ("", "is not a date"),
        ("2025-9-1", "is not a date"),
    ],
)
def test_bad_dates_are_refused_with_a_message(text, message):
    with pytest.raises(FuzzyDateError, match=message):
        FuzzyDate.parse(text)


def test_a_date_must_be_text():
    with pytest.raises(FuzzyDateError, match="must be text"):
        FuzzyDate.parse(2025)


def test_a_day_needs_a_month():
    with pytest.raises(FuzzyDateError, match="a day needs a month"):
        FuzzyDate(2025, None, 3)


def test_periods_of_each_precision():
    assert FuzzyDate(2024).period() == (day_number(2024, 1, 1), day_number(2024, 12, 31))
    assert FuzzyDate(2024, 2).period() == (day_number(2024, 2, 1), day_number(2024, 2, 29))
    assert FuzzyDate(2025, 2).period() == (day_number(2025, 2, 1), day_number(2025, 2, 28))


def test_negative_years_follow_the_historical_calendar():
    # 1 BC is directly before AD 1, and is a leap year in the proleptic Gregorian calendar.
    assert FuzzyDate(-1, 12, 31).period()[0] + 1 == FuzzyDate(1, 1, 1).period()[0]
    assert days_in_month(-1, 2) == 29
    assert days_in_month(-2, 2) == 28
    assert FuzzyDate(-500) < FuzzyDate(-499) < FuzzyDate(1)


def test_circa_widens_by_one_unit_of_precision():
    earliest, latest = FuzzyDate.parse("circa 1254").bounds()
    assert earliest == day_number(1254, 1, 1) - 365
    assert latest == day_number(1254, 12, 31) + 365


def test_span_of_a_card_runs_from_its_start_to_the_end_of_its_end():
    span = span_of(FuzzyDate.parse("circa 1254"), FuzzyDate.parse("1324"))
    assert span == (day_number(1254, 1, 1), day_number(1324, 12, 31))
    assert span_of(FuzzyDate(2025, 9, 29), None) == (day_number(2025, 9, 29),) * 2
    assert span_of(None, None) is None
    with pytest.raises(FuzzyDateError, match="comes before the start"):
        span_of(FuzzyDate(2025), FuzzyDate(2024))


def test_display_text_does_not_change_identity():
    assert FuzzyDate.parse("2025", display="autumn 2025") == FuzzyDate(2025)


def test_a_span_is_as_vague_as_its_vaguer_end():
    exact_year, circa_year = FuzzyDate.parse("1303"), FuzzyDate.parse("circa 1340")
    assert span_vagueness(exact_year, circa_year) == (Qualifier.CIRCA, Precision.YEAR)
    assert span_vagueness(circa_year, FuzzyDate.parse("1350-05-02")) == (
        Qualifier.CIRCA,
        Precision.YEAR,
    )
    day = FuzzyDate.parse("2015-05-01")
    assert span_vagueness(day, FuzzyDate.parse("2015-10")) == (Qualifier.EXACT, Precision.MONTH)
    assert span_vagueness(day, None) == (Qualifier.EXACT, Precision.DAY)
