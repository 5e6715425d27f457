"""Importing a TimelineJS or SIMILE timeline from the window: converted, then imported."""

# ruff: noqa: F811 (fixtures imported from a shared module, then asked for by name)

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from explorer.content.convert.import_timeline import TimelineImported
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.import_progress import CONVERTING, READING
from explorer.content.importer import imported_versions
from explorer.ui.shell.app import create_application, reopen_window
from explorer.ui.shell.window_imports import imported_notice
from tests.content.convert.converting import FIXTURES, temporary  # noqa: F401 (a fixture)
from tests.content.pack_builder import PACK_ID, write_valid_pack
from tests.ui.shell.import_windows import reopened, window  # noqa: F401 (fixtures)


def _refusal(window, qtbot, source) -> str:
    changed = []
    window.content_changed.connect(changed.append)
    assert window.imports.import_pack(source)
    qtbot.waitUntil(lambda: bool(window.notice_bar.notices), timeout=20_000)
    assert changed == [] and not window.imports.bar.isVisible()
    return window.notice_bar.notices[0]


def _shown_titles(window) -> list[str]:
    model = window.model
    return [
        str(model.index(row, 0).data(Qt.ItemDataRole.DisplayRole))
        for row in range(model.rowCount())
    ]


def test_a_timelinejs_timeline_imported_from_the_window_shows_its_cards(
    window, qtbot, tmp_path, reopened, caplog, temporary
):
    source = tmp_path / "shared-history.json"
    shutil.copyfile(FIXTURES / "timeline_v3.json", source)
    cards_before = window.store.card_count()
    steps = []
    window.imports.pack_import.progressed.connect(lambda step, *_: steps.append(step))
    caplog.set_level(logging.INFO)

    with qtbot.waitSignal(window.content_changed, timeout=20_000) as changed:
        assert window.imports.import_pack(source)
        assert window.imports.bar.label.text() == (
            "Importing shared-history.json: Reading the timeline…"
        )
    outcome = changed.args[0]
    assert isinstance(outcome, TimelineImported)
    assert steps[0] == READING and CONVERTING in steps, "read and converted first"
    assert steps[-1] not in (READING, CONVERTING), "then imported"
    assert outcome.report.cards > 0
    assert list(temporary.iterdir()) == [], "the temporary pack is gone"

    new = reopen_window(create_application(), window, outcome)
    reopened.append(new)
    qtbot.waitUntil(lambda: new.answered)
    assert new.model.rowCount() == cards_before + outcome.report.cards
    assert any("Marco Polo" in title for title in _shown_titles(new))
    assert outcome.report.pack_id in imported_versions(new.store.path)

    [notice] = new.notice_bar.notices
    losses = len(outcome.conversion.losses)
    assert losses > 0, "the fixture has things no pack holds (a title slide's media)"
    assert notice.startswith(f"Imported “{outcome.report.pack_id}”")
    assert f"Things in the timeline not carried over as they were: {losses} (" in notice
    assert notice.endswith("The log lists them.")
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert f"Not carried over as it was ({losses}):" in logged
    assert "the title slide: media: the media https://example.org/cover.jpg was dropped" in logged


def test_a_csv_that_is_not_the_template_is_refused_with_the_way_to_import_it(window, qtbot):
    before = window.store.path.read_bytes()
    notice = _refusal(window, qtbot, FIXTURES / "people.csv")
    assert notice.startswith("Nothing was imported: the timeline could not be converted: ")
    assert "people.csv: line 1: is not the TimelineJS template" in notice
    assert "explorer import FILE --from csv --mapping MAPPING.json" in notice
    assert "docs/importing.md" in notice
    assert window.store.path.read_bytes() == before


def test_a_broken_json_is_refused_and_nothing_changes(window, qtbot, tmp_path):
    source = tmp_path / "broken.json"
    source.write_text('{"events": [\n  {"start_date": {"year": 1992},,}\n]}', encoding="utf-8")
    before = window.store.path.read_bytes()
    notice = _refusal(window, qtbot, source)
    assert notice == (
        "Nothing was imported: the timeline could not be converted: "
        f"{source}: line 2, column 33: not valid JSON: Expecting property name enclosed in "
        "double quotes"
    )
    assert window.store.path.read_bytes() == before


def test_a_conversion_error_is_said_in_the_reader_language_quoting_the_converter(
    window, qtbot, tmp_path
):
    source = tmp_path / "broken.json"
    source.write_text("{", encoding="utf-8")
    window.set_language("it")
    notice = _refusal(window, qtbot, source)
    assert f"{source}: line 1, column 2: not valid JSON" in notice, "quoted as written"
    window.set_language("en")
    assert window.notice_bar.notices[0].startswith("Nothing was imported: the timeline")


