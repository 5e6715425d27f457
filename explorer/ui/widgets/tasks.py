"""The one way the interface runs work off its thread.

``TaskRunner.run(work, done=...)`` calls ``work()`` on a thread of the runner's pool and then
``done(result)`` on the UI thread. A task that raises is logged with its traceback and
reported: ``failed(message)`` for that task, and the runner's ``failed`` signal for anyone
watching. A task that ends after its runner was deleted (its widget closed) is dropped.
Tasks are QRunnables, not QObjects, so nothing a worker thread made is left for its garbage
collector; the runner, its pool and its signals live on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class TaskRunner(QObject):
    failed = Signal(str)
    """A task raised; what it raised, in one line."""

    _finished = Signal(int, object)
    _raised = Signal(int, str)

    def __init__(self, name: str, threads: int = 1, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._numbers = 0
        self._waiting: dict[int, tuple[Callable[[Any], None] | None, Callable[[str], None] | None]]
        self._waiting = {}
        self._finished.connect(self._deliver)
        self._raised.connect(self._report)

    def run(
        self,
        work: Callable[[], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Call ``work()`` off the UI thread, then ``done`` (or ``failed``) on it."""
        self._numbers += 1
        self._waiting[self._numbers] = (done, failed)
        self.pool.start(_Task(self._numbers, work, self))

    def run_here(
        self,
        work: Callable[[], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Call ``work()`` now, on this thread, for work too small to send away; then
        ``done`` (or ``failed``), reported as ``run`` reports it."""
        self._numbers += 1
        self._waiting[self._numbers] = (done, failed)
        _Task(self._numbers, work, self).run()

    def wait(self, msecs: int = -1) -> bool:
        """Wait for every task started so far; False when ``msecs`` ran out first."""
        return self.pool.waitForDone(msecs)

    def _deliver(self, number: int, result: object) -> None:
        done, _ = self._waiting.pop(number, (None, None))
        if done is not None:
            done(result)

    def _report(self, number: int, message: str) -> None:
        _, failed = self._waiting.pop(number, (None, None))
        self.failed.emit(message)
        if failed is not None:
            failed(message)


class _Task(QRunnable):
    def __init__(self, number: int, work: Callable[[], Any], runner: TaskRunner):
        super().__init__()
        self.number, self.work, self.runner = number, work, runner

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:
            log.exception("%s: a background task failed", self.runner.name)
            self._tell("_raised", f"{type(error).__name__}: {error}")
            return
        self._tell("_finished", result)

    def _tell(self, signal: str, value: object) -> None:
        try:
            getattr(self.runner, signal).emit(self.number, value)
        except RuntimeError:  # the runner was deleted while this ran: no one is waiting
            log.debug("a background task ended after its runner was deleted")
