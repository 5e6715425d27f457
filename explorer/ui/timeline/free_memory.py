"""Handing back to the system the memory a layout thread freed.

glibc gives each thread an arena of its own and keeps what a thread frees there for that
thread's next allocations. Laying out 100,000 events reads and sorts them all on a worker
thread, and about 10 MB it no longer needs would stay resident until the next layout.
``malloc_trim`` returns the free pages of every arena. Elsewhere (no glibc) it does nothing.
"""

from __future__ import annotations

import ctypes
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
