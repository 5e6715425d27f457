"""Painting a card tile: its picture and its text, kept drawn between paints, always the
ones asked for; a view's new text drawn within a budget per turn."""

from __future__ import annotations

import threading

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from explorer.domain.snippets import Segment
from explorer.ui.cards import card_delegate
from explorer.ui.cards.card_delegate import CardDelegate
from explorer.ui.cards.card_model import CardRole
from explorer.ui.cards.cards_page import CardGrid
from explorer.ui.cards.tile_geometry import IMAGE_RATIO, MARGIN, card_size
from explorer.ui.cards.tile_text import TextLayers, TileText
from explorer.ui.shell.theme import PALETTE

SIZE = card_size(300)


def _card(thumbnail: QImage | None, colour: str = "#2a7ab0") -> QStandardItemModel:
    model = QStandardItemModel()
    item = QStandardItem()
    item.setData(_text("Abai Kunanbaiuly", colour), CardRole.Tile)
    item.setData(colour, CardRole.CategoryColour)
    item.setData(thumbnail, CardRole.Thumbnail)
    model.appendRow(item)
    return model


def _text(title: str, colour: str = "#2a7ab0", date: str = "1845 – 1904") -> TileText:
    return TileText(
        title, "ARTS & CULTURE", colour, (Segment("A poet and "), Segment("thinker", True)), date
    )


