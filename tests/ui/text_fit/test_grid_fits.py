"""The card grid fits every real tile text, in Russian and Kazakh (both scripts), at the
tile sizes of 1024×700 and 1920×1080 windows and of the kiosk: each line of a tile's title,
category and date fits its width, the parts never overlap and stay inside the tile, a title
takes the lines it needs (up to three) before it is elided, and an elided title is whole
in the tile's accessible text. The grid page's own labels and chips fit too."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from explorer.ui.cards.card_model import CardRole
from explorer.ui.cards.tile_geometry import card_size, tile_rect
from explorer.ui.cards.tile_text import CardFonts
from explorer.ui.cards.tile_text_layout import tile_text_layout
from explorer.ui.shell.screenshots import settle
from explorer.ui.widgets.text_lines import fit_lines
from tests.ui.kiosk.kiosk_fixtures import close_shell
from tests.ui.text_fit.fit_checks import text_problems
from tests.ui.text_fit.kiosk_shells import looked_at_shell
from tests.ui.text_fit.longest_texts import LONG_LANGUAGES, SIZES


def lines_fit(lines, font, width) -> bool:
    metrics = QFontMetricsF(font)
    return all(metrics.horizontalAdvance(line) <= width + 0.01 for line in lines)


def tile_problems(grid, language: str) -> list[str]:
    """Every tile of the grid's model, laid out at the grid's cell size and font."""
    cell = grid.delegate.size
    tile = tile_rect(QRectF(0, 0, cell.width(), cell.height()))
    fonts = CardFonts.for_view_font(grid.font())
    model = grid.model()
    problems = []
    for row in range(model.rowCount()):
        index = model.index(row)
        text = model.data(index, CardRole.Tile)
        layout = tile_text_layout(tile, text.title, text.category, text.date, fonts)
        where = f"{language} {cell.width()}×{cell.height()} {text.title!r}"
        parts = [
            ("category", layout.category, layout.category_rect, fonts.category),
            ("title", layout.title, layout.title_rect, fonts.title),
            ("date", layout.date, layout.date_rect, fonts.date),
        ]
        for name, fitted, rect, font in parts:
            if not lines_fit(fitted.lines, font, rect.width()):
                problems.append(f"{where}: a {name} line is wider than {rect.width()}")
            if not tile.contains(rect):
                problems.append(f"{where}: the {name} is outside the tile")
        order = [layout.category_rect, layout.title_rect, layout.snippet_rect, layout.date_rect]
        if any(upper.bottom() > lower.top() + 0.01 for upper, lower in pairwise(order)):
            problems.append(f"{where}: parts overlap: {[r.getRect() for r in order]}")
        if len(layout.title.lines) * layout.title_line_height > layout.title_rect.height() + 0.01:
            problems.append(f"{where}: the title has more lines than its height")
        if layout.title.elided:
            if len(layout.title.lines) < 3:
                problems.append(f"{where}: elided after {len(layout.title.lines)} lines")
            accessible = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
            if text.title not in accessible:
                problems.append(f"{where}: elided, and not whole in {accessible!r}")
        shown = "".join("".join(layout.title.lines).removesuffix("…").split())
        if not "".join(text.title.split()).startswith(shown):
            problems.append(f"{where}: the lines {layout.title.lines} are not the title's")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_tile_and_the_grid_page_fit_on_the_desktop(window, qtbot, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().toTuple() == size)
    problems = []
    for language in LONG_LANGUAGES:
        window.set_language(language)
        settle(window, 50)
        problems += tile_problems(window.cards_page.grid, language)
        problems += [f"{language}: {p}" for p in text_problems(window.cards_page)]
    assert problems == []


def test_every_tile_fits_in_the_kiosk(qtbot, content_database):
    shell = looked_at_shell(qtbot)
    try:
        problems = []
        for language in LONG_LANGUAGES:
            shell.begin_visit(language)
            settle(shell.explorer, 50)
            assert shell.explorer.cards_page.isVisible()
            problems += tile_problems(shell.explorer.cards_page.grid, language)
            problems += [f"{language}: {p}" for p in text_problems(shell.explorer.cards_page)]
        assert problems == []
    finally:
        close_shell(shell)


def test_a_title_takes_a_third_line_before_it_is_elided(qapp):
    fonts = CardFonts.for_point_size(10.5)
    cell = card_size(300)
    tile = tile_rect(QRectF(0, 0, cell.width(), cell.height()))
    title = "Марке политехникалық университетінің Талдықорғандағы филиалы"
    layout = tile_text_layout(tile, title, "Білім және ғылым", "16 шілде 2025", fonts)
    two_lines = fit_lines(title, fonts.title, layout.title_rect.width(), 2)
    assert two_lines.elided, "the example needs more than two lines"
    assert len(layout.title.lines) == 3
    assert layout.snippet_lines == 1, "the snippet gives the title its second line"
    short = tile_text_layout(tile, "Абай", "Өнер және мәдениет", "1845", fonts)
    assert short.title.lines == ("Абай",) and not short.title.elided
    assert short.snippet_lines == 2
