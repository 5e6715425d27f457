"""Importing a content pack from the window: off the UI thread, its progress shown as it goes.

The import is the content library's own (validated, kept, all or nothing), run as a task of
``tasks.TaskRunner``. Its progress callback runs on the task's thread and is handed to the
UI thread as a queued signal. The window's connections stay open meanwhile: the library
builds the new database beside the live one and renames it in, and the window is then
reopened on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from explorer.content.library import ContentLibrary, ImportFailed, ImportReport, PackTakeover
from explorer.content.problems import PackInvalid
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.ui.widgets.tasks import TaskRunner


@dataclass(frozen=True)
class _NotImported:
    pack: Path
    message: str
    takes_over: bool
    """The pack would replace one from elsewhere: it may, if the person agrees."""


class PackImport(QObject):
    """Imports one pack at a time into the content database of ``database``.

    ``progressed(step, done, total)`` as the import advances (``total`` -1 when unknown);
    then exactly one of ``imported(report)``, ``takes_over(pack, message)`` (the pack would
    replace one from elsewhere: ask, then ``start(pack, replace=True)``) or
    ``refused(message)`` (bad pack, full disk, anything else; nothing was changed).
    """

    progressed = Signal(str, int, int)
    imported = Signal(object)
    takes_over = Signal(object, str)
    refused = Signal(str)

    def __init__(self, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.library = ContentLibrary.for_database(database, BUNDLED_COLLECTION)
        self.tasks = TaskRunner("pack import", threads=1, parent=self)
        self.busy = False

    def start(self, pack: Path, *, replace: bool = False) -> bool:
        """Begin importing ``pack``; False (and nothing starts) while another import runs."""
        if self.busy:
            return False
        self.busy = True
        self.tasks.run(
            partial(self._import, pack, replace),
            done=self._finished,
            failed=self._failed,
        )
        return True

    def wait(self) -> None:
        self.tasks.wait()

    def _import(self, pack: Path, replace: bool) -> ImportReport | _NotImported:
        """On the task's thread: the report, or why nothing was imported."""
        try:
            return self.library.import_pack(pack, replace=replace, progress=self._progress)
        except PackTakeover as takeover:
            return _NotImported(pack, str(takeover), takes_over=True)
        except (PackInvalid, ImportFailed) as problem:
            return _NotImported(pack, str(problem), takes_over=False)

    def _progress(self, step: str, done: int, total: int | None) -> None:
        self.progressed.emit(str(step), done, -1 if total is None else total)

    def _finished(self, outcome: ImportReport | _NotImported) -> None:
        self.busy = False
        if isinstance(outcome, ImportReport):
            self.imported.emit(outcome)
        elif outcome.takes_over:
            self.takes_over.emit(outcome.pack, outcome.message)
        else:
            self.refused.emit(outcome.message)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.refused.emit(message)