def _many_events(path, count: int) -> None:
    events = [
        {"start_date": {"year": str(1000 + n)}, "text": {"headline": f"Event {n}"}}
        for n in range(count)
    ]
    path.write_text(
        '{"title": {"text": {"headline": "Many"}}, "events": '
        + str(events).replace("'", '"')
        + "}",
        encoding="utf-8",
    )


def test_a_long_timeline_tells_the_bar_each_tenth_of_a_percent_not_each_card(
    window, qtbot, tmp_path
):
    source = tmp_path / "many.json"
    _many_events(source, 3_000)
    told = []
    window.imports.pack_import.progressed.connect(lambda *step: told.append(step))
    with qtbot.waitSignal(window.content_changed, timeout=30_000):
        assert window.imports.import_pack(source)
    converting = [(done, total) for step, done, total in told if step == CONVERTING]
    assert converting[0] == (0, 3_000) and converting[-1] == (3_000, 3_000)
    assert len(converting) == 1_001, "a repaint queued for each tenth of a percent"
    assert [step for step, _, _ in told][-1] not in (READING, CONVERTING), "then imported"


def test_cancel_during_the_conversion_leaves_nothing(
    window, qtbot, tmp_path, content_database, temporary
):
    source = tmp_path / "many.json"
    _many_events(source, 50)
    before = content_database.read_bytes()
    kept_before = sorted(content_database.parent.rglob("*"))
    bar, imports = window.imports.bar, window.imports
    changed, steps = [], []
    window.content_changed.connect(changed.append)

    def cancel_while_converting(step, *_progress) -> None:
        steps.append(step)
        if step == CONVERTING and bar.cancel_button.isEnabled():
            qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)

    # Blocking: the conversion waits for the click, so that it is cancelled while it runs.
    imports.pack_import.progressed.connect(
        cancel_while_converting, Qt.ConnectionType.BlockingQueuedConnection
    )
    assert imports.import_pack(source)
    qtbot.waitUntil(lambda: not imports.pack_import.busy, timeout=20_000)
    assert window.notice_bar.notices == ["Import cancelled. Nothing was changed."]
    assert set(steps) <= {READING, CONVERTING}, "stopped before the import began"
    assert changed == [] and not bar.isVisible()
    assert content_database.read_bytes() == before
    assert sorted(content_database.parent.rglob("*")) == kept_before
    assert list(temporary.iterdir()) == []


@pytest.mark.parametrize(
    ("fixture", "format_name"),
    [("sheet_cp1252.csv", "TimelineJS spreadsheet (CSV)"), ("simile_events.xml", "SIMILE")],
)
def test_a_sheet_or_a_simile_timeline_is_imported_in_its_format(
    window, qtbot, fixture, format_name
):
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as changed:
        assert window.imports.import_pack(FIXTURES / fixture)
    outcome = changed.args[0]
    assert outcome.conversion.format_name.startswith(format_name)
    assert outcome.report.cards == outcome.conversion.counts["cards"]


def test_the_same_timeline_imported_again_changes_nothing(window, qtbot):
    source = FIXTURES / "simile_events.json"
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as first:
        assert window.imports.import_pack(source)
    assert not first.args[0].report.unchanged
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as again:
        assert window.imports.import_pack(source)
    assert again.args[0].report.unchanged, "the kept pack remembers the file it came from"
    assert "was already imported; nothing changed." in imported_notice(again.args[0])()


def test_a_timeline_replacing_a_pack_from_elsewhere_asks_then_is_converted_again(
    window, qtbot, tmp_path, monkeypatch
):
    with qtbot.waitSignal(window.content_changed, timeout=20_000):
        assert window.imports.import_pack(write_valid_pack(tmp_path, name="elsewhere"))
    source = tmp_path / "test-pack.json"
    source.write_text(
        '{"title": {"text": {"headline": "Test pack"}}, "events": ['
        '{"start_date": {"year": "1992"}, "text": {"headline": "Relations begin"}}]}',
        encoding="utf-8",
    )
    asked = []
    monkeypatch.setattr(
        window.imports, "confirm_takeover", lambda message: asked.append(message) or True
    )
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as replaced:
        assert window.imports.import_pack(source)
    assert asked and PACK_ID in asked[0]
    outcome = replaced.args[0]
    assert isinstance(outcome, TimelineImported)
    assert outcome.report.pack_id == PACK_ID and outcome.report.cards == 1


