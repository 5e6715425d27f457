"""The kiosk's content watcher on a real folder, with real packs and a real database."""

from __future__ import annotations

import logging

import pytest
from shiboken6 import delete

from explorer.content.importer import imported_versions
from explorer.content.pack_drop import DropFolder, staged_path
from explorer.ui.kiosk.kiosk_content_watcher import ContentWatcher
from tests.content.pack_builder import PACK_ID, write_valid_pack

WAIT_MS = 10_000


@pytest.fixture
def make_watcher(qtbot):
    watchers = []

    def make(folder, database, **options):
        options = {"poll_interval_ms": 100, "settle_seconds": 0.1, **options}
        watcher = ContentWatcher(folder, database, **options)
        watchers.append(watcher)
        return watcher

    yield make
    for watcher in watchers:
        watcher.stop()
        delete(watcher)  # here, on the main thread, not whenever garbage is collected


def drop_pack(folder, version, **changes):
    """Written beside the folder, then moved in, as a copy tool finishing would."""
    built = write_valid_pack(
        folder.parent,
        name=f"building-{version}",
        zipped=True,
        manifest={"version": version},
        **changes,
    )
    return built.rename(folder / f"pack-{version}.zip")


def test_a_newer_pack_is_staged_and_apply_pending_swaps_it_in(qtbot, make_watcher, database, drop):
    watcher = make_watcher(drop, database)
    watcher.start()
    live = database.read_bytes()
    with qtbot.waitSignal(watcher.staged, timeout=WAIT_MS) as staged:
        drop_pack(drop, "1.1.0")
    assert staged.args == ["Test pack (test-pack) version 1.1.0"]
    assert watcher.has_pending()
    assert database.read_bytes() == live

    assert watcher.apply_pending() is True
    assert imported_versions(database) == {PACK_ID: "1.1.0"}
    assert not watcher.has_pending()
    assert watcher.apply_pending() is False


def test_the_folder_watcher_notices_a_drop_before_the_next_poll(
    qtbot, make_watcher, database, drop
):
    watcher = make_watcher(drop, database, poll_interval_ms=600_000)
    watcher.start()
    qtbot.wait(200)  # the first scan, of an empty folder
    with qtbot.waitSignal(watcher.staged, timeout=WAIT_MS):
        drop_pack(drop, "1.1.0")


def test_an_invalid_pack_is_refused_once_and_logged(qtbot, make_watcher, database, drop, caplog):
    watcher = make_watcher(drop, database)
    refusals = []
    watcher.refused.connect(refusals.append)
    watcher.start()
    live = database.read_bytes()
    with qtbot.waitSignal(watcher.refused, timeout=WAIT_MS) as refused:
        drop_pack(drop, "2.0.0", cards={"dante": {"sources": ["nowhere"]}})
    [message] = refused.args
    assert "pack-2.0.0.zip" in message
    assert "cards.json: dante: sources: unknown source 'nowhere'" in message

    qtbot.wait(600)  # several polls
    assert refusals == [message]
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [
        f"{message}\nThe content shown stays as it was."
    ]
    assert not watcher.has_pending()
    assert database.read_bytes() == live


def test_a_missing_folder_is_logged_once_and_used_once_it_exists(
    qtbot, make_watcher, database, tmp_path, caplog
):
    folder = tmp_path / "usb" / "drop"
    watcher = make_watcher(folder, database)
    watcher.start()
    qtbot.wait(500)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "does not exist" in warnings[0]

    folder.mkdir(parents=True)
    with qtbot.waitSignal(watcher.staged, timeout=WAIT_MS):
        drop_pack(folder, "1.1.0")


def test_stop_waits_for_the_scan_under_way(make_watcher, database, drop):
    drop_pack(drop, "1.1.0")
    watcher = make_watcher(drop, database, settle_seconds=0)
    watcher.start()  # stages the pack already there, on the pool's thread
    watcher.stop()
    assert watcher.has_pending()
    assert not database.with_name(database.name + ".staging").exists()
    assert staged_path(database).exists()


def test_a_shared_drop_folder_keeps_what_the_start_up_scan_refused(
    qtbot, make_watcher, database, drop, caplog
):
    drop_pack(drop, "2.0.0", cards={"dante": {"sources": ["nowhere"]}})
    scanner = DropFolder(drop, database, settle_seconds=0)
    assert len(scanner.apply_at_start().refused) == 1
    watcher = make_watcher(drop, database, drop_folder=scanner)
    refusals = []
    watcher.refused.connect(refusals.append)
    watcher.start()
    qtbot.wait(500)
    assert refusals == []
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1
