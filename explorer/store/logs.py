"""The explorer's log: a file in a folder, rotated by size, and stderr.

A kiosk runs all day for months, so the file never grows past ``max_bytes`` and only
``backup_count`` older files are kept beside it. A log file that cannot be written (a full
disk, a folder that became read-only) never stops the explorer and never prints a traceback:
it is said once on stderr, in one line, and records still go to stderr.
"""

from __future__ import annotations

import contextlib
import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOGGER = "explorer"
LOG_FILE = "explorer.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_HANDLERS = ("explorer-log-file", "explorer-log-stderr")


class _LogFile(RotatingFileHandler):
    """The rotating log file; a failure to write, flush, rotate or close it is reported once,
    quietly, and never raised."""

    failed = False

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
        file = _LogFile(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8")
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
