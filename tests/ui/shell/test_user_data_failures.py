"""The desktop window opens, and says calmly at its top what happened, when the person's own
data is damaged, cannot be written, or the disk fills up while it runs."""

from __future__ import annotations

import errno
import logging
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import Qt

from explorer.store.locations import user_database_path
from explorer.store.storage_problem import StorageProblem
from explorer.store.user_db import UserStore
from explorer.ui.shell.user_data_notices import saving_notice
from tests.disk_fixtures import read_only
from tests.store.user_db_files import GARBAGE, snapshot, user_database_with

FRESH = "A fresh settings file was started."
NOT_KEPT = "changes you make now will not be kept after it closes"
DISK_FULL = "Your settings cannot be saved: the disk is full."


@pytest.fixture
def open_desktop(qtbot, content_database):
    """Open the desktop window as ``explorer`` does; closed again after the test."""
    from explorer.ui.shell.app import create_application, create_main_window

    windows = []

    def open_window():
        window = create_main_window(create_application())
        qtbot.addWidget(window)
        window.resize(1280, 860)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.answered)
        windows.append(window)
        return window

    yield open_window
    for window in windows:
        window.thumbnails.wait()
        window.close()
        window.store.close()
        window.user.close()


def _notice(window) -> str:
    assert window.notice_bar.isVisible(), "a notice should be shown"
    return window.notice_bar.text.text()


def _a_used_data_folder(home, **settings):
    """The data folder after an earlier run: content, thumbnails folder, user database."""
    (home / "cache" / "thumbnails").mkdir(parents=True)
    return user_database_with(user_database_path(), **settings)


def test_a_usable_user_database_shows_no_notice(open_desktop):
    window = open_desktop()
    assert not window.notice_bar.isVisible()
    assert window.user.persistent


def test_a_damaged_user_database_is_kept_aside_and_the_window_says_where(
    open_desktop, explorer_home
):
    path = user_database_path()
    path.write_bytes(GARBAGE)

    window = open_desktop()

    [kept] = explorer_home.glob("user.db.damaged-*")
    assert kept.read_bytes() == GARBAGE
    text = _notice(window)
    assert f"the file {path} is damaged" in text
    assert f"kept, unchanged, as {kept}" in text
    assert FRESH in text
    window.set_language("it")
    assert f"Il file danneggiato è stato conservato, senza modifiche, come {kept}." in _notice(
        window
    )
    window.user.close()
    reopened = UserStore.open(path)
    assert reopened.setting("content_language") == "it"  # the fresh file keeps choices
    reopened.close()
    window.user = UserStore.open(path)  # for the fixture to close
    assert kept.read_bytes() == GARBAGE


def test_a_folder_that_cannot_be_written_opens_on_what_could_be_read(open_desktop, explorer_home):
    _a_used_data_folder(explorer_home, content_language="it")
    with read_only(explorer_home):
        before = snapshot(explorer_home)
        window = open_desktop()
        assert window.language == "it"  # read from the file, which stays as it is
        text = _notice(window)  # so it is said in Italian
        assert f"non si può scrivere in {explorer_home}." in text
        assert "le modifiche che fai ora non saranno conservate" in text
        assert not window.user.persistent
        window.set_language("ru")
        assert window.user.setting("content_language") == "ru"
        window.close()
        window.user.close()
        assert snapshot(explorer_home) == before


def test_a_damaged_user_database_that_cannot_be_moved_is_left_and_said(open_desktop, explorer_home):
    (explorer_home / "cache" / "thumbnails").mkdir(parents=True)
    path = user_database_path()
    path.write_bytes(GARBAGE)
    with read_only(explorer_home):
        window = open_desktop()
        text = _notice(window)
        assert "could not be moved aside, so it was left as it is" in text
        assert NOT_KEPT in text
        assert path.read_bytes() == GARBAGE
        assert not list(explorer_home.glob("user.db.damaged-*"))


