"""The box of an explorer that cannot start speaks the language the person last chose; the
system's own messages, and where an unexpected failure happened, are behind its details."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication

from explorer.content import library
from explorer.content.library import ContentLibrary, ContentUnavailable
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack
from explorer.domain.wording import PackProblems
from explorer.store.locations import USER_DATABASE, user_data_path
from explorer.store.user_db import UserStore
from explorer.ui.shell.app import (
    START_ERROR_LINE_CHARS,
    START_ERROR_LINES,
    create_application,
    start_error_box,
)
from explorer.ui.shell.start_error import saved_language
from tests.content.pack_builder import write_valid_pack
from tests.ui.interface_text import visible_texts
from tests.ui.shell.refusal_checks import english_in


@pytest.fixture
def app(qapp):
    return create_application()


def _choose(language: str) -> None:
    """As the person did in an earlier session."""
    user_data_path().mkdir(parents=True, exist_ok=True)
    store = UserStore.open(user_data_path() / USER_DATABASE)
    store.set_setting("content_language", language)
    store.close()


def _invalid(tmp_path) -> PackInvalid:
    bundled = write_valid_pack(
        tmp_path, cards={"abai": {"kind": "poet", "sources": ["nowhere"], "titel": "Abai"}}
    )
    with pytest.raises(PackInvalid) as invalid:
        load_pack(bundled)
    return invalid.value


def _shown(box, qtbot) -> str:
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = [text for _where, text in visible_texts(box)]
    box.close()
    return "\n".join(texts)


@pytest.mark.parametrize("language", ["it", "kk", "ru"])
def test_a_bundled_collection_with_problems_is_explained_in_the_chosen_language(
    app, qtbot, tmp_path, language
):
    _choose(language)
    invalid = _invalid(tmp_path)
    box = start_error_box(app, invalid)
    shown = _shown(box, qtbot)
    assert english_in(shown, language, invalid) == []
    for written in ("'poet'", "'nowhere'", "titel"):
        assert written in box.informativeText()
    assert box.windowTitle() != "Italy–Kazakhstan Cultural Explorer"


def test_content_that_cannot_be_opened_is_explained_in_the_chosen_language(app, qtbot):
    _choose("ru")
    reason = PackProblems.tr("The bundled collection %1 has no manifest").arg("/opt/collection")
    box = start_error_box(app, ContentUnavailable(reason))
    shown = _shown(box, qtbot)
    assert "/opt/collection" in shown
    assert english_in(shown.replace("/opt/collection", ""), "ru") == []
    assert box.informativeText() == "У встроенной коллекции /opt/collection нет манифеста"


def test_with_no_language_chosen_the_box_says_in_english_what_the_command_line_says(
    app, qtbot, tmp_path
):
    invalid = _invalid(tmp_path)
    box = start_error_box(app, invalid)
    assert box.informativeText() == str(invalid)
    assert box.text() == "The explorer cannot open its collection, so it cannot start."
    assert not (user_data_path() / USER_DATABASE).exists()


def test_a_pack_quoted_in_the_box_is_shown_as_written(app, qtbot, tmp_path):
    _choose("ru")
    bundled = write_valid_pack(tmp_path, cards={"abai": {"kind": "<b>poet</b>"}})
    with pytest.raises(PackInvalid) as invalid:
        load_pack(bundled)
    box = start_error_box(app, invalid.value)
    assert "'<b>poet</b>' — не вид" in box.informativeText()
    assert "'<b>poet</b>'" in _shown(box, qtbot)


def test_a_long_list_of_problems_keeps_the_box_within_the_screen(app, qtbot, tmp_path):
    cards = [{"id": f"card-{number}", "titel": "Abai"} for number in range(40)]
    bundled = write_valid_pack(tmp_path, cards=cards)
    with pytest.raises(PackInvalid) as invalid:
        load_pack(bundled)
    box = start_error_box(app, invalid.value)
    assert len(str(invalid.value).splitlines()) > START_ERROR_LINES
    assert len(box.informativeText().splitlines()) == START_ERROR_LINES + 1
    assert box.detailedText() == str(invalid.value), "every problem, behind the details"
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.height() < 700


def test_one_very_long_line_keeps_the_box_within_the_screen(app, qtbot):
    folder = "/media/archive" + "/exhibition-2026" * 400
    refusal = ContentUnavailable(f"The content database cannot be made in {folder}")
    box = start_error_box(app, refusal)
    [line] = box.informativeText().splitlines()
    assert len(line) == START_ERROR_LINE_CHARS and line.endswith("…")
    assert folder in box.detailedText(), "the whole line, behind the details"
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert box.height() < 700


def test_an_older_user_database_is_read_for_its_language_and_left_as_it_is(app, tmp_path):
    """The box only reads: an explorer that cannot start migrates and backs up nothing."""
    user_data_path().mkdir(parents=True, exist_ok=True)
    path = user_data_path() / USER_DATABASE
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);"
        "INSERT INTO settings VALUES ('content_language', 'ru');"
        "PRAGMA user_version = 1;"
    )
    old.close()
    before = {child.name: child.read_bytes() for child in user_data_path().iterdir()}
    assert saved_language() == "ru"
    after = {child.name: child.read_bytes() for child in user_data_path().iterdir()}
    assert after == before


def _full_disk_at_start(tmp_path, monkeypatch) -> ContentUnavailable:
    """What a start on a full disk raises: the data folder, then a temporary copy, cannot
    take the collection."""

    def full(database, *_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device", str(database))

    monkeypatch.setattr(library, "_build_database", full)
    bundled = write_valid_pack(tmp_path / "bundled")
    content = ContentLibrary(tmp_path / "data", bundled)
    with pytest.raises(ContentUnavailable) as unavailable:
        content.prepare()
    return unavailable.value


@pytest.mark.parametrize("language", ["it", "kk", "ru"])
def test_a_full_disk_at_start_is_said_in_the_chosen_language(
    app, qtbot, tmp_path, monkeypatch, language
):
    _choose(language)
    unavailable = _full_disk_at_start(tmp_path, monkeypatch)
    box = start_error_box(app, unavailable)
    said = box.informativeText()
    for words in ("the disk is full", "no space left on the disk"):
        assert QCoreApplication.translate("PackProblems", words) in said
    assert "Errno" not in said and "No space left" not in said
    shown = _shown(box, qtbot).replace(str(tmp_path / "data"), "")
    assert english_in(shown, language) == []
    # The system's own message, for whoever looks after the explorer
    assert "[Errno 28] No space left on device" in box.detailedText()
    assert "[Errno 28] No space left on device" in str(unavailable), "the command line's"


def _failure() -> RuntimeError:
    try:
        raise RuntimeError("the window could not be made")
    except RuntimeError as error:
        return error


def test_an_unexpected_failure_at_start_is_said_in_the_chosen_language(app, qtbot):
    _choose("ru")
    box = start_error_box(app, _failure())
    assert box.text() == "Произошла непредвиденная ошибка, и программа не может запуститься."
    assert english_in(box.text() + "\n" + box.informativeText(), "ru") == []
    details = box.detailedText()
    assert details.startswith("Traceback") and "_failure" in details
    assert details.endswith("RuntimeError: the window could not be made")


def test_an_unexpected_failure_at_start_is_logged_and_shown(app, monkeypatch, caplog):
    from explorer.ui.shell import app as app_module

    shown = []

    def fail(_app):
        raise _failure()

    monkeypatch.setattr(app_module, "create_main_window", fail)
    monkeypatch.setattr(app_module, "_show_error", lambda _app, error: shown.append(error))
    assert app_module.run_app() == 1
    assert [str(error) for error in shown] == ["the window could not be made"]
    [record] = [record for record in caplog.records if record.exc_info]
    assert "cannot start" in record.getMessage()
