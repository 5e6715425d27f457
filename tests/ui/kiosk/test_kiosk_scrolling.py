"""Scrolling with a finger in the kiosk: drags up and down move lists and pages; taps and
sideways swipes still do what they did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from tests.ui.cards.refine_column import shown_values
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config
from tests.ui.shell.test_main_window import bundled

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def explorer(qtbot, content_database):
    shell = build_shell(qtbot, kiosk_config(languages=["en", "it"]))
    shell.idle.timer.setInterval(600_000)
    shell.slideshow.touched.emit()
    shell.choice.buttons["en"].click()
    qtbot.wait(50)
    yield shell.explorer
    close_shell(shell)


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, LEFT, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(widget, start + (end - start) * step / 5)
    qtbot.mouseRelease(widget, LEFT, pos=end, delay=60)


def test_a_finger_drag_up_scrolls_the_card_grid_and_opens_nothing(explorer, qtbot):
    viewport = explorer.cards_page.grid.viewport()
    start = QPoint(viewport.width() // 2, 600)
    drag(qtbot, viewport, start, start - QPoint(0, 300))
    assert explorer.cards_page.grid.verticalScrollBar().value() == 300
    assert explorer.pages.currentWidget() is explorer.cards_page


def test_a_tap_on_a_card_still_opens_it(explorer, qtbot):
    grid = explorer.cards_page.grid
    rect = grid.visualRect(explorer.model.index(1))
    qtbot.mouseClick(grid.viewport(), LEFT, pos=rect.center())
    assert explorer.detail.card.id == explorer.model.card_id(1)


def test_a_finger_drag_scrolls_a_card_page_without_selecting_text(explorer, qtbot):
    explorer.open_card("tokayev-mattarella-talks")  # a page taller than the screen
    qtbot.wait(20)
    assert explorer.detail.verticalScrollBar().maximum() > 0
    body = explorer.detail.widget().findChild(QLabel, "body")
    start = body.rect().center()
    drag(qtbot, body, start, start - QPoint(0, 200))
    assert explorer.detail.verticalScrollBar().value() > 0
    assert not body.hasSelectedText()
    assert explorer.detail.card.id == bundled("tokayev-mattarella-talks")


def test_a_sideways_swipe_still_moves_to_the_next_card(explorer, qtbot):
    explorer.open_card(explorer.model.card_id(2))
    qtbot.wait(20)
    body = explorer.detail.widget().findChild(QLabel, "body")
    start = body.rect().center() + QPoint(100, 0)
    drag(qtbot, body, start, start - QPoint(220, 0))
    assert explorer.detail.card.id == explorer.model.card_id(3)


def test_a_finger_drag_on_the_refine_column_scrolls_it_and_checks_nothing(explorer, qtbot):
    panel = explorer.facet_panel
    places = panel.lists["place"]
    qtbot.waitUntil(lambda: panel.verticalScrollBar().maximum() > 100)
    row = places.visualRect(panel.values["place"].index(0))
    # The finger lands on a value; the list moves under it as the column scrolls, so the
    # moves are given where the screen has them, against the column's fixed viewport.
    fixed = panel.viewport()
    start = places.viewport().mapTo(fixed, row.center())
    qtbot.mousePress(places.viewport(), LEFT, pos=row.center())
    for step in range(1, 6):
        qtbot.mouseMove(fixed, start - QPoint(0, 20 * step))
    qtbot.mouseRelease(fixed, LEFT, pos=start - QPoint(0, 100), delay=60)
    assert panel.verticalScrollBar().value() == 100
    assert not any(panel.filters().values()), "the value under the finger stays unchecked"


def test_a_tap_on_a_value_of_the_refine_column_checks_it(explorer, qtbot):
    panel = explorer.facet_panel
    kinds = panel.lists["kind"]
    key = shown_values(panel, "kind")[0]
    row = kinds.visualRect(panel.values["kind"].index(0))
    qtbot.mouseClick(kinds.viewport(), LEFT, pos=row.center())
    assert panel.filters()["kind"] == {key}
