"""The cards page's "Study sheet (PDF)…": the cards shown, written where the person says."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from explorer.ui.kiosk.kiosk_style import apply_kiosk_style


def answer_dialog(monkeypatch, answer: str) -> list[str]:
    """The file dialog answers ``answer``; returns the names it was offered."""
    offered = []

    def ask(parent, suggested):
        offered.append(suggested)
        return answer

    monkeypatch.setattr("explorer.ui.print.sheet_action.ask_sheet_path", ask)
    return offered


def search(window, qtbot, query: str) -> None:
    window.session.set_query(query)
    qtbot.waitUntil(lambda: window.model.query == query and window.model.rowCount() > 0)


def test_the_button_writes_the_cards_shown(window, qtbot, tmp_path, monkeypatch):
    search(window, qtbot, "neos")
    page = window.cards_page
    button = page.sheet_button
    assert button.isVisible() and button.accessibleName()
    offered = answer_dialog(monkeypatch, str(tmp_path / "mine"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert offered == ["study-sheet.pdf"]
    saved = []
    page.sheet_saver.saved.connect(saved.append)
    written = tmp_path / "mine.pdf"
    qtbot.waitUntil(lambda: saved == [str(written)], timeout=20_000)
    assert button.isEnabled()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(written).pages).split())
    assert "Search: neos" in text
    shown = [window.model.card_id(row) for row in range(window.model.rowCount())]
    for card_id in shown[:3]:
        title = window.model.store.card(card_id).title["en"]
        assert " ".join(title.split()[:2]) in text


def test_cancelling_writes_nothing(window, qtbot, tmp_path, monkeypatch):
    answer_dialog(monkeypatch, "")
    qtbot.mouseClick(window.cards_page.sheet_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.iterdir()) == []


def test_a_failure_is_told(window, qtbot, tmp_path, monkeypatch):
    answer_dialog(monkeypatch, str(tmp_path / "no-folder" / "sheet.pdf"))
    qtbot.mouseClick(window.cards_page.sheet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.cards_page.findChild(QMessageBox) is not None)
    box = window.cards_page.findChild(QMessageBox)
    assert box.isVisible()
    assert "no-folder" in box.informativeText()  # shown at once, not behind a button
    box.close()
    assert not (tmp_path / "no-folder").exists()


def test_the_kiosk_offers_no_sheet(window, qtbot):
    apply_kiosk_style(window)
    assert not window.cards_page.sheet_button.isVisible()


def test_the_sheet_button_comes_after_the_grid_in_tab_order(window, qtbot):
    grid = window.cards_page.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Tab)
    assert window.cards_page.sheet_button.hasFocus()
