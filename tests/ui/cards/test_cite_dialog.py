"""Cite this card: from the card page, a citation chosen by what and style, copied."""

from __future__ import annotations

import datetime
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from explorer.domain.citations import CitationStyle
from explorer.store.content_store import ContentStore
from explorer.ui.cards.cite_dialog import CiteDialog
from explorer.ui.kiosk.kiosk_style import apply_kiosk_style

CARD = "italy-kazakhstan:abai-bust-rome"


def choose_style(dialog: CiteDialog, style: CitationStyle) -> None:
    dialog.style_choice.setCurrentIndex(dialog.style_choice.findData(style.value))


def test_the_card_page_cites_the_card_and_copies_it(window, qtbot):
    window.open_card(CARD)
    button = window.detail.cite_button
    assert button is not None and button.isVisible()
    assert button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.detail.cite_dialog
    assert dialog.isVisible()
    choose_style(dialog, CitationStyle.CHICAGO)
    shown = dialog.text.toPlainText()
    assert shown.startswith("“Abai bust in Rome.” In Italy and Kazakhstan")
    assert f"Accessed {datetime.date.today():%B} " in shown
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == shown
    assert dialog.status.text() == "Copied to the clipboard."
    dialog.close()


def test_a_source_in_bibtex_and_csl_json(qtbot, store: ContentStore):
    card = store.card(CARD)
    dialog = CiteDialog(store, card, "ru", accessed=datetime.date(2026, 12, 4))
    qtbot.addWidget(dialog)
    assert dialog.what.count() == 1 + len(card.sources)
    dialog.what.setCurrentIndex(1)
    first = store.sources(card.sources[:1])[0]
    choose_style(dialog, CitationStyle.BIBTEX)
    assert dialog.text.toPlainText().startswith("@")
    assert "title = {" in dialog.text.toPlainText()
    choose_style(dialog, CitationStyle.CSL_JSON)
    [item] = json.loads(dialog.text.toPlainText())
    assert item["title"] == first.title
    dialog.what.setCurrentIndex(0)
    [item] = json.loads(dialog.text.toPlainText())
    assert item["title"] == store.card(CARD).title["ru"]
    assert item["accessed"] == {"date-parts": [[2026, 12, 4]]}


def test_the_keyboard_reaches_every_control(qtbot, store):
    dialog = CiteDialog(store, store.card(CARD), "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.what
    seen = set()
    for _ in range(6):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        seen.add(dialog.focusWidget())
    assert {dialog.style_choice, dialog.text, dialog.copy_button} <= seen
    for control in (dialog.what, dialog.style_choice, dialog.text, dialog.copy_button):
        assert control.accessibleName()


def test_a_kiosk_card_page_has_no_cite_button(window, qtbot):
    apply_kiosk_style(window)
    window.open_card(CARD)
    assert window.detail.cite_button is None
