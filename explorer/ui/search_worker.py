"""Search off the UI thread: the latest request wins, older answers are dropped.

The worker lives in its own QThread and searches the window's one ``SearchIndex`` (its
connection is shared between threads, and the index serialises calls with its lock), so the
process holds a single index. Requests arrive by queued signal; answers go back by signal with
the generation they answer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from explorer.store.search_index import Filters, SearchIndex, SearchResult


class _Worker(QObject):
    answered = Signal(int, object)

    def __init__(self, index: SearchIndex):
        super().__init__()
        self.index = index
        self.latest = 0

    @Slot(int, str, object)
    def search(self, generation: int, query: str, filters: Filters) -> None:
        if generation < self.latest:
            return
        self.answered.emit(generation, self.index.search(query, filters))


class SearchWorker(QObject):
    """``request`` returns at once; ``finished`` brings the answer to the latest request,
    with the query and filters it answers."""

    finished = Signal(object, str, object)
    _requested = Signal(int, str, object)

    def __init__(self, index: SearchIndex, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self.asked: tuple[str, Filters] = ("", Filters())
        self.thread = QThread(self)
        self.thread.setObjectName("search")
        self.worker = _Worker(index)
        self.worker.moveToThread(self.thread)
        self._requested.connect(self.worker.search)
        self.worker.answered.connect(self._answered)
        self.thread.start()

    def request(self, query: str, filters: Filters) -> int:
        self.generation += 1
        self.worker.latest = self.generation
        self.asked = (query, filters)
        self._requested.emit(self.generation, query, filters)
        return self.generation

    def cancel(self) -> None:
        """Drop the answers to every request made so far."""
        self.generation += 1
        self.worker.latest = self.generation

    def _answered(self, generation: int, result: SearchResult) -> None:
        if generation == self.generation:
            self.finished.emit(result, *self.asked)

    def stop(self) -> None:
        self.cancel()
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait()
