"""Building a real kiosk shell on the bundled collection, with timers shortened for tests."""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QApplication, QLabel

from explorer.domain.kiosk_config import hash_pin, parse_kiosk_config
from explorer.store.locations import thumbnail_cache_folder, user_database_path
from explorer.store.user_db import UserStore
from tests.ui.cards.refine_column import count_text
from tests.ui.made_thumbnails import made_thumbnails, share_thumbnails

PIN = "2468"
TEST_IDLE_MS = 60
TEST_TICK_MS = 15


@cache
def _pin_hash() -> str:
    return hash_pin(PIN, bytes(16))  # scrypt: slow on purpose, so made once


def kiosk_config(**overrides):
    return parse_kiosk_config({"staff_pin_hash": _pin_hash(), **overrides})


def build_shell(qtbot, config, content=None):
    """A kiosk on the home's content, its thumbnail cache holding what earlier windows made
    (see ``made_thumbnails``)."""
    from explorer.store.locations import content_database_path
    from explorer.ui.kiosk.kiosk_shell import KioskShell
    from explorer.ui.shell.app import create_application, open_window

    share_thumbnails(made_thumbnails(), thumbnail_cache_folder())
    app = create_application()
    user = UserStore.open(user_database_path())
    database = content_database_path()
    shell = KioskShell(config, lambda: open_window(app, database, user), user.usage, content)
    shell.user = user
    qtbot.addWidget(shell)
    shell.resize(1920, 1080)
    shell.show()
    qtbot.waitExposed(shell)
    shorten_timers(shell)
    return shell


def shorten_timers(shell) -> None:
    shell.idle.timer.setInterval(TEST_IDLE_MS)
    shell.countdown.ticker.setInterval(TEST_TICK_MS)


def close_shell(shell) -> None:
    shell.idle.stop()
    shell.lockdown.is_unlocked = True
    QApplication.instance().removeEventFilter(shell.lockdown)
    shell.close()
    if shell.explorer is not None:
        shell.explorer.thumbnails.wait()
        shell.explorer.store.close()
        share_thumbnails(shell.explorer.thumbnails.cache, made_thumbnails())
    shell.user.close()


def visitor_state(explorer) -> dict:
    """Everything a visitor can change, as plain values."""
    timeline, view = explorer.timeline_page, explorer.timeline_page.view
    grid = explorer.cards_page.grid
    model = explorer.model
    return {
        "search text": explorer.top_bar.search.text(),
        "search undo": explorer.top_bar.search.isUndoAvailable(),
        "query": model.query,
        "results": [model.card_id(row) for row in range(model.rowCount())],
        "facets": explorer.facet_panel.filters(),
        "checked facet values": sorted(
            count_text(explorer.facet_panel, name, key)
            for name, keys in explorer.facet_panel.filters().items()
            for key in keys
        ),
        "clear filters enabled": explorer.facet_panel.clear_button.isEnabled(),
        "category": explorer.cards_page.category_filter.current,
        "request": explorer.session.search,
        "selection": explorer.session.selection,
        "history": explorer.session.history.current,
        "can go back": explorer.session.history.can_go_back,
        "can go forward": explorer.session.history.can_go_forward,
        "back button": explorer.top_bar.back_button.isEnabled(),
        "page": explorer.pages.currentIndex(),
        "open card": explorer.detail.card,
        "card texts": [label.text() for label in explorer.detail.findChildren(QLabel)],
        "language": explorer.language,
        "language box": explorer.top_bar.language.currentData(),
        "grid scroll": grid.verticalScrollBar().value(),
        "card page scroll": explorer.detail.verticalScrollBar().value(),
        "filter panel scroll": explorer.facet_panel.verticalScrollBar().value(),
        "grid current row": grid.currentIndex().row(),
        "timeline filter": timeline.wanted,
        "timeline fitted": view.fitted,
        "timeline collapsed lanes": set(view.collapsed),
        "timeline selection": view.selected_id,
        "timeline as list": timeline.list_button.isChecked(),
        "year box": timeline.year_box.text(),
    }
