"""Starting the explorer: the Qt application, the theme, the data, the window."""

from __future__ import annotations

import logging
import os
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

# The Qt-free layers are imported before PySide6: PySide6's import hook reads the source of
# every module imported after it, which cost a cold start about 30 ms for these.
from explorer.content.library import ContentLibrary, ContentUnavailable, ImportReport, Prepared
from explorer.content.problems import PackInvalid
from explorer.store.content_store import ContentStore
from explorer.store.locations import (
    BUNDLED_COLLECTION,
    USER_DATABASE,
    content_database_path,
    thumbnail_cache_folder,
    user_data_folder,
    user_data_path,
)
from explorer.store.logs import configure_logging
from explorer.store.user_db import UserStore
from explorer.store.user_db_recovery import open_user_data

# isort: split
# Qt-free modules of the session and the window, imported here for the same reason.
import explorer.session.session
import explorer.ui.widgets.plain_text  # noqa: F401

# isort: split
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

from explorer.ui.cards.card_delegate import THUMBNAIL_SIZE
from explorer.ui.cards.thumbnail_loader import ThumbnailLoader
from explorer.ui.shell.content_notice_text import content_notice_text
from explorer.ui.shell.language import LanguageSwitcher
from explorer.ui.shell.main_window import MainWindow
from explorer.ui.shell.theme import apply_theme
from explorer.ui.shell.user_data_notices import show_user_data_notices
from explorer.ui.shell.window_imports import imported_notice

APP_NAME = "Italy–Kazakhstan Cultural Explorer"
log = logging.getLogger("explorer.kiosk")


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


def create_main_window(app: QApplication, user: UserStore | None = None) -> MainWindow:
    """Build the content database if needed and open the window on it."""
    prepared = prepare_content()
    opening = open_user_data() if user is None else None
    window = open_window(app, prepared.database, opening.store if opening else user)
    show_user_data_notices(window, window.user, opening)
    for notice in prepared.notices:
        log.warning("%s", notice)
        window.show_notice(partial(content_notice_text, notice))
    return window


def prepare_content() -> Prepared:
    """The content database made to hold the bundled collection and every kept pack."""
    return ContentLibrary.for_database(content_database_path(), BUNDLED_COLLECTION).prepare()


def open_window(app: QApplication, database: Path, user: UserStore) -> MainWindow:
    """A window on the content database as it is (opened read-only)."""
    store = ContentStore.open(database)
    ratio = max(1.0, app.devicePixelRatio())
    size = QSize(round(THUMBNAIL_SIZE.width() * ratio), round(THUMBNAIL_SIZE.height() * ratio))
    thumbnails = ThumbnailLoader(database, thumbnail_cache_folder(), size)
    window = MainWindow(store, user, thumbnails, app.language_switcher)
    thumbnails.setParent(window)
    return window


def _log_folder() -> Path | None:
    """The data folder, for the log; None (standard error only) when it cannot be made."""
    try:
        return user_data_folder()
    except OSError:
        return None


def run_app(screenshot_dir: Path | None = None) -> int:
    configure_logging(_log_folder())
    if screenshot_dir is not None and not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = create_application()
    try:
        window = create_main_window(app)
    except (PackInvalid, ContentUnavailable) as invalid:
        log.error("The explorer cannot start: %s", invalid)
        if screenshot_dir is not None:
            print(invalid, file=sys.stderr)
        else:
            _show_error(app, invalid)
        return 1
    except Exception as failure:  # said in a box, not left as a traceback no one sees
        if screenshot_dir is not None:
            raise
        log.exception("The explorer cannot start")
        _show_error(app, failure)
        return 1
    if screenshot_dir is not None:
        from explorer.ui.kiosk.kiosk_screenshots import take_kiosk_screenshots
        from explorer.ui.shell.screenshots import take_screenshots

        for path in take_screenshots(window, screenshot_dir):
            print(path)
        window.close()
        database = window.store.path
        for path in take_kiosk_screenshots(
            lambda user: open_window(app, database, user), screenshot_dir
        ):
            print(path)
        return 0
    window.content_changed.connect(partial(reopen_window, app, window))
    window.show()
    return app.exec()


