"""The Stories view on its own: list, player, steps, keys and the reader's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.domain.fuzzy_date import FuzzyDate, span_of
from explorer.ui.stories.stories_page import StoriesPage
from tests.ui.stories.story_fixtures import sample_stories


@pytest.fixture
def page(qtbot, store):
    page = StoriesPage(store, sample_stories)
    qtbot.addWidget(page)
    page.resize(1236, 790)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_list_shows_each_story_with_its_number_of_steps(page):
    tiles = page.list.tiles
    assert [tile.title.text() for tile in tiles] == [
        "On the road with Marco Polo",
        "Abai between two countries",
    ]
    assert tiles[0].steps.text().startswith("3 step")  # "3 steps" once translated
    assert tiles[1].summary.text() == "A poet of the steppe, remembered in Rome."


def test_a_click_on_a_tile_opens_the_player_at_its_first_step(qtbot, page):
    qtbot.mouseClick(page.list.tiles[0], Qt.MouseButton.LeftButton)
    player = page.player
    assert page.currentWidget() is player
    assert player.progress_text.text() == "Step 1 of 3"
    assert (player.progress.value(), player.progress.maximum()) == (1, 3)
    assert player.card_title.text() == "Venice"
    assert player.narrative.text() == "Venice, a city of merchants."
    assert not player.previous_button.isEnabled()
    assert player.picture.isVisible()  # the Venice card has a picture of its own


def test_next_and_previous_step_through_the_story(qtbot, page):
    page.play(0)
    player = page.player
    qtbot.mouseClick(player.next_button, Qt.MouseButton.LeftButton)
    assert player.progress_text.text() == "Step 2 of 3"
    assert player.card_title.text() == "Marco Polo"
    qtbot.mouseClick(player.next_button, Qt.MouseButton.LeftButton)
    assert player.progress_text.text() == "Step 3 of 3"
    assert not player.next_button.isEnabled()
    player.next()  # past the end: stays
    assert player.index == 2
    qtbot.mouseClick(player.previous_button, Qt.MouseButton.LeftButton)
    assert player.progress_text.text() == "Step 2 of 3"


def test_keys_step_wherever_the_focus_is_and_escape_goes_back_to_the_list(qtbot, page):
    page.play(0)
    player = page.player
    qtbot.keyClick(player.next_button, Qt.Key.Key_Right)
    assert player.index == 1
    qtbot.keyClick(player.open_button, Qt.Key.Key_PageDown)
    assert player.index == 2
    qtbot.keyClick(player.previous_button, Qt.Key.Key_Left)
    qtbot.keyClick(player, Qt.Key.Key_PageUp)
    assert player.index == 0
    qtbot.keyClick(player.next_button, Qt.Key.Key_Escape)
    assert page.currentWidget() is page.list
    assert page.list.tiles[0].hasFocus()


def test_keyboard_opens_a_story_from_the_list(qtbot, page):
    page.list.focus_first()
    qtbot.keyClick(page.list.tiles[0], Qt.Key.Key_Down)
    assert page.list.tiles[1].hasFocus()
    qtbot.keyClick(page.list.tiles[1], Qt.Key.Key_Return)
    assert page.player.story.id == "abai"


def test_a_step_with_a_period_tells_its_days_and_offers_the_timeline(qtbot, page):
    shown = []
    page.period_shown.connect(shown.append)
    page.play(0)
    assert shown == []  # the first step has no period
    assert not page.player.timeline_button.isVisibleTo(page.player)
    page.player.next()
    first, last = span_of(FuzzyDate.parse("1271"), FuzzyDate.parse("1295"))
    assert shown == [(first, last + 1)]
    assert page.player.timeline_button.isVisibleTo(page.player)
    with qtbot.waitSignal(page.timeline_requested) as asked:
        qtbot.mouseClick(page.player.timeline_button, Qt.MouseButton.LeftButton)
    assert asked.args == [(first, last + 1)]


def test_the_map_is_offered_with_the_steps_places_or_route(qtbot, page):
    page.play(0)
    with qtbot.waitSignal(page.map_requested) as asked:
        qtbot.mouseClick(page.player.map_button, Qt.MouseButton.LeftButton)
    assert asked.args == [["italy-kazakhstan:venice"], None]
    page.player.next()
    with qtbot.waitSignal(page.map_requested) as asked:
        qtbot.mouseClick(page.player.map_button, Qt.MouseButton.LeftButton)
    assert asked.args == [[], "italy-kazakhstan:marco-polo-journey"]


def test_open_the_card_asks_for_the_steps_card(qtbot, page):
    page.play(1)
    with qtbot.waitSignal(page.card_requested) as asked:
        qtbot.mouseClick(page.player.open_button, Qt.MouseButton.LeftButton)
    assert asked.args == ["italy-kazakhstan:abai-kunanbaiuly"]


def test_the_narrative_follows_the_language_and_says_when_it_falls_back(page):
    page.set_language("ru")
    page.play(0)
    player = page.player
    assert player.narrative.text() == "Венеция, город купцов."
    assert player.notice.text() == "Draft translation, not yet reviewed."
    player.next()  # this step has no Russian text
    assert player.narrative.text() == "Marco Polo sets out for the East."
    assert player.notice.text() == "Not yet translated: shown in English."
    assert player.notice.isVisibleTo(player)


def test_pack_text_is_shown_as_plain_text(qtbot, store):
    from explorer.domain.entities import Story, StoryStep

    markup = '<b>bold</b><img src="x.png">'
    story = Story("m", {"en": markup}, {"en": markup}, (StoryStep("venice", {"en": markup}),))
    page = StoriesPage(store, lambda: [story])
    qtbot.addWidget(page)
    page.show()
    page.play(0)
    from tests.ui.widgets.test_plain_text import seen_label

    tile = page.list.tiles[0]
    shown = [tile.title, tile.summary, page.player.narrative, page.player.story_title]
    assert [seen_label(label) for label in shown] == [markup] * 4
    assert page.player.accessibleName() == markup


def test_no_stories_says_so(qtbot, store):
    page = StoriesPage(store, lambda: [])
    qtbot.addWidget(page)
    page.show()
    assert page.list.tiles == []
    assert page.play_story("anything") is False


def test_forget_goes_back_to_the_list(page):
    page.play(0)
    page.forget()
    assert page.currentWidget() is page.list
    assert page.player.story is None


def test_a_story_prints_as_a_study_sheet_with_its_words_before_each_card(
    qtbot, page, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    page.play(0)
    player = page.player
    assert player.sheet_button.isVisible() and player.sheet_button.accessibleName()
    cards, lead_ins = player.sheet_contents()
    assert [page.store.card(card).title["en"] for card in cards] == [
        "Venice",
        "Marco Polo",
        player.store.card(cards[2]).title["en"],
    ]
    assert lead_ins[cards[0]] == "Venice, a city of merchants."
    target = tmp_path / "story.pdf"
    monkeypatch.setattr("explorer.ui.print.sheet_action.ask_sheet_path", lambda *_: str(target))
    qtbot.mouseClick(player.sheet_button, Qt.MouseButton.LeftButton)
    saved = []
    player.sheet_saver.saved.connect(saved.append)
    qtbot.waitUntil(lambda: saved == [str(target)], timeout=20_000)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "On the road with Marco Polo" in text
    assert text.index("Venice, a city of merchants.") < text.index("Marco Polo sets out")
    assert text.index("Marco Polo sets out") < text.index("Astana names a street")


def test_the_focus_stays_in_the_story_at_its_last_and_first_step(qtbot, page):
    page.play(0)
    player = page.player
    page.activateWindow()
    player.next_button.setFocus()
    qtbot.waitUntil(player.next_button.hasFocus)
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    assert player.index == 2 and not player.next_button.isEnabled()
    assert player.previous_button.hasFocus()  # not a control outside the story
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert player.index == 0
    assert player.next_button.hasFocus()


@pytest.mark.parametrize(("width", "beside"), [(1920, True), (1360, True), (700, False)])
def test_the_picture_is_beside_the_text_while_the_text_has_room(qtbot, store, width, beside):
    from PySide6.QtWidgets import QBoxLayout

    page = StoriesPage(store, sample_stories)  # made at its full size, as a kiosk's is
    qtbot.addWidget(page)
    page.resize(width, 800)
    page.show()
    qtbot.waitExposed(page)
    page.play(0)
    qtbot.wait(20)
    expected = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
    assert page.player.hero.direction() == expected
