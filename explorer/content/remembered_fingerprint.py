"""The bundled collection's fingerprint without reading it at every start.

The fingerprint is kept in a small file beside the kept packs, with the size and times of
every file of the folder it was computed from; while they all look the same, it is used
again instead of hashing the whole collection (about 45 ms for 6 MB). Any difference, or a
memo that cannot be read, computes it afresh; a memo that cannot be written is only a
missed saving.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from explorer.content.pack_fingerprint import pack_fingerprint
from explorer.content.pack_reader import Limits
from explorer.store.durable_files import write_durably

log = logging.getLogger(__name__)


def remembered_fingerprint(folder: Path, limits: Limits, memo: Path) -> str:
    """``pack_fingerprint(folder)``, remembered in ``memo`` against the folder's file stats."""
    stats = _file_stats(folder)
    try:
        kept = json.loads(memo.read_text(encoding="utf-8"))
        if kept["files"] == stats and isinstance(kept["fingerprint"], str):
            return kept["fingerprint"]
    except (OSError, ValueError, KeyError, TypeError):
        pass
    fingerprint = pack_fingerprint(folder, limits)
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        write_durably(memo, json.dumps({"files": stats, "fingerprint": fingerprint}).encode())
    except OSError as error:
        log.info("The bundled collection's fingerprint is not remembered: %s", error)
    return fingerprint


def _file_stats(folder: Path) -> list[list]:
    stats = []
    for root, folders, files in os.walk(folder):
        folders.sort()
        for name in sorted(files):
            info = os.stat(os.path.join(root, name))
            relative = os.path.relpath(os.path.join(root, name), folder)
            stats.append([relative, info.st_size, info.st_mtime_ns, info.st_ctime_ns])
    return stats
