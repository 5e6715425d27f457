"""My collection in the window: collections made, cards added from their pages, reordered by
keyboard, notes saved and shown, the list narrowed by search, and none of it in a kiosk."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from explorer.store.my_collection import STARRED
from explorer.store.my_collection_file import Choice
from explorer.ui.mine.card_keeping import CardKeeping
from tests.ui.focus_ring import shows_focus
from tests.ui.widgets.test_plain_text import seen_label, seen_tooltip


def _type(widget, text: str) -> None:
    """One key event per character (keyClicks aborts on letters outside ASCII)."""
    for ch in text:
        QApplication.sendEvent(
            widget,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch),
        )


@pytest.fixture
def two_cards(store):
    ids = store.card_ids()
    items = store.card_items(ids, "en")
    # Two cards whose titles share no word, so that a search for one misses the other.
    first = items[ids[0]]
    second = next(
        items[card]
        for card in ids[1:]
        if not set(items[card].title.lower().split()) & set(first.title.lower().split())
    )
    return first, second


def _open_collection(window, qtbot):
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.place.view == "collection", timeout=3000)
    return window.mine_page


def test_a_collection_is_made_filled_from_card_pages_and_reordered_by_keyboard(
    window, qtbot, two_cards
):
    first, second = two_cards
    page = _open_collection(window, qtbot)
    assert window.rail.buttons["collection"].isEnabled()
    page.new_collection("Silk Road trip")
    assert page.heading.text() == "Silk Road trip"
    trip = page.chosen_list()

    for card in (first, second):
        window.open_card(card.id)
        keeping = window.detail.findChild(QWidget, "cardKeeping")
        assert keeping is not None, "the card page has its keeping row"
        keeping.keep_in(trip, True)
    keeping.star_button.click()
    assert keeping.star_button.text().endswith("Starred")
    assert window.mine.starred() == [second.id]

    window.session.show_view("collection")
    assert page.shown_cards() == [first.id, second.id]
    assert page.cards.item(0).text().startswith(first.title)
    page.cards.setFocus()
    page.cards.setCurrentRow(1)
    QTest.keyClick(page.cards, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert window.mine.cards(trip) == [second.id, first.id]
    assert page.current_card() == second.id
    QTest.keyClick(page.cards, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.shown_cards() == [first.id, second.id]

    with qtbot.waitSignal(window.card_opened, timeout=3000) as opened:
        QTest.keyClick(page.cards, Qt.Key.Key_Return)
    assert opened.args[0] == second.id


def test_a_note_is_saved_when_focus_leaves_and_shown_in_the_list(window, qtbot, two_cards):
    first, _ = two_cards
    window.mine.star(first.id)
    page = _open_collection(window, qtbot)
    assert page.chosen_list() == STARRED
    page.note.edit.setFocus()
    _type(page.note.edit, "Visit in Алматы")
    page.cards.setFocus()  # focus leaves the note: it is saved at once
    qtbot.waitUntil(lambda: window.mine.note(first.id) is not None, timeout=2000)
    assert window.mine.note(first.id).text == "Visit in Алматы"
    assert page.note.status.text() == "Saved"
    assert "Visit in Алматы" in page.cards.item(0).text()


def test_search_narrows_the_list_by_title_and_by_note(window, qtbot, two_cards):
    first, second = two_cards
    for card in (first, second):
        window.mine.star(card.id)
    window.mine.set_note(second.id, "Қазақ music lesson")
    page = _open_collection(window, qtbot)
    assert page.shown_cards() == [first.id, second.id]
    page.filter.setText(first.title)
    assert page.shown_cards() == [first.id]
    page.filter.setText("казак MUSIC")  # folded: no Kazakh letters, other case
    assert page.shown_cards() == [second.id]
    page.filter.setText("nothing like this anywhere zzqx")
    assert page.shown_cards() == []
    assert page.empty.isVisible()
    assert not page.note.isVisible(), "no card chosen: no note to edit"


def test_a_card_whose_pack_is_gone_is_listed_as_missing(window, qtbot):
    window.mine.star("gone-pack:lost-card")
    page = _open_collection(window, qtbot)
    assert page.shown_cards() == ["gone-pack:lost-card"]
    assert page.cards.item(0).text().startswith("Missing card")
    assert "gone-pack:lost-card" in page.cards.item(0).text()


def test_renaming_and_deleting_a_collection_keep_the_notes(window, qtbot, two_cards):
    first, _ = two_cards
    page = _open_collection(window, qtbot)
    page.new_collection("Draft")
    window.mine.add(page.chosen_list(), first.id)
    window.mine.set_note(first.id, "keep")
    page.rename_collection("Final")
    assert page.lists.currentItem().text() == "Final"
    page.delete_collection(confirmed=True)
    assert window.mine.collections() == []
    assert page.chosen_list() == STARRED
    assert window.mine.note(first.id).text == "keep"


def test_a_collection_name_in_markup_is_shown_as_written(window, qtbot):
    # A name may come from an imported file: it is never read as rich text.
    name = '<b>bold</b> <img src="/etc/x.png"> &amp;'
    page = _open_collection(window, qtbot)
    page.new_collection(name)
    item = page.lists.currentItem()
    assert item.text() == name
    assert seen_tooltip(item.toolTip()) == name
    assert seen_label(page.heading) == name


def test_export_then_import_asks_about_a_same_named_collection(window, qtbot, two_cards, tmp_path):
    first, second = two_cards
    page = _open_collection(window, qtbot)
    page.new_collection("Trip")
    trip = page.chosen_list()
    window.mine.add(trip, first.id)
    path = tmp_path / "mine.json"
    assert page.export_to(path)
    assert json.loads(path.read_text(encoding="utf-8"))["collections"][0]["cards"] == [first.id]
    window.mine.add(trip, second.id)
    asked = []
    page.ask = lambda conflict: asked.append(conflict.name) or Choice.KEEP_BOTH
    page.import_from(path)
    assert asked == ["Trip"]
    names = [page.lists.item(row).text() for row in range(page.lists.count())]
    assert names[1:] == ["Trip", "Trip (2)"]


def test_a_bad_file_is_refused_with_a_message_and_nothing_changes(window, qtbot, tmp_path):
    page = _open_collection(window, qtbot)
    page.new_collection("Mine")
    path = tmp_path / "bad.json"
    path.write_text('{"format": "explorer-my-collection", "version": 9}', encoding="utf-8")
    assert page.import_from(path) is None
    (box,) = [box for box in page.findChildren(QMessageBox) if box.isVisible()]
    assert "cannot be imported" in box.text()
    assert "version 9" in box.informativeText()
    box.close()
    assert [c.name for c in window.mine.collections()] == ["Mine"]


def test_a_note_typed_on_a_card_page_is_kept_when_the_next_card_opens(window, qtbot, two_cards):
    first, second = two_cards
    window.open_card(first.id)
    keeping = window.detail.findChild(CardKeeping)
    keeping.note.edit.setFocus()
    _type(keeping.note.edit, "città")
    assert window.mine.note(first.id) is None, "not yet: typing has not paused"
    window.open_card(second.id)
    assert window.mine.note(first.id).text == "città"
    assert window.detail.findChild(CardKeeping).note.edit.toPlainText() == ""


def test_the_card_pages_row_is_keyboard_usable_and_named(window, qtbot, two_cards):
    first, _ = two_cards
    window.open_card(first.id)
    keeping = window.detail.findChild(CardKeeping)
    keeping.star_button.setFocus()
    assert shows_focus(keeping.star_button)
    QTest.keyClick(keeping.star_button, Qt.Key.Key_Space)
    assert window.mine.is_starred(first.id)
    assert keeping.star_button.accessibleName() == "Starred: press to unstar"
    keeping.new_collection("From the card")
    (made,) = window.mine.collections()
    assert window.mine.cards(made.id) == [first.id]
    keeping._fill_menu()
    names = [action.text() for action in keeping.menu.actions() if action.text()]
    assert names == ["From the card", "New collection…"]
    assert keeping.menu.actions()[0].isChecked()
    keeping.menu.actions()[0].trigger()  # unchecks: out of the collection
    assert window.mine.cards(made.id) == []


LONG_KAZAKH_NAME = (
    "Қазақстан мен Италия арасындағы мәдени байланыстар туралы баяндамаға арналған "
    "карточкалар жинағы"
)


def test_a_long_name_wraps_and_leaves_the_search_box_room(window, qtbot):
    window.resize(1360, 860)
    page = _open_collection(window, qtbot)
    page.new_collection(LONG_KAZAKH_NAME)
    qtbot.wait(50)
    assert page.heading.text() == LONG_KAZAKH_NAME
    assert page.filter.width() >= 200, page.filter.width()
    assert page.window().width() <= 1360
    item = page.lists.currentItem()
    assert seen_tooltip(item.toolTip()) == LONG_KAZAKH_NAME
    # The name wraps inside the list instead of running off to the right.
    assert page.lists.visualItemRect(item).width() <= page.lists.width()
    assert page.lists.visualItemRect(item).height() > 2 * page.lists.fontMetrics().height()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_page_fits_a_1024_pixel_screen(window, qtbot, language):
    page = _open_collection(window, qtbot)
    window.set_language(language)
    page.new_collection(LONG_KAZAKH_NAME)
    window.resize(1024, 700)
    qtbot.wait(50)
    assert window.width() == 1024, window.minimumSizeHint().width()
    assert page.sheet_button.isVisible() and page.sheet_button.geometry().right() < page.width()


def test_under_a_search_a_card_moves_past_the_next_card_found(window, qtbot):
    first, second, third, fourth = window.store.card_ids()[:4]
    page = _open_collection(window, qtbot)
    page.new_collection("Exam")
    chosen = page.chosen_list()
    for card in (first, second, third, fourth):
        window.mine.add(chosen, card)
    window.mine.set_note(first, "zebrafish question")
    window.mine.set_note(fourth, "zebrafish answer")
    page.refresh()
    page.filter.setText("zebrafish")
    assert page.shown_cards() == [first, fourth]
    page.cards.setCurrentRow(1)
    page.move_current(-1)
    assert page.shown_cards() == [fourth, first]
    assert window.mine.cards(chosen) == [fourth, first, second, third]
    page.move_current(-1)  # already first of those shown: nothing moves
    assert window.mine.cards(chosen) == [fourth, first, second, third]
