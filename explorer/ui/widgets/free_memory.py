"""Handing back memory that work done once leaves behind.

glibc gives each thread an arena of its own and keeps what a thread frees there for that
thread's next allocations. Laying out 100,000 events, or loading the search index, reads
them all on a worker thread, and what it no longer needs would stay resident.
``malloc_trim`` returns the free pages of every arena. Elsewhere (no glibc) it does nothing.

PySide's import hook reads the source of every module imported, to see whether it uses
PySide, through ``linecache``, which keeps every line read: some 9 MB for the modules of a
start. ``forget_read_sources`` empties that cache (a traceback reads its lines again).
"""

from __future__ import annotations

import ctypes
import linecache
import sys
from collections.abc import Callable


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        # A foreign call through ctypes.CDLL gives up the interpreter while it runs.
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None


_TRIM = _malloc_trim()


def give_back_free_memory() -> bool:
    """Return the free pages of the C heap to the system; False when this cannot be done."""
    if _TRIM is None:
        return False
    _TRIM(0)
    return True


def forget_read_sources() -> None:
    """Drop the source lines ``linecache`` keeps (see the module's notes)."""
    linecache.clearcache()
