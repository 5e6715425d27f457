"""The timeline driven as a person would: wheel, clicks, keys, the overview and the list."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.domain.fuzzy_date import Precision
from explorer.ui.cards.card_model import CardRole
from explorer.ui.timeline.timeline_geometry import AXIS_HEIGHT, HEADER_WIDTH
from explorer.ui.timeline.timeline_list import TimelineListModel
from tests.ui.shell.test_main_window import bundled, type_text


def open_timeline(window, qtbot):
    qtbot.mouseClick(window.rail.buttons["timeline"], Qt.MouseButton.LeftButton)
    page = window.timeline_page
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.view.viewport().width() > 400)
    return page


def wheel(view, x: float, steps: int) -> None:
    position = QPointF(x, AXIS_HEIGHT + 60)
    event = QWheelEvent(
        position,
        view.viewport().mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)


def view_position(view, event) -> QPoint:
    """Where an event's mark is drawn, in viewport coordinates."""
    lane_top = view.lane_top(event.lane)
    origin = view.mapToScene(0, 0)
    x = view.x_of(event.first_day) - origin.x()
    if event.precision is not Precision.DAY or event.is_span:
        x += 4
    return QPoint(round(x), round(lane_top + 18 - origin.y()))


def test_the_wheel_zooms_keeping_the_time_under_the_cursor(window, qtbot):
    view = open_timeline(window, qtbot).view
    for x, steps in ((HEADER_WIDTH + 300, 3), (HEADER_WIDTH + 120, -2), (view.width() - 40, 5)):
        before_scale = view.days_per_pixel
        day = view.day_at_view_x(x)
        wheel(view, x, steps)
        assert view.days_per_pixel != before_scale
        assert abs(view.day_at_view_x(x) - day) <= 1.5 * view.days_per_pixel


def test_plus_and_minus_keys_zoom_and_home_fits_all(window, qtbot):
    view = open_timeline(window, qtbot).view
    view.setFocus()
    view.fit_all()
    fitted = view.days_per_pixel
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.days_per_pixel < fitted
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.days_per_pixel > fitted
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.days_per_pixel == fitted


def test_arrow_keys_pan(window, qtbot):
    view = open_timeline(window, qtbot).view
    view.go_to_year(2000, span_years=40)
    first, _ = view.visible_days()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.visible_days()[0] > first
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert abs(view.visible_days()[0] - first) <= view.days_per_pixel


def test_clicking_an_event_opens_its_card(window, store, qtbot):
    page = open_timeline(window, qtbot)
    view = page.view
    event = next(e for e in page.all_events if e.id == bundled("first-neos-flight-2021"))
    view.show_days(event.first_day - 60, event.first_day + 60)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view_position(view, event))
    assert window.pages.currentWidget() is window.detail
    assert window.detail.card.id == bundled("first-neos-flight-2021")


def test_clicking_a_cluster_zooms_into_it(window, qtbot):
    page = open_timeline(window, qtbot)
    view = page.view
    view.fit_all()
    lane = next(
        lane
        for lane in view.lanes()
        if any(
            c.count > 1
            for c in view.layout_.lane(lane).clusters(view.days_per_pixel, *view.visible_days())
        )
    )
    cluster = next(
        c
        for c in view.layout_.lane(lane).clusters(view.days_per_pixel, *view.visible_days())
        if c.count > 1
    )
    before = view.days_per_pixel
    origin = view.mapToScene(0, 0)
    x = view.x_of((cluster.first_day + cluster.anchor_last_day) / 2) - origin.x()
    y = view.lane_top(lane) + 18 - origin.y()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))
    assert view.days_per_pixel < before
    assert window.pages.currentWidget() is page


def test_the_search_and_category_filter_narrow_the_timeline(window, store, qtbot):
    page = open_timeline(window, qtbot)
    everything = len(page.view.layout_.ordered_events())
    type_text(qtbot, window.top_bar.search, "Neos")
    qtbot.waitUntil(lambda: len(page.view.layout_.ordered_events()) < everything, timeout=2000)
    shown = {event.id for event in page.view.layout_.ordered_events()}
    assert shown and shown <= set(window.model.ids())
    assert window.pages.currentWidget() is page, "filtering keeps the timeline on screen"
    window.top_bar.search.clear()
    category = store.categories()[0].id
    window.cards_page.category_filter.select(category)
    qtbot.waitUntil(
        lambda: {event.lane for event in page.view.layout_.ordered_events()} == {category},
        timeout=3000,
    )


def test_the_timeline_is_built_only_when_first_shown_and_follows_searches_made_meanwhile(
    window, qtbot
):
    page = window.timeline_page
    assert page.view.layout_ is None, "nothing built at start-up"
    type_text(qtbot, window.top_bar.search, "Neos")
    qtbot.waitUntil(lambda: window.model.query == "Neos", timeout=2000)
    assert page.view.layout_ is None, "a search answered behind the grid builds nothing"
    assert not page.builder.up_to_date and not page.builder.busy
    matching = set(window.model.ids())
    page = open_timeline(window, qtbot)
    assert page.builder.up_to_date
    shown = {event.id for event in page.view.layout_.ordered_events()}
    assert shown and shown <= matching
    assert page.count_label.text() == f"{len(shown)} dated card{'s' * (len(shown) != 1)}"


