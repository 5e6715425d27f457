"""The kiosk's screens fit their texts full screen at 1920×1080 and 1024×700 in Russian and
Kazakh (both scripts): the language choice (every offered language at once), the cards, the
timeline and the countdown over a card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.ui.shell.screenshots import settle
from tests.ui.kiosk.kiosk_fixtures import close_shell
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.kiosk_shells import looked_at_shell
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 700)], ids=["1920x1080", "1024x700"])
def test_the_kiosk_screens_fit_their_texts(qtbot, store, size):
    shell = looked_at_shell(qtbot)
    shell.resize(*size)
    try:
        qtbot.mouseClick(shell.slideshow, Qt.MouseButton.LeftButton)
        settle(shell, 50)
        assert shell.choice.isVisible()
        problems = [f"language choice: {p}" for p in text_problems(shell.choice)]
        for language in LONG_LANGUAGES:
            shell.begin_visit(language)
            explorer = shell.explorer
            settle(explorer, 50)
            problems += [f"{language} cards: {p}" for p in text_problems(shell)]
            explorer.session.show_view("timeline")
            settle(explorer, 100)
            problems += [f"{language} timeline: {p}" for p in text_problems(shell)]
            explorer.open_card(store.card_ids()[0])
            shell.countdown.start()
            shell.countdown.ticker.stop()
            settle(explorer, 50)
            assert shell.countdown.isVisible()
            problems += [f"{language} countdown: {p}" for p in text_problems(shell.countdown)]
            shell.countdown.hide()
        assert problems == [], "\n".join(problems)
    finally:
        close_shell(shell)
