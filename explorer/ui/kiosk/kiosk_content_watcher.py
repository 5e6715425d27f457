"""The kiosk's content drop folder, watched: newer packs are staged off the UI thread.

A scan (``explorer.content.pack_drop.DropFolder``) runs when the folder changes and on a
slow timer as well, since file system notifications are missed on some file systems (network
shares, some USB sticks). Scans run one at a time off the UI thread (``tasks.TaskRunner``)
and never touch widgets; a scan that fails is logged and counts as one that found nothing.
What they stage is shown only after ``apply_pending``, which the kiosk session calls at its
idle reset once every connection to the content database is closed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileSystemWatcher,
    QObject,
    QTimer,
    Signal,
)
from shiboken6 import delete

from explorer.content.pack_drop import (
    SETTLE_SECONDS,
    DropFolder,
    ScanResult,
    apply_staged,
    has_staged,
)
from explorer.ui.widgets.tasks import TaskRunner

log = logging.getLogger("explorer.kiosk")

POLL_INTERVAL_MS = 30_000


class ContentWatcher(QObject):
    """Stages newer packs dropped into ``folder`` for ``database``.

    ``staged`` carries the pack's title, id and version; ``refused`` the message naming the
    pack's file and its problems (both are logged as well). Pass ``drop_folder`` to share
    what a start-up ``DropFolder.apply_at_start`` already saw, so its refusals are not
    logged twice.
    """

    staged = Signal(str)
    refused = Signal(str)

    def __init__(
        self,
        folder: Path,
        database: Path,
        parent: QObject | None = None,
        *,
        poll_interval_ms: int = POLL_INTERVAL_MS,
        settle_seconds: float = SETTLE_SECONDS,
        drop_folder: DropFolder | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder, self.database = folder, database
        self.drop = drop_folder or DropFolder(folder, database, settle_seconds=settle_seconds)
        self._watcher: QFileSystemWatcher | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(poll_interval_ms)
        self._poll.timeout.connect(self.scan_now)
        # Waits for a change to settle before looking, and looks again at what was arriving.
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(round(self.drop.settle_seconds * 1000) + 250)
        self._settle.timeout.connect(self.scan_now)
        self.tasks = TaskRunner("content drop folder", threads=1, parent=self)
        self._active = False
        self._scanning = False
        self._scan_again = False

    def start(self) -> None:
        """Scan now, then whenever the folder changes and every poll interval."""
        self._active = True
        self._watcher = QFileSystemWatcher()
        self._watcher.directoryChanged.connect(self._folder_changed)
        self._watch_folder()
        self._poll.start()
        self.scan_now()

    def stop(self) -> None:
        """Stop watching and wait for a scan under way to finish."""
        self._active = False
        self._poll.stop()
        self._settle.stop()
        if self._watcher is not None:
            # Destroyed here, on the thread that made it: left to the garbage collector, it
            # could be destroyed on a worker thread, which corrupts its file notifier.
            delete(self._watcher)
            self._watcher = None
        self.tasks.wait()
        # The last answer, now (it is posted to the runner's signals).
        QCoreApplication.sendPostedEvents(self.tasks, QEvent.Type.MetaCall)

    def scan_now(self) -> None:
        """Scan off the UI thread; asked during a scan, another follows it."""
        if self._scanning:
            self._scan_again = True
            return
        self._scanning = True
        self.tasks.run(
            self.drop.scan, done=self._scanned, failed=lambda _error: self._scanned(ScanResult())
        )

    def has_pending(self) -> bool:
        """Whether newer content is staged, waiting for ``apply_pending``."""
        return has_staged(self.database)

    def apply_pending(self) -> bool:
        """Swap the staged database in; call with no connection to the database open.

        False when nothing was staged. The caller reopens the database afterwards.
        """
        return apply_staged(self.database)

    def _folder_changed(self, _path: str) -> None:
        self._settle.start()

    def _scanned(self, result: ScanResult) -> None:
        self._scanning = False
        for staged in result.staged:
            self.staged.emit(staged.describe())
        for refused in result.refused:
            self.refused.emit(refused.message)
        if not self._active:
            return
        self._watch_folder()
        if self._scan_again:
            self._scan_again = False
            self.scan_now()
        elif result.waiting:
            self._settle.start()

    def _watch_folder(self) -> None:
        # A folder missing at start, or removed and made again, is picked up by the poll.
        if self._watcher is None:
            return
        if self.folder.is_dir() and str(self.folder) not in self._watcher.directories():
            self._watcher.addPath(str(self.folder))
