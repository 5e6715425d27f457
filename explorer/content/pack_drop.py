"""The kiosk's content drop folder: newer packs dropped there are staged, then applied.

Staff copy a pack (a .zip file or a folder) into the drop folder. ``DropFolder.scan`` takes
the entries that have finished arriving, keeps those newer than what the content database
holds (by pack id and version, see ``explorer.domain.pack_version``) and stages each with
``ContentLibrary.stage``: the pack is kept in ``packs/`` and imported into a copy of the
database, ``content.db.staged``, never into the live file the kiosk is showing.
``apply_staged`` puts it in effect, once nothing has the live database open.

Only packs the kiosk already has are updated: a pack with an id it does not show is refused
(a new pack is added with ``explorer import``). Equal and older versions are ignored
quietly. A pack that cannot be imported is refused with one warning in the
``explorer.kiosk`` log and is not read again until its file changes.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from explorer.content.importer import imported_versions
from explorer.content.library import ContentLibrary, ImportFailed, ImportReport
from explorer.content.pack_identity import PackIdentity, read_pack_identity
from explorer.content.pack_reader import Limits
from explorer.content.problems import PackInvalid, warning_lines
from explorer.content.validate import check_pack
from explorer.domain.pack_version import PackVersion, is_newer, version_problem

log = logging.getLogger("explorer.kiosk")

SETTLE_SECONDS = 2.0
"""An entry changed more recently than this is taken to be still arriving."""

PARTIAL_SUFFIXES = (".part", ".partial", ".tmp", ".crdownload", ".download")


@dataclass(frozen=True)
class Signature:
    """How an entry looks on disk: any difference between two scans means it is still arriving."""

    size: int
    files: int
    changed_ns: int
    """The latest modification or status change of anything in it."""


@dataclass(frozen=True)
class StagedPack:
    path: Path
    identity: PackIdentity

    def describe(self) -> str:
        return self.identity.describe()


@dataclass(frozen=True)
class RefusedPack:
    path: Path
    message: str
    """Names the pack's file and every problem found in it."""


@dataclass(frozen=True)
class ScanResult:
    staged: tuple[StagedPack, ...] = ()
    refused: tuple[RefusedPack, ...] = ()
    waiting: tuple[Path, ...] = ()
    """Entries still arriving: scan again after ``SETTLE_SECONDS``."""


def staged_path(database: Path) -> Path:
    return ContentLibrary.for_database(database).staged


def has_staged(database: Path) -> bool:
    return ContentLibrary.for_database(database).has_staged()


def apply_staged(database: Path) -> bool:
    """Put the staged content in effect; False when none is staged (or the content is busy).

    Call only when no connection to ``database`` is open.
    """
    if not ContentLibrary.for_database(database).apply_staged():
        return False
    versions = ", ".join(
        f"{pack} {version}" for pack, version in imported_versions(database).items()
    )
    log.info("Applied new content to %s; it now holds %s", database, versions or "no packs")
    return True


def discard_staged(database: Path) -> None:
    ContentLibrary.for_database(database).discard_staged()


def stage_pack(pack: Path, database: Path, limits: Limits | None = None) -> ImportReport:
    """Import ``pack`` into a copy of ``database`` (or of its staged copy, if there is one).

    Raises PackInvalid or ImportFailed, with the staged copy left as it was.
    """
    return ContentLibrary.for_database(database, limits=limits).stage(pack)


def drop_entries(folder: Path) -> list[Path]:
    """The zips and folders in ``folder`` that may be packs, by name.

    Hidden entries and partial downloads (``PARTIAL_SUFFIXES``) are left out. Raises OSError
    when the folder cannot be read.
    """
    entries = []
    with os.scandir(folder) as scan:
        for entry in scan:
            name = entry.name.lower()
            if name.startswith((".", "~")) or name.endswith(PARTIAL_SUFFIXES):
                continue
            if entry.is_dir() or (entry.is_file() and name.endswith(".zip")):
                entries.append(Path(entry.path))
    return sorted(entries, key=lambda path: path.name)


def entry_signature(path: Path) -> Signature:
    """Size, file count and latest change of a zip, or of everything inside a folder."""
    info = path.stat()
    if not path.is_dir():
        return Signature(info.st_size, 1, _changed_ns(info))
    size = files = 0
    changed = _changed_ns(info)
    for folder, subfolders, names in os.walk(path):
        for name in subfolders:
            changed = max(changed, _changed_ns(os.lstat(os.path.join(folder, name))))
        for name in names:
            info = os.lstat(os.path.join(folder, name))
            changed = max(changed, _changed_ns(info))
            size += info.st_size
            files += 1
    return Signature(size, files, changed)


def newest_first(
    identities: Mapping[Path, PackIdentity], installed: Mapping[str, str]
) -> dict[str, list[Path]]:
    """For each pack id, the packs newer than the installed version, newest first.

    Packs of the same version keep the order of their names.
    """
    by_id: dict[str, list[Path]] = {}
    for path in sorted(identities, key=lambda path: path.name):
        identity = identities[path]
        if is_newer(identity.version, installed.get(identity.id)):
            by_id.setdefault(identity.id, []).append(path)
    for paths in by_id.values():
        paths.sort(key=lambda path: PackVersion(identities[path].version), reverse=True)
    return dict(sorted(by_id.items()))


