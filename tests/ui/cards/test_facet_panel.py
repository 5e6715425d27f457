"""The Refine column with hundreds of values, as a large collection has: what is on screen is
updated with the answer, the rest right after it; and its keyboard: a Tab stop per facet,
the arrows within one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

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


KINDS = {"person": 4, "place": 2, "work": 1}


def kind_name(key) -> str:
    return f"Kind {key}"


@pytest.fixture
def column(qtbot):
    """The column between a field before it and a button after it, as in the window."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    before, after = QLineEdit(), QPushButton("After")
    panel = FacetPanel(
        [
            ("side", lambda: "Country", str),
            ("kind", lambda: "Kind", kind_name),
            ("place", lambda: "Place", place_name),
        ]
    )
    for widget in (before, panel, after):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.resize(320, 500)
    holder.show()
    qtbot.waitExposed(holder)
    panel.set_counts({**counts(lambda n: 1), "kind": KINDS})
    qtbot.waitUntil(lambda: shown_places(panel) == set(panel.boxes["place"]))
    yield before, panel, after  # while ``holder``, which owns them, is kept


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def shown_boxes(panel, name: str) -> list:
    return [box for box in panel.boxes[name].values() if not box.isHidden()]


def test_tab_stops_once_in_each_facet_on_its_way_through_the_column(column, qtbot):
    before, panel, after = column
    groups = [name for name, _, _ in panel.facets if shown_boxes(panel, name)]
    assert len(groups) == 3
    assert sum(len(shown_boxes(panel, name)) for name in groups) > 200
    focus(qtbot, before)
    reached = []
    while (widget := press(qtbot, Qt.Key.Key_Tab)) is not after:
        reached.append(widget)
        assert len(reached) <= len(groups), "Tab stopped more than once in a facet"
    assert reached == [shown_boxes(panel, name)[0] for name in groups]
    back = []
    while (
        widget := press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    ) is not before:
        back.append(widget)
        assert len(back) <= len(groups)
    assert back == reached[::-1]


def test_arrows_home_and_end_move_within_a_facet_and_show_the_box(column, qtbot):
    _, panel, _ = column
    kinds = shown_boxes(panel, "kind")
    assert len(kinds) == 3
    focus(qtbot, kinds[0])
    assert press(qtbot, Qt.Key.Key_Up) is kinds[0], "the first box stays: arrows never leave"
    assert press(qtbot, Qt.Key.Key_Down) is kinds[1]
    assert press(qtbot, Qt.Key.Key_Down) is kinds[2]
    assert press(qtbot, Qt.Key.Key_Down) is kinds[2], "nor does the last go to the next facet"
    assert press(qtbot, Qt.Key.Key_Home) is kinds[0]
    assert press(qtbot, Qt.Key.Key_End) is kinds[2]
    assert not any(box.isChecked() for box in kinds), "moving checks nothing"
    places = shown_boxes(panel, "place")
    focus(qtbot, places[0])
    last = press(qtbot, Qt.Key.Key_End)
    assert last is places[-1]
    top = last.mapTo(panel.viewport(), last.rect().topLeft()).y()
    assert top >= 0 and top + last.height() <= panel.viewport().height(), "scrolled to"


def test_arrows_pass_over_values_without_cards(column, qtbot):
    _, panel, _ = column
    panel.set_counts({**counts(lambda n: 1), "kind": {**KINDS, "place": 0}})
    person, place, work = (panel.boxes["kind"][key] for key in ("person", "place", "work"))
    assert place.isHidden()
    focus(qtbot, person)
    assert press(qtbot, Qt.Key.Key_Down) is work


def test_space_checks_the_focused_box_and_the_filters_follow(column, qtbot):
    before, panel, _ = column
    focus(qtbot, before)
    press(qtbot, Qt.Key.Key_Tab)
    box = press(qtbot, Qt.Key.Key_Tab)
    assert box is panel.boxes["kind"]["person"]
    box = press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() and panel.filters()["kind"] == {"place"}
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked() and panel.filters()["kind"] == set()
    assert box.hasFocus()


def test_tab_comes_back_to_the_box_that_last_had_the_focus(column, qtbot):
    before, panel, after = column
    kinds = shown_boxes(panel, "kind")
    focus(qtbot, kinds[0])
    press(qtbot, Qt.Key.Key_Down)
    assert press(qtbot, Qt.Key.Key_Down) is kinds[2]
    assert press(qtbot, Qt.Key.Key_Tab) is shown_boxes(panel, "place")[0]
    back = press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert back is kinds[2]
    focus(qtbot, before)
    press(qtbot, Qt.Key.Key_Tab)
    assert press(qtbot, Qt.Key.Key_Tab) is kinds[2], "from above too"
    focus(qtbot, after)
    panel.set_counts({**counts(lambda n: 1), "kind": {**KINDS, "work": 0}})
    assert kinds[2].isHidden()
    focus(qtbot, before)
    press(qtbot, Qt.Key.Key_Tab)
    assert press(qtbot, Qt.Key.Key_Tab) is kinds[0], "a box gone hides no facet from Tab"


def test_each_facet_is_named_for_screen_readers(column, qtbot):
    _, panel, _ = column
    assert [panel.holders[name].accessibleName() for name in ("side", "kind", "place")] == [
        "Country",
        "Kind",
        "Place",
    ]
    names = {"kind": "Art"}
    panel.facets[1] = ("kind", lambda: names["kind"], kind_name)
    panel.retranslate()
    assert panel.holders["kind"].accessibleName() == "Art"
    box = shown_boxes(panel, "kind")[0]
    assert panel.holders["kind"].isAncestorOf(box)


def test_space_in_the_window_narrows_the_cards_to_the_count_it_showed(window, qtbot):
    panel, model = window.facet_panel, window.model
    everything = model.rowCount()
    box = shown_boxes(panel, "side")[0]
    focus(qtbot, box)
    count = int(box.text().rsplit("·", 1)[1].strip().replace(",", ""))
    assert 0 < count < everything
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: model.rowCount() == count, timeout=3000)
    assert box.isChecked() and box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: model.rowCount() == everything, timeout=3000)
