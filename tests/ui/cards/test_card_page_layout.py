"""A card page opened for the first time is laid out as it is when shown again: as tall as
its content, with the same room under its last line, not as tall as it would be with its
picture above the heading when the picture is beside it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from explorer.ui.cards.card_detail import CardDetail

WINDOW_SIZES = [(1360, 880), (1024, 700)]


def page_layout(detail: CardDetail) -> dict[str, object]:
    """What a reader sees of the page's height: the page, the content it needs at its width,
    the room under the last widget, how far it scrolls and how its top is arranged."""
    page = detail.widget()
    shown = [
        widget
        for kind in (QLabel, QAbstractButton)
        for widget in page.findChildren(kind)
        if widget.isVisibleTo(page)
    ]
    lowest = max(widget.mapTo(page, widget.rect().bottomLeft()).y() for widget in shown)
    picture = page.findChild(QLabel, "cardImage")
    title = page.findChild(QLabel, "cardTitle")
    picture_right = picture.mapTo(page, picture.rect().topRight()).x()
    return {
        "page height": page.height(),
        "content height": max(page.heightForWidth(page.width()), detail.viewport().height()),
        "gap under the last widget": page.height() - lowest,
        "scroll range": detail.verticalScrollBar().maximum(),
        "picture beside the heading": title.mapTo(page, title.rect().topLeft()).x() > picture_right,
    }


def settled(qtbot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(50)


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("size", WINDOW_SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_the_first_card_page_is_laid_out_as_a_later_showing(window, qtbot, size, language):
    window.set_language(language)
    window.resize(*size)
    settled(qtbot)
    grid = window.cards_page.grid
    grid.setCurrentIndex(grid.model().index(0, 0))
    grid.setFocus()
    assert window.pages.count() == 1, "no card page yet"

    qtbot.keyClick(grid, Qt.Key.Key_Return)
    detail = window.detail
    assert window.pages.currentWidget() is detail
    first = page_layout(detail)  # as a grab, or a scroll restored, would find it at once
    settled(qtbot)
    first_painted = page_layout(detail)

    width, height = size
    window.resize(width + 160, height)
    settled(qtbot)
    window.resize(width, height)
    settled(qtbot)
    again = page_layout(detail)
    assert first == again
    assert first_painted == again
    assert again["page height"] == again["content height"]
    detail.show_card(detail.card.id)
    assert page_layout(detail) == again, "the same card shown once more"


def test_a_resize_that_moves_the_picture_fits_the_page_to_its_new_top_at_once(window, qtbot):
    window.resize(*WINDOW_SIZES[1])
    settled(qtbot)
    window.open_card(window.model.card_id(0))
    detail = window.detail
    settled(qtbot)
    narrow = page_layout(detail)
    window.resize(*WINDOW_SIZES[0])
    wide = page_layout(detail)  # before any turn of the event loop
    assert wide["picture beside the heading"] != narrow["picture beside the heading"]
    assert wide["page height"] == wide["content height"]
    settled(qtbot)
    assert page_layout(detail) == wide
    window.resize(*WINDOW_SIZES[1])
    assert page_layout(detail) == narrow
