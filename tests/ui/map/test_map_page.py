"""The Map view in the window: one exploration with the search, the timeline's period, the
selected card and the card grid."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.shell.test_main_window import grid_ids


def _open_map(window, qtbot):
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.place.view == "map", timeout=3000)
    qtbot.waitUntil(lambda: window.map_page.loaded, timeout=10_000)
    return window.map_page


def _shown(page) -> set[str]:
    return {page.map_places.ids[i] for i in page.counts().nonzero()[0]}


def test_ctrl_3_opens_the_map_with_every_place_a_card_names(window, qtbot, store):
    page = _open_map(window, qtbot)
    assert window.pages.currentWidget() is page and window.rail.buttons["map"].isChecked()
    named = {row[0] for row in store.db.execute("SELECT DISTINCT place_id FROM card_places")}
    assert _shown(page) == named and len(named) > 5
    assert page.count_label.text() == f"{len(named)} places on the map"
    assert page.view.hasFocus()


def test_a_search_narrows_the_places_and_clearing_it_brings_them_back(window, qtbot, store):
    page = _open_map(window, qtbot)
    every = _shown(page)
    window.session.set_query("Abai")
    qtbot.waitUntil(lambda: _shown(page) != every, timeout=5000)
    narrowed = _shown(page)
    found = window.session.answer.ids()
    assert narrowed and narrowed < every
    named = {place for card in found for place in store.card(card).places}
    assert narrowed == named, "the places of the cards found, and only those"
    window.session.set_query("")
    qtbot.waitUntil(lambda: _shown(page) == every, timeout=5000)


def test_the_timeline_period_narrows_the_places_when_asked_and_says_so(window, qtbot):
    page = _open_map(window, qtbot)
    every = _shown(page)
    from explorer.domain.fuzzy_date import day_number

    assert not page.period_button.isEnabled(), "no period until the timeline has one"
    window.session.set_timeline_range((day_number(2024, 1, 1), day_number(2025, 12, 31)))
    assert _shown(page) == every, "the timeline's period is followed only when asked"
    qtbot.mouseClick(page.period_button, Qt.MouseButton.LeftButton)
    recent = _shown(page)
    assert recent and recent < every
    assert page.period_label.text() == "Cards of the timeline's period: 2024 – 2025"
    qtbot.mouseClick(page.period_button, Qt.MouseButton.LeftButton)
    assert _shown(page) == every and page.period_label.text() == "Every period"


def test_a_place_lists_its_cards_and_can_filter_the_grid_by_itself(window, qtbot, store):
    page = _open_map(window, qtbot)
    rome = next(p for p in page.map_places.ids if p.endswith(":rome"))
    page.choose_places([rome])
    assert page.side.isVisible() and page.side_title.text() == "Rome"
    listed = [page.cards.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.cards.count())]
    naming = {
        row[0]
        for row in store.db.execute("SELECT card_id FROM card_places WHERE place_id = ?", [rome])
    }
    assert set(listed) == naming and page.side_text.text() == f"{len(naming)} cards here"
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cards_page
    qtbot.waitUntil(lambda: set(grid_ids(window)) == naming, timeout=5000)
    assert window.session.search.facets["place"] == {rome}


def test_a_card_chosen_elsewhere_rings_its_places(window, qtbot, store):
    page = _open_map(window, qtbot)
    card = next(
        row[0] for row in store.db.execute("SELECT card_id FROM card_places ORDER BY card_id")
    )
    window.session.select(card)
    ringed = {page.map_places.ids[i] for i in page.places._highlighted.nonzero()[0]}
    assert ringed == set(store.card(card).places)


def test_the_list_shows_countries_and_places_and_opens_a_card_by_keyboard(window, qtbot):
    page = _open_map(window, qtbot)
    assert page.tree.places_model.rowCount() == 0, "not built while the map is shown"
    qtbot.mouseClick(page.list_button, Qt.MouseButton.LeftButton)
    tree = page.tree
    assert page.stack.currentWidget() is tree and tree.hasFocus()
    countries = tree.texts()
    assert any(name.startswith("Italy (") for name in countries)
    assert any(name.startswith("Kazakhstan (") for name in countries)
    [astana] = tree.place_indexes(next(p for p in page.map_places.ids if p.endswith(":astana")))
    tree.expand(astana.parent())
    tree.expand(astana)
    assert tree.places_model.rowCount(astana) > 0
    with qtbot.waitSignal(window.card_opened, timeout=3000):
        tree.setCurrentIndex(tree.places_model.index(0, 0, astana))
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.detail


def test_a_route_tells_its_story_in_the_reader_language(window, qtbot):
    page = _open_map(window, qtbot)
    route = next(r for r in page.route_list if r.id.endswith("marco-polo-journey"))
    page.routes.route_clicked.emit(route.id)
    assert page.side.isVisible() and page.side_title.text() == route.name["en"]
    assert page.side_text.text() == route.caption["en"]
    window.set_language("it")
    assert page.side_title.text() == route.name["it"]
    assert page.home_button.text() != "Italy and Kazakhstan"


def test_following_the_timeline_changes_nothing_on_the_timeline(window, qtbot):
    window.session.show_view("timeline")
    qtbot.waitUntil(lambda: window.session.timeline_range is not None, timeout=5000)
    shown_days = window.session.timeline_range
    page = _open_map(window, qtbot)
    qtbot.mouseClick(page.period_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.period_button, Qt.MouseButton.LeftButton)
    assert window.session.timeline_range == shown_days
    assert page.period_label.text() == "Every period"


def test_a_reset_forgets_what_the_visitor_did_on_the_map(window, qtbot):
    page = _open_map(window, qtbot)
    page.view.zoom_at(4.0, page.view.rect().center())
    rome = next(p for p in page.map_places.ids if p.endswith(":rome"))
    page.choose_places([rome])
    page.list_button.setChecked(True)
    window.reset_session("en", "map")
    assert not page.side.isVisible() and page.stack.currentWidget() is page.view
    home = page.view.scale()
    page.view.home()
    assert page.view.scale() == home, "back to Italy and Kazakhstan together"


def test_a_kiosk_offers_the_map_with_touch_sized_markers(qtbot, content_database):
    from explorer.domain.kiosk_config import DEFAULT_KIOSK_VIEWS
    from explorer.ui.shell.app import create_application, create_main_window
    from explorer.ui.widgets.touch_mode import mark_touch_mode

    assert "map" in DEFAULT_KIOSK_VIEWS
    window = create_main_window(create_application())
    mark_touch_mode(window)
    window.show()
    try:
        window.session.show_view("map")
        qtbot.waitUntil(lambda: window.map_page.isVisible(), timeout=3000)
        sizes = window.map_page.places.sizes
        assert sizes.hit_radius >= 22 and sizes.min_radius >= 9, "fingers, not a pointer"
    finally:
        window.close()
        window.store.close()
        window.user.close()


def test_the_places_are_read_off_the_ui_thread_and_the_basemap_shows_first(window, qtbot):
    from explorer.ui.map import map_page

    threads = []
    read = map_page.read_map_content

    def reading(store):
        threads.append(threading.current_thread())
        return read(store)

    map_page.read_map_content = reading
    try:
        window.session.show_view("map")
        page = window.map_page
        with qtbot.waitSignal(page.content_loaded, timeout=10_000):
            pass
    finally:
        map_page.read_map_content = read
    assert threads and threads[0] is not threading.main_thread()
    assert page.loaded and page.counts().sum() > 0


def test_places_that_cannot_be_read_are_said_and_the_basemap_stays(window, qtbot):
    from explorer.ui.map import map_page

    read = map_page.read_map_content

    def broken(store):
        raise OSError("disk unreadable")

    map_page.read_map_content = broken
    try:
        window.session.show_view("map")
        page = window.map_page
        qtbot.waitUntil(lambda: "could not be read" in page.count_label.text(), timeout=10_000)
    finally:
        map_page.read_map_content = read
    assert "disk unreadable" in page.count_label.text()
    assert not page.loaded and page.view.isVisible()
    page.set_filter(None)  # the session goes on: nothing to count yet


def test_the_longest_toolbar_words_fit_the_window_s_usual_width(window, qtbot):
    from explorer.domain.fuzzy_date import day_number

    page = _open_map(window, qtbot)
    window.session.set_timeline_range((day_number(2015, 1, 1), day_number(2029, 1, 1)))
    page.period_button.setChecked(True)
    for language in ("kk", "ru", "kk-Latn", "it"):
        window.set_language(language)
        qtbot.wait(20)  # laid out in the new words
        # Kazakh once made the map's toolbar 1,390 px wide: wider than the window opens.
        assert window.minimumSizeHint().width() <= 1360, language
        for button in (page.home_button, page.period_button, page.list_button):
            assert button.width() >= button.sizeHint().width() or not button.isVisible()


def test_a_cluster_of_more_cards_than_a_list_shows_lists_the_first_and_counts_all(
    window, qtbot, monkeypatch
):
    monkeypatch.setattr("explorer.ui.map.map_page.LISTED_CARDS", 2)
    page = _open_map(window, qtbot)
    every = list(page.map_places.ids)
    page.choose_places(every)
    named = page.card_ids_at(every)
    assert len(named) > 2
    listed = [page.cards.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.cards.count())]
    assert listed == named[:2], "the first cards in the order of their days"
    assert page.side_text.text() == (
        f"{len(named)} cards here\nThe first 2 are listed; “Show these cards” shows them all."
    )
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert window.session.search.facets["place"] == set(every)
