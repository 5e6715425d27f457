"""A kiosk keeps nothing of its visitors: no My collection on the rail, no star or note row
on a card's page, and no view of that name to configure."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from explorer.domain.kiosk_config import KIOSK_VIEWS
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config


def test_my_collection_cannot_be_offered_in_a_kiosk():
    assert "collection" not in KIOSK_VIEWS
    with pytest.raises(ValueError, match="collection"):
        kiosk_config(views=["cards", "collection"])


def test_a_kiosk_hides_my_collection_and_the_card_pages_keeping_row(qtbot, content_database):
    shell = build_shell(qtbot, kiosk_config(languages=["en"]))
    try:
        qtbot.mouseClick(shell.slideshow, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(shell.choice.buttons["en"], Qt.MouseButton.LeftButton)
        explorer = shell.explorer
        assert not explorer.rail.buttons["collection"].isVisibleTo(explorer)
        explorer.open_card("marco-polo")
        assert explorer.detail.card is not None
        assert explorer.detail.findChild(QWidget, "cardKeeping") is None
        assert explorer.mine.every_kept_card() == set()
    finally:
        close_shell(shell)
