"""Card thumbnails made off the UI thread; results come back by signal.

Workers read the picture through their own read-only connection, make or reuse the cached
PNG and hand back a QImage (safe to build outside the UI thread). They never touch widgets.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, QThreadPool, Signal
from PySide6.QtGui import QImage

from explorer.content.thumbnails import cached_thumbnail
from explorer.store.content_store import ContentStore


class _Signals(QObject):
    done = Signal(str, QImage)


class _ThumbnailJob(QRunnable):
    def __init__(self, database: Path, cache: Path, media_id: str, size: QSize, signals: _Signals):
        super().__init__()
        self.database, self.cache, self.media_id = database, cache, media_id
        self.size, self.signals = size, signals

    def run(self) -> None:
        image = QImage()
        try:
            store = ContentStore.open(self.database)
            try:
                content_hash, data = store.media_data(self.media_id)
            finally:
                store.close()
            png = cached_thumbnail(
                self.cache, content_hash, data, self.size.width(), self.size.height()
            )
            image.loadFromData(png, "PNG")
        except Exception:
            image = QImage()
        self.signals.done.emit(self.media_id, image)


class ThumbnailLoader(QObject):
    """Asks once per picture and keeps the most recent answers; ``ready`` tells when one
    arrives. The memory cache is bounded so scrolling through 100,000 cards stays flat."""

    ready = Signal(str)
    MEMORY_LIMIT = 300

    def __init__(self, database: Path, cache: Path, size: QSize, parent: QObject | None = None):
        super().__init__(parent)
        self.database, self.cache, self.size = database, cache, size
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._pending: set[str] = set()
        self._signals = _Signals()
        self._signals.done.connect(self._arrived)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    def image(self, media_id: str) -> QImage | None:
        """The thumbnail if it is ready; otherwise it is requested and None returned."""
        if media_id in self._images:
            self._images.move_to_end(media_id)
            return self._images[media_id]
        if media_id not in self._pending:
            self._pending.add(media_id)
            self.pool.start(
                _ThumbnailJob(self.database, self.cache, media_id, self.size, self._signals)
            )
        return None

    def _arrived(self, media_id: str, image: QImage) -> None:
        self._pending.discard(media_id)
        self._images[media_id] = image
        while len(self._images) > self.MEMORY_LIMIT:
            self._images.popitem(last=False)
        self.ready.emit(media_id)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.pool.waitForDone(msecs)
