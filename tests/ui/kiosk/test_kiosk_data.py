"""The kiosk's data: content read-only, new content shown from the next reset, and a user
database that cannot be written never stops a visit."""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3

import pytest
from PySide6.QtCore import Qt
from shiboken6 import delete

from explorer.store.locations import BUNDLED_COLLECTION, content_database_path
from explorer.store.user_db import UserStore
from explorer.ui.kiosk.kiosk_content_watcher import ContentWatcher
from explorer.ui.kiosk.kiosk_shell import KioskShell, Stage
from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config, shorten_timers
from tests.ui.shell.test_main_window import bundled

NEW_TITLE = "Marco Polo, retold for the new season"


@pytest.fixture
def shell(qtbot, content_database):
    shell = build_shell(qtbot, kiosk_config(languages=["en", "it"]))
    yield shell
    close_shell(shell)


def stop_for_good(watcher: ContentWatcher) -> None:
    """Stopped and destroyed here, on the main thread, not whenever garbage is collected."""
    watcher.stop()
    delete(watcher)


def newer_collection(folder, version: str, title: str):
    """The bundled collection as a newer pack with one card retitled, written into ``folder``."""
    pack = folder / f"collection-{version}"
    shutil.copytree(BUNDLED_COLLECTION, pack)
    manifest = json.loads((pack / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    (pack / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    cards = json.loads((pack / "cards.json").read_text(encoding="utf-8"))
    next(card for card in cards if card["id"] == "marco-polo")["title"]["en"] = title
    (pack / "cards.json").write_text(json.dumps(cards, ensure_ascii=False), encoding="utf-8")
    return pack


def visit_and_walk_away(qtbot, shell) -> None:
    qtbot.mouseClick(shell.slideshow, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shell.choice.buttons["en"], Qt.MouseButton.LeftButton)
    shell.explorer.open_card("marco-polo")
    qtbot.waitUntil(lambda: shell.stage is Stage.ATTRACT, timeout=5000)


def test_the_content_database_is_opened_read_only(shell):
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        shell.explorer.store.db.execute("DELETE FROM cards")


def test_a_newer_pack_dropped_during_a_visit_is_shown_from_the_next_reset(
    qtbot, content_database, tmp_path
):
    drop = tmp_path / "drop"
    drop.mkdir()
    watcher = ContentWatcher(drop, content_database, poll_interval_ms=100, settle_seconds=0.1)
    shell = build_shell(qtbot, kiosk_config(languages=["en", "it"]), content=watcher)
    shell.idle.timer.setInterval(600_000)  # the visitor stays until the pack is ready
    try:
        watcher.start()
        qtbot.mouseClick(shell.slideshow, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(shell.choice.buttons["en"], Qt.MouseButton.LeftButton)
        shell.explorer.open_card("marco-polo")
        old_explorer = shell.explorer
        with qtbot.waitSignal(watcher.staged, timeout=20_000):
            newer_collection(drop, "1.1.0", NEW_TITLE)
        assert shell.explorer is old_explorer, "nothing changes under a visitor"
        assert shell.explorer.detail.card.title["en"] != NEW_TITLE

        shorten_timers(shell)
        shell.idle.restart()  # and now walks away
        qtbot.waitUntil(lambda: shell.stage is Stage.ATTRACT, timeout=5000)

        assert shell.explorer is not old_explorer
        assert shell.explorer.store.card(bundled("marco-polo")).title["en"] == NEW_TITLE
        shorten_timers(shell)
        visit_and_walk_away(qtbot, shell)
        assert not watcher.has_pending()
    finally:
        close_shell(shell)
        stop_for_good(watcher)


def test_an_invalid_pack_is_refused_with_a_log_entry_and_the_content_stays(
    qtbot, content_database, tmp_path, caplog
):
    drop = tmp_path / "drop"
    drop.mkdir()
    watcher = ContentWatcher(drop, content_database, poll_interval_ms=100, settle_seconds=0.1)
    shell = build_shell(qtbot, kiosk_config(languages=["en", "it"]), content=watcher)
    before = content_database.read_bytes()
    try:
        watcher.start()
        with (
            caplog.at_level(logging.WARNING, logger="explorer.kiosk"),
            qtbot.waitSignal(watcher.refused, timeout=20_000),
        ):
            pack = newer_collection(drop, "2.0.0", "")  # an empty title is not allowed
        assert "Refused the content pack" in caplog.text and pack.name in caplog.text
        old_explorer = shell.explorer
        visit_and_walk_away(qtbot, shell)
        assert shell.explorer is old_explorer
        assert shell.explorer.store.card(bundled("marco-polo")).title["en"] == "Marco Polo"
        assert content_database.read_bytes() == before
    finally:
        close_shell(shell)
        stop_for_good(watcher)


def test_a_user_database_that_cannot_be_written_is_logged_and_visits_go_on(
    qtbot, content_database, tmp_path, caplog
):
    from explorer.ui.shell.app import create_application, open_window

    not_a_file = tmp_path / "user.db"
    not_a_file.mkdir()  # a folder where the database file should be
    with caplog.at_level(logging.WARNING, logger="explorer"):
        user = UserStore.open_or_in_memory(not_a_file)
    assert str(not_a_file) in caplog.text
    app = create_application()
    database = content_database_path()
    shell = KioskShell(
        kiosk_config(languages=["en", "it"]), lambda: open_window(app, database, user), user.usage
    )
    shell.user = user
    qtbot.addWidget(shell)
    shell.resize(1920, 1080)
    shell.show()
    shorten_timers(shell)
    try:
        visit_and_walk_away(qtbot, shell)
        assert shell.explorer.language == "en"
        assert shell.explorer.detail.card is None
    finally:
        close_shell(shell)
    assert not_a_file.is_dir() and not any(not_a_file.iterdir()), "left untouched"


def test_a_pack_staged_between_visitors_is_shown_at_once(qtbot, content_database, tmp_path):
    drop = tmp_path / "drop"
    drop.mkdir()
    watcher = ContentWatcher(drop, content_database, poll_interval_ms=100, settle_seconds=0.1)
    shell = build_shell(qtbot, kiosk_config(featured_cards=["marco-polo"]), content=watcher)
    try:
        watcher.start()
        old_explorer = shell.explorer
        assert shell.stage is Stage.ATTRACT
        with qtbot.waitSignal(watcher.staged, timeout=20_000):
            newer_collection(drop, "1.2.0", NEW_TITLE)
        assert shell.explorer is not old_explorer
        assert shell.slideshow.slides[0].title["en"] == NEW_TITLE
        assert shell.stage is Stage.ATTRACT and shell.slideshow.timer.isActive()
        assert not watcher.has_pending()
    finally:
        close_shell(shell)
        stop_for_good(watcher)
