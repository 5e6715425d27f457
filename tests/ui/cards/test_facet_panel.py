"""The Refine column with hundreds of values, as a large collection has: what is on screen is
updated with the answer, the rest right after it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from explorer.ui.cards.facet_panel import AT_ONCE, LAZY_BOXES, FacetPanel

PLACES = 200


def place_name(key) -> str:
    return f"Place {key}"


@pytest.fixture
def panel(qtbot):
    panel = FacetPanel([("side", lambda: "Country", str), ("place", lambda: "Place", place_name)])
    qtbot.addWidget(panel)
    panel.resize(280, 400)
    return panel


def counts(place_count) -> dict:
    return {
        "side": {"italy": 3, "kazakhstan": 0},
        "place": {f"p{n:03d}": place_count(n) for n in range(PLACES)},
    }


def shown_places(panel) -> set[str]:
    return {key for key, box in panel.boxes["place"].items() if not box.isHidden()}


def text_of(key: str, count: int) -> str:
    return f"{place_name(key)}  ·  {QLocale().toString(count)}"


def says(panel, key: str, count: int) -> bool:
    return panel.boxes["place"][key].text() == text_of(key, count)


def test_boxes_on_screen_follow_the_answer_at_once_the_rest_right_after(panel, qtbot):
    assert PLACES > LAZY_BOXES
    panel.show()
    panel.set_counts(counts(lambda n: n + 1))
    qtbot.waitUntil(lambda: all(says(panel, f"p{n:03d}", n + 1) for n in range(PLACES)))
    panel.set_counts(counts(lambda n: n + 1000))
    assert says(panel, "p000", 1000), "the first place is on screen"
    assert not says(panel, "p199", 1199), "the last is far below, and relabelled later"
    assert panel.count_text("place", "p150") == text_of("p150", 1150)
    qtbot.waitUntil(lambda: all(says(panel, f"p{n:03d}", n + 1000) for n in range(PLACES)))
    box = panel.boxes["place"]["p199"]
    assert box.accessibleName().startswith("Place p199, 1199 card")
    assert "Place p199" in box.toolTip()


def test_values_without_cards_hide_and_come_back_and_the_focus_stays(panel, qtbot):
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    qtbot.waitUntil(lambda: shown_places(panel) == set(panel.boxes["place"]))
    assert panel.boxes["side"]["kazakhstan"].isHidden()
    focused = panel.boxes["place"]["p002"]
    focused.setFocus()
    qtbot.waitUntil(focused.hasFocus)
    panel.set_counts(counts(lambda n: int(n in (2, 7))))
    assert {"p000", "p001", "p003"}.isdisjoint(shown_places(panel)), "on screen: at once"
    assert focused.hasFocus() and QApplication.focusWidget() is focused
    qtbot.waitUntil(lambda: shown_places(panel) == {"p002", "p007"})
    assert focused.hasFocus()
    focused.clearFocus()
    panel.set_counts(counts(lambda n: int(n % 2 == 0)))
    qtbot.waitUntil(lambda: shown_places(panel) == {f"p{n:03d}" for n in range(0, PLACES, 2)})
    panel.set_counts(counts(lambda n: 0))
    qtbot.waitUntil(lambda: shown_places(panel) == set())
    assert panel.headings["place"].isHidden() and not panel.headings["side"].isHidden()


def test_an_answer_hiding_every_value_touches_only_some_at_once(panel, qtbot):
    """Hidden boxes take no room, so every value is then in sight: the answer itself still
    touches no more than AT_ONCE of them."""
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    qtbot.waitUntil(lambda: shown_places(panel) == set(panel.boxes["place"]))
    panel.set_counts(counts(lambda n: 0))
    assert PLACES - AT_ONCE <= len(shown_places(panel)) < PLACES
    qtbot.waitUntil(lambda: shown_places(panel) == set())


def test_a_chosen_value_stays_at_zero_and_clearing_unchecks_it_at_once(panel, qtbot):
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    with qtbot.waitSignal(panel.changed):
        panel.boxes["place"]["p150"].setChecked(True)
    panel.set_counts(counts(lambda n: 0))
    qtbot.waitUntil(lambda: shown_places(panel) == {"p150"})
    assert panel.filters()["place"] == {"p150"}
    panel.clear()
    assert not panel.boxes["place"]["p150"].isChecked() and panel.filters()["place"] == set()
    qtbot.waitUntil(lambda: shown_places(panel) == set())


def test_counts_given_while_hidden_are_all_there_once_shown(panel, qtbot):
    panel.set_counts(counts(lambda n: 5))
    panel.set_counts(counts(lambda n: 7))
    panel.show()
    qtbot.waitUntil(lambda: all(says(panel, f"p{n:03d}", 7) for n in range(PLACES)))
    assert shown_places(panel) == set(panel.boxes["place"])


def test_retranslating_relabels_every_value(panel, qtbot):
    names = {"prefix": "Place"}

    def labeller(key) -> str:
        return f"{names['prefix']} {key}"

    panel.facets = [("place", lambda: names["prefix"], labeller)]
    panel.show()
    panel.set_counts(counts(lambda n: 4))
    names["prefix"] = "Luogo"
    panel.retranslate()
    assert panel.headings["place"].text() == "LUOGO"
    qtbot.waitUntil(
        lambda: all(
            box.text() == f"Luogo {key}  ·  {QLocale().toString(4)}"
            for key, box in panel.boxes["place"].items()
        )
    )
