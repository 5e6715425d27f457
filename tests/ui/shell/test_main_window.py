"""The main window driven as a person would: keys and clicks through qtbot."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from explorer.domain.references import qualify
from explorer.domain.search_query import Tier
from explorer.store.search_index import SearchIndex
from explorer.ui.cards.card_model import CardRole
from explorer.ui.shell.main_window import SEARCH_DELAY_MS
from tests.ui.windows import shown

BUNDLED_PACK = "italy-kazakhstan"


def bundled(local_id: str) -> str:
    """The content database key of a card (or other entity) of the bundled collection."""
    return qualify(BUNDLED_PACK, local_id)


def type_text(qtbot, widget, text: str) -> None:
    """Type any text, one key event per character (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )


def grid_ids(window) -> list[str]:
    model = window.model
    return [model.index(row).data(CardRole.Id) for row in range(model.rowCount())]


def test_the_window_opens_on_the_whole_bundled_collection(window, store):
    assert window.model.rowCount() == store.card_count() >= 40
    assert window.pages.currentWidget() is window.cards_page
    assert window.cards_page.count_label.text() == f"{store.card_count()} cards"
    assert not window.top_bar.back_button.isEnabled()


def test_rail_shows_cards_active_and_every_view_offered(window):
    buttons = window.rail.buttons
    assert buttons["cards"].isChecked() and buttons["cards"].isEnabled()
    views = ("timeline", "map", "numbers", "stories", "quiz", "collection")
    assert all(buttons[view].isEnabled() and buttons[view].isVisible() for view in views)


def test_choosing_a_category_narrows_the_grid_to_it(window, store, qtbot):
    category = store.categories()[0]
    chips = window.cards_page.category_filter.buttons
    qtbot.mouseClick(chips[category.id], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() < store.card_count(), timeout=3000)
    shown = grid_ids(window)
    assert shown
    assert {store.card(card_id).category for card_id in shown} == {category.id}
    qtbot.mouseClick(chips[None], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == store.card_count(), timeout=3000)


def test_search_narrows_the_grid_to_matching_cards(window, store, qtbot):
    type_text(qtbot, window.top_bar.search, "Abai")
    qtbot.waitUntil(lambda: 0 < window.model.rowCount() < store.card_count(), timeout=3000)
    result = window.model.result
    exact_or_prefix = [
        card_id
        for card_id, tier in zip(result.ids(), result.tiers, strict=True)
        if tier < Tier.TITLE_FUZZY
    ]
    assert exact_or_prefix[0] == bundled("abai-kunanbaiuly"), "the card titled Abai comes first"
    for card_id in exact_or_prefix:
        card = store.card(card_id)
        text = " ".join([*card.title.values(), *card.summary.values(), *card.body.values()])
        assert "abai" in text.lower() or "абай" in text.lower()
    count = window.model.rowCount()
    assert window.cards_page.count_label.text() == f"{count} cards match “Abai”"


def test_search_in_cyrillic_finds_the_same_card_as_in_latin(window, qtbot):
    type_text(qtbot, window.top_bar.search, "Алматы")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=2000)
    cyrillic = set(grid_ids(window))
    window.top_bar.search.clear()
    type_text(qtbot, window.top_bar.search, "Almaty")
    qtbot.waitUntil(
        lambda: set(grid_ids(window)) != cyrillic or window.model.query == "Almaty", timeout=2000
    )
    assert cyrillic & set(grid_ids(window))


def test_a_search_that_matches_nothing_says_so(window, qtbot):
    type_text(qtbot, window.top_bar.search, "zzqxv")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=2000)
    assert window.cards_page.empty_label.isVisible()
    assert not window.cards_page.grid.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.top_bar.search.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=3000)


