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


def test_the_kiosk_menu_of_an_orders_cards_is_fingertip_sized(qtbot, content_database):
    from explorer.domain.quiz import QuestionKind
    from tests.ui.kiosk.touch_sizes import TOUCH_PX

    config = kiosk_config(languages=["en"], views=["cards", "quiz"])
    shell = build_shell(qtbot, config)
    shell.idle.timer.setInterval(600_000)
    shell.resize(1920, 1080)
    try:
        shell.begin_visit("en")
        explorer = shell.explorer
        explorer.session.show_view("quiz")
        page = explorer.quiz_page
        for _ in range(40):  # rounds until one asks for an order
            if page.panel.question.kind is QuestionKind.ORDER:
                break
            page.new_round()
        assert page.panel.question.kind is QuestionKind.ORDER
        question = page.panel.question
        for key in question.answer:
            page.panel.choose([choice.key for choice in question.choices].index(key))
        menu = page.panel.open_button.menu()
        menu.ensurePolished()
        menu.adjustSize()
        heights = [menu.actionGeometry(action).height() for action in menu.actions()]
        assert heights and min(heights) >= TOUCH_PX, heights
    finally:
        close_shell(shell)
