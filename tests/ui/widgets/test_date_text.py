"""Dates in the interface's language, with their precision and the grammar around them."""

from __future__ import annotations

import pytest

from explorer.domain.fuzzy_date import FuzzyDate
from explorer.ui.widgets.date_text import date_text


@pytest.fixture
def speak(qapp):
    """Switches the interface language; English again afterwards."""
    from explorer.ui.shell.app import create_application

    switcher = create_application().language_switcher
    yield switcher.apply
    switcher.apply("en")


@pytest.mark.parametrize(
    ("language", "written", "shown"),
    [
        ("en", "before 1992", "before 1992"),
        ("en", "after 2022", "after 2022"),
        # Kazakh: the year word carries the case the postposition asks for.
        ("kk", "before 1992", "1992 жылға дейін"),
        ("kk", "after 1992", "1992 жылдан кейін"),
        ("kk", "before 1992-06-12", "12 маусым 1992 жылға дейін"),
        ("kk", "after 1992-06", "маусым 1992 жылдан кейін"),
        ("it", "before 1992", "prima del 1992"),
        ("it", "after 1992-06", "dopo il giugno 1992"),
        ("it", "circa 1254", "ca. 1254"),
        ("it", "planned 2026-09-29", "previsto per il 29 settembre 2026"),
        # Russian: a month after "до", "после" or "ок." is in the genitive; alone it is not.
        ("ru", "before 1992-06", "до июня 1992"),
        ("ru", "after 1992-06", "после июня 1992"),
        ("ru", "1992-06", "июнь 1992"),
        ("ru", "planned 2026", "запланировано на 2026 г."),
        ("ru", "planned 2026-09-29", "запланировано на 29 сентября 2026 г."),
        ("kk-Latn", "before 1992", "1992 jylğa deiın"),
    ],
)
def test_qualified_dates_read_in_each_language(speak, language, written, shown):
    speak(language)
    assert date_text(FuzzyDate.parse(written)) == shown


@pytest.mark.parametrize(
    ("language", "written", "shown"),
    [
        ("en", "../1985-06", "until June 1985"),
        ("ru", "../1985-06", "до июня 1985"),
        ("ru", "1985-06/..", "с июня 1985"),
        ("ru", "1964/2008", "1964 – 2008"),
    ],
)
def test_open_intervals_read_with_the_case_their_word_asks(speak, language, written, shown):
    from explorer.domain.date_interval import DateInterval
    from explorer.ui.widgets.date_text import interval_text

    speak(language)
    assert interval_text(DateInterval.parse(written)) == shown
