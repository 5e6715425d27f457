"""EDTF dates and intervals beside the pack's own forms: what they mean, and that every
accepted text round-trips through parse and str."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.date_interval import DateInterval, End
from explorer.domain.fuzzy_date import (
    FuzzyDate,
    FuzzyDateError,
    Precision,
    Qualifier,
    day_number,
    days_in_month,
)

MARKS = {"": Qualifier.EXACT, "?": Qualifier.UNCERTAIN, "~": Qualifier.CIRCA}
MARKS["%"] = Qualifier.UNCERTAIN_CIRCA


@st.composite
def edtf_texts(draw) -> str:
    """EDTF dates of the kinds accepted: days, months, years, unspecified digits, seasons,
    long years, each with or without a mark."""
    year = draw(st.integers(1000, 2999))
    kind = draw(st.sampled_from(["day", "month", "year", "X", "XX", "XXX", "season", "-XX"]))
    month = draw(st.integers(1, 12))
    if kind == "day":
        day = draw(st.integers(1, days_in_month(year, month)))
        text = f"{year}-{month:02d}-{day:02d}"
    elif kind == "month":
        text = f"{year}-{month:02d}" + draw(st.sampled_from(["", "-XX"]))
    elif kind == "year":
        text = draw(st.sampled_from([str(year), f"Y{year * 1000}", f"Y-{year}"]))
    elif kind == "season":
        text = f"{year}-{draw(st.integers(21, 24))}"
    elif kind == "-XX":
        text = f"{year}-XX" + draw(st.sampled_from(["", "-XX"]))
    else:
        text = str(year)[: 4 - len(kind)] + kind
    return text + draw(st.sampled_from(list(MARKS)))


@given(edtf_texts())
def test_every_accepted_edtf_text_round_trips(text):
    value = FuzzyDate.parse(text)
    assert str(value) == text
    assert FuzzyDate.parse(str(value)) == value
    assert value.qualifier is MARKS[text[-1] if text[-1] in MARKS else ""]


@given(edtf_texts() | st.just(".."), edtf_texts() | st.just("..") | st.just(""))
def test_every_accepted_interval_round_trips(first, last):
    text = f"{first}/{last}"
    try:
        interval = DateInterval.parse(text)
    except FuzzyDateError as error:
        # Refused only for the reasons it should be.
        no_dates = first in ("..", "") and last in ("..", "")
        assert "comes before the start" in str(error) or no_dates
        return
    assert str(interval) == text
    assert DateInterval.parse(str(interval)) == interval
    start, end = interval.as_span()
    assert start.period()[0] <= end.period()[1]


@pytest.mark.parametrize(
    ("text", "qualifier", "precision", "first", "last"),
    [
        ("1984?", Qualifier.UNCERTAIN, Precision.YEAR, (1984, 1, 1), (1984, 12, 31)),
        ("1984~", Qualifier.CIRCA, Precision.YEAR, (1984, 1, 1), (1984, 12, 31)),
        ("1984%", Qualifier.UNCERTAIN_CIRCA, Precision.YEAR, (1984, 1, 1), (1984, 12, 31)),
        ("201X", Qualifier.EXACT, Precision.YEAR, (2010, 1, 1), (2019, 12, 31)),
        ("19XX", Qualifier.EXACT, Precision.YEAR, (1900, 1, 1), (1999, 12, 31)),
        ("1XXX", Qualifier.EXACT, Precision.YEAR, (1000, 1, 1), (1999, 12, 31)),
        ("1985-XX", Qualifier.EXACT, Precision.YEAR, (1985, 1, 1), (1985, 12, 31)),
        ("1985-04-XX", Qualifier.EXACT, Precision.MONTH, (1985, 4, 1), (1985, 4, 30)),
        ("2001-21", Qualifier.EXACT, Precision.MONTH, (2001, 3, 1), (2001, 5, 31)),
        ("2001-22", Qualifier.EXACT, Precision.MONTH, (2001, 6, 1), (2001, 8, 31)),
        ("2001-23", Qualifier.EXACT, Precision.MONTH, (2001, 9, 1), (2001, 11, 30)),
        ("2001-24", Qualifier.EXACT, Precision.MONTH, (2001, 12, 1), (2002, 2, 28)),
        ("uncertain 1984", Qualifier.UNCERTAIN, Precision.YEAR, (1984, 1, 1), (1984, 12, 31)),
    ],
)
def test_edtf_forms_map_onto_the_date_model(text, qualifier, precision, first, last):
    value = FuzzyDate.parse(text)
    assert value.qualifier is qualifier and value.precision is precision
    assert value.period() == (day_number(*first), day_number(*last))


def test_uncertain_circa_widens_as_circa_does_and_uncertain_does_not():
    assert FuzzyDate.parse("1984%").bounds() == FuzzyDate.parse("circa 1984").bounds()
    assert FuzzyDate.parse("1984?").bounds() == FuzzyDate.parse("1984").period()


def test_open_and_unknown_ends_are_drawn_before_and_after():
    start, end = DateInterval.parse("../1985").as_span()
    assert (start.qualifier, str(end)) == (Qualifier.BEFORE, "1985")
    start, end = DateInterval.parse("1985/..").as_span()
    assert (str(start), end.qualifier) == ("1985", Qualifier.AFTER)
    assert DateInterval.parse("/1985").start is End.UNKNOWN
    assert DateInterval.parse("1964/2008").as_span() == (
        FuzzyDate(1964),
        FuzzyDate(2008),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("circa 1984?", "both a word and an EDTF mark"),
        ("-19XX", "unspecified digits"),
        ("1XX", "unspecified digits"),
        ("201X-05", "unspecified digits has no month"),
        ("1985-XX-05", "unspecified month has no day"),
        ("2001-21-03", "a season has no day"),
        ("2001-25", "only 21 to 24"),
        ("1964/2008", "is an interval, not a date"),
        ("1984??", "is not a date"),
    ],
)
def test_bad_edtf_is_refused_with_a_message(text, message):
    with pytest.raises(FuzzyDateError, match=message):
        FuzzyDate.parse(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2008/1964", "the end 1964 comes before the start 2008"),
        ("../..", "needs a date at one end"),
        ("1964", "is not an interval"),
        ("1964/2008/2010", "is not an interval"),
        ("1964/20X8", "is not a date"),
    ],
)
def test_bad_intervals_are_refused_with_a_message(text, message):
    with pytest.raises(FuzzyDateError, match=message):
        DateInterval.parse(text)