def test_the_list_shows_the_same_events_in_timeline_order(window, qtbot):
    page = open_timeline(window, qtbot)
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.list
    ordered = page.view.layout_.ordered_events()
    model = page.list_model
    listed = [model.index(row).data(CardRole.Id) for row in range(model.rowCount())]
    assert listed == [event.id for event in ordered]
    firsts = [event.first_day for event in ordered]
    assert firsts == sorted(firsts)
    first_text = model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert first_text and "—" in first_text


def test_the_list_is_keyboard_navigable(window, qtbot):
    page = open_timeline(window, qtbot)
    page.list_button.click()
    page.list.setFocus()
    page.list.setCurrentIndex(page.list_model.index(0))
    qtbot.keyClick(page.list, Qt.Key.Key_Down)
    second = page.list.currentIndex().data(CardRole.Id)
    qtbot.keyClick(page.list, Qt.Key.Key_Return)
    assert window.detail.card.id == second


def test_tab_selects_events_in_order_and_enter_opens_one(window, qtbot):
    page = open_timeline(window, qtbot)
    view = page.view
    view.fit_all()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    first = view.selected_id
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    ordered = [e.id for e in view.layout_.ordered_events()]
    assert ordered.index(view.selected_id) == ordered.index(first) + 1
    assert view.accessibleDescription()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.detail.card.id == view.selected_id


def test_tab_steps_on_from_an_event_chosen_otherwise_and_wraps_around(window, qtbot):
    view = open_timeline(window, qtbot).view
    view.fit_all()
    view.setFocus()
    ordered = [e.id for e in view.layout_.ordered_events()]
    view.selected_id = ordered[5]  # as a click on the event would choose it
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_id == ordered[6]
    view.selected_id = ordered[-1]
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.selected_id == ordered[0]
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.selected_id == ordered[-1]


def test_a_lane_header_click_collapses_and_expands_it(window, qtbot):
    view = open_timeline(window, qtbot).view
    lane = view.lanes()[0]
    y = view.lane_top(lane) + 10 - view.mapToScene(0, 0).y()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, round(y)))
    assert lane in view.collapsed
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, round(y)))
    assert lane not in view.collapsed


def test_dragging_the_overview_window_moves_the_view(window, qtbot):
    page = open_timeline(window, qtbot)
    view, overview = page.view, page.overview
    view.go_to_year(1900, span_years=30)
    before = view.visible_days()[0]
    window_rect = overview.window_rect()
    start = window_rect.center().toPoint()
    qtbot.mousePress(overview, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(overview, start + QPoint(120, 0))
    qtbot.mouseRelease(overview, Qt.MouseButton.LeftButton, pos=start + QPoint(120, 0))
    assert view.visible_days()[0] > before + 365


def test_go_to_year_centres_the_year(window, qtbot):
    page = open_timeline(window, qtbot)
    page.year_box.setText("1845")
    qtbot.mouseClick(page.go_button, Qt.MouseButton.LeftButton)
    first, last = page.view.visible_days()
    from explorer.domain.fuzzy_date import day_number

    assert first < day_number(1845, 7, 1) < last
    assert last - first < 40 * 365


def test_the_timeline_list_model_passes_the_model_tester(qtmodeltester, window, qtbot):
    page = open_timeline(window, qtbot)
    model = TimelineListModel(page._texts)
    model.set_events(page.view.layout_.ordered_events())
    qtmodeltester.check(model, force_py=True)


def test_pinching_zooms_about_the_fingers(window, qtbot):
    from PySide6.QtWidgets import QGestureEvent, QPinchGesture

    view = open_timeline(window, qtbot).view
    x = HEADER_WIDTH + 250
    day = view.day_at_view_x(x)
    before = view.days_per_pixel
    pinch = QPinchGesture()
    pinch.setScaleFactor(1.6)
    pinch.setCenterPoint(QPointF(view.viewport().mapToGlobal(QPoint(x, 200))))
    QApplication.sendEvent(view.viewport(), QGestureEvent([pinch]))
    assert view.days_per_pixel < before
    assert abs(view.day_at_view_x(x) - day) <= 1.5 * view.days_per_pixel


def test_hovering_an_event_shows_its_title_and_date(window, store, qtbot):
    from PySide6.QtWidgets import QToolTip

    page = open_timeline(window, qtbot)
    view = page.view
    event = next(e for e in page.all_events if e.id == bundled("first-neos-flight-2021"))
    view.show_days(event.first_day - 60, event.first_day + 60)
    qtbot.mouseMove(view.viewport(), view_position(view, event))
    title = store.card(event.id).title["en"]
    qtbot.waitUntil(lambda: title in QToolTip.text(), timeout=2000)
    assert "2021" in QToolTip.text()
