"""Turning the main window into the exhibit kiosk described by a KioskConfig."""

from __future__ import annotations

from explorer.domain.kiosk_config import KioskConfig
from explorer.ui.kiosk_lockdown import KioskLockdown
from explorer.ui.kiosk_style import apply_kiosk_style
from explorer.ui.main_window import MainWindow

RAIL_VIEWS = ("cards", "timeline", "map", "collection")


def make_kiosk(window: MainWindow, config: KioskConfig) -> KioskLockdown:
    """Offer only the configured languages and views, style for touch, lock it down."""
    apply_kiosk_style(window)
    languages = window.top_bar.language
    for index in reversed(range(languages.count())):
        if languages.itemData(index) not in config.languages:
            languages.removeItem(index)
    for view in RAIL_VIEWS:
        window.rail.buttons[view].setVisible(view in config.views)
    window.set_language(config.default_language)
    window.show_view(config.start_view)
    lockdown = KioskLockdown(window, config.staff_pin_hash)
    lockdown.install()
    return lockdown
