"""Fitting painted text into lines: every line fits, the last is elided only when text is
left over, and what is drawn is the text itself."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetricsF

from explorer.ui.shell.theme import font
from explorer.ui.widgets.text_lines import fit_lines

TITLE = "ICE – агентство продвижения итальянского бизнеса за рубежом"


@pytest.fixture
def serif(qapp):
    return font(13.5, serif=True)


def test_a_short_text_is_one_line_untouched(serif):
    fitted = fit_lines("Абай", serif, 300, 3)
    assert fitted.lines == ("Абай",)
    assert not fitted.elided


def test_a_long_text_wraps_at_words_and_every_line_fits(serif):
    metrics = QFontMetricsF(serif)
    fitted = fit_lines(TITLE, serif, 240, 6)
    assert len(fitted.lines) > 2
    assert not fitted.elided
    assert " ".join(fitted.lines) == TITLE
    assert all(metrics.horizontalAdvance(line) <= 240 for line in fitted.lines)


def test_text_left_over_is_elided_on_the_last_line(serif):
    metrics = QFontMetricsF(serif)
    fitted = fit_lines(TITLE, serif, 240, 2)
    assert fitted.elided
    assert len(fitted.lines) == 2
    assert fitted.lines[-1].endswith("…")
    assert not fitted.lines[-1].endswith(" …")
    assert all(metrics.horizontalAdvance(line) <= 240 for line in fitted.lines)
    assert fitted.text == TITLE


def test_a_word_wider_than_the_line_is_broken_inside_rather_than_overflowing(serif):
    metrics = QFontMetricsF(serif)
    word = "Талдықорғандағыларыңыздансыздар"
    fitted = fit_lines(word, serif, 120, 5)
    assert len(fitted.lines) > 1
    assert "".join(fitted.lines) == word
    assert all(metrics.horizontalAdvance(line) <= 120 for line in fitted.lines)


def test_characters_beyond_the_basic_plane_keep_their_place(serif):
    fitted = fit_lines("Абай 😀 Құнанбайұлы 😀 ақын", serif, 110, 4)
    assert "".join(fitted.lines).replace(" ", "") == "Абай😀Құнанбайұлы😀ақын"


@pytest.mark.parametrize(("width", "lines"), [(0, 2), (-5, 2), (200, 0)])
def test_no_room_draws_nothing_and_says_the_text_was_left_out(serif, width, lines):
    fitted = fit_lines(TITLE, serif, width, lines)
    assert fitted.lines == ()
    assert fitted.elided


def test_an_empty_text_is_nothing_left_out(serif):
    assert fit_lines("  ", serif, 200, 2).lines == ()
    assert not fit_lines("", serif, 200, 2).elided
