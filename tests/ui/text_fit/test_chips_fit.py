"""The category chips keep their widths, and so their rows, while a person types: each
answer brings new counts, and a chip keeps room for the widest count it has shown. Checked
in Russian and Kazakh (both scripts), at 1024×700 and 1920×1080, on real answers."""

from __future__ import annotations

import pytest

from explorer.domain.entities import KAZAKH_LATIN
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES, SIZES

TYPED = {"ru": "Астана", "kk": "Астана", KAZAKH_LATIN: "Astana"}


def chip_places(chips) -> dict:
    return {key: button.geometry().getRect() for key, button in chips.buttons.items()}


def typed(window, qtbot, text: str) -> None:
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000):
        window.top_bar.search.setText(text)
        window.apply_filter()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_typing_never_moves_the_chips(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    chips = window.cards_page.category_filter
    problems = []
    for language in LONG_LANGUAGES:
        window.set_language(language)
        typed(window, qtbot, "")
        qtbot.wait(20)
        first = chip_places(chips)
        seen_counts = {tuple(sorted(chips.counts.items()))}
        word = TYPED[language]
        for end in range(1, len(word) + 1):
            typed(window, qtbot, word[:end])
            qtbot.wait(20)
            seen_counts.add(tuple(sorted(chips.counts.items())))
            if chip_places(chips) != first:
                problems.append(f"{language} {word[:end]!r}: the chips moved")
            problems += [f"{language} {word[:end]!r}: {p}" for p in text_problems(chips)]
        assert len(seen_counts) > 2, "typing changed the counts, or the test shows nothing"
    assert problems == []
