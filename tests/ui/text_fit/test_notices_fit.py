"""The window's notice bar wraps the longest real interface text of each long language
(Russian, Kazakh in both scripts) in full, at 1024×700 and 1920×1080, above the pages and
without covering them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QLabel

from explorer.ui.shell.screenshots import settle
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.longest_texts import (
    LONG_LANGUAGES,
    SIZES,
    interface_translation,
    interface_translations,
    widest,
)


def in_window(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_notice_bar_wraps_the_longest_interface_texts(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    bar = window.notice_bar
    problems = []
    for language in LONG_LANGUAGES:
        window.set_language(language)
        longest = widest(interface_translations(language), bar.text.font())
        draft = interface_translation(language, "Draft translation, not yet reviewed.")
        for text in (longest, f"{longest} {longest} {longest}", draft):
            window.show_notice(text)
        settle(window, 30)
        assert bar.isVisible()
        shown = bar.text.text()
        problems += [
            f"{language}: {text!r} is not shown" for text in (longest, draft) if text not in shown
        ]
        problems += [f"{language}: {p}" for p in text_problems(bar)]
        if in_window(bar, window).intersects(in_window(window.pages, window)):
            problems.append(f"{language}: the notice bar covers the page")
        if QLabel.heightForWidth(bar.text, bar.text.width()) < 3 * bar.text.fontMetrics().height():
            problems.append(f"{language}: the notices are too short to test wrapping")
        bar.dismiss()
    assert problems == []
