"""Problems said in the interface language: counts in the reader's plural forms and digits,
and in English exactly what the command line prints."""

from __future__ import annotations

import pytest

from explorer.content.problems import PackInvalid, Problem
from explorer.domain.wording import PackProblems
from explorer.ui.shell.app import create_application
from explorer.ui.shell.problem_text import refusal_text


@pytest.fixture
def switch(qapp):
    return create_application().language_switcher.apply


def _invalid(problems: int, unlisted: int = 0) -> PackInvalid:
    too_many = PackProblems.tr("holds %n item(s); the most allowed in %1 is %2", "", 1_234_567)
    problem = Problem("cards.json", None, None, too_many.arg("cards.json", 1_000_000), 12_345)
    return PackInvalid([problem] * problems, unlisted)


@pytest.mark.parametrize(("problems", "unlisted"), [(1, 0), (3, 0), (2, 1_232)])
def test_in_english_a_refusal_is_what_the_command_line_prints(switch, problems, unlisted):
    switch("en")
    invalid = _invalid(problems, unlisted)
    assert refusal_text(invalid) == str(invalid)


@pytest.mark.parametrize(
    ("problems", "heading"),
    [(1, "в пакете 1 проблема:"), (3, "в пакете 3 проблемы:"), (5, "в пакете 5 проблем:")],
)
def test_a_count_takes_the_reader_plural(switch, problems, heading):
    switch("ru")
    assert refusal_text(_invalid(problems)).splitlines()[0] == heading


def test_numbers_are_written_as_the_reader_writes_them(switch):
    switch("ru")
    lines = refusal_text(_invalid(2, 1_232)).splitlines()
    assert lines[0] == "в пакете 1\xa0234 проблемы; первые 2:"
    assert lines[1] == (
        "cards.json, строка 12\xa0345: содержит 1\xa0234\xa0567 элементов; "
        "в cards.json допускается не более 1\xa0000\xa0000"
    )
