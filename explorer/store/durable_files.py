"""Files that are either wholly there or not there at all, even across a kill or a power cut.

The pattern is always the same: write beside the target, flush the file to the disk, rename
it over the target (atomic on POSIX and on Windows for files on one volume), then flush the
folder so that the rename itself survives a power cut.
"""

from __future__ import annotations

import os
from pathlib import Path

SIDE_FILES = ("-journal", "-wal", "-shm")
"""SQLite's companions of a database file."""


def sync_file(path: Path) -> None:
    with open(path, "rb+") as file:
        os.fsync(file.fileno())


def sync_folder(folder: Path) -> None:
    """Make renames and deletions in ``folder`` durable (a no-op where folders can't be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename is still atomic
    finally:
        os.close(descriptor)


def replace_durably(source: Path, target: Path) -> None:
    """Rename the finished ``source`` over ``target``, flushed before and after."""
    sync_file(source)
    os.replace(source, target)
    sync_folder(target.parent)


def write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a reader sees the old contents or the new, never part."""
    partial = path.with_name(path.name + ".tmp")
    try:
        with open(partial, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    sync_folder(path.parent)


def remove_database(path: Path) -> None:
    """Remove a database file and its journal, WAL and shared-memory files."""
    for name in (path, *side_files(path)):
        name.unlink(missing_ok=True)


def side_files(path: Path) -> list[Path]:
    return [Path(f"{path}{suffix}") for suffix in SIDE_FILES]
