"""Searching in the window: facets that follow the query, Enter, hostile input, plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from explorer.domain.references import local_id
from explorer.ui.cards import card_delegate
from explorer.ui.cards.card_model import CardRole
from tests.ui.cards.refine_column import choose, count_text
from tests.ui.shell.test_main_window import bundled, type_text


def wait_for_search(window, qtbot, query: str) -> None:
    """Put ``query`` in the field and wait for the background search to answer it."""
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000):
        window.top_bar.search.setText(query)
        window.apply_filter()


def test_facet_counts_follow_the_query(window, store, qtbot):
    before = dict(window.facet_panel._counts["side"])
    assert sum(before.values()) == store.card_count()
    type_text(qtbot, window.top_bar.search, "Neos")
    qtbot.waitUntil(lambda: window.model.query == "Neos", timeout=3000)
    after = window.facet_panel._counts["side"]
    assert sum(after.values()) == window.model.rowCount() < store.card_count()
    shown = {store.card(card_id).side.value for card_id in window.model.ids()}
    for side, count in after.items():
        assert (count > 0) == (side in shown)
        box_text = count_text(window.facet_panel, "side", side)
        assert box_text.endswith(f"·  {count}") or count == 0


def test_a_facet_narrows_and_keeps_its_siblings_counts(window, store, qtbot):
    wait_for_search(window, qtbot, "")
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000):
        choose(window.facet_panel, "side", "italy")
    shown = window.model.ids()
    assert shown and {store.card(card_id).side.value for card_id in shown} == {"italy"}
    counts = window.facet_panel._counts["side"]
    assert counts["kazakhstan"] > 0, "choosing Italy leaves the other countries' counts"
    assert window.facet_panel.clear_button.isEnabled()


def test_clearing_filters_is_one_click(window, store, qtbot):
    window.cards_page.category_filter.select(store.categories()[1].id, quietly=True)
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000):
        choose(window.facet_panel, "kind", "event")
    assert window.model.rowCount() < store.card_count()
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000):
        qtbot.mouseClick(window.facet_panel.clear_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == store.card_count()
    assert window.cards_page.category_filter.current is None
    assert not any(window.facet_panel.filters().values())
    assert not window.facet_panel.clear_button.isEnabled()


@pytest.mark.parametrize(
    ("query", "expected"),
    [("Абай", "abai-kunanbaiuly"), ("Almaty", "almaty"), ("Rome", "rome"), ("Almty", "almaty")],
)
def test_enter_opens_the_top_result(window, qtbot, query, expected):
    type_text(qtbot, window.top_bar.search, query)
    qtbot.keyClick(window.top_bar.search, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.detail
    assert window.detail.card.id == bundled(expected), "the card titled with the query"


def test_every_tile_of_an_answer_shows_why_it_matched(window, qtbot):
    wait_for_search(window, qtbot, "Rome")
    tiles = [window.model.index(row).data(CardRole.Tile) for row in range(window.model.rowCount())]
    assert 0 < len(tiles) < 15
    assert tiles[0].title == "Rome" and [s.text for s in tiles[0].title_marks if s.match]
    for tile in tiles:
        marked = [segment for segment in (*tile.title_marks, *tile.snippet) if segment.match]
        assert marked, f"{tile.title!r} shows no reason"


def test_a_kazakh_query_finds_latin_text(window, store, qtbot):
    type_text(qtbot, window.top_bar.search, "Қазақстан")
    qtbot.waitUntil(lambda: window.model.query == "Қазақстан", timeout=3000)
    ids = window.model.ids()
    assert bundled("peoples-of-kazakhstan") in ids or any("kazakhstan" in local_id(i) for i in ids)


HOSTILE = [
    'abai AND OR NOT NEAR("x" y)',
    '"unterminated',
    "* - ^ ( ) : title:abai {col}:x",
    "a" * 10_000,
    "🙂🇰🇿🇮🇹 ✨",
    "\x00\x01\x1b[31mred\x7f",
    "אבאי مرحبا \u202eevil",
    "     ",
    "<b>bold</b> &amp; <script>",
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_answer_without_freezing(window, qtbot, query):
    wait_for_search(window, qtbot, query)
    typed = window.top_bar.search.text()
    assert typed == query[: window.top_bar.search.maxLength()]
    assert window.model.query == typed, "the answer to this very query was shown"
    assert window.cards_page.count_label.textFormat() == Qt.TextFormat.PlainText


def test_markup_in_a_query_is_shown_as_typed(window, qtbot):
    wait_for_search(window, qtbot, "<b>bold</b>")
    label = window.cards_page.count_label
    assert "“<b>bold</b>”" in label.text(), "the query is shown as typed, tags and all"
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_every_label_of_a_card_is_plain_text(window, store):
    window.open_card(store.card_ids()[0])
    labels = window.detail.findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_only_the_latest_search_is_shown_and_labelled_with_its_own_words(window, qtbot):
    window.top_bar.search.setText("Abai")
    window.apply_filter()
    window.top_bar.search.setText("Neos")
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000) as answer:
        window.apply_filter()
    assert answer.args[1].query == "Neos"
    qtbot.wait(200)
    assert window.model.query == "Neos"
    assert "Neos" in window.cards_page.count_label.text()


def test_a_late_answer_does_not_leave_an_opened_card(window, store, qtbot):
    window.top_bar.search.setText("Abai")
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000):
        window.apply_filter()
        window.open_card("marco-polo")
    assert window.pages.currentWidget() is window.detail
    assert window.detail.card.id == bundled("marco-polo")


def test_keyboard_focus_stays_on_a_facet_after_its_answer(window, qtbot):
    kinds = window.facet_panel.lists["kind"]
    kinds.setFocus()
    kinds.go_to("event")
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000):
        qtbot.keyClick(kinds, Qt.Key.Key_Space)
    assert window.facet_panel.filters()["kind"] == {"event"}
    assert kinds.hasFocus() and kinds.current_key() == "event"


def test_the_window_holds_one_search_index_shared_with_its_search_thread(window, qtbot):
    assert window.search_worker.index is window.index
    assert window.index_store is not window.store, "the index has a connection of its own"
    type_text(qtbot, window.top_bar.search, "Abai")
    qtbot.waitUntil(lambda: window.model.rowCount() < window.store.card_count(), timeout=3000)
    window.top_bar.search.returnPressed.emit()  # the same index, from the UI thread
    assert window.detail.card is not None and "Abai" in window.detail.card.title["en"]


def test_the_first_page_of_an_answer_is_read_with_it_off_the_ui_thread(window, qtbot, monkeypatch):
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000) as answer:
        window.top_bar.search.setText("Abai")
        window.apply_filter()
    first_page = answer.args[2]
    assert first_page.language == "en" and set(first_page.items) == set(
        window.model.ids()[: len(first_page.items)]
    )

    def no_reading(*_args):
        raise AssertionError("the UI thread read a card of the first page")

    monkeypatch.setattr(window.store, "card_items", no_reading)
    monkeypatch.setattr(window.store, "card_words", no_reading)
    window.cards_page.grid.viewport().grab()
    first_title = first_page.items[window.model.card_id(0)].title
    assert window.model.index(0).data(CardRole.Title) == first_title
    assert window.model.index(0).data(CardRole.Snippet)


def test_the_text_of_the_tiles_on_screen_is_drawn_with_the_answer_off_the_ui_thread(
    window, qtbot, monkeypatch
):
    grid = window.cards_page.grid
    with qtbot.waitSignal(window.search_worker.finished, timeout=5000) as answer:
        window.top_bar.search.setText("Abai")
        window.apply_filter()
    layers = answer.args[2].layers
    on_screen = [
        row
        for row in range(window.model.rowCount())
        if grid.viewport().rect().intersects(grid.visualRect(window.model.index(row)))
    ]
    assert on_screen and len(layers) >= len(on_screen)

    def no_drawing(*_args):
        raise AssertionError("the UI thread laid out the text of a tile on screen")

    monkeypatch.setattr(card_delegate, "draw_text_layer", no_drawing)
    grid.viewport().repaint()
    assert not grid.delegate.drawing


def test_an_answer_with_no_card_keeps_the_drawn_tiles_and_another_view_lets_them_go(
    window, qtbot
):
    delegate = window.cards_page.grid.delegate
    qtbot.waitUntil(lambda: bool(delegate._texts) and not delegate.drawing)
    type_text(qtbot, window.top_bar.search, "qzxqzxqzx")
    qtbot.waitUntil(lambda: window.model.query == "qzxqzxqzx")
    assert window.model.rowCount() == 0 and not window.cards_page.grid.isVisible()
    assert delegate._texts and delegate._pictures, "typing on is likely to bring them back"
    window.session.show_view("timeline")
    assert not delegate._texts and not delegate._pictures  # out of sight: let go


def test_cards_coming_back_after_an_answer_with_none_are_laid_out_once_at_their_width(
    window, qtbot
):
    grid = window.cards_page.grid
    width = grid.gridSize().width()
    type_text(qtbot, window.top_bar.search, "qzxqzxqzx")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    widths = []
    original = grid.setGridSize
    grid.setGridSize = lambda size: widths.append(size.width()) or original(size)
    window.top_bar.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() > 0 and grid.isVisible())
    qtbot.wait(50)
    assert widths == [], "never laid out at another width (sharing the row with the notice)"
    assert grid.gridSize().width() == width and not window.cards_page.empty_label.isVisible()
