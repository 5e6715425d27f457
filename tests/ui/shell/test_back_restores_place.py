"""Back (and Forward) bring the reader to where they were: the grid's scroll and current
card, a card page's scroll, the timeline's days and chosen event."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.ui.cards.card_model import CardRole


def scrolled_grid(window, qtbot):
    """The grid scrolled well down, its current card one of those in sight."""
    grid = window.cards_page.grid
    bar = grid.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 600, timeout=3000)
    bar.setValue(bar.maximum() // 2)
    index = grid.indexAt(grid.viewport().rect().center())
    assert index.isValid()
    grid.setCurrentIndex(index)
    return bar.value(), index.data(CardRole.Id)


def test_back_from_a_card_restores_the_grid_scroll_and_current_card(window, qtbot):
    grid = window.cards_page.grid
    scroll, current = scrolled_grid(window, qtbot)
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.detail
    related = window.detail.related_buttons[0]
    qtbot.mouseClick(related, Qt.MouseButton.LeftButton)
    assert window.detail.card.id != current
    qtbot.mouseClick(window.rail.buttons["cards"], Qt.MouseButton.LeftButton)
    grid.verticalScrollBar().setValue(0)  # the grid seen again, elsewhere
    for _ in range(3):
        qtbot.mouseClick(window.top_bar.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cards_page
    assert grid.currentIndex().data(CardRole.Id) == current
    assert grid.verticalScrollBar().value() == scroll
    assert grid.hasFocus()


def test_back_between_card_pages_restores_each_page_scroll(window, qtbot):
    window.open_card(window.model.card_id(0))
    detail = window.detail
    bar = detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=3000)
    bar.setValue(100)
    first_scroll, first_card = bar.value(), detail.card.id
    qtbot.mouseClick(detail.related_buttons[0], Qt.MouseButton.LeftButton)
    assert bar.value() == 0, "a card opened anew starts at its top"
    qtbot.waitUntil(lambda: bar.maximum() > 50, timeout=3000)
    bar.setValue(50)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert detail.card.id == first_card
    assert bar.value() == first_scroll
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert bar.value() == 50, "Forward restores the page left by Back"


def test_a_card_opened_again_from_the_grid_starts_at_its_top(window, qtbot):
    window.open_card(window.model.card_id(0))
    bar = window.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 100, timeout=3000)
    bar.setValue(bar.maximum())
    window.session.show_view("cards")
    window.open_card(window.model.card_id(0))
    assert bar.value() == 0


def test_back_from_a_card_restores_the_timeline_days_and_chosen_event(window, qtbot):
    window.session.show_view("timeline")
    page = window.timeline_page
    view = page.view
    qtbot.waitUntil(lambda: view.layout_ is not None, timeout=5000)
    view.go_to_year(2023, span_years=12)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    chosen, days = view.selected_id, view.visible_days()
    assert chosen is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.detail.card.id == chosen
    window.session.show_view("timeline")  # a new visit, moved elsewhere
    view.fit_all()
    view.selected_id = None
    window.session.back()  # the card
    window.session.back()  # the timeline as it was left for the card
    assert window.pages.currentWidget() is page
    assert view.selected_id == chosen
    shown = view.visible_days()
    span = days[1] - days[0]
    assert abs(shown[0] - days[0]) < span / 100 and abs(shown[1] - days[1]) < span / 100


def test_back_from_a_card_restores_the_timeline_list_scroll_and_current_event(window, qtbot):
    window.session.show_view("timeline")
    page = window.timeline_page
    qtbot.waitUntil(lambda: page.view.layout_ is not None, timeout=5000)
    page.list_button.setChecked(True)
    bar = page.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 4, timeout=3000)  # scrolled by rows
    page.list.setFocus()
    qtbot.waitUntil(page.list.hasFocus)
    page.list.setCurrentIndex(page.list_model.index(page.list_model.rowCount() // 2))
    bar.setValue(bar.maximum() // 2)
    scroll, chosen = bar.value(), page.list.currentIndex().data(CardRole.Id)
    assert chosen and scroll > 0
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.detail.card.id == chosen
    window.session.show_view("timeline")
    bar.setValue(0)
    page.list.setCurrentIndex(page.list_model.index(0))
    window.session.back()
    window.session.back()
    assert page.list.currentIndex().data(CardRole.Id) == chosen
    assert bar.value() == scroll
