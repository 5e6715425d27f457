"""Saving a study sheet from a view: ask where, write it off the UI thread, say what went
wrong.

``ask_sheet_path`` is the one place a file dialog opens, so tests put their answer there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from explorer.store.content_store import ContentStore
from explorer.ui.print.study_sheet import MAX_CARDS, write_study_sheet
from explorer.ui.widgets.tasks import TaskRunner

SUGGESTED_NAME = "study-sheet.pdf"


def ask_sheet_path(parent: QWidget, suggested: str) -> str:
    """Where the person wants the PDF; empty when they cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(
        parent,
        StudySheetSaver.tr("Save the study sheet"),
        str(Path(folder) / suggested),
        StudySheetSaver.tr("PDF documents (*.pdf)"),
    )
    return path


def _write_beside(database: Path | None, store: ContentStore, path: Path, **options) -> Path:
    """Write the sheet with a store of this thread's own (a store serves one thread)."""
    if database is None:
        write_study_sheet(path, store, **options)
        return path
    own = ContentStore.open(database)
    try:
        write_study_sheet(path, own, **options)
    finally:
        own.close()
    return path


class StudySheetSaver(QObject):
    """Asks for a file name and writes the sheet there, off the UI thread; ``busy`` while it
    writes, ``saved`` with the path when done. A failure is told in a message box."""

    busy = Signal(bool)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, store: ContentStore):
        super().__init__(parent)
        self.widget = parent
        self.store = store
        self.tasks = TaskRunner("study sheet", threads=1, parent=self)

    def save(
        self,
        card_ids: Sequence[str],
        *,
        title: str,
        language: str,
        subtitle: str = "",
        notes: Mapping[str, str] | None = None,
        lead_ins: Mapping[str, str] | None = None,
    ) -> bool:
        """Ask, then start writing; False when the person cancelled."""
        chosen = ask_sheet_path(self.widget, SUGGESTED_NAME)
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        options = {
            "card_ids": list(card_ids[:MAX_CARDS]),
            "found": len(card_ids),
            "title": title,
            "language": language,
            "subtitle": subtitle,
            "notes": dict(notes or {}),
            "lead_ins": dict(lead_ins or {}),
        }
        database = self.store.path
        self.busy.emit(True)
        self.tasks.run(
            lambda: _write_beside(database, self.store, path, **options),
            done=self._done,
            failed=self._failed,
        )
        return True

    def _done(self, path: Path) -> None:
        self.busy.emit(False)
        self.saved.emit(str(path))

    def _failed(self, message: str) -> None:
        self.busy.emit(False)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Study sheet"),
            self.tr("The study sheet could not be written."),
            parent=self.widget,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(message)  # the reason in sight, not behind "Show Details"
        box.open()
        self.failed.emit(message)
