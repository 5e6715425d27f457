"""A group of buttons that is one Tab stop, and a group whose buttons are replaced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from explorer.ui.widgets.roving_focus import RovingFocus


def row_of(qtbot, count: int) -> tuple[QWidget, list[QPushButton]]:
    """A shown row of ``count`` buttons."""
    holder = QWidget()
    layout = QHBoxLayout(holder)
    buttons = [QPushButton(f"Button {n}") for n in range(count)]
    for widget in buttons:
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, buttons


def test_replaced_buttons_leave_the_group_and_the_new_first_is_the_tab_stop(qtbot):
    holder, old = row_of(qtbot, 2)
    new = [QPushButton("New 0", holder), QPushButton("New 1", holder)]
    for button in new:
        holder.layout().insertWidget(0, button)
        button.show()
    group = RovingFocus(old, holder)
    group.replace(new)
    assert group.stop is new[0]
    assert new[0].focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert new[1].focusPolicy() == Qt.FocusPolicy.ClickFocus
    new[0].setFocus()
    qtbot.waitUntil(new[0].hasFocus)
    qtbot.keyClick(new[0], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is new[1]
    qtbot.keyClick(new[1], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is new[1], "an old button is no longer along the row"
    old[0].setFocus()
    qtbot.waitUntil(old[0].hasFocus)
    assert group.stop is new[1], "focus on a button of the old group does not move the stop"
    assert group.buttons == new


def test_a_checkable_button_replaced_out_of_the_group_no_longer_takes_its_tab_stop(qtbot):
    holder, old = row_of(qtbot, 2)
    for button in old:
        button.setCheckable(True)
    group = RovingFocus(old, holder)
    new = QPushButton("New", holder)
    group.replace([new])
    old[1].setChecked(True)
    assert group.stop is new
