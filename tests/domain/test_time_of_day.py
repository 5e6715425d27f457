"""Dates with a time of day: written, ordered and placed within their day."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError, Precision, day_number
from explorer.domain.time_of_day import TimeOfDay
from explorer.domain.timeline_events import event_from_dates, in_order

offsets = st.sampled_from(["", "Z", "+05:00", "-03:30", "+14:00"])


@given(
    st.integers(0, 23),
    st.integers(0, 59),
    st.none() | st.integers(0, 59),
    offsets,
    st.sampled_from(["", "circa ", "before "]),
)
def test_a_time_of_day_round_trips_as_written(hour, minute, second, offset, word):
    time = f"{hour:02d}:{minute:02d}" + ("" if second is None else f":{second:02d}")
    text = f"{word}2025-09-29T{time}{offset}"
    value = FuzzyDate.parse(text)
    assert str(value) == text
    assert FuzzyDate.parse(str(value)) == value
    assert value.time.offset == (offset or None)
    assert value.precision is (Precision.MINUTE if second is None else Precision.SECOND)


def test_times_order_within_their_day_after_the_day_itself():
    texts = ["2025-09-29T14:30", "2025-09-29", "2025-09-29T09:00:30", "2025-09-30", "2025-09"]
    ordered = sorted(FuzzyDate.parse(text) for text in texts)
    assert [str(date) for date in ordered] == [
        "2025-09",
        "2025-09-29",
        "2025-09-29T09:00:30",
        "2025-09-29T14:30",
        "2025-09-30",
    ]


def test_the_offset_is_kept_but_not_applied():
    east = FuzzyDate.parse("2025-09-29T09:00+05:00")
    west = FuzzyDate.parse("2025-09-29T08:00Z")
    assert west < east  # by the times written, not in UTC


def test_timeline_events_sit_at_their_time_of_day():
    midnight = day_number(2025, 9, 29)
    noon = event_from_dates("noon", "a", FuzzyDate.parse("2025-09-29T12:00"), None)
    assert (noon.first_day, noon.last_day) == (midnight + 0.5, midnight + 0.5)
    talk = event_from_dates(
        "talk", "a", FuzzyDate.parse("2025-09-29T18:00"), FuzzyDate.parse("2025-09-29T19:30")
    )
    assert (talk.first_day, talk.last_day) == (midnight + 0.75, midnight + 0.8125)
    day = event_from_dates("day", "a", FuzzyDate.parse("2025-09-29"), None)
    assert [e.id for e in in_order([talk, noon, day])] == ["day", "noon", "talk"]


def test_an_end_earlier_in_the_same_day_is_refused():
    with pytest.raises(FuzzyDateError, match="comes before the start"):
        event_from_dates(
            "x", "a", FuzzyDate.parse("2025-09-29T18:00"), FuzzyDate.parse("2025-09-29T09:00")
        )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2025-09-29T24:00", "hours go to 23"),
        ("2025-09-29T14:60", "minutes to 59"),
        ("2025-09-29T14:30:61", "second 61 is not between 0 and 59"),
        ("2025-09-29T14:30+15:00", "they go from -14:00 to \\+14:00"),
        ("2025-09-29T1430", "is not a time of day"),
        ("2025-09-29T14", "is not a time of day"),
        ("2025-09T14:30", "is not a date"),
        ("2025-XX-XXT14:30", "a time of day needs a day"),
    ],
)
def test_bad_times_are_refused_with_a_message(text, message):
    with pytest.raises(FuzzyDateError, match=message):
        FuzzyDate.parse(text)


def test_a_time_needs_a_day_when_made_from_fields():
    with pytest.raises(FuzzyDateError, match="a time of day needs a day"):
        FuzzyDate(2025, 9, time=TimeOfDay(14, 30))
