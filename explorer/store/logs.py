"""The explorer's log: a file in a folder, rotated by size, and stderr.

A kiosk runs all day for months, so the file never grows past ``max_bytes`` and only
``backup_count`` older files are kept beside it. A log file that cannot be written (a full
disk, a folder that became read-only) never stops the explorer and never prints a traceback:
it is said once on stderr, in one line, and records still go to stderr.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

LOGGER = "explorer"
LOG_FILE = "explorer.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLERS = ("explorer-log-file", "explorer-log-stderr")


class _LogFile(logging.FileHandler):
    """The log file, rotated by size: before a record would take it past ``max_bytes``, it
    becomes ``explorer.log.1``, older ones move up a number and the oldest beyond
    ``backup_count`` is deleted. A failure to write, flush, rotate or close it is reported
    once, quietly, and never raised.

    ``logging.handlers.RotatingFileHandler`` would do the same, but importing that module
    (sockets, pickling) costs every start about 13 ms for nothing the explorer uses.
    """

    failed = False

    def __init__(self, path: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed:
            return  # as said on stderr: from then on, records go there only
        try:
            if self._would_outgrow(record):
                self._rotate()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def _would_outgrow(self, record: logging.LogRecord) -> bool:
        if self.stream is None or not os.path.isfile(self.baseFilename):
            return False  # not yet reopened, or not a file (a device, a pipe): never moved
        size = len(f"{self.format(record)}{self.terminator}".encode())
        self.stream.seek(0, os.SEEK_END)
        written = self.stream.tell()
        return written > 0 and written + size > self.max_bytes  # a long record gets a file

    def _rotate(self) -> None:
        self.stream.close()
        self.stream = None
        base = self.baseFilename
        for number in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{number}"):
                os.replace(f"{base}.{number}", f"{base}.{number + 1}")
        if self.backup_count > 0:
            os.replace(base, f"{base}.1")
        else:
            os.truncate(base, 0)
        self.stream = self._open()

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:
            self.handleError(None)

    def close(self) -> None:
        try:
            super().close()
        except OSError:  # closing flushes what a full disk refused
            self.handleError(None)

    def handleError(self, record: logging.LogRecord | None) -> None:
        if self.failed:
            return
        self.failed = True
        error = sys.exc_info()[1]
        with contextlib.suppress(AttributeError, OSError, ValueError):  # no stderr, or closed
            sys.stderr.write(
                f"explorer: cannot write the log file {self.baseFilename} ({error}); "
                "records go on to stderr only.\n"
            )


def configure_logging(
    folder: Path | None,
    *,
    level: int = logging.INFO,
    max_bytes: int = 1_000_000,
    backup_count: int = 5,
) -> Path | None:
    """Send the ``explorer`` logger's records to ``folder/explorer.log`` and to stderr.

    Returns the log file's path, or None when logging goes to stderr only: no folder was
    given, or it cannot be created or written (which is then said on stderr). Calling it
    again replaces the handlers it added before.
    """
    close_logging()
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.set_name(_HANDLERS[1])
    stderr.setFormatter(formatter)
    logger.addHandler(stderr)
    if folder is None:
        return None
    path = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file = _LogFile(path, max_bytes=max_bytes, backup_count=backup_count)
    except OSError as error:
        logger.warning("Cannot write the log file %s (%s); logging to stderr only.", path, error)
        return None
    file.set_name(_HANDLERS[0])
    file.setFormatter(formatter)
    logger.addHandler(file)
    return path


def close_logging() -> None:
    """Remove and close the handlers ``configure_logging`` added."""
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        if handler.get_name() in _HANDLERS:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(logging.NOTSET)