def test_open_a_card_follow_a_related_card_and_go_back(window, store, qtbot):
    grid = window.cards_page.grid
    grid.setFocus()
    first_id = window.model.index(0).data(CardRole.Id)
    grid.setCurrentIndex(window.model.index(0))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.detail
    assert window.detail.card.id == first_id

    buttons = window.detail.related_buttons
    assert buttons, "every card links to another"
    target = store.related(first_id, "en")[0]
    qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)
    assert window.detail.card.id == target.card_id

    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.card.id == first_id
    assert window.top_bar.forward_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.detail.card.id == target.card_id
    qtbot.mouseClick(window.top_bar.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_bar.back_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cards_page
    assert grid.currentIndex().data(CardRole.Id) == first_id


def test_card_detail_shows_sources_and_picture_credit(window, store):
    card_id = store.card_ids()[0]
    window.open_card(card_id)
    card = store.card(card_id)
    texts = [
        label.text() for label in window.detail.findChildren(type(window.cards_page.count_label))
    ]
    joined = "\n".join(texts)
    assert card.title["en"] in joined
    for source in store.sources(card.sources):
        assert source.title in joined
        assert not source.note or source.note not in joined  # editors' notes stay hidden
    media = store.media(card.image)
    assert media.illustration  # drawn for the collection: said so, in the reader's language
    made = QCoreApplication.translate(
        "CardDetail", "Illustration made for this collection · Licence: %1"
    )
    assert made.replace("%1", media.licence) in joined
    assert media.credit not in joined


def test_switching_language_translates_cards_and_marks_drafts(window, store, qtbot):
    card_id = store.card_ids()[0]
    card = store.card(card_id)
    window.top_bar.language.setCurrentIndex(window.top_bar.language.findData("kk"))
    assert window.model.index(window.model.row_of(card_id)).data(CardRole.Title) == card.title["kk"]
    window.open_card(card_id)
    labels = "\n".join(
        label.text() for label in window.detail.findChildren(type(window.cards_page.count_label))
    )
    assert card.title["kk"] in labels
    notice = QCoreApplication.translate("CardDetail", "Draft translation, not yet reviewed.")
    assert notice != "Draft translation, not yet reviewed.", "the interface is in Kazakh too"
    assert notice in labels
    assert window.user.setting("content_language") == "kk"


@pytest.fixture
def window_on_a_new_home(qtbot, content_database):
    """The desktop window on a home where no thumbnail has been made yet."""
    from explorer.ui.shell.app import create_application, create_main_window

    with shown(qtbot, create_main_window(create_application())) as window:
        yield window


def test_thumbnails_are_made_off_the_ui_thread_and_cached_on_disk(window_on_a_new_home, qtbot):
    window = window_on_a_new_home
    index = window.model.index(0)
    index.data(CardRole.Thumbnail)
    qtbot.waitUntil(lambda: index.data(CardRole.Thumbnail) is not None, timeout=5000)
    image = index.data(CardRole.Thumbnail)
    assert not image.isNull() and image.size() == window.thumbnails.size
    assert list(window.thumbnails.cache.glob("*.png"))


def test_one_result_is_counted_in_the_singular(window, store, qtbot):
    index = SearchIndex.load(store.db)
    titles = (store.card(card_id).title["en"] for card_id in store.card_ids())
    title = next(t for t in titles if index.search(t).total == 1)
    type_text(qtbot, window.top_bar.search, title)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=2000)
    assert window.cards_page.count_label.text() == f"1 card matches “{title}”"


def test_swiping_a_card_moves_along_the_results(window):
    model = window.model
    window.open_card(model.card_id(3))
    window.detail.swiped.emit(1)
    assert window.detail.card.id == model.card_id(4)
    window.detail.swiped.emit(-1)
    window.detail.swiped.emit(-1)
    assert window.detail.card.id == model.card_id(2)
    last = model.rowCount() - 1
    window.open_card(model.card_id(last))
    window.detail.swiped.emit(1)
    assert window.detail.card.id == model.card_id(last), "nothing after the last card"
    window.session.back()
    assert window.detail.card.id == model.card_id(2), "each swipe is a step in the history"


def test_the_timeline_and_the_session_share_the_days_shown(window, qtbot):
    window.session.show_view("timeline")
    view = window.timeline_page.view
    qtbot.waitUntil(lambda: window.session.timeline_range is not None, timeout=5000)
    view.zoom_in()
    assert window.session.timeline_range == view.visible_days()
    first, last = view.visible_days()
    middle = (first + last) / 2
    window.session.set_timeline_range((middle - 400.0, middle + 400.0))
    shown = view.visible_days()
    assert shown[0] <= middle - 400 and middle + 400 <= shown[1], "the days asked for are shown"
    assert shown[1] - shown[0] < (last - first) / 2, "and the view zoomed in to show them"
    assert window.session.timeline_range == shown, "the session holds what the view shows"


def test_a_reset_answers_at_once_and_asks_the_search_thread_nothing(window, qtbot, monkeypatch):
    type_text(qtbot, window.top_bar.search, "Abai")
    qtbot.waitUntil(lambda: window.model.query == "Abai", timeout=3000)
    asked = []
    monkeypatch.setattr(window.search_worker, "request", lambda *args: asked.append(args))
    window.reset_session("en", "cards")
    assert window.model.query == "" and window.model.rowCount() == window.store.card_count()
    qtbot.wait(SEARCH_DELAY_MS + 100)
    assert asked == []


def test_the_keys_are_made_after_the_first_paint_and_work_from_then_on(qtbot, content_database):
    """No key can be pressed before the window is drawn: its shortcuts come after that
    (making QKeySequence's enums cost a start a few milliseconds)."""
    from PySide6.QtGui import QShortcut

    from explorer.ui.shell.app import create_application, create_main_window

    window = create_main_window(create_application())
    assert window.findChildren(QShortcut) == []
    with shown(qtbot, window):
        qtbot.waitUntil(lambda: len(window.findChildren(QShortcut)) == 12)
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.timeline_page
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        assert window.pages.currentWidget() is window.cards_page
        qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert window.top_bar.search.hasFocus()
