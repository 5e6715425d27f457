"""Starting the explorer: the Qt application, the theme, the data, the window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.content.importer import ensure_imported
from explorer.content.problems import PackInvalid
from explorer.domain.kiosk_config import KioskConfigError
from explorer.store.content_store import ContentStore
from explorer.store.content_writer import PackConflict
from explorer.store.kiosk_config_file import load_kiosk_config
from explorer.store.locations import (
    BUNDLED_COLLECTION,
    content_database_path,
    thumbnail_cache_folder,
    user_data_folder,
    user_database_path,
)
from explorer.store.user_db import UserStore
from explorer.ui.card_delegate import THUMBNAIL_SIZE
from explorer.ui.kiosk_window import make_kiosk
from explorer.ui.language import LanguageSwitcher
from explorer.ui.main_window import MainWindow
from explorer.ui.theme import apply_theme
from explorer.ui.thumbnail_loader import ThumbnailLoader

APP_NAME = "Italy–Kazakhstan Cultural Explorer"


def create_application() -> QApplication:
    """The application, set up once: theme, fonts and translators (tests ask repeatedly)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.property("explorer_ready"):
        return app
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    apply_theme(app)
    app.language_switcher = LanguageSwitcher(app)
    app.language_switcher.apply("en")
    app.setProperty("explorer_ready", True)
    return app


def create_main_window(app: QApplication) -> MainWindow:
    """Build the content database if needed and open the window on it."""
    database = content_database_path()
    ensure_imported(BUNDLED_COLLECTION, database)
    store = ContentStore.open(database)
    user = UserStore.open(user_database_path())
    ratio = max(1.0, app.devicePixelRatio())
    size = QSize(round(THUMBNAIL_SIZE.width() * ratio), round(THUMBNAIL_SIZE.height() * ratio))
    thumbnails = ThumbnailLoader(database, thumbnail_cache_folder(), size)
    window = MainWindow(store, user, thumbnails, app.language_switcher)
    thumbnails.setParent(window)
    return window


def run_app(screenshot_dir: Path | None = None) -> int:
    if screenshot_dir is not None and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    try:
        window = create_main_window(app)
    except (PackInvalid, PackConflict) as invalid:
        if screenshot_dir is not None:
            print(invalid, file=sys.stderr)
        else:
            QMessageBox.critical(None, APP_NAME, str(invalid))
        return 1
    if screenshot_dir is not None:
        from explorer.ui.screenshots import take_screenshots

        for path in take_screenshots(window, screenshot_dir):
            print(path)
        window.close()
        return 0
    window.show()
    return app.exec()


def run_kiosk(config_path: Path | None = None) -> int:
    """Full screen and locked: the staff gesture and PIN are the only way out.

    The attract loop, idle reset and content drop folder are not built yet (docs/kiosk.md).
    """
    path = config_path or user_data_folder() / "kiosk.json"
    try:
        config = load_kiosk_config(path)
    except KioskConfigError as error:
        print(error, file=sys.stderr)
        return 1
    app = create_application()
    try:
        window = create_main_window(app)
    except (PackInvalid, PackConflict) as invalid:
        print(invalid, file=sys.stderr)
        return 1
    make_kiosk(window, config)
    return app.exec()
