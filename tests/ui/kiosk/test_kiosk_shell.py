"""The kiosk visit: attract loop, language choice, idle countdown and a reset that forgets."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from explorer.store.usage_stats import UsageStats
from explorer.ui.kiosk.kiosk_phrasebook import TOUCH_TO_EXPLORE
from explorer.ui.kiosk.kiosk_shell import Stage
from tests.ui.cards import refine_column
from tests.ui.kiosk.kiosk_fixtures import (
    build_shell,
    close_shell,
    kiosk_config,
    visitor_state,
)
from tests.ui.kiosk.touch_sizes import too_small_controls
from tests.ui.shell.test_main_window import bundled, type_text

FEATURED = ["opera-abai-san-carlo", "marco-polo"]  # bare ids, as a kiosk config may name them


@pytest.fixture
def make_shell(qtbot, content_database):
    shells = []

    def make(**overrides):
        shell = build_shell(qtbot, kiosk_config(**overrides))
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        close_shell(shell)


@pytest.fixture
def shell(make_shell):
    return make_shell(
        languages=["kk", "ru", "en", "it"], default_language="kk", featured_cards=FEATURED
    )


def touch(qtbot, widget, pos: QPoint | None = None) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos or widget.rect().center())


def choose(qtbot, shell, language: str) -> None:
    touch(qtbot, shell.slideshow)
    assert shell.stage is Stage.CHOOSING
    touch(qtbot, shell.choice.buttons[language])


def counts(shell) -> dict[tuple[str, str], int]:
    usage = UsageStats(shell.user.db)
    return {
        (metric, key): count
        for metric in ("session", "card_view", "language")
        for key, count in usage.totals(metric)
    }


def test_the_kiosk_opens_on_the_attract_loop_of_the_featured_cards(shell):
    assert shell.stage is Stage.ATTRACT
    assert shell.stack.currentWidget() is shell.slideshow
    assert [slide.card_id for slide in shell.slideshow.slides] == [bundled(c) for c in FEATURED]
    assert shell.slideshow.timer.isActive()


def test_the_attract_loop_invites_in_every_offered_language(shell):
    phrases = shell.phrasebook.in_every_language(TOUCH_TO_EXPLORE)
    assert len(phrases) == 4
    assert phrases[2] == "Touch to explore"
    assert all(phrase != "Touch to explore" for i, phrase in enumerate(phrases) if i != 2)


def test_each_slide_speaks_the_next_language_and_the_loop_goes_round(shell, qtbot):
    slideshow = shell.slideshow
    assert slideshow.language(0) == "kk"
    slideshow.advance()
    qtbot.waitUntil(lambda: slideshow.position == 1)  # once the next picture is decoded
    assert slideshow.language(slideshow.position) == "ru"
    assert slideshow.slides[slideshow.position % 2].card_id == bundled(FEATURED[1])


def test_unknown_featured_cards_are_left_out_and_logged(make_shell, caplog):
    with caplog.at_level(logging.WARNING, logger="explorer.kiosk"):
        shell = make_shell(featured_cards=["no-such-card", "marco-polo"])
    assert [slide.card_id for slide in shell.slideshow.slides] == [bundled("marco-polo")]
    assert "no-such-card" in caplog.text


@pytest.mark.parametrize("featured", [[], ["no-such-card"]], ids=["none", "none found"])
def test_without_featured_cards_the_loop_shows_the_first_cards_with_pictures(make_shell, featured):
    from explorer.ui.kiosk.kiosk_slides import FALLBACK_SLIDES

    shell = make_shell(featured_cards=featured)
    assert len(shell.slideshow.slides) == FALLBACK_SLIDES
    assert all(not slide.size.isEmpty() for slide in shell.slideshow.slides)


def test_a_touch_offers_only_the_configured_languages_and_starts_a_visit(shell, qtbot):
    touch(qtbot, shell.slideshow)
    assert shell.stack.currentWidget() is shell.choice
    assert list(shell.choice.buttons) == ["kk", "ru", "en", "it"]
    touch(qtbot, shell.choice.buttons["it"])
    assert shell.stage is Stage.EXPLORING
    assert shell.stack.currentWidget() is shell.explorer
    assert shell.explorer.language == "it"
    assert shell.explorer.top_bar.language.currentData() == "it"
    assert not shell.slideshow.timer.isActive()
    assert counts(shell) == {("session", ""): 1, ("language", "it"): 1}


def test_with_one_language_a_touch_goes_straight_in(make_shell, qtbot):
    shell = make_shell(languages=["ru"], default_language="ru")
    touch(qtbot, shell.slideshow)
    assert shell.stage is Stage.EXPLORING
    assert shell.explorer.language == "ru"


def test_the_explorer_offers_only_the_configured_languages_and_views(make_shell):
    shell = make_shell(
        languages=["it", "kk"], default_language="kk", views=["timeline"], start_view="timeline"
    )
    explorer = shell.explorer
    combo = explorer.top_bar.language
    assert [combo.itemData(i) for i in range(combo.count())] == ["it", "kk"]
    assert explorer.language == "kk"
    assert explorer.pages.currentWidget() is explorer.timeline_page
    assert explorer.rail.buttons["cards"].isHidden()
    assert not explorer.rail.buttons["timeline"].isHidden()


def test_card_views_and_language_changes_are_counted(shell, qtbot):
    choose(qtbot, shell, "en")
    explorer = shell.explorer
    explorer.open_card("marco-polo")
    explorer.open_card("opera-abai-san-carlo")
    explorer.session.back()
    explorer.top_bar.language.setCurrentIndex(explorer.top_bar.language.findData("ru"))
    found = counts(shell)
    assert found[("card_view", bundled("marco-polo"))] == 1
    assert found[("card_view", bundled("opera-abai-san-carlo"))] == 1
    assert found[("language", "ru")] == 1 and found[("language", "en")] == 1


def test_idleness_while_choosing_goes_back_to_the_attract_loop(shell, qtbot):
    touch(qtbot, shell.slideshow)
    qtbot.waitUntil(lambda: shell.stage is Stage.ATTRACT, timeout=2000)
    assert shell.stack.currentWidget() is shell.slideshow
    assert counts(shell) == {}, "nobody chose a language: no visit"


def test_idleness_shows_the_countdown_and_keep_exploring_carries_on(shell, qtbot):
    choose(qtbot, shell, "en")
    shell.explorer.open_card("marco-polo")
    shell.countdown.ticker.setInterval(1000)
    qtbot.waitUntil(lambda: shell.countdown.isVisible(), timeout=2000)
    assert shell.stage is Stage.COUNTDOWN
    assert shell.countdown.keep_button.text() == "Keep exploring"
    assert shell.countdown.ring.remaining == shell.config.countdown_seconds
    touch(qtbot, shell.countdown.keep_button)
    assert not shell.countdown.isVisible()
    assert shell.stage is Stage.EXPLORING
    assert shell.explorer.detail.card.id == bundled("marco-polo"), "nothing was forgotten"


def test_a_touch_anywhere_on_the_countdown_keeps_the_visit(shell, qtbot):
    choose(qtbot, shell, "en")
    shell.countdown.ticker.setInterval(1000)
    qtbot.waitUntil(lambda: shell.countdown.isVisible(), timeout=2000)
    touch(qtbot, shell.countdown, QPoint(20, 500))
    assert shell.stage is Stage.EXPLORING and not shell.countdown.isVisible()


def test_the_countdown_counts_down_and_then_resets(shell, qtbot):
    choose(qtbot, shell, "ru")
    seen: list[int] = []
    shell.countdown.ticker.timeout.connect(lambda: seen.append(shell.countdown.remaining))
    qtbot.waitUntil(lambda: shell.stage is Stage.ATTRACT, timeout=5000)
    assert seen == list(range(shell.config.countdown_seconds - 1, -1, -1))
    assert shell.stack.currentWidget() is shell.slideshow
    assert shell.explorer.language == "kk"


def test_after_the_reset_no_trace_of_the_visit_is_left(shell, qtbot):
    fresh = visitor_state(shell.explorer)
    shell.idle.timer.setInterval(600_000)  # the visitor takes their time
    choose(qtbot, shell, "it")
    explorer = shell.explorer
    explorer.session.show_view("timeline")
    timeline = explorer.timeline_page
    timeline.zoom_in_button.click()
    timeline.view.toggle_lane(timeline.view.lanes()[0])
    timeline.view.selected_id = bundled("marco-polo")
    timeline.year_box.setText("1271")
    timeline.list_button.setChecked(True)
    explorer.session.show_view("cards")
    explorer.cards_page.category_filter.select(shell.explorer.store.categories()[0].id)
    type_text(qtbot, explorer.top_bar.search, "Italia")
    explorer.apply_filter()
    qtbot.waitUntil(lambda: explorer.model.query == "Italia", timeout=3000)
    centuries = explorer.model.result.facets["century"]
    refine_column.choose(explorer.facet_panel, "century", max(centuries, key=centuries.get))
    qtbot.waitUntil(lambda: explorer.facet_panel.clear_button.isEnabled(), timeout=3000)
    explorer.open_card(explorer.model.card_id(0))
    explorer.open_card("marco-polo")
    explorer.detail.verticalScrollBar().setValue(200)
    explorer.session.back()
    explorer.session.show_view("cards")
    explorer.cards_page.category_filter.select(None)
    qtbot.waitUntil(lambda: explorer.model.rowCount() > 12, timeout=3000)
    explorer.cards_page.grid.verticalScrollBar().setValue(300)
    visited = visitor_state(explorer)
    assert {key for key in fresh if fresh[key] != visited[key]} >= {
        "search undo",
        "grid scroll",
        "timeline selection",
        "can go back",
        "search text",
        "facets",
        "open card",
        "language",
        "timeline fitted",
        "timeline collapsed lanes",
        "timeline as list",
        "year box",
    }

    shell.reset()

    assert visitor_state(shell.explorer) == fresh
    assert QApplication.instance().property("explorer_language") == "kk"
    assert shell.stage is Stage.ATTRACT
    qtbot.wait(300)  # a late search answer must not bring the visit back
    assert visitor_state(shell.explorer) == fresh


def test_every_kiosk_screen_is_fingertip_sized(shell, qtbot):
    touch(qtbot, shell.slideshow)
    assert too_small_controls(shell.choice) == []
    touch(qtbot, shell.choice.buttons["en"])
    shell.countdown.ticker.setInterval(1000)
    qtbot.waitUntil(lambda: shell.countdown.isVisible(), timeout=2000)
    assert too_small_controls(shell.countdown) == []


def test_the_card_grid_fills_the_kiosk_width_with_whole_tiles(shell, qtbot):
    from explorer.ui.cards.tile_geometry import MIN_CARD_WIDTH

    choose(qtbot, shell, "en")
    qtbot.wait(50)
    grid, model = shell.explorer.cards_page.grid, shell.explorer.model
    first_row = [
        row for row in range(model.rowCount()) if grid.visualRect(model.index(row)).y() == 0
    ]
    used = len(first_row) * grid.gridSize().width()
    assert used <= grid.viewport().width()
    assert grid.viewport().width() - used < MIN_CARD_WIDTH, "room for another column"


def test_a_chosen_category_is_forgotten_at_the_reset(shell, qtbot):
    choose(qtbot, shell, "en")
    explorer = shell.explorer
    category = explorer.store.categories()[0].id
    explorer.cards_page.category_filter.select(category)
    assert explorer.cards_page.category_filter.current == category
    shell.reset()
    assert explorer.cards_page.category_filter.current is None
    assert explorer.model.rowCount() == explorer.store.card_count()


def test_the_language_list_offers_fingertip_sized_rows(shell, qtbot):
    from explorer.ui.kiosk.kiosk_style import TOUCH_PX

    choose(qtbot, shell, "en")
    combo = shell.explorer.top_bar.language
    combo.showPopup()
    try:
        view = combo.view()
        qtbot.waitUntil(view.isVisible, timeout=2000)
        heights = [view.visualRect(combo.model().index(row, 0)).height() for row in range(4)]
        assert min(heights) >= TOUCH_PX
    finally:
        combo.hidePopup()