def _solid(colour: str) -> QImage:
    image = QImage(420, 252, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def _painted(
    delegate: CardDelegate,
    model: QStandardItemModel,
    size: QSize = SIZE,
    state: QStyle.StateFlag = QStyle.StateFlag.State_None,
) -> QImage:
    canvas = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    canvas.fill(QColor("magenta"))
    option = QStyleOptionViewItem()
    option.rect = QRect(QPoint(0, 0), size)
    option.state = state
    painter = QPainter(canvas)
    delegate.paint(painter, option, model.index(0, 0))
    painter.end()
    return canvas


def _middle_of_picture(size: QSize = SIZE) -> QPoint:
    width = size.width() - 2 * MARGIN
    return QPoint(size.width() // 2, MARGIN + round(width * IMAGE_RATIO / 2))


def test_a_new_picture_is_painted_not_the_one_kept_from_before(qapp):
    delegate = CardDelegate()
    delegate.size = SIZE
    assert _painted(delegate, _card(_solid("red"))).pixelColor(_middle_of_picture()) == QColor(
        "red"
    )
    again = _painted(delegate, _card(_solid("red")))
    assert again.pixelColor(_middle_of_picture()) == QColor("red")
    blue = _painted(delegate, _card(_solid("blue")))
    assert blue.pixelColor(_middle_of_picture()) == QColor("blue")


def test_without_a_picture_the_tile_shows_a_tint_of_its_category(qapp):
    delegate = CardDelegate()
    delegate.size = SIZE
    green = _painted(delegate, _card(None, "#00a000")).pixelColor(_middle_of_picture())
    orange = _painted(delegate, _card(None, "#e08000")).pixelColor(_middle_of_picture())
    assert green.green() > green.red() and orange.red() > orange.green()


def test_the_tile_covers_its_whole_cell_in_the_grids_background(qapp):
    """Its rounded corners show the grid's colour, so the tile is copied, never blended."""
    canvas = _painted(CardDelegate(), _card(_solid("red")))
    assert canvas.pixelColor(0, 0) == QColor(PALETTE.ground)
    assert canvas.pixelColor(SIZE.width() - 1, 0) == QColor(PALETTE.ground)


def test_a_tile_painted_at_a_new_width_is_drawn_at_that_width(qapp):
    """Its cell (tile and picture) is kept per size: a wider grid never copies a narrower one."""
    delegate = CardDelegate()
    card = _card(_solid("red"))  # the same picture each time
    for size in (SIZE, card_size(420), SIZE):
        canvas = _painted(delegate, card, size)
        assert canvas.pixelColor(size.width() - 1, 0) == QColor(PALETTE.ground)
        assert canvas.pixelColor(size.width() - MARGIN - 20, size.height() // 2) != QColor(
            "magenta"
        ), "the tile reaches its cell's right side"
        assert canvas.pixelColor(_middle_of_picture(size)) == QColor("red")
        below = _middle_of_picture(size) + QPoint(0, round((size.width() - 2 * MARGIN) * 0.3) + 4)
        assert canvas.pixelColor(below) != QColor("red"), "the picture ends where its tile says"


def test_the_selected_tile_and_the_others_are_kept_apart(qapp):
    delegate = CardDelegate()
    delegate.size = SIZE
    card = _card(_solid("red"))
    border = QPoint(SIZE.width() // 2, SIZE.height() - MARGIN - 1)
    plain = _painted(delegate, card)
    selected = _painted(delegate, card, state=QStyle.StateFlag.State_Selected)
    assert selected.pixelColor(border) == QColor(PALETTE.sky) != plain.pixelColor(border)
    assert _painted(delegate, card) == plain
    assert selected.pixelColor(_middle_of_picture()) == QColor("red")
    assert len(delegate._pictures) == 1, "a tile chosen or hovered scales no picture again"


def test_a_tile_in_sight_keeps_its_picture_while_others_come_and_go(qapp):
    """Repainted from its cell, its picture is still in use: hovered after many other tiles
    were drawn, it is not scaled again."""
    delegate = CardDelegate()
    delegate.size = SIZE
    delegate.pictures_kept = 3
    seen_picture = _solid("red")
    seen = _card(seen_picture)
    _painted(delegate, seen)
    for number in range(6):
        _painted(delegate, _card(_solid(QColor(number * 40, 0, 200).name())))
        _painted(delegate, seen)  # the tile stays in sight
    kept = [key for key in delegate._pictures if key[0] == seen_picture.cacheKey()]
    assert kept, "the picture of the tile in sight is kept"
    hovered = _painted(delegate, seen, state=QStyle.StateFlag.State_MouseOver)
    assert hovered.pixelColor(_middle_of_picture()) == QColor("red")


def _cards(count: int) -> QStandardItemModel:
    model = QStandardItemModel()
    for number in range(count):
        item = QStandardItem()
        item.setData(_text(f"Card number {number}", date=f"{1900 + number}"), CardRole.Tile)
        item.setData("#2a7ab0", CardRole.CategoryColour)
        model.appendRow(item)
    return model


def test_a_tiles_text_is_drawn_once_then_copied_and_drawn_again_when_it_changes(qapp, monkeypatch):
    delegate = CardDelegate()
    delegate.size = SIZE
    drawn: list[str] = []
    draw = card_delegate.draw_text_layer
    monkeypatch.setattr(
        card_delegate, "draw_text_layer", lambda *args: drawn.append(args[0].title) or draw(*args)
    )
    first = _painted(delegate, _card(None))
    again = _painted(delegate, _card(None))
    assert drawn == ["Abai Kunanbaiuly"]
    assert again == first

    renamed = _card(None)
    renamed.item(0).setData(_text("Abai"), CardRole.Tile)
    assert _painted(delegate, renamed) != first
    assert drawn == ["Abai Kunanbaiuly", "Abai"]


def test_a_layer_drawn_on_another_thread_is_copied_as_the_delegate_would_draw_it(qapp, monkeypatch):
    drawn_here = _painted(CardDelegate(), _card(None))
    layers = TextLayers(SIZE.width(), SIZE.height(), qapp.font().pointSizeF(), 1.0, 1)
    offered: dict = {}
    worker = threading.Thread(
        target=lambda: offered.update(layers.draw([_text("Abai Kunanbaiuly")]))
    )
    worker.start()
    worker.join()

    delegate = CardDelegate()
    delegate.offer_layers(offered)
    monkeypatch.setattr(card_delegate, "draw_text_layer", None)  # drawing now would fail
    assert _painted(delegate, _card(None)) == drawn_here


def test_a_view_draws_new_text_within_its_budget_and_the_rest_in_later_turns(qtbot, monkeypatch):
    """With no time to spare, each turn draws one tile's text; the grid asks for the others."""
    monkeypatch.setattr(card_delegate, "TEXT_BUDGET_MS", 0.0)
    grid = CardGrid()
    grid.resize(1000, 900)
    grid.setModel(_cards(12))
    qtbot.addWidget(grid)
    with qtbot.waitSignal(grid.delegate.text_waiting, timeout=2000):
        grid.show()
        qtbot.waitExposed(grid)
    assert 1 <= len(grid.delegate._texts) < 12
    on_screen = sum(
        grid.viewport().rect().intersects(grid.visualRect(grid.model().index(row, 0)))
        for row in range(12)
    )
    qtbot.waitUntil(lambda: len(grid.delegate._texts) == on_screen and not grid.delegate.drawing)
    assert grid.delegate._pictures


def test_a_screen_showing_more_tiles_than_are_kept_at_least_settles(qtbot):
    """A large window shows more tiles than the least kept: a repaint must not let go of
    layers and pictures it still needs, and draw them again without end."""
    grid = CardGrid()
    grid.resize(2600, 1600)
    grid.setModel(_cards(120))
    qtbot.addWidget(grid)
    grid.show()
    qtbot.waitExposed(grid)
    on_screen = sum(
        grid.viewport().rect().intersects(grid.visualRect(grid.model().index(row, 0)))
        for row in range(120)
    )
    assert on_screen > max(card_delegate.TEXTS_KEPT, card_delegate.PICTURES_KEPT)
    delegate = grid.delegate
    qtbot.waitUntil(lambda: len(delegate._texts) >= on_screen and not delegate.drawing)
    drawn = []
    draw = card_delegate.draw_text_layer
    card_delegate.draw_text_layer = lambda *args: drawn.append(1) or draw(*args)
    try:
        grid.viewport().repaint()
    finally:
        card_delegate.draw_text_layer = draw
    assert drawn == [], "once the screen is drawn, repainting it draws no text again"
