"""Pseudo-localisation: every interface string 40% longer, and nothing clipped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from explorer.ui.shell.language import PSEUDO_VARIABLE, pseudo_text


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower than their text needs."""
    found = []
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap():
            needed = label.fontMetrics().horizontalAdvance(label.text())
            if label.contentsRect().width() + 1 < needed:
                found.append(f"label {label.text()!r}: {label.contentsRect().width()} < {needed}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() + 1 < button.sizeHint().width():
            found.append(
                f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}"
            )
    return found


def test_pseudo_text_is_forty_percent_longer_and_keeps_placeholders():
    for text in ("Cards", "%n card(s) match “%1”", "Clear filters"):
        long = pseudo_text(text)
        assert len(long) >= 1.4 * len(text)
        assert text in long


@pytest.fixture
def pseudo(monkeypatch):
    """Pseudo text for this test; plain English comes back after it (tests/conftest.py)."""
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")


def test_pseudo_mode_lengthens_the_interface(pseudo, window):
    assert window.rail.buttons["cards"].text() == pseudo_text("Cards")
    assert window.cards_page.count_label.text().startswith("[")


@pytest.mark.parametrize("view", ["cards", "card", "timeline", "timeline-list"])
def test_nothing_is_clipped_in_pseudo_mode(pseudo, window, store, qtbot, view):
    window.resize(1280, 860)
    if view == "card":
        window.open_card(store.card_ids()[0])
    elif view.startswith("timeline"):
        window.session.show_view("timeline")
        if view == "timeline-list":
            window.timeline_page.list_button.setChecked(True)
    qtbot.wait(50)
    assert clipped(window) == []
