"""Dates the numbers of an export cannot say (deep time, EDTF, a time of day) go out with
their written form as the display date."""

from __future__ import annotations

import pytest

from explorer.content.export.events import exported_date
from explorer.content.export.timeline_csv import _dates
from explorer.content.export.timeline_json import _date
from explorer.domain.fuzzy_date import FuzzyDate


@pytest.mark.parametrize(
    "text", ["115 Ma", "Y-115000000", "201X", "2001-21", "1984?", "2025-09-29T14:30", "circa 1254"]
)
def test_a_date_saying_more_than_its_numbers_is_exported_as_written(text):
    exported = exported_date(FuzzyDate.parse(text))
    assert exported.display == text


def test_a_plain_date_is_exported_as_numbers_alone():
    exported = exported_date(FuzzyDate.parse("2025-09-29"))
    assert (exported.year, exported.month, exported.day, exported.display) == (2025, 9, 29, None)


def test_a_time_of_day_goes_out_as_timelinejs_fields_and_the_sheets_time():
    date = exported_date(FuzzyDate.parse("2025-09-29T14:30:05+05:00"))
    assert _date(date) == {
        "year": 2025,
        "month": 9,
        "day": 29,
        "hour": 14,
        "minute": 30,
        "second": 5,
        "display_date": "2025-09-29T14:30:05+05:00",
    }
    row = _dates(exported_date(FuzzyDate.parse("2025-09-29T09:00")), date)
    assert (row["Time"], row["End Time"]) == ("09:00", "14:30:05")
    assert _dates(exported_date(FuzzyDate.parse("2025")), None)["Time"] is None
