"""The Refine column says every value of the bundled collection whole, in Russian and Kazakh
(both scripts), at 1024×700 and 1920×1080; a longer name is cut short deliberately, whole in
its tooltip and for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.text_fit.longest_texts import LONG_LANGUAGES, SIZES


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_value_of_the_collection_is_painted_whole(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    panel = window.facet_panel
    cut = {}
    for language in LONG_LANGUAGES:
        window.set_language(language)
        for name, values_list in panel.lists.items():
            values_list.delegate.cut.clear()
            values_list.grab()  # every row, in sight or scrolled away
            if values_list.delegate.cut:
                cut[language, name] = sorted(values_list.delegate.cut)
    assert sum(len(panel.shown_values(name)) for name in panel.lists) > 40
    assert cut == {}


def test_a_name_too_long_is_cut_short_and_whole_in_its_tooltip_and_for_screen_readers(
    window, qtbot
):
    panel = window.facet_panel
    places = panel.values["place"]
    key = panel.shown_values("place")[0]
    long_name = "Государственный академический театр оперы и балета имени Абая " * 2
    places.labeller = lambda _key: long_name
    places.relabel()
    panel.lists["place"].grab()
    assert long_name in panel.lists["place"].delegate.cut
    index = places.index(places.row_of(key))
    assert long_name in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(long_name)