class DropFolder:
    """The drop folder of one content database, remembering what it saw between scans.

    Not thread-safe: scan from one thread at a time.
    """

    def __init__(
        self,
        folder: Path,
        database: Path,
        *,
        settle_seconds: float = SETTLE_SECONDS,
        limits: Limits | None = None,
    ) -> None:
        self.folder, self.database = folder, database
        self.settle_seconds = settle_seconds
        self.limits = limits or Limits()
        self._seen: dict[Path, Signature] = {}
        self._identities: dict[Path, tuple[Signature, PackIdentity | None]] = {}
        self._refused: dict[Path, Signature] = {}
        self._unreadable_logged = False

    def scan(self, now: float | None = None) -> ScanResult:
        """Stage every newer pack that has finished arriving; ``now`` is a time.time() value.

        An entry is still arriving when it differs from the previous scan, or changed less
        than ``settle_seconds`` before ``now``, or carries a time in the future and has not
        yet been seen unchanged.
        """
        ready, waiting = self._settled(self._entries(), time.time() if now is None else now)
        candidates = {path: sig for path, sig in ready.items() if self._refused.get(path) != sig}
        identities = {path: self._identity(path, sig) for path, sig in candidates.items()}
        refused = [
            self._refuse(path, candidates[path], self._unreadable_problem(path))
            for path, identity in identities.items()
            if identity is None
        ]
        known = {path: identity for path, identity in identities.items() if identity is not None}
        installed = self._installed_versions()
        for path, identity in list(known.items()):
            problem = _not_an_update(path, identity, installed)
            if problem is not None:
                del known[path]
                refused.append(self._refuse(path, candidates[path], problem))
        staged: list[StagedPack] = []
        for paths in newest_first(known, installed).values():
            for path in paths:
                problem = self._stage(path)
                if problem is None:
                    staged.append(StagedPack(path, known[path]))
                    log.info("Staged %s from %s for the next reset", known[path].describe(), path)
                    break
                refused.append(self._refuse(path, candidates[path], problem))
        return ScanResult(tuple(staged), tuple(refused), tuple(waiting))

    def apply_at_start(self, now: float | None = None) -> ScanResult:
        """Before anything opens the database: stage the newer packs and apply them at once.

        Call it after the bundled pack is imported. A staged copy left by an earlier run is
        discarded first, since it may predate that import.
        """
        discard_staged(self.database)
        result = self.scan(now)
        apply_staged(self.database)
        return result

    def _installed_versions(self) -> dict[str, str]:
        library = ContentLibrary.for_database(self.database)
        return imported_versions(library.staged if library.has_staged() else self.database)

    def _stage(self, path: Path) -> str | None:
        """Stage the pack at ``path``; what went wrong, or None."""
        try:
            report = stage_pack(path, self.database, self.limits)
        except PackInvalid as error:
            return f"Refused the content pack {path}: {error}"
        except (ImportFailed, OSError, sqlite3.Error) as error:
            return f"Could not import the content pack {path}: {error}"
        for line in warning_lines(report.warnings, report.unlisted_warnings):
            log.warning("%s: %s", path, line)
        return None

    def _entries(self) -> list[Path]:
        try:
            entries = drop_entries(self.folder)
        except OSError as error:
            if not self._unreadable_logged:
                reason = (
                    "does not exist" if not self.folder.exists() else f"cannot be read ({error})"
                )
                log.warning(
                    "The content drop folder %s %s; checking again later", self.folder, reason
                )
                self._unreadable_logged = True
            return []
        if self._unreadable_logged:
            log.info("The content drop folder %s can be read now", self.folder)
            self._unreadable_logged = False
        return entries

    def _settled(self, entries: list[Path], now: float) -> tuple[dict[Path, Signature], list[Path]]:
        signatures: dict[Path, Signature] = {}
        for path in entries:
            try:
                signatures[path] = entry_signature(path)
            except OSError:
                continue  # removed while we looked
        ready, waiting = {}, []
        for path, signature in signatures.items():
            if self._still_arriving(self._seen.get(path), signature, now):
                waiting.append(path)
            else:
                ready[path] = signature
        self._seen = signatures
        for memory in (self._identities, self._refused):
            for path in set(memory) - set(signatures):
                del memory[path]
        return ready, waiting

    def _still_arriving(self, previous: Signature | None, current: Signature, now: float) -> bool:
        if previous is not None and previous != current:
            return True
        age = now - current.changed_ns / 1e9
        # A time in the future (a copied timestamp, a wrong clock) cannot say when copying
        # ended: such an entry waits until a scan finds it unchanged.
        return 0 <= age < self.settle_seconds or (age < 0 and previous is None)

    def _identity(self, path: Path, signature: Signature) -> PackIdentity | None:
        cached = self._identities.get(path)
        if cached is None or cached[0] != signature:
            cached = (signature, read_pack_identity(path, self.limits))
            self._identities[path] = cached
        return cached[1]

    def _unreadable_problem(self, path: Path) -> str:
        try:
            check_pack(path, self.limits)
        except PackInvalid as invalid:
            return f"Refused the content pack {path}: {invalid}"
        return f"Refused the content pack {path}: its manifest.json gives no id and version"

    def _refuse(self, path: Path, signature: Signature, message: str) -> RefusedPack:
        self._refused[path] = signature
        log.warning("%s\nThe content shown stays as it was.", message)
        return RefusedPack(path, message)


def _not_an_update(path: Path, identity: PackIdentity, installed: Mapping[str, str]) -> str | None:
    """Why the drop folder may not take this pack, or None."""
    if identity.id not in installed:
        return (
            f"Refused the content pack {path}: {identity.describe()} is not one of this "
            "kiosk's packs. The drop folder only brings new versions of packs the kiosk "
            "already shows; add a new pack with `explorer import`."
        )
    problem = version_problem(identity.version)
    if problem is not None:
        return f"Refused the content pack {path}: its version {identity.version[:40]!r} {problem}"
    return None


def _changed_ns(info: os.stat_result) -> int:
    # The status change time too: a copy that keeps the original modification time still
    # gets a fresh one.
    return max(info.st_mtime_ns, info.st_ctime_ns)
