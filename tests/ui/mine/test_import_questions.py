"""The questions an import asks name cards by their titles, as the reader knows them."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from explorer.store.my_collection_file import Choice, Conflict


def _answer(page, conflict: Conflict, button: int) -> tuple[Choice, str, str]:
    """Ask ``page`` about ``conflict`` and click the box's ``button``-th button."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        seen.extend([box.text(), box.detailedText()])
        box.buttons()[button].click()

    QTimer.singleShot(0, click)
    return page.ask(conflict), *seen


def test_a_note_question_names_the_card_by_its_title(window, store):
    page = window.mine_page
    card = "italy-kazakhstan:marco-polo"
    title = store.card_items([card], "en")[card].title
    choice, text, _ = _answer(page, Conflict("note", card, "Mine", "Theirs"), 1)
    assert choice is Choice.TAKE_THEIRS
    assert title in text
    assert card not in text


def test_a_collection_question_lists_card_titles_and_keeps_a_missing_card_id(window, store):
    page = window.mine_page
    card = "italy-kazakhstan:astana"
    title = store.card_items([card], "en")[card].title
    conflict = Conflict("collection", "Trip", card, f"{card}\npack:gone")
    choice, text, details = _answer(page, conflict, 0)
    assert choice is Choice.KEEP_MINE
    assert "Trip" in text
    assert details.splitlines() == ["Yours:", title, "", "Imported:", title, "pack:gone"]
