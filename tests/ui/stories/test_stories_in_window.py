"""The Stories view in the window: the rail, the session's timeline range, the timeline and
the map following a step, and a kiosk reset."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.domain.fuzzy_date import FuzzyDate, span_of
from tests.ui.stories.story_fixtures import sample_stories


def _stories(window):
    page = window.stories_page
    page.stories_of = sample_stories
    window.rail.buttons["stories"].click()
    return page


def test_the_rail_opens_the_stories(qtbot, window):
    assert window.rail.buttons["stories"].isEnabled()
    page = _stories(window)
    assert window.pages.currentWidget() is page
    assert window.session.place.view == "stories"
    assert len(page.list.tiles) == 2


def test_a_step_with_a_period_sets_the_sessions_timeline_range(qtbot, window):
    page = _stories(window)
    qtbot.mouseClick(page.list.tiles[0], Qt.MouseButton.LeftButton)
    assert window.session.timeline_range is None
    page.player.next()
    first, last = span_of(FuzzyDate.parse("1271"), FuzzyDate.parse("1295"))
    assert window.session.timeline_range == (first, last + 1)


def test_show_on_the_timeline_shows_the_steps_period(qtbot, window):
    page = _stories(window)
    page.play(0, step=1)
    qtbot.mouseClick(page.player.timeline_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.timeline_page
    shown_first, shown_last = window.timeline_page.view.visible_days()
    first, last = span_of(FuzzyDate.parse("1271"), FuzzyDate.parse("1295"))
    assert shown_first <= first and last <= shown_last
    assert shown_last - shown_first < 3 * (last - first)  # zoomed to it, not the whole
    window.session.back()
    assert window.pages.currentWidget() is page
    assert page.player.index == 1  # where the reader left the story


def test_show_on_the_map_rings_the_steps_places_and_fits_them(qtbot, window):
    page = _stories(window)
    page.play(0, step=2)
    qtbot.mouseClick(page.player.map_button, Qt.MouseButton.LeftButton)
    map_page = window.map_page
    assert window.pages.currentWidget() is map_page
    assert map_page.wait_loaded()
    qtbot.waitUntil(lambda: map_page.side.isVisible())
    assert map_page._chosen_places == ["italy-kazakhstan:astana"]
    visible = map_page.view.visible_map_rect()
    assert visible.width() < 40  # zoomed in on Astana, not the home view of both countries


def test_show_on_the_map_chooses_the_steps_route(qtbot, window):
    page = _stories(window)
    page.play(0, step=1)
    qtbot.mouseClick(page.player.map_button, Qt.MouseButton.LeftButton)
    map_page = window.map_page
    assert map_page.wait_loaded()
    qtbot.waitUntil(lambda: map_page._chosen_route is not None)
    assert map_page._chosen_route.id == "italy-kazakhstan:marco-polo-journey"


def test_a_reset_forgets_the_story(qtbot, window):
    page = _stories(window)
    page.play(0, step=2)
    window.reset_session("en", "cards")
    assert page.currentWidget() is page.list
    assert page.player.story is None


def test_the_language_switch_reaches_the_player(qtbot, window):
    page = _stories(window)
    page.play(0)
    window.set_language("ru")
    assert page.player.narrative.text() == "Венеция, город купцов."
    assert page.list.tiles[0].title.text() == "В пути с Марко Поло"


def test_a_reset_closes_the_take_home_codes(qtbot, window):
    from explorer.ui.widgets.take_home import TakeHomePanel
    from explorer.ui.widgets.touch_mode import mark_touch_mode

    mark_touch_mode(window)
    window.open_card("marco-polo")
    window.detail.take_home_button.click()
    assert len(window.findChildren(TakeHomePanel)) == 1
    window.reset_session("en", "cards")
    qtbot.waitUntil(lambda: not window.findChildren(TakeHomePanel))


def test_ctrl_5_opens_the_stories(qtbot, window):
    window.stories_page.stories_of = sample_stories
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.place.view == "stories")