def test_a_full_disk_while_running_gives_one_notice_and_the_window_carries_on(open_desktop, caplog):
    window = open_desktop()
    user = window.user
    # A real SQLite full-database error (SQLITE_FULL, "database or disk is full") through
    # the real write path: the connection may not grow the file by a single page. Without
    # root a real full disk cannot be made for one file; this is the same error SQLite
    # raises when the disk itself is full.
    pages = user.db.execute("PRAGMA page_count").fetchone()[0]
    user.db.execute(f"PRAGMA max_page_count = {pages}")
    with caplog.at_level(logging.WARNING, logger="explorer"):
        user.set_setting("study-notes", "a long note " * 2000)
        user.set_setting("more-notes", "another long note " * 2000)
        window.top_bar.language.setCurrentIndex(window.top_bar.language.findData("it"))

    assert window.notice_bar.notices == [  # said once, now in the interface language
        "Non è possibile salvare le tue impostazioni: il disco è pieno."
    ]
    assert "database or disk is full" in caplog.text
    assert len([r for r in caplog.records if "full" in r.getMessage()]) == 1
    assert window.language == "it"
    window.open_card(window.model.card_id(0))
    assert window.pages.currentWidget() is window.detail
    window.session.show_view("timeline")
    assert window.pages.currentWidget() is window.timeline_page


def test_the_notice_follows_the_interface_language(open_desktop):
    window = open_desktop()
    window.set_language("it")
    pages = window.user.db.execute("PRAGMA page_count").fetchone()[0]
    window.user.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL, as above
    window.user.set_setting("study-notes", "a long note " * 2000)
    assert _notice(window) == "Non è possibile salvare le tue impostazioni: il disco è pieno."
    assert _notice(window) == saving_notice(StorageProblem.DISK_FULL, None, OSError())


def test_the_notice_bar_shows_plain_text_stacks_notices_and_can_be_dismissed(open_desktop, qtbot):
    window = open_desktop()
    bar = window.notice_bar
    assert bar.text.textFormat() == Qt.TextFormat.PlainText
    assert bar.accessibleName() == "Notice"
    assert bar.close_button.accessibleName() == "Dismiss the notice"

    window.show_notice(DISK_FULL)
    window.show_notice("<b>C:\\Users\\Ana & co</b>")
    window.show_notice(DISK_FULL)
    assert bar.text.text() == f"{DISK_FULL}\n\n<b>C:\\Users\\Ana & co</b>"
    assert bar.geometry().top() == 0 and bar.width() == window.centralWidget().width()

    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible() and bar.notices == []


def test_why_a_file_cannot_be_used_is_said_in_the_interface_language(qapp, tmp_path):
    from explorer.ui.shell.app import create_application

    path = tmp_path / "user.db"
    with closing(sqlite3.connect(path, isolation_level=None)) as holder:
        holder.execute("CREATE TABLE t (x)")
        holder.execute("BEGIN EXCLUSIVE")
        other = sqlite3.connect(path, timeout=0)
        with closing(other), pytest.raises(sqlite3.OperationalError) as locked:
            other.execute("SELECT * FROM t").fetchall()
        holder.execute("COMMIT")
    switch = create_application().language_switcher.apply
    try:
        switch("ru")
        said = saving_notice(StorageProblem.UNUSABLE, path, locked.value)
        assert said == (
            f"Не удаётся сохранить ваши настройки: {path} нельзя использовать "
            "(база данных заблокирована другой программой)."
        )
        strange = saving_notice(StorageProblem.UNUSABLE, path, OSError(errno.EIO, "I/O error"))
        assert strange.endswith("(сообщение системы: «[Errno 5] I/O error»).")
        switch("en")
        assert saving_notice(StorageProblem.UNUSABLE, path, locked.value).endswith(
            "cannot be used (database is locked)."
        )
    finally:
        switch("en")
