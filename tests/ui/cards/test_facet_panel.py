"""The Refine column with hundreds of values, as a large collection has: every answer shows
at once, without a widget per value; and its keyboard: a Tab stop per facet, the arrows
within one, Space and Enter to check, a click anywhere on a value."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from explorer.ui.cards.facet_panel import FacetPanel
from tests.ui.cards.refine_column import choose, count_text, shown_values

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


def text_of(key: str, count: int) -> str:
    return f"{place_name(key)}  ·  {QLocale().toString(count)}"


def row_name(panel, name: str, row: int) -> str:
    """What a screen reader says of a value: the list's row as its accessible child."""
    values = QAccessible.queryAccessibleInterface(panel.lists[name])
    return values.child(row).text(QAccessible.Text.Name)


def test_every_value_follows_the_answer_at_once(panel, qtbot):
    from explorer.ui.shell.app import create_application

    create_application().language_switcher.apply("en")  # the English plurals, installed
    panel.show()
    panel.set_counts(counts(lambda n: n + 1))
    panel.set_counts(counts(lambda n: n + 1000))
    assert shown_values(panel, "place") == [f"p{n:03d}" for n in range(PLACES)]
    assert count_text(panel, "place", "p000") == text_of("p000", 1000)
    assert count_text(panel, "place", "p199") == text_of("p199", 1199), "far below: at once too"
    thousands = QLocale().toString(1199)  # grouped as the reader's language groups digits
    assert row_name(panel, "place", 199) == f"Place p199, {thousands} cards"
    values = panel.values["place"]
    assert "Place p199" in values.data(values.index(199), Qt.ItemDataRole.ToolTipRole)


def test_an_answer_makes_no_widget_per_value(panel, qtbot):
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    widgets = len(panel.findChildren(QWidget))
    panel.set_counts(counts(lambda n: n % 3))
    panel.set_counts(counts(lambda n: 0))
    panel.set_counts(counts(lambda n: 2))
    assert len(panel.findChildren(QWidget)) == widgets
    assert widgets < PLACES / 4


def test_the_lists_are_as_tall_as_their_rows_and_the_column_scrolls(panel, qtbot):
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    places = panel.lists["place"]
    assert places.verticalScrollBar().maximum() == 0, "a list never scrolls itself"
    assert places.height() >= PLACES * places.sizeHintForRow(0)
    qtbot.waitUntil(lambda: panel.verticalScrollBar().maximum() > 0)
    panel.set_counts(counts(lambda n: int(n < 3)))
    assert places.height() == 3 * places.sizeHintForRow(0)


def test_values_without_cards_hide_and_come_back_and_the_focus_stays(panel, qtbot):
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    assert shown_values(panel, "side") == ["italy"]
    places = panel.lists["place"]
    places.setFocus()
    qtbot.waitUntil(places.hasFocus)
    places.go_to("p002")
    panel.set_counts(counts(lambda n: int(n in (2, 7))))
    assert shown_values(panel, "place") == ["p002", "p007"]
    assert places.hasFocus() and places.current_key() == "p002", "the keyboard stays on its value"
    panel.set_counts(counts(lambda n: int(n % 2 == 1)))
    assert places.current_key() == "p001", "a value gone: the one now in its row"
    panel.set_counts(counts(lambda n: 1))
    assert shown_values(panel, "place") == [f"p{n:03d}" for n in range(PLACES)]
    panel.set_counts(counts(lambda n: 0))
    assert shown_values(panel, "place") == []
    assert places.isHidden() and panel.headings["place"].isHidden()
    assert not panel.headings["side"].isHidden()


