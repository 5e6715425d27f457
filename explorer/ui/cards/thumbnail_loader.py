"""Card thumbnails made off the UI thread (``tasks.TaskRunner``); results come back by signal.

Each task reads the picture through its own read-only connection, makes or reuses the cached
PNG and hands back a QImage (safe to build outside the UI thread). Tasks never touch widgets.
A picture that cannot be made is logged and answered with an empty image.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from explorer.content.thumbnails import cached_thumbnail
from explorer.store.content_store import ContentStore
from explorer.ui.widgets.tasks import TaskRunner


def make_thumbnail(database: Path, cache: Path, media_id: str, size: QSize) -> QImage:
    store = ContentStore.open(database)
    try:
        content_hash, data = store.media_data(media_id)
    finally:
        store.close()
    png = cached_thumbnail(cache, content_hash, data, size.width(), size.height())
    image = QImage()
    image.loadFromData(png, "PNG")
    return image


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
        self.tasks = TaskRunner("thumbnails", threads=2, parent=self)

    def image(self, media_id: str) -> QImage | None:
        """The thumbnail if it is ready; otherwise it is requested and None returned."""
        if media_id in self._images:
            self._images.move_to_end(media_id)
            return self._images[media_id]
        if media_id not in self._pending:
            self._pending.add(media_id)
            self.tasks.run(
                partial(make_thumbnail, self.database, self.cache, media_id, self.size),
                done=partial(self._arrived, media_id),
                failed=lambda _message: self._arrived(media_id, QImage()),
            )
        return None

    def _arrived(self, media_id: str, image: QImage) -> None:
        self._pending.discard(media_id)
        self._images[media_id] = image
        while len(self._images) > self.MEMORY_LIMIT:
            self._images.popitem(last=False)
        self.ready.emit(media_id)

    @property
    def busy(self) -> bool:
        """Whether a thumbnail asked for has not arrived yet."""
        return bool(self._pending)

    def wait(self, msecs: int = 10_000) -> bool:
        return self.tasks.wait(msecs)
