"""The category chips: counts and names change with each answer, colours never do."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from explorer.domain.entities import pick
from explorer.ui.cards.category_filter import CategoryFilter


def seen(button) -> str:
    """A chip's text as a person reads it (a button doubles "&")."""
    return button.text().replace("&&", "&")


def test_chips_say_their_counts_in_the_content_language_and_keep_their_colours(store, qtbot):
    categories = store.categories()
    chips = CategoryFilter(categories)
    qtbot.addWidget(chips)
    styles = {key: button.styleSheet() for key, button in chips.buttons.items()}
    assert categories[0].colour in styles[categories[0].id]
    first, second = categories[0], categories[1]
    chips.set_counts({first.id: 1200, second.id: 0})
    label = f"{pick(first.name, 'en')[0]}  {QLocale().toString(1200)}"
    assert seen(chips.buttons[first.id]) == label
    assert chips.buttons[first.id].accessibleName().endswith(label)
    assert seen(chips.buttons[categories[2].id]) == pick(categories[2].name, "en")[0]
    chips.set_language("it")
    italian = pick(first.name, "it")[0]
    assert seen(chips.buttons[first.id]) == f"{italian}  {QLocale().toString(1200)}"
    chips.set_counts({first.id: 3})
    assert seen(chips.buttons[first.id]) == f"{italian}  3"
    assert seen(chips.buttons[second.id]) == pick(second.name, "it")[0]
    assert {key: button.styleSheet() for key, button in chips.buttons.items()} == styles


def chips_between_two_buttons(store, qtbot):
    """The chips in a window of their own, with a button before and after them: the window
    and its three parts."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    before, chips, after = (
        QPushButton("before"),
        CategoryFilter(store.categories()),
        QPushButton("after"),
    )
    for widget in (before, chips, after):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    holder.activateWindow()
    qtbot.waitActive(holder)
    return holder, before, chips, after


def test_the_chips_are_one_tab_stop_with_arrows_along_them(store, qtbot):
    _window, before, chips, after = chips_between_two_buttons(store, qtbot)
    buttons = list(chips.buttons.values())
    chosen = []
    chips.changed.connect(chosen.append)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is buttons[0], "Tab enters at the chosen chip (All)"
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(buttons[1], Qt.Key.Key_Right)
    assert buttons[2].hasFocus()
    assert chosen == [] and chips.current is None, "arrows move without choosing"
    qtbot.keyClick(buttons[2], Qt.Key.Key_Left)
    assert buttons[1].hasFocus()
    qtbot.keyClick(buttons[1], Qt.Key.Key_End)
    assert buttons[-1].hasFocus()
    qtbot.keyClick(buttons[-1], Qt.Key.Key_Right)
    assert buttons[-1].hasFocus(), "the arrows stop at the ends"
    qtbot.keyClick(buttons[-1], Qt.Key.Key_Home)
    assert buttons[0].hasFocus()
    qtbot.keyClick(buttons[0], Qt.Key.Key_Right)
    qtbot.keyClick(buttons[1], Qt.Key.Key_Tab)
    assert after.hasFocus(), "one Tab leaves the row from any chip"
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert buttons[1].hasFocus(), "and Shift+Tab comes back to the chip left"


def test_space_and_enter_choose_a_chip_and_again_show_every_category(store, qtbot):
    _window, _before, chips, _after = chips_between_two_buttons(store, qtbot)
    first, second = store.categories()[:2]
    chosen = []
    chips.changed.connect(chosen.append)
    chips.buttons[first.id].setFocus()
    qtbot.keyClick(chips.buttons[first.id], Qt.Key.Key_Space)
    assert chosen == [first.id] and chips.current == first.id
    qtbot.keyClick(chips.buttons[first.id], Qt.Key.Key_Right)
    qtbot.keyClick(chips.buttons[second.id], Qt.Key.Key_Return)
    assert chosen[-1] == second.id and chips.current == second.id
    qtbot.keyClick(chips.buttons[second.id], Qt.Key.Key_Enter)
    assert chosen[-1] is None and chips.current is None, "the chosen chip again: all"
    qtbot.mouseClick(chips.buttons[first.id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chips.buttons[first.id], Qt.MouseButton.LeftButton)
    assert chosen[-2:] == [first.id, None], "a click toggles the same way"


def test_a_held_enter_chooses_once(store, qtbot):
    _window, _before, chips, _after = chips_between_two_buttons(store, qtbot)
    chip = chips.buttons[store.categories()[0].id]
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    chosen = []
    chips.changed.connect(chosen.append)
    for repeated in (False, True, True):
        press = QKeyEvent(
            QKeyEvent.Type.KeyPress,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.NoModifier,
            "\r",
            repeated,
        )
        QApplication.sendEvent(chip, press)
    assert chosen == [store.categories()[0].id]
