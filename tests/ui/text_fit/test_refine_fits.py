"""The Refine column says every value of the bundled collection whole, in Russian and Kazakh
(both scripts), at 1024×700 and 1920×1080; a longer name is cut short deliberately, whole in
its tooltip and for screen readers."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter

from tests.ui.text_fit.longest_texts import LONG_LANGUAGES, SIZES


@contextlib.contextmanager
def painted_texts() -> Iterator[list[str]]:
    """The texts drawn as laid-out texts (``drawStaticText``) while it lasts."""
    texts: list[str] = []
    original = QPainter.drawStaticText

    def draw(painter, *args):
        texts.append(args[-1].text())
        return original(painter, *args)

    QPainter.drawStaticText = draw
    try:
        yield texts
    finally:
        QPainter.drawStaticText = original


def painted_names(values_list) -> list[str]:
    with painted_texts() as texts:
        values_list.grab()  # every row, in sight or scrolled away
    return texts[0::2]  # each row draws its name, then its count


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_value_of_the_collection_is_painted_whole(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    panel = window.facet_panel
    cut = {}
    for language in LONG_LANGUAGES:
        window.set_language(language)
        for name, values_list in panel.lists.items():
            values = panel.values[name]
            names = [values.label(key) for key in values.listed()]
            painted = painted_names(values_list)
            assert len(painted) == len(names), "every row painted"
            if painted != names:
                cut[language, name] = [shown for shown in painted if shown not in names]
    assert sum(len(panel.values[name].listed()) for name in panel.lists) > 40
    assert cut == {}


def test_a_name_too_long_is_cut_short_and_whole_in_its_tooltip_and_for_screen_readers(
    window, qtbot
):
    panel = window.facet_panel
    places = panel.values["place"]
    key = places.listed()[0]
    long_name = "Государственный академический театр оперы и балета имени Абая " * 2
    places.labeller = lambda _key: long_name
    places.relabel()
    painted = painted_names(panel.lists["place"])[0]
    assert painted.endswith("…") and long_name.startswith(painted[:-1])
    index = places.index(places.row_of(key))
    assert long_name in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(long_name)
