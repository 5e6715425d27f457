"""Reading a file of a pack on a thread of its own, a piece at a time.

Unpacking a zip member, hashing the pieces and compressing the kept copy all release
Python's global lock, so on this thread they run beside the parsing of the pieces read
before. At most ``AHEAD`` pieces wait to be parsed, so memory stays bounded.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from explorer.content.pack_reader import PackStream
from explorer.content.read_tee import FileCopy

PIECE_BYTES = 1024 * 1024
AHEAD = 8
_END = object()


@dataclass(frozen=True)
class _Failed:
    error: BaseException


def pumped(stream: PackStream, copy: FileCopy | None) -> Iterator[bytes]:
    """The pieces of ``stream``, read ahead on another thread; each is handed to ``copy``
    (when there is one) before it is given. An error of the reading thread is raised here."""
    pieces: queue.Queue[object] = queue.Queue(maxsize=AHEAD)
    stop = threading.Event()

    def put(item: object) -> None:
        while not stop.is_set():
            try:
                pieces.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def pump() -> None:
        try:
            try:
                while not stop.is_set() and (piece := stream.read(PIECE_BYTES)):
                    if copy is not None:
                        copy.write(piece)
                    put(piece)
            finally:
                if copy is not None:
                    copy.close()
            put(_END)
        except BaseException as error:  # handed to the reading side, which raises it
            put(_Failed(error))

    thread = threading.Thread(target=pump, name=f"read {stream.name}", daemon=True)
    thread.start()
    try:
        while (item := pieces.get()) is not _END:
            if isinstance(item, _Failed):
                raise item.error
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        thread.join()
