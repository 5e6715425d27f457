"""Tab goes through every view in reading order, and whatever has the focus shows it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.ui.mine.card_keeping import CardKeeping
from tests.ui.cards.refine_column import shown_values
from tests.ui.focus_ring import changed_pixels, shows_focus
from tests.ui.timeline.test_timeline import open_timeline


def tab_from(qtbot, start, count: int, key=Qt.Key.Key_Tab, modifier=Qt.KeyboardModifier.NoModifier):
    """The widgets the focus goes to, ``count`` Tabs from ``start``."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    reached = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        reached.append(QApplication.focusWidget())
    return reached


def refine_stops(window) -> list:
    """The Refine column's Tab stops: the list of each facet that shows any value."""
    panel = window.facet_panel
    # A facet's list is made when it first has values (the Collection's, with a second pack).
    lists = [panel.lists.get(name) for name, _, _ in panel.facets]
    return [facet_list for facet_list in lists if facet_list and facet_list.isVisible()]


def test_tab_goes_search_language_chips_refine_then_grid_each_with_a_ring(window, qtbot):
    bar, page = window.top_bar, window.cards_page
    stops = refine_stops(window)
    assert len(stops) >= 4, "country, kind, place, century and decade, as the collection has"
    expected = [
        bar.language,
        bar.import_button,
        page.category_filter.buttons[None],
        *stops,
        page.grid,
    ]
    reached = tab_from(qtbot, bar.search, len(expected))
    assert reached == expected
    for widget in [bar.search, *expected]:
        widget.setFocus()
        assert shows_focus(widget), f"{widget.objectName()} {widget.accessibleName()!r}"


def test_shift_tab_goes_the_same_way_back(window, qtbot):
    page = window.cards_page
    stops = refine_stops(window)
    back = tab_from(qtbot, page.grid, 3, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert back == [stops[-1], stops[-2], stops[-3]]
    back = tab_from(qtbot, stops[0], 2, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert back == [page.category_filter.buttons[None], window.top_bar.import_button]


def test_filters_in_effect_come_after_the_chips_and_before_the_refine_column(window, qtbot):
    page, panel = window.cards_page, window.facet_panel
    category = window.store.categories()[0].id
    window.session.set_category(category)
    side = shown_values(panel, "side")[0]
    window.session.set_facet("side", {side})
    qtbot.waitUntil(lambda: panel.clear_button.isEnabled(), timeout=3000)
    chips = page.active_filters.chips
    assert len(chips) == 2
    expected = [chips[0], panel.clear_button, refine_stops(window)[0]]
    reached = tab_from(qtbot, page.category_filter.buttons[category], len(expected))
    assert reached == expected, "the row of filters in effect is one Tab stop"
    row = [*chips, page.active_filters.clear_button]
    chips[0].setFocus()
    qtbot.waitUntil(chips[0].hasFocus)
    moved = [QApplication.focusWidget()]
    for _ in row:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
        moved.append(QApplication.focusWidget())
    assert moved == [*row, row[-1]], "the arrows go along the row to Clear all, and stop"
    back = tab_from(
        qtbot, panel.clear_button, 1, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier
    )
    assert back == [row[-1]], "Tab comes back to where the arrows left the row"
    for widget in [*row, *expected[1:]]:
        widget.setFocus()
        assert shows_focus(widget), widget.text()
    chosen = page.category_filter.buttons[category]
    chosen.setFocus()
    assert shows_focus(chosen), "a chosen chip, filled with its colour, shows the focus too"


def test_the_grid_rings_its_current_tile_when_it_has_the_focus(window, qtbot):
    grid = window.cards_page.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    assert grid.currentIndex().isValid()
    tile = grid.visualRect(grid.currentIndex())
    changed = changed_pixels(grid)
    assert changed > 4 * tile.width(), "a ring all round the current tile"


def test_a_card_page_and_its_links_show_the_focus(window, qtbot):
    window.open_card("italy-kazakhstan:abai-kunanbaiuly")  # a card with several links
    detail = window.detail
    qtbot.waitUntil(detail.hasFocus)
    assert shows_focus(detail)
    assert len(detail.related_buttons) >= 2
    keeping = detail.findChild(CardKeeping)
    stops = [keeping.star_button, keeping.add_button, keeping.note.edit]
    reached = tab_from(qtbot, detail, len(stops) + 2)
    assert reached[: len(stops)] == stops, "the star, collection and note row comes first"
    assert reached[len(stops) :] == detail.related_buttons[:2]
    for button in reached[len(stops) :]:
        button.setFocus()
        assert shows_focus(button), button.text()


def test_tab_goes_through_the_timeline_toolbar_into_the_view_and_ctrl_tab_out(window, qtbot):
    page = open_timeline(window, qtbot)
    qtbot.waitUntil(lambda: page.view.layout_ is not None, timeout=5000)
    expected = [
        page.zoom_out_button,
        page.zoom_in_button,
        page.year_box,
        page.go_button,
        page.list_button,
        page.view,
    ]
    reached = tab_from(qtbot, page.fit_button, len(expected))
    assert reached == expected
    for widget in [page.fit_button, *expected]:
        widget.setFocus()
        assert shows_focus(widget), widget.accessibleName()
    view = page.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus() and view.selected_id, "Tab steps along the events"
    qtbot.keyClick(view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert not view.hasFocus(), "Ctrl+Tab leaves the timeline"


def test_the_rail_and_back_and_forward_come_before_the_search(window, qtbot):
    bar, rail = window.top_bar, window.rail.buttons["cards"]
    window.open_card(window.model.card_id(0))
    window.open_card(window.model.card_id(1))
    window.session.back()  # Back and Forward both enabled now
    reached = tab_from(qtbot, rail, 3)
    assert reached == [bar.back_button, bar.forward_button, bar.search]
    for widget in (rail, bar.back_button, bar.forward_button):
        widget.setFocus()
        assert shows_focus(widget), widget.accessibleName()
