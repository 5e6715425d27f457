"""The kiosk's side of stories: the attract_story setting, the loop playing a story's steps,
"stories" as a kiosk view, and the take-home codes of a card's sources."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QWidget

from explorer.domain.kiosk_config import (
    KIOSK_VIEWS,
    KioskConfigError,
    parse_kiosk_config,
    unknown_story_problem,
)
from explorer.ui.kiosk.kiosk_phrasebook import Phrasebook
from explorer.ui.kiosk.kiosk_slides import SlideShow, attract_slides, load_story_slides
from explorer.ui.widgets.touch_mode import mark_touch_mode
from tests.ui.kiosk.kiosk_fixtures import kiosk_config
from tests.ui.stories.story_fixtures import marco_polo_story, sample_stories


def test_attract_story_is_read_and_written_back():
    config = kiosk_config(attract_story="marco-polo-road", views=["cards", "stories"])
    assert config.attract_story == "marco-polo-road"
    assert "stories" in KIOSK_VIEWS
    assert kiosk_config().attract_story is None


@pytest.mark.parametrize("bad", ["", "  ", 12, ["a"]])
def test_a_bad_attract_story_is_named_in_the_error(bad):
    with pytest.raises(KioskConfigError) as raised:
        kiosk_config(attract_story=bad)
    assert raised.value.problems == (f"attract_story: must be a story id or null, not {bad!r}",)


def test_a_story_the_content_lacks_is_told_with_the_stories_it_has():
    assert unknown_story_problem("abai", ["pack:abai", "pack:marco-polo-road"]) is None
    assert unknown_story_problem("pack:abai", ["pack:abai"]) is None
    assert unknown_story_problem("abia", ["pack:abai"]) == (
        "attract_story: 'abia' is not a story of the content (stories: pack:abai)"
    )
    assert "the content has none" in unknown_story_problem("abai", [])


def test_the_loop_plays_the_storys_steps_in_order(qtbot, store):
    store.stories = sample_stories
    slides = attract_slides(store, kiosk_config(attract_story="marco-polo-road"))
    assert [slide.card_id for slide in slides] == [
        "italy-kazakhstan:venice",
        "italy-kazakhstan:marco-polo",
        "italy-kazakhstan:marco-polo-street-astana",
    ]
    assert slides[1].summary == marco_polo_story().steps[1].text
    assert slides[0].category == marco_polo_story().title  # the story's title above
    show = SlideShow(slides, Phrasebook(["en"]))
    qtbot.addWidget(show)
    show.resize(1000, 600)
    show.show()
    show.start()
    show.advance()
    qtbot.waitUntil(lambda: show.position == 1)
    assert show.slides[show.position % len(show.slides)].card_id.endswith(":marco-polo")
    show.stop()


def test_an_unknown_attract_story_falls_back_to_the_featured_cards(store, caplog):
    store.stories = sample_stories
    config = kiosk_config(attract_story="no-such-story", featured_cards=["marco-polo"])
    with caplog.at_level(logging.WARNING, logger="explorer.kiosk"):
        slides = attract_slides(store, config)
    assert [slide.card_id for slide in slides] == ["italy-kazakhstan:marco-polo"]
    assert "'no-such-story' is not a story of the content" in caplog.text


def test_a_content_without_stories_keeps_the_featured_cards(store):
    # Whether or not the store reads stories yet, the loop still runs.
    slides = attract_slides(store, kiosk_config(attract_story="x", featured_cards=["venice"]))
    assert [slide.card_id for slide in slides] == ["italy-kazakhstan:venice"]


def test_a_step_whose_card_is_missing_is_left_out(store):
    from dataclasses import replace

    story = marco_polo_story()
    steps = (replace(story.steps[0], card="no-such-card"), *story.steps[1:])
    slides = load_story_slides(store, replace(story, steps=steps))
    assert len(slides) == 2


def test_a_kiosk_card_offers_its_sources_as_codes(qtbot, store):
    from explorer.ui.cards.card_detail import CardDetail

    window = QWidget()
    mark_touch_mode(window)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    detail = CardDetail(store, window)
    detail.resize(1360, 860)
    window.show()
    detail.show_card("italy-kazakhstan:marco-polo")
    button = detail.take_home_button
    assert button is not None and button.text() == "Take it home"
    button.click()
    panel = window.findChild(QWidget, "takeHome")
    urls = [s.url for s in store.sources(store.card("italy-kazakhstan:marco-polo").sources)]
    assert [code.picture.text for code in panel.codes] == [u for u in urls if u]
    assert len(panel.codes) == 4


def test_a_desktop_card_has_no_take_home_button(qtbot, store):
    from explorer.ui.cards.card_detail import CardDetail

    detail = CardDetail(store)
    qtbot.addWidget(detail)
    detail.show_card("italy-kazakhstan:marco-polo")
    assert detail.take_home_button is None


def test_a_kiosk_story_offers_its_sources_as_codes(qtbot, store):
    from explorer.ui.stories.stories_page import StoriesPage

    window = QWidget()
    mark_touch_mode(window)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    page = StoriesPage(store, sample_stories, window)
    page.resize(1360, 860)
    window.show()
    page.play(0)
    assert page.player.take_home_button.isVisibleTo(page.player)
    assert not page.player.sheet_button.isVisibleTo(page.player), "nothing to save in a kiosk"
    page.player.take_home_button.click()
    assert [code.picture.text for code in page.take_home.codes] == [
        "https://www.britannica.com/biography/Marco-Polo",
        "https://exussr.org/?p=1634",
    ]
    page.play(1)  # the Abai story names no sources: its cards' are offered
    assert page.player.take_home_button.isVisibleTo(page.player)


def test_the_config_with_stories_as_a_view_parses():
    config = parse_kiosk_config(
        {
            "staff_pin_hash": kiosk_config().staff_pin_hash,
            "views": ["stories", "cards"],
            "start_view": "stories",
        }
    )
    assert config.start_view == "stories"


def test_a_touch_on_the_storys_loop_starts_the_visit_in_that_story(qtbot, content_database):
    from PySide6.QtCore import Qt

    from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell

    # The bundled collection's own story, as its database holds it.
    config = kiosk_config(
        attract_story="marco-polo-and-the-new-silk-road",
        views=["cards", "stories"],
        languages=["en", "ru"],
    )
    shell = build_shell(qtbot, config)
    try:
        shell.slideshow.go_to(1)  # the second step is on show
        qtbot.mouseClick(shell.slideshow, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(shell.choice.buttons["ru"], Qt.MouseButton.LeftButton)
        explorer = shell.explorer
        assert explorer.session.place.view == "stories"
        player = explorer.stories_page.player
        assert explorer.stories_page.currentWidget() is player
        assert player.story.id.rpartition(":")[2] == "marco-polo-and-the-new-silk-road"
        assert player.index == 1
        assert player.progress_text.text() == f"Шаг 2 из {len(player.story.steps)}"
    finally:
        close_shell(shell)


def test_without_the_stories_view_a_touch_on_the_loop_starts_an_ordinary_visit(
    qtbot, content_database
):
    from PySide6.QtCore import Qt

    from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell

    config = kiosk_config(attract_story="marco-polo-and-the-new-silk-road", languages=["en"])
    shell = build_shell(qtbot, config)
    try:
        qtbot.mouseClick(shell.slideshow, Qt.MouseButton.LeftButton)
        assert shell.explorer.session.place.view == "cards"
    finally:
        close_shell(shell)
