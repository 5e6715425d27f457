"""The open language menu shows its current language, in readable colours."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage

from explorer.ui.shell.theme import contrast_ratio

READABLE = 4.5  # WCAG AA for text


def row_colours(view, row: int) -> tuple[QColor, QColor]:
    """The background of a row of the open list (its commonest colour) and its text (the
    colour in it farthest from the background)."""
    image = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rect = view.visualRect(view.model().index(row, 0)).adjusted(1, 1, -1, -1)
    pixels = Counter(
        image.pixel(x, y)
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    text = max(
        (QColor.fromRgb(pixel) for pixel in pixels), key=lambda c: contrast_ratio(c, background)
    )
    return background, text


def test_the_current_language_stands_out_in_the_open_menu_and_every_row_reads(window, qtbot):
    menu = window.top_bar.language
    menu.setCurrentIndex(menu.findData("it"))
    menu.showPopup()
    view = menu.view()
    qtbot.waitUntil(view.isVisible)
    try:
        current = view.currentIndex().row()
        assert current == menu.currentIndex()
        background, text = row_colours(view, current)
        assert contrast_ratio(text, background) >= READABLE, "light text on the highlight"
        others = [row for row in range(menu.count()) if row != current]
        for row in others:
            other_background, other_text = row_colours(view, row)
            assert contrast_ratio(other_text, other_background) >= READABLE, "dark text"
            assert contrast_ratio(background, other_background) >= 3, "the current one stands out"
    finally:
        menu.hidePopup()
