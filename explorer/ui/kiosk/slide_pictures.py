"""The attract loop's pictures, decoded off the UI thread at the size they are shown.

A picture is decoded when its slide is about to be shown, at that size, or at its own where
it is shown larger (enlarging it as it is decoded would only cost memory). Only the pictures
of the slides in sight (two during a fade) are held.
"""

from __future__ import annotations

import io
from collections.abc import Collection

from PIL import Image, UnidentifiedImageError
from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from explorer.ui.widgets.tasks import TaskRunner

# Pictures are read with Pillow, not Qt's image readers: a QImageReader on a QBuffer made in
# Python calls back into Python (for the buffer's virtual methods) while it holds the image
# plugins' lock, so reading on two threads at once could deadlock on the interpreter's lock.


def picture_size(data: bytes) -> QSize:
    """The picture's own size, from its header alone; empty if it cannot be read."""
    try:
        with Image.open(io.BytesIO(data)) as picture:
            return QSize(*picture.size)
    except (UnidentifiedImageError, OSError, ValueError):
        return QSize()


def decode_picture(data: bytes, own_size: QSize, size: QSize) -> QImage:
    """``data`` decoded at ``size``, or at ``own_size`` where that is smaller; a null image
    if it cannot be read. Safe off the UI thread."""
    try:
        with Image.open(io.BytesIO(data)) as picture:
            wanted = (size.width(), size.height())
            if size.width() < own_size.width():
                picture.draft("RGB", wanted)  # a JPEG decoded at a fraction of its size
            picture = picture.convert("RGBA")
            if picture.width > size.width() > 0:
                picture = picture.resize(wanted, Image.Resampling.LANCZOS)
            raw = picture.tobytes()
            width, height = picture.size
    except (UnidentifiedImageError, OSError, ValueError):
        return QImage()
    return QImage(raw, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


class SlidePictures(QObject):
    """``ask`` for a slide's picture at a size: it is decoded on a thread of its own, and
    ``ready`` gives the slide's index when it can be drawn."""

    ready = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = TaskRunner("slide pictures", parent=self)
        self._held: dict[int, tuple[QSize, QImage]] = {}
        self._asked: dict[int, QSize] = {}

    def held(self, index: int) -> QImage | None:
        """The picture of slide ``index`` as last decoded, at whatever size; None if none."""
        held = self._held.get(index)
        return None if held is None else held[1]

    def ask(self, index: int, data: bytes, own_size: QSize, size: QSize) -> bool:
        """True when slide ``index``'s picture is held decoded for ``size``; otherwise its
        decoding starts (once for each size asked) and ``ready`` will say when it is."""
        held = self._held.get(index)
        if held is not None and held[0] == size:
            return True
        if self._asked.get(index) != size:
            self._asked[index] = size
            self.tasks.run(
                lambda: decode_picture(data, own_size, size),
                done=lambda image: self._decoded(index, size, image),
                failed=lambda _message: self._decoded(index, size, QImage()),
            )
        return False

    def keep_only(self, indices: Collection[int]) -> None:
        """Let go of every picture but those of the slides ``indices``."""
        for index in list(self._held):
            if index not in indices:
                del self._held[index]

    @property
    def busy(self) -> bool:
        """A picture is being decoded."""
        return bool(self._asked)

    def _decoded(self, index: int, size: QSize, image: QImage) -> None:
        if self._asked.get(index) != size:
            return  # the slide was asked for at another size since: that one comes next
        del self._asked[index]
        self._held[index] = (size, image)
        self.ready.emit(index)
