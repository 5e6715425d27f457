"""An era's span of days: an era that continues runs to today."""

from __future__ import annotations

from explorer.domain.entities import Era
from explorer.domain.fuzzy_date import FuzzyDate, day_number


def era(start: str, end: str | None) -> Era:
    return Era(
        id="relations",
        name={"en": "Relations"},
        start=FuzzyDate.parse(start),
        colour="#cddcec",
        end=None if end is None else FuzzyDate.parse(end),
    )


TODAY = day_number(2026, 12, 3)


def test_an_era_that_ended_runs_to_the_last_day_of_its_end():
    assert era("1992", "2009-11").days(TODAY) == (day_number(1992, 1, 1), day_number(2009, 11, 30))


def test_an_era_that_continues_runs_to_today():
    assert era("1992", None).days(TODAY) == (day_number(1992, 1, 1), TODAY)


def test_an_era_that_continues_and_starts_after_today_is_a_single_day():
    first = day_number(2030, 1, 1)
    assert era("2030", None).days(TODAY) == (first, first)
