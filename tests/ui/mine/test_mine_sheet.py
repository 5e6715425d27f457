"""A list of My collection printed as a study sheet, in the reader's order, with or without
the reader's notes."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt

from explorer.store.my_collection import STARRED


def _sheet_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _save(page, qtbot, monkeypatch, target) -> str:
    monkeypatch.setattr("explorer.ui.print.sheet_action.ask_sheet_path", lambda *_: str(target))
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    saved = []
    page.sheet_saver.saved.connect(saved.append)
    qtbot.waitUntil(lambda: saved == [str(target)], timeout=20_000)
    return _sheet_text(target)


def test_a_collection_prints_in_the_readers_order_with_the_notes(
    window, qtbot, tmp_path, monkeypatch
):
    store = window.store
    first, second = store.card_ids()[:2]
    window.session.show_view("collection")
    page = window.mine_page
    page.new_collection("Exam on Abai")
    chosen = page.chosen_list()
    for card in (second, first):
        window.mine.add(chosen, card)
    window.mine.set_note(first, "Ask about the translators")
    window.mine.add(chosen, "gone-pack:missing-card")
    page.refresh()
    assert page.sheet_contents() == ([second, first], {first: "Ask about the translators"})

    text = _save(page, qtbot, monkeypatch, tmp_path / "exam.pdf")
    assert "Exam on Abai" in text and "My collection" in text
    titles = [" ".join(store.card(card).title["en"].split()[:3]) for card in (second, first)]
    assert text.index(titles[0]) < text.index(titles[1]), "the reader's order"
    assert "Ask about the translators" in text

    page.with_notes.setChecked(False)
    assert page.sheet_contents()[1] == {}
    text = _save(page, qtbot, monkeypatch, tmp_path / "bare.pdf")
    assert "Ask about the translators" not in text


def test_an_empty_list_offers_no_sheet(window):
    window.session.show_view("collection")
    page = window.mine_page
    page.choose_list(STARRED)
    assert page.sheet_contents() == ([], {})
    assert not page.sheet_button.isEnabled()