def test_a_timeline_replacing_a_pack_keeps_the_options_chosen_for_it(
    window, qtbot, tmp_path, monkeypatch
):
    with qtbot.waitSignal(window.content_changed, timeout=20_000):
        assert window.imports.import_pack(write_valid_pack(tmp_path, name="elsewhere"))
    source = tmp_path / "storia.json"
    source.write_text(
        '{"events": [{"start_date": {"year": "1992"}, "text": {"headline": "Relazioni"}}]}',
        encoding="utf-8",
    )
    monkeypatch.setattr(window.imports, "confirm_takeover", lambda message: True)
    chosen = PackOptions(title="Test pack", language="it", licence="CC BY 4.0")
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as replaced:
        assert window.imports.import_pack(source, options=chosen)
    assert replaced.args[0].report.pack_id == PACK_ID, "the title chosen, not the file's name"
    query = "SELECT languages_json, licence FROM packs WHERE id = ?"
    with sqlite3.connect(f"{window.store.path.as_uri()}?mode=ro", uri=True) as db:
        languages, licence = db.execute(query, [PACK_ID]).fetchone()
    assert json.loads(languages)[0] == "it" and licence == "CC BY 4.0", "converted again alike"


def _answer_dialog(answer) -> list:
    """Answer the timeline's options dialog with ``answer(dialog)`` once it is shown (looked
    for every 20 ms, for at most five seconds)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from explorer.ui.shell.timeline_options_dialog import TimelineOptionsDialog

    seen = []

    def respond(tries: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, TimelineOptionsDialog):
            seen.append(dialog.objectName())
            answer(dialog)
        elif tries:
            QTimer.singleShot(20, lambda: respond(tries - 1))

    QTimer.singleShot(0, lambda: respond(250))
    return seen


def test_a_chosen_timeline_is_imported_in_the_language_title_and_licence_asked_for(
    window, qtbot, tmp_path
):
    source = tmp_path / "storia.json"
    shutil.copyfile(FIXTURES / "timeline_v3.json", source)

    def answer(dialog) -> None:
        assert dialog.language.currentData() == "en", "the interface language to begin with"
        dialog.language.setCurrentIndex(dialog.language.findData("it"))
        dialog.title.setText("  Storia   condivisa ")
        dialog.licence.setText("CC BY 4.0")
        dialog.import_button.click()

    with qtbot.waitSignal(window.content_changed, timeout=20_000) as changed:
        seen = _answer_dialog(answer)
        assert window.imports.import_chosen(source)
    assert len(seen) == 1
    outcome = changed.args[0]
    assert outcome.report.pack_id == "storia-condivisa"
    query = "SELECT title_json, languages_json, licence FROM packs WHERE id = ?"
    with sqlite3.connect(f"{window.store.path.as_uri()}?mode=ro", uri=True) as db:
        title, languages, licence = db.execute(query, ["storia-condivisa"]).fetchone()
    assert json.loads(title) == {"it": "Storia condivisa", "en": "Storia condivisa"}
    assert json.loads(languages)[0] == "it" and licence == "CC BY 4.0"


def test_cancelling_the_timelines_options_imports_nothing(window, qtbot, tmp_path):
    source = tmp_path / "storia.json"
    shutil.copyfile(FIXTURES / "timeline_v3.json", source)
    before = window.store.path.read_bytes()
    seen = _answer_dialog(lambda dialog: dialog.reject())
    assert not window.imports.import_chosen(source)
    assert len(seen) == 1
    assert not window.imports.bar.isVisible()
    assert window.store.path.read_bytes() == before


def test_a_chosen_pack_is_imported_without_a_question(window, qtbot, tmp_path):
    pack = write_valid_pack(tmp_path, zipped=True)
    with qtbot.waitSignal(window.content_changed, timeout=20_000) as changed:
        assert window.imports.import_chosen(pack)
    assert changed.args[0].pack_id == PACK_ID


@pytest.mark.parametrize("language", ["it", "kk", "ru"])
def test_the_options_dialog_speaks_the_interface_language_and_fits_it(window, qtbot, language):
    from PySide6.QtWidgets import QLabel

    from explorer.ui.shell.timeline_options_dialog import TimelineOptionsDialog

    window.set_language(language)
    dialog = TimelineOptionsDialog(window, Path("storia.json"), window.language)
    try:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.language.currentData() == language
        assert dialog.windowTitle() != "Import a timeline"
        for label in dialog.findChildren(QLabel):  # every word shown, none cut off
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert label.width() >= label.minimumSizeHint().width(), label.text()
        assert dialog.import_button.width() >= dialog.import_button.sizeHint().width()
    finally:
        dialog.close()
        dialog.deleteLater()


def test_a_file_named_like_markup_is_named_as_written(window, qtbot):
    from PySide6.QtWidgets import QLabel

    from explorer.ui.shell.timeline_options_dialog import TimelineOptionsDialog

    name = "<i>storia &amp; <img src=x>.json"  # no slash: a file name has none
    dialog = TimelineOptionsDialog(window, Path(name), "en")
    try:
        [intro] = [label for label in dialog.findChildren(QLabel) if name in label.text()]
        assert intro.textFormat() == Qt.TextFormat.PlainText
    finally:
        dialog.deleteLater()
