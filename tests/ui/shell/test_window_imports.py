"""Importing a content pack from the window: in the background, with its progress shown."""

# ruff: noqa: F811 (fixtures imported from a shared module, then asked for by name)

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt

from explorer.content.import_progress import ImportStep
from explorer.content.importer import imported_versions
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack
from explorer.ui.shell.app import create_application, reopen_window
from explorer.ui.shell.window_imports import imported_notice, pack_of
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack
from tests.ui.shell.import_windows import reopened, window  # noqa: F401 (fixtures)
from tests.ui.shell.refusal_checks import english_in


def imported(qtbot, window, pack):
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as changed:
        assert window.imports.import_pack(pack)
        assert window.imports.bar.isVisible()
        assert window.imports.bar.label.text() == f"Importing {pack.name}: Checking the pack"
    return changed.args[0]


def test_a_pack_imported_from_the_window_is_shown_in_a_new_window(
    window, store, qtbot, tmp_path, reopened
):
    pack = write_valid_pack(tmp_path, zipped=True)
    cards_before = store.card_count()
    report = imported(qtbot, window, pack)
    assert report.pack_id == PACK_ID and report.cards == 3
    assert not window.imports.bar.isVisible()

    new = reopen_window(create_application(), window, report)
    reopened.append(new)
    qtbot.waitUntil(lambda: new.answered)
    assert new.store.card_count() == cards_before + 3
    assert any(PACK_ID in notice and "3" in notice for notice in new.notice_bar.notices)
    assert new.model.rowCount() == cards_before + 3
    assert PACK_ID in imported_versions(new.store.path)


def test_a_bad_pack_is_refused_in_the_notice_bar_and_nothing_changes(
    window, qtbot, tmp_path, content_database
):
    before = content_database.read_bytes()
    bad = write_valid_pack(tmp_path, manifest={"version": "not a version"})
    changed = []
    window.content_changed.connect(changed.append)
    assert window.imports.import_pack(bad)
    qtbot.waitUntil(lambda: bool(window.notice_bar.notices), timeout=20_000)
    assert "version" in window.notice_bar.notices[0]
    assert not window.imports.bar.isVisible() and changed == []
    assert content_database.read_bytes() == before


def test_replacing_a_pack_from_elsewhere_asks_first(
    window, qtbot, tmp_path, reopened, monkeypatch
):
    report = imported(qtbot, window, write_valid_pack(tmp_path, name="first"))
    new = reopen_window(create_application(), window, report)
    reopened.append(new)
    asked = []
    monkeypatch.setattr(new.imports, "confirm_takeover", lambda message: asked.append(message))
    before = new.store.path.read_bytes()
    elsewhere = write_valid_pack(tmp_path, name="elsewhere", manifest={"version": "2.0"})
    assert new.imports.import_pack(elsewhere)
    qtbot.waitUntil(lambda: "Nothing was imported." in new.notice_bar.notices, timeout=20_000)
    assert asked and PACK_ID in asked[0]
    assert new.store.path.read_bytes() == before


def test_one_import_at_a_time(window, tmp_path, qtbot):
    pack = write_valid_pack(tmp_path, zipped=True)
    with qtbot.waitSignal(window.content_changed, timeout=20_000):
        assert window.imports.import_pack(pack)
        assert not window.imports.import_pack(pack), "a second waits for the first"


def test_the_progress_strip_shows_the_step_and_how_far_it_has_come(window):
    bar = window.imports.bar
    bar.begin("big-pack.zip")
    bar.show_step(ImportStep.RECORDS, 250, 1000)
    assert bar.bar.value() == 250 and bar.bar.maximum() == 1000
    assert bar.label.text() == "Importing big-pack.zip: Importing its cards"
    bar.show_step(ImportStep.INDEX, 0, -1)
    assert bar.bar.maximum() == 0, "a step with no measure shows a busy bar"
    window.set_language("it")
    assert "big-pack.zip" in bar.label.text()
    assert "Importing its cards" not in bar.label.text()


def test_a_kiosk_window_offers_no_import(window, tmp_path):
    window.limit_to(("en",), ("cards",))
    assert not window.top_bar.import_button.isVisibleTo(window)
    assert not window.imports.import_pack(write_valid_pack(tmp_path))


