"""Importing a content pack from the window: off the UI thread, its progress shown as it goes.

The import is the content library's own (validated, kept, all or nothing), run as a task of
``tasks.TaskRunner``. Its progress callback runs on the task's thread and is handed to the
UI thread as a queued signal. The window's connections stay open meanwhile: the library
builds the new database beside the live one and renames it in, and the window is then
reopened on it. An import can be cancelled: its next progress report then stops it, and the
library undoes what it had begun, as for any failure.

A timeline in another format (``detect_format.is_timeline_file``) is converted first, on
the same thread, into a temporary pack; a cancel or a failure while converting changes
nothing either.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from explorer.content.convert.detect_format import is_timeline_file
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.import_timeline import TimelineImported, import_timeline
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.library import ContentLibrary, ImportFailed, ImportReport, PackTakeover
from explorer.content.problems import PackInvalid
from explorer.content.system_words import unexpected_failure
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.ui.widgets.tasks import TaskRunner


@dataclass(frozen=True)
class _NotImported:
    """Why a pack was not imported, and whether the person may have it replace another."""

    pack: Path
    reason: PackInvalid | PackTakeover | ImportFailed | ConvertError
    takes_over: bool
    """The pack would replace one from elsewhere: it may, if the person agrees."""


class ImportCancelled(Exception):
    """Raised in the import's own progress report once the person has cancelled it."""


class PackImport(QObject):
    """Imports one pack at a time into the content database of ``database``.

    ``progressed(step, done, total)`` as the import advances (``total`` -1 when unknown);
    then exactly one of ``imported(report)`` (an ImportReport, or a TimelineImported for a
    timeline converted first), ``takes_over(pack, takeover)`` (the pack would
    replace one from elsewhere, as the PackTakeover says: ask, then ``start(pack,
    replace=True)``) or ``refused(reason)`` (bad pack, full disk, anything else; nothing was
    changed; a ConvertError for a timeline that could not be converted) or ``cancelled()``
    (``cancel`` was called; nothing was changed).

    A reason is the exception that refused the pack, or an unexpected failure (its English
    text the exception's): ``problem_text.refusal_text`` says it in the interface language.
    """

    progressed = Signal(str, int, int)
    imported = Signal(object)
    takes_over = Signal(object, object)
    refused = Signal(object)
    cancelled = Signal()

    def __init__(self, database: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.library = ContentLibrary.for_database(database, BUNDLED_COLLECTION)
        self.tasks = TaskRunner("pack import", threads=1, parent=self)
        self.busy = False
        self._stop = threading.Event()
        self._told: tuple[str, int | None] | None = None

    def start(
        self, pack: Path, *, replace: bool = False, options: PackOptions | None = None
    ) -> bool:
        """Begin importing ``pack`` (a timeline converted with ``options``); False (and
        nothing starts) while another import runs."""
        if self.busy:
            return False
        self.busy = True
        self._stop.clear()
        self._told = None
        self.tasks.run(
            partial(self._import, pack, replace, options),
            done=self._finished,
            failed=self._failed,
        )
        return True

    def cancel(self) -> None:
        """Stop the running import at its next progress report (``cancelled`` follows);
        nothing if none runs, or if its last report has been made."""
        if self.busy:
            self._stop.set()

    def wait(self) -> None:
        self.tasks.wait()

    def _import(
        self, pack: Path, replace: bool, options: PackOptions | None
    ) -> ImportReport | TimelineImported | _NotImported | None:
        """On the task's thread: the report, why nothing was imported, or None if cancelled."""
        try:
            if is_timeline_file(pack):
                return import_timeline(
                    self.library, pack, replace=replace, progress=self._progress, options=options
                )
            return self.library.import_pack(pack, replace=replace, progress=self._progress)
        except ImportCancelled:
            return None
        except PackTakeover as takeover:
            return _NotImported(pack, takeover, takes_over=takeover.replaceable)
        except (PackInvalid, ImportFailed, ConvertError) as problem:
            return _NotImported(pack, problem, takes_over=False)

    def _progress(self, step: str, done: int, total: int | None) -> None:
        if self._stop.is_set():
            raise ImportCancelled
        # Told only when the bar would change: a step counted a card at a time would queue
        # a repaint on the window's thread for each of 100,000 cards.
        told = (str(step), done * 1000 // total if total else None)
        if told != self._told:
            self._told = told
            self.progressed.emit(told[0], done, -1 if total is None else total)

    def _finished(self, outcome: ImportReport | TimelineImported | _NotImported | None) -> None:
        self.busy = False
        if outcome is None:
            self.cancelled.emit()
        elif isinstance(outcome, ImportReport | TimelineImported):
            self.imported.emit(outcome)
        elif outcome.takes_over:
            self.takes_over.emit(outcome.pack, outcome.reason)
        else:
            self.refused.emit(outcome.reason)

    def _failed(self, message: str) -> None:
        self.busy = False
        self.refused.emit(unexpected_failure(message))
