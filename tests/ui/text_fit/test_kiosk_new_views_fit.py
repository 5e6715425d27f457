"""The kiosk's stories (list, player, take-home codes) and quiz fit their texts and are
fingertip-sized, full screen at 1920×1080 and 1024×700, in Russian and Kazakh (both
scripts)."""

from __future__ import annotations

import pytest

from explorer.ui.shell.screenshots import settle
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config
from tests.ui.kiosk.touch_sizes import too_small_controls
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES


def _problems(shell, name: str) -> list[str]:
    found = [f"{name}: {p}" for p in text_problems(shell)]
    found += [f"{name}: too small: {c}" for c in too_small_controls(shell.explorer.pages)]
    return found


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 700)], ids=["1920x1080", "1024x700"])
def test_the_kiosk_stories_and_quiz_fit_and_are_fingertip_sized(qtbot, content_database, size):
    config = kiosk_config(
        languages=[*LONG_LANGUAGES, "en"],
        default_language="kk",
        views=["cards", "stories", "quiz"],
    )
    shell = build_shell(qtbot, config)
    shell.idle.timer.setInterval(600_000)
    shell.resize(*size)
    try:
        problems = []
        for language in LONG_LANGUAGES:
            shell.begin_visit(language)
            explorer = shell.explorer
            explorer.session.show_view("stories")
            settle(explorer, 50)
            stories = explorer.stories_page
            assert stories.stories, "the bundled collection has stories"
            problems += _problems(shell, f"{language} stories")
            stories.play(0, 1)
            settle(explorer, 50)
            problems += _problems(shell, f"{language} story step")
            explorer.session.show_view("quiz")
            settle(explorer, 50)
            problems += _problems(shell, f"{language} quiz")
            explorer.quiz_page.panel.choose(0)
            settle(explorer, 50)
            problems += _problems(shell, f"{language} quiz verdict")
            explorer.reset_session(config.default_language, config.start_view)
        assert problems == [], "\n".join(problems)
    finally:
        close_shell(shell)