def test_a_folder_pack_is_chosen_by_its_manifest_and_a_zip_by_itself(tmp_path, window, qtbot):
    folder = write_valid_pack(tmp_path)
    assert pack_of(folder / "manifest.json") == folder
    assert pack_of(tmp_path / "pack.zip") == tmp_path / "pack.zip"
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as changed:
        assert window.imports.import_pack(pack_of(folder / "manifest.json"))
    assert changed.args[0].pack_id == PACK_ID


def _kept_files(folder):
    """The data folder's content files: the database, its side files and kept packs (the
    folder that holds them may stay, empty)."""
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file()
        and "user.db" not in path.name
        and "cache" not in path.parts
        and path.suffix != ".log"
    )


def test_a_cancelled_import_changes_nothing_and_may_be_made_again(
    window, qtbot, tmp_path, content_database
):
    from tests.bench.synthetic_pack import write_synthetic_pack

    pack = write_synthetic_pack(tmp_path / "big", 3_000, zipped=True)
    before, files = content_database.read_bytes(), _kept_files(content_database.parent)
    bar, imports = window.imports.bar, window.imports
    changed = []
    window.content_changed.connect(changed.append)

    def cancel_once(*_progress) -> None:
        if bar.cancel_button.isEnabled():
            qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)

    imports.pack_import.progressed.connect(cancel_once)
    assert imports.import_pack(pack)
    assert bar.cancel_button.isVisible() and bar.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: not imports.pack_import.busy, timeout=60_000)
    assert window.notice_bar.notices == ["Import cancelled. Nothing was changed."]
    assert not bar.isVisible() and changed == []
    assert content_database.read_bytes() == before
    assert _kept_files(content_database.parent) == files

    imports.pack_import.progressed.disconnect(cancel_once)
    with qtbot.waitSignal(window.content_changed, timeout=60_000) as done:
        assert imports.import_pack(pack)
        assert bar.cancel_button.isEnabled(), "a new import can be cancelled again"
    assert done.args[0].cards == 3_000


def test_cancel_is_offered_through_every_step(window):
    bar = window.imports.bar
    bar.begin("big")
    for step in ImportStep:
        bar.show_step(step, 0, 10)
        assert bar.cancel_button.isEnabled(), step
    bar.cancel_button.click()
    assert not bar.cancel_button.isEnabled(), "clicked once, it waits for the import to stop"
    bar.begin("next")
    assert bar.cancel_button.isEnabled()


def test_an_older_bundled_collection_is_refused_without_asking(
    window, qtbot, tmp_path, monkeypatch
):
    asked = []
    monkeypatch.setattr(window.imports, "confirm_takeover", asked.append)
    older = write_valid_pack(
        tmp_path, name="older", manifest={"id": "italy-kazakhstan", "version": "0.1"}
    )
    assert window.imports.import_pack(older)
    qtbot.waitUntil(lambda: bool(window.notice_bar.notices), timeout=20_000)
    assert "older" in window.notice_bar.notices[0]
    assert "--replace" not in window.notice_bar.notices[0]
    assert asked == [], "nothing the person could answer would import it"


def _pack_with_many_problems(tmp_path):
    """A pack with problems of many kinds, quoting values a reader must see as written."""
    return write_valid_pack(
        tmp_path,
        name="many-problems",
        manifest={"licence": "Free\x07use"},
        categories={"literature": {"colour": "red"}},
        sources={"astana-times-2025": {"url": "ftp://example.org/a"}},
        places={"rome": {"latitude": 100}},
        cards={
            "abai": {"kind": "poet", "sources": ["nowhere"], "titel": "Abai"},
            "dante": {"summary": REMOVE},
        },
        links={"abai-related-dante": {"to": "Bad Id"}},
        files={"figures.json": b'[{"id": "x",, }]'},
    )


def _refusal(window, qtbot, pack) -> str:
    assert window.imports.import_pack(pack)
    qtbot.waitUntil(lambda: bool(window.notice_bar.notices), timeout=20_000)
    return window.notice_bar.notices[0]