def test_a_chosen_value_stays_at_zero_and_clearing_unchecks_it_at_once(panel, qtbot):
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    with qtbot.waitSignal(panel.changed):
        choose(panel, "place", "p150")
    panel.set_counts(counts(lambda n: 0))
    assert shown_values(panel, "place") == ["p150"]
    assert panel.filters()["place"] == {"p150"}
    values = panel.values["place"]
    assert values.data(values.index(0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.assertNotEmitted(panel.changed):
        panel.clear()
    assert panel.filters()["place"] == set() and shown_values(panel, "place") == []


def test_a_chosen_value_the_answer_does_not_count_is_listed(panel, qtbot):
    panel.set_counts(counts(lambda n: 1))
    panel.show_chosen({"place": frozenset({"elsewhere"})})
    assert shown_values(panel, "place")[-1] == "elsewhere"
    assert count_text(panel, "place", "elsewhere") == text_of("elsewhere", 0)


def test_counts_given_while_hidden_are_all_there_once_shown(panel, qtbot):
    panel.set_counts(counts(lambda n: 5))
    panel.set_counts(counts(lambda n: 7))
    panel.show()
    assert all(
        count_text(panel, "place", f"p{n:03d}") == text_of(f"p{n:03d}", 7) for n in range(PLACES)
    )
    assert not panel.lists["place"].isHidden()


def test_retranslating_relabels_every_value(panel, qtbot):
    names = {"prefix": "Place"}

    def labeller(key) -> str:
        return f"{names['prefix']} {key}"

    panel.facets[1] = ("place", lambda: names["prefix"], labeller)
    panel.show()
    panel.set_counts(counts(lambda n: 4))
    names["prefix"] = "Luogo"
    panel.retranslate()
    assert panel.headings["place"].text() == "LUOGO"
    assert panel.lists["place"].accessibleName() == "Luogo"
    four = QLocale().toString(4)
    assert all(
        count_text(panel, "place", key) == f"Luogo {key}  ·  {four}"
        for key in shown_values(panel, "place")
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
    yield before, panel, after  # while ``holder``, which owns them, is kept


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_tab_stops_once_in_each_facet_on_its_way_through_the_column(column, qtbot):
    before, panel, after = column
    lists = [panel.lists[name] for name in ("side", "kind", "place")]
    focus(qtbot, before)
    reached = []
    while (widget := press(qtbot, Qt.Key.Key_Tab)) is not after:
        reached.append(widget)
        assert len(reached) <= len(lists), "Tab stopped more than once in a facet"
    assert reached == lists
    assert [values_list.current_key() for values_list in lists] == ["italy", "person", "p000"]
    back = []
    while (
        widget := press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    ) is not before:
        back.append(widget)
        assert len(back) <= len(lists)
    assert back == lists[::-1]


def test_arrows_home_and_end_move_within_a_facet_and_show_the_value(column, qtbot):
    _, panel, _ = column
    kinds = panel.lists["kind"]
    focus(qtbot, kinds)
    assert kinds.current_key() == "person"
    assert press(qtbot, Qt.Key.Key_Up) is kinds and kinds.current_key() == "person"
    press(qtbot, Qt.Key.Key_Down)
    assert kinds.current_key() == "place"
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is kinds and kinds.current_key() == "work", (
        "nor past the last"
    )
    press(qtbot, Qt.Key.Key_Home)
    assert kinds.current_key() == "person"
    press(qtbot, Qt.Key.Key_End)
    assert kinds.current_key() == "work"
    assert panel.filters()["kind"] == set(), "moving checks nothing"
    places = panel.lists["place"]
    focus(qtbot, places)
    press(qtbot, Qt.Key.Key_End)
    assert places.current_key() == "p199"
    row = places.visualRect(places.currentIndex())
    top = places.mapTo(panel.viewport(), row.topLeft()).y()
    assert top >= 0 and top + row.height() <= panel.viewport().height(), "scrolled to"


def test_arrows_pass_over_values_without_cards(column, qtbot):
    _, panel, _ = column
    panel.set_counts({**counts(lambda n: 1), "kind": {**KINDS, "place": 0}})
    kinds = panel.lists["kind"]
    focus(qtbot, kinds)
    press(qtbot, Qt.Key.Key_Down)
    assert kinds.current_key() == "work"


@pytest.mark.parametrize("key", [Qt.Key.Key_Space, Qt.Key.Key_Return])
def test_space_or_enter_checks_the_current_value_and_the_filters_follow(column, qtbot, key):
    before, panel, _ = column
    focus(qtbot, before)
    press(qtbot, Qt.Key.Key_Tab)
    kinds = press(qtbot, Qt.Key.Key_Tab)
    assert kinds is panel.lists["kind"]
    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(kinds, key)
    assert panel.filters()["kind"] == {"place"}
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(kinds, key)
    assert panel.filters()["kind"] == set()
    assert kinds.hasFocus() and kinds.current_key() == "place"


def test_a_click_anywhere_on_a_value_checks_it(column, qtbot):
    _, panel, _ = column
    kinds = panel.lists["kind"]
    row = kinds.visualRect(panel.values["kind"].index(2))
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(kinds.viewport(), Qt.MouseButton.LeftButton, pos=row.center())
    assert panel.filters()["kind"] == {"work"}, "on its name, not only on its check"
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(
            kinds.viewport(), Qt.MouseButton.LeftButton, pos=row.topLeft() + row.center() / 8
        )
    assert panel.filters()["kind"] == set()
    with qtbot.assertNotEmitted(panel.changed):
        qtbot.mouseClick(kinds.viewport(), Qt.MouseButton.RightButton, pos=row.center())


def test_tab_comes_back_to_the_value_that_last_had_the_focus(column, qtbot):
    before, panel, after = column
    kinds = panel.lists["kind"]
    focus(qtbot, kinds)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert press(qtbot, Qt.Key.Key_Tab) is panel.lists["place"]
    assert press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is kinds
    assert kinds.current_key() == "work"
    focus(qtbot, after)
    panel.set_counts({**counts(lambda n: 1), "kind": {**KINDS, "work": 0}})
    focus(qtbot, before)
    press(qtbot, Qt.Key.Key_Tab)
    assert press(qtbot, Qt.Key.Key_Tab) is kinds, "a value gone hides no facet from Tab"
    assert kinds.current_key() == "place", "the value now in its place"


def test_each_facet_and_value_is_named_for_screen_readers(column, qtbot):
    _, panel, _ = column
    assert [panel.lists[name].accessibleName() for name in ("side", "kind", "place")] == [
        "Country",
        "Kind",
        "Place",
    ]
    assert row_name(panel, "kind", 0).startswith("Kind person, 4 card")
    assert row_name(panel, "kind", 2).startswith("Kind work, 1 card")
    cell = QAccessible.queryAccessibleInterface(panel.lists["kind"]).child(0)
    assert cell.state().checkable and not cell.state().checked
    choose(panel, "kind", "person")
    cell = QAccessible.queryAccessibleInterface(panel.lists["kind"]).child(0)
    assert cell.state().checked


def test_space_in_the_window_narrows_the_cards_to_the_count_it_showed(window, qtbot):
    panel, model = window.facet_panel, window.model
    everything = model.rowCount()
    sides = panel.lists["side"]
    focus(qtbot, sides)
    key = sides.current_key()
    count = panel.values["side"].count(key)
    assert 0 < count < everything
    assert count_text(panel, "side", key).endswith(QLocale().toString(count))
    assert row_name(panel, "side", 0).endswith(f", {QLocale().toString(count)} cards")
    qtbot.keyClick(sides, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: model.rowCount() == count, timeout=3000)
    assert panel.filters()["side"] == {key} and sides.hasFocus() and sides.current_key() == key
    qtbot.keyClick(sides, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: model.rowCount() == everything, timeout=3000)


def test_the_value_under_the_pointer_is_outlined_until_it_leaves(column, qtbot):
    _, panel, _ = column
    kinds = panel.lists["kind"]
    row = kinds.visualRect(panel.values["kind"].index(1))
    before = kinds.viewport().grab(row).toImage()
    qtbot.mouseMove(kinds.viewport(), row.center())
    qtbot.waitUntil(lambda: kinds.viewport().grab(row).toImage() != before)
    other = kinds.visualRect(panel.values["kind"].index(2))
    qtbot.mouseMove(kinds.viewport(), other.center())
    qtbot.waitUntil(lambda: kinds.viewport().grab(row).toImage() == before)


def test_a_facet_of_thousands_of_values_lists_those_with_most_cards_and_says_how_many_more(
    panel, qtbot
):
    from explorer.ui.cards.facet_values import MOST_SHOWN
    from explorer.ui.shell.app import create_application

    create_application().language_switcher.apply("en")
    many = 5000
    panel.show()
    panel.set_counts({"side": {}, "place": {f"q{n:04d}": 1 + n % 7 for n in range(many)}})
    with qtbot.waitSignal(panel.changed):
        choose(panel, "place", "q0006")  # listed now, with 7 cards
    least = {f"q{n:04d}": 2 - (n == 6) for n in range(many)}  # now it has fewest of all
    panel.set_counts({"side": {}, "place": {**least, "q4000": 9, "q0010": 8}})
    shown = shown_values(panel, "place")
    assert len(shown) == MOST_SHOWN + 1, "the chosen value is listed besides"
    assert shown.index("q0006") < shown.index("q0010") < shown.index("q4000"), "in their order"
    values = panel.values["place"]
    assert all(values.count(key) == 2 for key in shown if key not in ("q0006", "q0010", "q4000"))
    assert {"q4000", "q0010", "q0006"} <= set(shown), "the most cards first, and the chosen"
    more = panel.more["place"]
    assert not more.isHidden()
    left_out = QLocale().toString(many - len(shown))
    assert more.text() == f"{left_out} more with fewer cards: search finds them"
    panel.set_counts({"side": {}, "place": {"q0001": 2}})
    assert panel.more["place"].isHidden() and shown_values(panel, "place") == ["q0001", "q0006"]


def test_an_answer_leaves_the_column_where_the_reader_scrolled_it(panel, qtbot):
    panel.show()
    panel.set_counts(counts(lambda n: 1))
    places = panel.lists["place"]
    places.go_to("p150")  # the row a click last left the keyboard on
    qtbot.waitUntil(lambda: panel.verticalScrollBar().maximum() > 0)
    panel.verticalScrollBar().setValue(0)  # scrolled back up with the wheel
    panel.set_counts(counts(lambda n: int(n % 2 == 0)))
    assert places.current_key() == "p150"
    assert panel.verticalScrollBar().value() == 0, "no jump to the keyboard's row"


def test_a_name_cut_to_fit_is_cut_again_for_another_typeface_of_the_same_size(panel, qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from explorer.ui.shell.app import create_application
    from explorer.ui.shell.theme import SANS, SERIF

    create_application()  # the bundled typefaces, loaded
    key = "p" + "Wil" * 30
    panel.show()
    panel.set_counts({"place": {key: 5}, "side": {"italy": 1}})
    values_list = panel.lists["place"]
    cut = {}
    for family in (SANS, SERIF):
        font = QFont(family)
        font.setPointSizeF(11)
        values_list.setFont(font)
        values_list.grab()
        [(room, text)] = [
            (room, laid_out.text())
            for (name, room, font_key), laid_out in values_list.delegate._texts.items()
            if name == place_name(key) and room >= 0 and font_key == font.key()
        ]
        metrics = QFontMetrics(font)
        assert text == metrics.elidedText(place_name(key), Qt.TextElideMode.ElideRight, room)
        cut[family] = text
    assert cut[SANS] != cut[SERIF], "the two typefaces cut the name at different letters"
