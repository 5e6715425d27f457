"""The desktop's stories, quiz and My collection fit their texts at 1360×860 and 1024×700
in Russian and Kazakh (both scripts), and the window never grows past the size asked."""

from __future__ import annotations

import pytest

from explorer.ui.shell.screenshots import settle
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES


@pytest.mark.parametrize("size", [(1360, 860), (1024, 700)], ids=["1360x860", "1024x700"])
def test_the_new_views_fit_the_longest_languages(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    mine = window.mine
    chosen = mine.create("Қазақстан мен Италия арасындағы мәдени байланыстар туралы баяндама")
    for card in window.store.card_ids()[:3]:
        mine.add(chosen, card)
    problems = []

    def look(name: str) -> None:
        settle(window, 50)
        problems.extend(f"{name}: {p}" for p in text_problems(window.pages.currentWidget()))
        if window.size().toTuple() != size:
            problems.append(f"{name}: the window grew to {window.size().toTuple()}")

    for language in LONG_LANGUAGES:
        window.set_language(language)
        window.session.show_view("stories")
        look(f"{language} stories")
        window.stories_page.play(0, 1)
        look(f"{language} story step")
        window.session.show_view("quiz")
        look(f"{language} quiz")
        window.quiz_page.panel.choose(0)
        look(f"{language} quiz verdict")
        window.session.show_view("collection")
        window.mine_page.choose_list(chosen)
        look(f"{language} my collection")
    assert problems == [], "\n".join(problems)