def reopen_window(app: QApplication, old: MainWindow, report: ImportReport) -> MainWindow:
    """A new window on the content just imported, in the old one's place; the old one lets
    go of the database and goes. The new one says what was imported."""
    new = open_window(app, old.store.path, old.user)
    new.setGeometry(old.geometry())
    new.show_notice(imported_notice(report))
    new.content_changed.connect(partial(reopen_window, app, new))
    old.release_content()
    old.deleteLater()
    new.show()
    app.explorer_window = new  # held, so that it outlives this call
    return new


START_ERROR_LINES = 12
"""Lines of a start-up failure shown in its box; a longer list is shown whole in its details."""
START_ERROR_LINE_CHARS = 300
"""Characters of one such line shown in the box: a pack can quote a long text in one line."""


def _show_error(app: QApplication, refusal: BaseException) -> None:
    """Why the explorer cannot start, in the language the person last chose."""
    start_error_box(app, refusal).exec()


def start_error_box(app: QApplication, refusal: BaseException) -> QMessageBox:
    """A box whose text is shown as written (it may quote a pack's contents); the system's
    own messages, or where an unexpected failure happened, are behind "Show Details…"."""
    from PySide6.QtWidgets import QMessageBox  # only when a start fails

    from explorer.ui.shell.start_error import StartError, saved_language

    app.language_switcher.apply(saved_language())
    words = StartError()
    box = QMessageBox(QMessageBox.Icon.Critical, words.title(), words.heading(refusal))
    box.setTextFormat(Qt.TextFormat.PlainText)
    reason = words.reason(refusal)
    shown = _shortened(reason)
    box.setInformativeText(shown)
    details = [words.details(refusal)]
    if shown != reason:  # the rest behind "Show Details…": the box fits a screen
        details.insert(0, reason)
    if any(details):
        box.setDetailedText("\n\n".join(filter(None, details)))
    return box


def _shortened(reason: str) -> str:
    """At most ``START_ERROR_LINES`` lines of ``reason``, each at most
    ``START_ERROR_LINE_CHARS`` characters, an ellipsis where any was cut."""
    lines = reason.split("\n")
    shown = [
        line if len(line) <= START_ERROR_LINE_CHARS else line[: START_ERROR_LINE_CHARS - 1] + "…"
        for line in lines[:START_ERROR_LINES]
    ]
    if len(lines) > START_ERROR_LINES:
        shown.append("…")
    return "\n".join(shown)


def run_kiosk(config_path: Path | None = None) -> int:
    """Full screen and locked: the staff gesture and PIN are the only way out."""
    # Kiosk-only modules are imported here, to keep them out of the desktop app's start.
    from explorer.content.pack_drop import DropFolder
    from explorer.domain.kiosk_config import KioskConfigError
    from explorer.store.kiosk_config_file import load_kiosk_config
    from explorer.ui.kiosk.kiosk_content_watcher import ContentWatcher
    from explorer.ui.kiosk.kiosk_shell import KioskShell

    try:
        data_folder: Path | None = user_data_folder()
    except OSError as error:
        print(f"the data folder cannot be used: {error}", file=sys.stderr)
        data_folder = None
    configure_logging(data_folder)
    if config_path is None and data_folder is None:
        return 1
    path = config_path or data_folder / "kiosk.json"
    try:
        config = load_kiosk_config(path)
    except KioskConfigError as error:
        print(error, file=sys.stderr)
        return 1
    app = create_application()
    try:
        prepared = prepare_content()
        for notice in prepared.notices:
            log.warning("%s", notice)
        database = prepared.database
        folder = config.content_drop_folder
        drop = DropFolder(Path(folder), database) if folder else None
        if drop is not None:
            drop.apply_at_start()  # newer packs already waiting are shown from the start
    except (PackInvalid, ContentUnavailable) as invalid:
        print(invalid, file=sys.stderr)
        return 1
    user = UserStore.open_or_in_memory(user_data_path() / USER_DATABASE)
    watcher = None
    if drop is not None:
        watcher = ContentWatcher(drop.folder, database, drop_folder=drop)
        watcher.start()
    shell = KioskShell(config, lambda: open_window(app, database, user), user.usage, watcher)
    shell.start()
    log.info("kiosk started with %s", path)
    code = app.exec()
    if watcher is not None:
        watcher.stop()
    return code
