"""The bundled collection's identity and fingerprint without reading it at every start.

Both are kept in a small file beside the kept packs, with the size and times of every file
of the folder they were read from; while they all look the same, they are used again instead
of reading the manifest and hashing the whole collection (about 45 ms for 6 MB). Listing the
folder's files once is then all a start reads of it. Any difference, or a memo that cannot
be read, reads them afresh; a memo that cannot be written is only a missed saving.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.content.pack_identity import PackIdentity, read_pack_identity
from explorer.content.problems import PackInvalid
from explorer.store.durable_files import write_durably

if TYPE_CHECKING:
    from explorer.content.pack_reader import Limits

log = logging.getLogger(__name__)


def remembered_pack(
    folder: Path, limits: Limits | None, memo: Path
) -> tuple[PackIdentity | None, str | None]:
    """What the pack folder ``folder`` says it is (``read_pack_identity``) and its
    fingerprint, remembered in ``memo`` against the folder's file stats; ``limits`` are
    those of reading it (None: the defaults).

    The identity is None when the manifest does not give one; the fingerprint is None then,
    and when a file cannot be read (``pack_fingerprint`` says why). Only a folder that can be
    listed, with both, is remembered (not a zip, nor a folder that is not there).
    """
    try:
        stats = _file_stats(folder)
    except OSError:
        stats = None
    try:
        kept = json.loads(memo.read_text(encoding="utf-8"))
        if stats is not None and kept["files"] == stats:
            return _identity(kept["identity"]), _text(kept["fingerprint"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    identity = read_pack_identity(folder, limits)
    if identity is None:
        return None, None
    try:
        fingerprint = _fingerprint(folder, limits)
    except PackInvalid:
        return identity, None
    if stats is None:
        return identity, fingerprint
    remembered = {
        "files": stats,
        "identity": [identity.id, identity.version, identity.title],
        "fingerprint": fingerprint,
    }
    try:
        memo.parent.mkdir(parents=True, exist_ok=True)
        write_durably(memo, json.dumps(remembered).encode())
    except OSError as error:
        log.info("The bundled collection's fingerprint is not remembered: %s", error)
    return identity, fingerprint


def _identity(kept: object) -> PackIdentity:
    if not isinstance(kept, list) or len(kept) != 3:
        raise TypeError("not an identity")
    return PackIdentity(*(_text(part) for part in kept))


def _text(kept: object) -> str:
    if not isinstance(kept, str):
        raise TypeError("not a text")
    return kept


def _fingerprint(folder: Path, limits: Limits | None) -> str:
    # Imported here: most starts find the fingerprint remembered and read no pack.
    from explorer.content.pack_fingerprint import pack_fingerprint

    return pack_fingerprint(folder, limits)


def _file_stats(folder: Path) -> list[list]:
    """Every file's path in ``folder``, size, and modification and change times."""
    stats: list[list] = []
    _add_stats(os.fspath(folder), "", stats)
    return stats


def _add_stats(folder: str, prefix: str, stats: list[list]) -> None:
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda entry: entry.name)
    for entry in entries:
        name = prefix + entry.name
        if entry.is_dir(follow_symlinks=False):
            _add_stats(entry.path, f"{name}/", stats)
            continue
        try:
            info = entry.stat()  # a link's target: what a pack reads through it
        except OSError:  # a broken link
            stats.append([name, None, None, None])
            continue
        stats.append([name, info.st_size, info.st_mtime_ns, info.st_ctime_ns])
