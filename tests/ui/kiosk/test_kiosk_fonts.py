"""Explicit text sizes follow the widget's font: larger kiosk type enlarges the card detail
and the grid tiles by the same ratio, and the desktop, at the base font, is unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QLabel, QStyleOptionViewItem

from explorer.ui.cards.card_delegate import CardDelegate
from explorer.ui.cards.tile_geometry import MIN_CARD_WIDTH, card_size
from explorer.ui.kiosk.kiosk_style import apply_kiosk_style
from explorer.ui.shell.theme import BASE_POINT_SIZE, font, scaled_font, text_scale

KIOSK_POINT_SIZE = 13.0
RATIO = KIOSK_POINT_SIZE / BASE_POINT_SIZE
DETAIL_SIZES = {"cardTitle": 26.0, "lead": 13.5, "body": 11.0, "source": 9.5}


def detail_sizes(detail) -> dict[str, float]:
    return {
        name: detail.widget().findChild(QLabel, name).font().pointSizeF() for name in DETAIL_SIZES
    }


def test_scaled_font_is_the_plain_font_at_the_base_size():
    base = font(BASE_POINT_SIZE)
    assert text_scale(base) == 1.0
    expected = font(26, serif=True, weight=QFont.Weight.DemiBold)
    assert scaled_font(base, 26, serif=True, weight=QFont.Weight.DemiBold) == expected
    larger = scaled_font(font(KIOSK_POINT_SIZE), 26, serif=True)
    assert larger.pointSizeF() == pytest.approx(26 * RATIO)
    assert larger.family() == expected.family()


def test_card_detail_text_grows_with_its_font(window, store, qtbot):
    window.open_card(store.card_ids()[0])
    assert detail_sizes(window.detail) == DETAIL_SIZES

    window.detail.setFont(font(KIOSK_POINT_SIZE))
    qtbot.wait(10)

    grown = detail_sizes(window.detail)
    assert grown == pytest.approx({name: size * RATIO for name, size in DETAIL_SIZES.items()})


def test_card_shown_after_the_font_changed_uses_it(window, store):
    window.detail.setFont(font(KIOSK_POINT_SIZE))
    window.open_card(store.card_ids()[1])
    title = window.detail.widget().findChild(QLabel, "cardTitle")
    assert title.font().pointSizeF() == pytest.approx(26 * RATIO)


def test_grid_tile_fonts_follow_the_view_font():
    delegate = CardDelegate()
    base = delegate.fonts(font(BASE_POINT_SIZE))
    assert (base.title.pointSizeF(), base.category.pointSizeF()) == (13.5, 8.5)
    assert (base.date.pointSizeF(), base.snippet.pointSizeF()) == (9.5, 9.0)
    assert base.title.family() == font(13.5, serif=True).family()

    kiosk = delegate.fonts(font(KIOSK_POINT_SIZE))
    assert kiosk.scale == pytest.approx(RATIO)
    assert kiosk.title.pointSizeF() == pytest.approx(13.5 * RATIO)
    assert kiosk.snippet.pointSizeF() == pytest.approx(9 * RATIO)
    assert delegate.fonts(font(KIOSK_POINT_SIZE)) is kiosk, "made once per size"


def test_tile_height_grows_with_the_text_and_not_at_the_base_size():
    assert card_size(MIN_CARD_WIDTH) == QSize(272, 342)
    assert card_size(401) == QSize(401, 419)
    picture_and_margins = 342 - 172
    grown = card_size(MIN_CARD_WIDTH, RATIO)
    assert grown.width() == MIN_CARD_WIDTH
    assert grown.height() == picture_and_margins + round(172 * RATIO)


def paint_tile(window, view_font: QFont, size: QSize) -> QImage:
    grid = window.cards_page.grid
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.initFrom(grid)
    option.font = view_font
    option.rect = image.rect()
    painter = QPainter(image)
    grid.delegate.paint(painter, option, window.model.index(0))
    painter.end()
    return image


def test_tiles_are_painted_in_the_view_font(window):
    size = card_size(MIN_CARD_WIDTH, RATIO)
    base = paint_tile(window, font(BASE_POINT_SIZE), size)
    assert paint_tile(window, font(BASE_POINT_SIZE), size) == base
    assert paint_tile(window, font(KIOSK_POINT_SIZE), size) != base


def test_kiosk_style_enlarges_the_card_detail(window, store, qtbot):
    window.open_card(store.card_ids()[0])
    apply_kiosk_style(window)
    qtbot.wait(10)
    title = window.detail.widget().findChild(QLabel, "cardTitle")
    assert title.font().pointSizeF() == pytest.approx(26 * RATIO)