@pytest.mark.parametrize("language", ["it", "kk", "ru"])
def test_a_refused_pack_is_explained_in_the_reader_language(window, qtbot, tmp_path, language):
    pack = _pack_with_many_problems(tmp_path)
    with pytest.raises(PackInvalid) as invalid:
        load_pack(pack)
    assert len(invalid.value.problems) >= 10
    window.set_language(language)

    notice = _refusal(window, qtbot, pack)

    assert english_in(notice, language, invalid.value) == []
    assert len(notice.splitlines()) == len(invalid.value.problems) + 1
    for written in ("'red'", "'ftp://example.org/a'", "'poet'", "'nowhere'", "'Bad Id'", "titel"):
        assert written in notice
    assert "U+0007" in notice and "\x07" not in notice


def test_a_refused_pack_is_explained_in_english_as_the_command_line_does(
    window, qtbot, tmp_path
):
    pack = _pack_with_many_problems(tmp_path)
    with pytest.raises(PackInvalid) as invalid:
        load_pack(pack)
    assert _refusal(window, qtbot, pack) == f"Nothing was imported: {invalid.value}"


def test_a_refusal_follows_a_change_of_language(window, qtbot, tmp_path):
    window.set_language("ru")
    notice = _refusal(window, qtbot, write_valid_pack(tmp_path, cards={"abai": {"kind": "poet"}}))
    assert "'poet' — не вид" in notice
    window.set_language("it")
    assert "'poet' non è un tipo" in window.notice_bar.notices[0]


def test_an_unexpected_failure_is_said_in_the_reader_language_and_logged_as_it_was(
    window, qtbot, tmp_path, monkeypatch, caplog
):
    def fail(*_args, **_kwargs):
        raise KeyError("manifest")

    monkeypatch.setattr(window.imports.pack_import.library, "import_pack", fail)
    window.set_language("ru")
    assert window.imports.import_pack(write_valid_pack(tmp_path))
    qtbot.waitUntil(lambda: bool(window.notice_bar.notices), timeout=20_000)
    assert window.notice_bar.notices == [
        "Ничего не импортировано: произошла непредвиденная ошибка; подробности — в журнале"
    ]
    logged = [record.getMessage() for record in caplog.records]
    assert "Nothing was imported: KeyError: 'manifest'" in logged


def test_the_question_before_replacing_a_pack_counts_its_cards_in_the_reader_words(
    window, qtbot, tmp_path, reopened, monkeypatch
):
    report = imported(qtbot, window, write_valid_pack(tmp_path, name="first"))
    new = reopen_window(create_application(), window, report)
    reopened.append(new)
    new.set_language("ru")
    asked = []
    monkeypatch.setattr(new.imports, "confirm_takeover", lambda message: asked.append(message))
    elsewhere = write_valid_pack(tmp_path, name="elsewhere", manifest={"version": "2.0"})
    assert new.imports.import_pack(elsewhere)
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    [question] = asked
    assert question.count("3 карточки") == 2, "the pack there, and the pack coming in"
    assert "cards" not in question


def test_a_pack_named_with_a_percent_sign_is_shown_as_named(window):
    bar = window.imports.bar
    bar.begin("sale %2 off.zip")
    bar.show_step(ImportStep.RECORDS, 1, 10)
    assert bar.label.text() == "Importing sale %2 off.zip: Importing its cards"


def test_a_packs_warnings_are_counted_in_the_notice_and_listed_in_the_log(
    window, qtbot, tmp_path, caplog
):
    pack = write_valid_pack(
        tmp_path,
        cards={
            "dante": {"title": {"en": "<i>Dante</i>"}},
            "abai": {"summary": {"en": "Poet &amp; thinker"}},
        },
    )
    with caplog.at_level(logging.WARNING, logger="explorer.ui.shell.window_imports"):
        report = imported(qtbot, window, pack)
    assert len(report.warnings) == 2
    notice = imported_notice(report)()
    assert notice.endswith(
        " 2 texts of the pack may need a look (markup in plain text); the log lists them."
    )
    logged = [record.getMessage() for record in caplog.records]
    assert len(logged) == 2 and all(line.startswith("warning: cards.json: ") for line in logged)
    assert any("('<i>')" in line for line in logged)


def test_a_pack_without_warnings_says_nothing_of_them(window, qtbot, tmp_path):
    report = imported(qtbot, window, write_valid_pack(tmp_path))
    assert report.warnings == ()
    assert "markup" not in imported_notice(report)()
