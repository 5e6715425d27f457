"""Search off the UI thread (``tasks.TaskRunner``): the latest request wins.

The search thread first loads the window's one ``SearchIndex`` (NumPy with it), when the
first request is made or the index is first needed, so that the window can be drawn before
(Python runs one thread at a time: loading it meanwhile would slow the drawing down).
Searches run one at a time on that index (its connection is shared between threads, and the
index takes one call at a time). A request made while an older one
waits makes the older one skip its search; an answer that is not the latest is dropped.
Once stopped (its window closed, its connections about to be), it starts nothing more.
A request may bring work to do with its answer on the same thread (``then``), such as
reading what the grid will show first; its outcome comes with the answer.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from explorer.session.search_state import SearchState
from explorer.store.search_result import Filters, SearchResult
from explorer.ui.widgets.tasks import TaskRunner

if TYPE_CHECKING:
    from explorer.store.search_index import SearchIndex


class SearchUnavailable(RuntimeError):
    """The index could not be loaded (``SearchWorker.unavailable`` said why)."""


class SearchWorker(QObject):
    """``request`` returns at once; ``finished`` brings the answer to the latest request,
    with the request (a ``SearchState``) it answers and what its ``then`` gave (or None)."""

    finished = Signal(object, object, object)
    unavailable = Signal(str)
    """The index could not be loaded (why, in one line): no search will be answered."""

    def __init__(self, load_index: Callable[[], SearchIndex], parent: QObject | None = None):
        super().__init__(parent)
        self.index: SearchIndex | None = None
        self.generation = 0
        self.asked = SearchState()
        self.tasks = TaskRunner("search", threads=1, parent=self)
        self._load_index: Callable[[], SearchIndex] | None = load_index
        self.stopped = False

    def _start_loading(self) -> None:
        """Have the search thread load the index before anything else, once."""
        if self._load_index is not None and not self.stopped:
            self.tasks.run(partial(self._load, self._load_index), failed=self.unavailable.emit)
            self._load_index = None

    def _load(self, load_index: Callable[[], SearchIndex]) -> None:
        """On the search thread, before any search."""
        self.index = load_index()

    def loaded_index(self) -> SearchIndex:
        """On the UI thread: the index, waiting for the search thread to load it if it has
        not yet."""
        if self.index is None:
            self._start_loading()
            self.tasks.wait()
        return self._index()

    def _index(self) -> SearchIndex:
        if self.index is None:
            raise SearchUnavailable("the search index could not be loaded (see the log)")
        return self.index

    def request(self, asked: SearchState, then: Callable[[SearchResult], Any] | None = None) -> int:
        self.generation += 1
        self.asked = asked
        if self.stopped:
            return self.generation  # never answered: the window is closing
        self._start_loading()
        self.tasks.run(
            partial(self._search, self.generation, asked.query, asked.filters(), then),
            done=partial(self._answered, self.generation),
        )
        return self.generation

    @property
    def busy(self) -> bool:
        """Whether the index is loading or a search is running or waiting."""
        return self.tasks.pool.activeThreadCount() > 0

    def cancel(self) -> None:
        """Drop the answers to every request made so far."""
        self.generation += 1

    def _search(
        self,
        generation: int,
        query: str,
        filters: Filters,
        then: Callable[[SearchResult], Any] | None,
    ) -> tuple[SearchResult, Any] | None:
        """On the search thread: nothing when a newer request has come meanwhile."""
        if generation != self.generation or self.index is None:
            return None  # a newer request came, or there is no index to ask (already said)
        result = self.index.search(query, filters)
        return result, (then(result) if then is not None else None)

    def _answered(self, generation: int, answer: tuple[SearchResult, Any] | None) -> None:
        if answer is not None and generation == self.generation:
            self.finished.emit(answer[0], self.asked, answer[1])

    def stop(self) -> None:
        """Drop every answer, wait for the search thread, and start nothing from now on."""
        self.stopped = True
        self.cancel()
        self.tasks.wait()
