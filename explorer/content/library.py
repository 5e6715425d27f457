"""The explorer's content: the bundled collection, the kept packs, and the database built from them.

Promises (see docs/content-packs.md, "What survives what"):

* The content database is never written in place. Every change is built beside it
  (``content.db.building``), flushed to disk, and renamed over it, so a kill, a power cut or
  a full disk at any moment leaves the previous database whole, with no journal beside it
  that a later open could replay.
* An import is committed by writing ``packs/registry.json`` (atomically); its archive is
  stored before that. The database follows the registry: at start-up, one that does not
  match, is damaged, is from another schema or was left half-written is rebuilt from the
  bundled collection and every kept pack, and leftovers of interrupted work are removed.
* A pack whose id is already present from another source (the bundled collection included)
  replaces it only when asked to (``replace=True``).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.content.content_health import (
    Health,
    State,
    inspect,
    old_packs,
    remember_verified,
    verified_path,
)
from explorer.content.content_notices import ContentNotice, NoticeKind
from explorer.content.import_progress import ImportProgress, ImportStep, quietly
from explorer.content.kept_packs import KeptPack, PackRegistry, RegistryUnreadable, now_text
from explorer.content.pack_identity import PackIdentity, read_pack_identity
from explorer.content.pack_source import PackSource, WrittenPack
from explorer.content.problems import PackInvalid, Problem
from explorer.content.remembered_fingerprint import remembered_pack
from explorer.content.system_words import message_words, storage_words, system_words
from explorer.domain.wording import PackProblems, Wording
from explorer.store.database import open_database
from explorer.store.durable_files import (
    remove_database,
    replace_durably,
    side_files,
    sync_folder,
)
from explorer.store.storage_problem import StorageProblem, storage_problem_in

if TYPE_CHECKING:
    from explorer.content.pack_reader import Limits
    from explorer.content.pack_sink import PackSummary

try:
    import fcntl
except ImportError:  # Windows: one explorer at a time is assumed there
    fcntl = None

log = logging.getLogger(__name__)

PACKS_FOLDER = "packs"
LOCK_FILE = ".content.lock"
BUNDLED_FINGERPRINT_MEMO = "bundled-fingerprint.json"


def bundled_fingerprint_memo(folder: Path) -> Path:
    """Where a data folder remembers the bundled collection's fingerprint."""
    return folder / "cache" / BUNDLED_FINGERPRINT_MEMO


class PackTakeover(Exception):
    """The pack would replace one already present from elsewhere; the message says which.

    ``replaceable``: importing it again with ``replace`` would do it (the person may be
    asked); false when nothing would (an older version of the bundled collection).
    """

    def __init__(self, message: str, *, replaceable: bool = True):
        super().__init__(message)
        self.replaceable = replaceable


class ImportFailed(Exception):
    """The pack could not be written (disk full, folder read-only); nothing was changed."""


class ContentUnavailable(Exception):
    """No content database could be built or opened; the message says why."""


@dataclass
class Prepared:
    """The database to open and what a person should be told about how it came to be."""

    database: Path
    notices: list[ContentNotice] = field(default_factory=list)
    rebuilt: bool = False


@dataclass(frozen=True)
class ImportReport:
    """What an import did: the pack, its cards, and what it replaced."""

    pack_id: str
    version: str
    cards: int
    replaced: str | None = None
    """What the pack took the place of, described for a person."""
    unchanged: bool = False
    notices: tuple[ContentNotice, ...] = ()
    warnings: tuple[Problem, ...] = ()
    """What the pack's check found worth a look but not wrong (markup in a plain text)."""
    unlisted_warnings: int = 0


class ContentLibrary:
    """The content of one data folder. Safe to use from several processes at once."""

    def __init__(
        self,
        folder: Path,
        bundled: Path | None,
        *,
        database: Path | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.folder = folder
        self.database = database or folder / "content.db"
        self.registry = PackRegistry(folder / PACKS_FOLDER)
        self.bundled = bundled
        self._limits = limits

    @classmethod
    def for_database(
        cls, database: Path, bundled: Path | None = None, limits: Limits | None = None
    ) -> ContentLibrary:
        return cls(database.parent, bundled, database=database, limits=limits)

    @property
    def limits(self) -> Limits:
        """What a pack may cost to read: the defaults unless others were given."""
        if self._limits is None:
            # Imported here: a start with its content in place reads no pack.
            from explorer.content.pack_reader import Limits

            self._limits = Limits()
        return self._limits

    # Paths of work in progress -------------------------------------------------------------

    def _path(self, suffix: str) -> Path:
        return self.database.with_name(self.database.name + suffix)

    @property
    def building(self) -> Path:
        return self._path(".building")

    @property
    def staged(self) -> Path:
        return self._path(".staged")

    @property
    def staging(self) -> Path:
        return self._path(".staging")

    # Start-up ------------------------------------------------------------------------------

    def prepare(self) -> Prepared:
        """Make the content database match the packs in effect; the database to open.

        Falls back to a temporary folder when the data folder cannot be written; raises
        ContentUnavailable when no database can be had at all, PackInvalid when the bundled
        collection itself is invalid.
        """
        with self._locked():
            return self._prepare()

    def _prepare(self) -> Prepared:
        notices: list[ContentNotice] = []
        sources, health = self._inspect(notices)
        if health.state is State.CURRENT:
            return Prepared(self.database, notices)
        try:
            notices.extend(self._rebuild(sources, self.database))
        except (OSError, sqlite3.Error) as error:
            return self._fall_back(sources, health.state, error, notices)
        return Prepared(self.database, notices, rebuilt=True)

    def _inspect(self, notices: list[ContentNotice]) -> tuple[list[PackSource], Health]:
        """The packs in effect and how the database stands against them, after removing
        leftovers of interrupted work; ``notices`` gets what a rebuild would have to say."""
        self._remove_leftovers()
        kept = self._load_registry(notices)
        sources = self._sources(kept)
        health = inspect(self.database, {source.id: source.fingerprint for source in sources})
        if health.state is State.CURRENT:
            return sources, health
        log.info("Rebuilding %s: %s %s", self.database, health.state.value, health.reason)
        if health.state is State.DAMAGED:
            imported = sum(not source.bundled for source in sources)
            notices.append(
                ContentNotice(
                    NoticeKind.DAMAGED_REBUILT,
                    {"reason": message_words(health.reason), "imported": imported},
                )
            )
        forgotten = sorted(set(old_packs(self.database)) - {source.id for source in sources})
        if forgotten and health.state in (State.OUTDATED, State.DIFFERENT):
            notices.append(
                ContentNotice(NoticeKind.FORGOTTEN_PACKS, {"packs": ", ".join(forgotten)})
            )
        return sources, health

    def _fall_back(
        self,
        sources: list[PackSource],
        state: State,
        error: Exception,
        notices: list[ContentNotice],
    ) -> Prepared:
        """The data folder cannot take a new database: show what can still be shown."""
        # Imported here: only a start that cannot write its data folder needs them.
        import atexit
        import shutil
        import tempfile

        problem = storage_problem_in(error, self.folder)
        values: dict[str, str | int] = {"why": problem.value, "error": system_words(error)}
        if state is State.DIFFERENT:
            notices.append(ContentNotice(NoticeKind.SHOWN_AS_IT_WAS, values))
            return Prepared(self.database, notices)
        folder = Path(tempfile.mkdtemp(prefix="explorer-content-"))
        # The copy lives as long as this process: nothing else will ever open it.
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        database = folder / self.database.name
        try:
            notices.extend(_build_database(database, sources, self.limits))
        except (OSError, sqlite3.Error) as second:
            raise ContentUnavailable(
                PackProblems.tr(
                    "The collection cannot be opened: the data folder %1 cannot take it "
                    "because %2 (%3), and a temporary copy failed too (%4)."
                ).arg(
                    str(self.folder),
                    storage_words(problem),
                    system_words(error),
                    system_words(second),
                )
            ) from second
        values["folder"] = str(self.folder)
        notices.append(ContentNotice(NoticeKind.TEMPORARY_COPY, values))
        return Prepared(database, notices, rebuilt=True)

    def _rebuild(self, sources: list[PackSource], database: Path) -> list[ContentNotice]:
        remove_database(self.building)
        try:
            problems = _build_database(self.building, sources, self.limits)
            self._switch(self.building, database)
        finally:
            remove_database(self.building)
        return problems

    def _switch(self, finished: Path, database: Path) -> None:
        """Rename the finished, closed ``finished`` database over ``database``."""
        # A journal left beside the old file would be replayed into the new one.
        for path in side_files(database):
            path.unlink(missing_ok=True)
        verified_path(database).unlink(missing_ok=True)
        replace_durably(finished, database)
        remember_verified(database)  # built and flushed just now

    def _remove_leftovers(self) -> None:
        try:
            self._remove_leftovers_now()
        except OSError as error:  # a read-only folder has nothing to clean up that we made
            log.info("Leftovers in %s not removed: %s", self.folder, error)

    def _remove_leftovers_now(self) -> None:
        for path in (self.building, self.staging):
            remove_database(path)
        try:
            kept = {pack.archive for pack in self.registry.load()}
        except RegistryUnreadable:
            return  # its archives are what the registry will be rebuilt from
        staged_registry = self.registry.staged_path()
        if staged_registry.exists():
            try:
                kept |= {pack.archive for pack in self.registry.load(staged_registry)}
            except RegistryUnreadable:
                staged_registry.unlink(missing_ok=True)
        for path in self.registry.remove_leftovers(kept):
            log.info("Removed %s, left by an interrupted import", path)

    def _load_registry(self, notices: list[ContentNotice]) -> list[KeptPack]:
        try:
            return self.registry.load()
        except RegistryUnreadable as error:
            kept = self._recover_registry()
            values = {
                "error": error.args[0] if error.args else str(error),
                "archives": len(kept),
                "folder": str(self.registry.folder),
            }
            notices.append(ContentNotice(NoticeKind.REGISTRY_REMADE, values))
            return kept

    def _recover_registry(self) -> list[KeptPack]:
        """The packs in effect, made again from the archives. The damaged registry is put
        aside and the new one written, where the folder can be written."""
        kept = self._registry_from_archives()
        damaged = self.registry.path
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        try:
            damaged.rename(damaged.with_name(f"{damaged.name}.damaged-{stamp}"))
            self.registry.save(kept)
        except OSError as error:
            log.warning(
                "The remade list of packs could not be saved in %s: %s", self.registry.folder, error
            )
        return kept

    def _registry_from_archives(self) -> list[KeptPack]:
        newest: dict[str, tuple[float, KeptPack]] = {}
        for archive in sorted(self.registry.folder.glob("*.zip")):
            identity = read_pack_identity(archive, self.limits)
            if identity is None:
                continue
            try:
                fingerprint = _pack_fingerprint(archive, self.limits)
            except PackInvalid:
                continue
            pack = KeptPack(
                identity.id,
                identity.version,
                identity.title,
                fingerprint,
                archive.name,
                str(archive),
                0,
                now_text(),
            )
            changed = archive.stat().st_mtime
            if identity.id not in newest or newest[identity.id][0] < changed:
                newest[identity.id] = (changed, pack)
        return [pack for _, pack in sorted(newest.values(), key=lambda entry: entry[0])]

    def _sources(self, kept: list[KeptPack]) -> list[PackSource]:
        """The packs in effect, bundled first: the bundled collection gives way to an
        imported pack of its id unless the explorer now ships a newer version of it."""
        sources: list[PackSource] = []
        by_id = {pack.id: pack for pack in kept}
        if self.bundled is not None:
            bundled, fingerprint = self._remembered_bundled()
            override = by_id.get(bundled.id)
            if override is None or _older(override.version, bundled.version):
                if fingerprint is None:  # a file cannot be read: this raises saying which
                    fingerprint = _pack_fingerprint(self.bundled, self.limits)
                sources.append(PackSource(bundled.id, self.bundled, fingerprint, 0, True))
        taken = {source.id for source in sources}
        for rank, pack in enumerate(kept, start=1):
            if pack.id not in taken:
                path = self.registry.archive_path(pack)
                sources.append(PackSource(pack.id, path, pack.fingerprint, rank, False))
        return sources

    def bundled_identity(self) -> PackIdentity | None:
        if self.bundled is None:
            return None
        return self._remembered_bundled()[0]

    def _remembered_bundled(self) -> tuple[PackIdentity, str | None]:
        """The bundled collection's identity, and its fingerprint unless a file of it cannot
        be read, both read once and remembered while its files stay as they are."""
        memo = bundled_fingerprint_memo(self.folder)
        identity, fingerprint = remembered_pack(self.bundled, self._limits, memo)
        if identity is None:
            _check_pack(self.bundled, self.limits)  # raises PackInvalid saying what is wrong
            raise ContentUnavailable(
                PackProblems.tr("The bundled collection %1 has no manifest").arg(str(self.bundled))
            )
        return identity, fingerprint

    def kept_packs(self) -> list[KeptPack]:
        return self.registry.load()

    # Import --------------------------------------------------------------------------------

    def import_pack(
        self,
        pack: Path,
        *,
        replace: bool = False,
        progress: ImportProgress | None = None,
        origin: Path | None = None,
    ) -> ImportReport:
        """Validate ``pack``, keep it and build it into the content database, all or nothing.

        The pack is read once: checked, kept and written as it is read (a zip is first
        copied, and read from the copy). Raises PackInvalid (bad pack), PackTakeover (it
        would replace a pack from elsewhere and ``replace`` is false) or ImportFailed (disk
        full, folder read-only); in each case nothing was changed. ``progress`` hears how
        far the import has come (see ``import_progress``). ``origin`` is where the pack is
        said to come from when that is not ``pack`` itself (a file converted into a
        temporary pack), so that importing from it again updates it.
        """
        report = progress or quietly
        report(ImportStep.CHECKING, 0, None)
        pack = Path(pack)
        source = str(Path(origin or pack).resolve())
        with self._locked():
            notices: list[ContentNotice] = []
            sources, health = self._inspect(notices)
            identity = self._identity_of(pack)
            # A database that does not match the packs in effect is built again with the
            # new pack, all at once: a bad pack then leaves the data folder as it was.
            others = [source for source in sources if source.id != identity.id]
            base = self.database if health.state is State.CURRENT else others
            kept = self.registry.load()
            existing = next((p for p in kept if p.id == identity.id), None)
            replaced = self._check_takeover(
                identity, pack, source, existing, replace, shown=str(origin or pack)
            )
            unchanged = existing is not None and base == self.database
            if unchanged and _pack_fingerprint(pack, self.limits) == existing.fingerprint:
                return ImportReport(
                    identity.id,
                    identity.version,
                    existing.cards,
                    unchanged=True,
                    notices=tuple(notices),
                )
            rank = _rank_of(existing, kept)
            partial = self.registry.partial_path(identity.id)
            entry: KeptPack | None = None
            try:
                written, built = _import_into(
                    self.building, base, pack, rank, self.limits, partial, report
                )
                notices.extend(built)
                entry = self._keep_archive(identity, written, source, partial)
                self.registry.save(_listed_with(kept, entry))  # the commit point
            except BaseException as error:
                remove_database(self.building)
                partial.unlink(missing_ok=True)
                if entry is not None:
                    self._forget_archive(entry, kept)
                if isinstance(error, (OSError, sqlite3.Error)):
                    raise _failure(error, self.folder) from error
                raise
            self._switch(self.building, self.database)
            if existing is not None and existing.archive != entry.archive:
                self.registry.archive_path(existing).unlink(missing_ok=True)
        summary = written.summary
        return ImportReport(
            identity.id,
            summary.manifest.version,
            summary.cards,
            replaced,
            notices=tuple(notices),
            warnings=summary.warnings,
            unlisted_warnings=summary.unlisted_warnings,
        )

    def _identity_of(self, pack: Path) -> PackIdentity:
        """What ``pack`` says it is; raises PackInvalid when its manifest does not say, or
        when it is a folder holding the folder its copy is kept in (the data folder, or its
        ``packs``): the copy would be one of its files, read as it grows."""
        kept_in = self.registry.folder
        if pack.is_dir() and kept_in.resolve().is_relative_to(pack.resolve()):
            where = PackProblems.tr("it holds the folder the explorer keeps packs in (%1)").arg(
                str(kept_in)
            )
            raise PackInvalid([Problem(pack.name or str(pack), None, None, where)])
        identity = read_pack_identity(pack, self.limits)
        if identity is None:
            _check_pack(pack, self.limits)  # raises PackInvalid saying what is wrong
            raise PackInvalid(
                [Problem("manifest.json", None, None, PackProblems.tr("gives no id and version"))]
            )
        return identity

    def _check_takeover(
        self,
        identity: PackIdentity,
        pack: Path,
        source: str,
        existing: KeptPack | None,
        replace: bool,
        shown: str,
    ) -> str | None:
        """What the pack would replace; raises PackTakeover unless that is allowed. ``shown``
        names the incoming pack (the file it was converted from, when it was).

        A pack refused so is checked first: a bad pack is refused for its problems. A good
        one is refused with the content database made ready, as for any start.
        """

        def refuse(message: Wording, *, replaceable: bool = True) -> PackTakeover:
            """``message`` with the incoming pack put in for its last value."""
            summary = _check_pack(pack, self.limits)
            self._prepare()
            incoming = PackProblems.tr("%1 (version %2, %n card(s))", "", summary.cards).arg(
                shown, identity.version
            )
            return PackTakeover(message.arg(incoming), replaceable=replaceable)

        bundled = self.bundled_identity()
        if bundled is not None and identity.id == bundled.id:
            if _older(identity.version, bundled.version):
                raise refuse(
                    PackProblems.tr(
                        "'%1' is the id of the bundled collection, which is version %2; %3 is "
                        "older and would never be shown."
                    ).arg(identity.id, bundled.version),
                    replaceable=False,
                )
            if existing is None and not replace:
                cards = self._cards_in_database(identity.id)
                raise refuse(
                    PackProblems.tr(
                        "'%1' is the id of the bundled collection (%2, %n card(s)). Importing "
                        "%3 would replace it.",
                        "",
                        cards,
                    ).arg(identity.id, bundled.describe())
                )
        if existing is not None and existing.source != source and not replace:
            raise refuse(
                PackProblems.tr(
                    "A pack with the id '%1' is already imported: %2, from %3. Importing %4 "
                    "would replace it."
                ).arg(identity.id, existing.describe(), existing.source)
            )
        if existing is not None:
            return existing.describe()
        if bundled is not None and identity.id == bundled.id:
            return f"the bundled collection, {bundled.describe()}"
        return None

    def _cards_in_database(self, pack_id: str) -> int:
        """The cards of the bundled pack ``pack_id``, from the database while it has them."""
        try:
            with closing(open_database(self.database, read_only=True)) as db:
                query = "SELECT count(*) FROM cards WHERE pack_id = ?"
                return db.execute(query, [pack_id]).fetchone()[0]
        except (OSError, sqlite3.Error):
            if self.bundled is None:
                return 0
            return _check_pack(self.bundled, self.limits).cards

    def _keep_archive(
        self, identity: PackIdentity, written: WrittenPack, source: str, partial: Path
    ) -> KeptPack:
        """The registry entry of the pack just written, its archive moved to its own name."""
        _same_pack(identity, written)
        entry = _kept_entry(written.summary, written.fingerprint, source)
        replace_durably(partial, self.registry.archive_path(entry))
        return entry

    def _forget_archive(self, entry: KeptPack, kept: list[KeptPack]) -> None:
        if entry.archive not in {pack.archive for pack in kept}:
            self.registry.archive_path(entry).unlink(missing_ok=True)

    # The kiosk's staged content --------------------------------------------------------------

    def has_staged(self) -> bool:
        return self.staged.exists() and self.registry.staged_path().exists()

    def stage(self, pack: Path) -> ImportReport:
        """Import ``pack`` into a copy of the content (or of what is already staged), to be
        applied by ``apply_staged``; the live database and registry are not touched.

        The content lock is held throughout, so that nothing sweeps the new archive away
        meanwhile; ``apply_staged`` never waits for it (it tries again later).
        """
        pack = Path(pack)
        source = str(pack.resolve())
        identity = self._identity_of(pack)
        with self._locked():
            staged = self.has_staged()
            kept = self.registry.load(self.registry.staged_path() if staged else None)
            existing = next((p for p in kept if p.id == identity.id), None)
            rank = _rank_of(existing, kept)
            partial = self.registry.partial_path(identity.id)
            base = self.staged if staged else self.database
            try:
                written, _ = _import_into(self.staging, base, pack, rank, self.limits, partial)
                entry = self._keep_archive(identity, written, source, partial)
                self.registry.save(_listed_with(kept, entry), self.registry.staged_path())
                replace_durably(self.staging, self.staged)
            except (OSError, sqlite3.Error) as error:
                raise _failure(error, self.folder) from error
            finally:
                remove_database(self.staging)
                partial.unlink(missing_ok=True)
        summary = written.summary
        replaced = existing.describe() if existing else None
        return ImportReport(
            identity.id,
            summary.manifest.version,
            summary.cards,
            replaced,
            warnings=summary.warnings,
            unlisted_warnings=summary.unlisted_warnings,
        )

    def apply_staged(self) -> bool:
        """Put the staged content in effect; call with no connection to the database open.

        False when nothing is staged, or when another process is changing the content right
        now (try again later).
        """
        with self._locked(blocking=False) as locked:
            if not locked or not self.has_staged():
                return False
            before = {pack.archive for pack in self.registry.load()}
            staged_registry = self.registry.staged_path()
            after = {pack.archive for pack in self.registry.load(staged_registry)}
            os.replace(staged_registry, self.registry.path)  # the commit point
            sync_folder(self.registry.folder)
            self._switch(self.staged, self.database)
            for archive in before - after:
                (self.registry.folder / archive).unlink(missing_ok=True)
        return True

    def discard_staged(self) -> None:
        with self._locked():
            for path in (self.staged, self.staging):
                remove_database(path)
            self.registry.staged_path().unlink(missing_ok=True)

    @contextmanager
    def _locked(self, *, blocking: bool = True) -> Iterator[bool]:
        """Hold the data folder's content lock (across processes and threads)."""
        if fcntl is None:
            yield True
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            handle = open(self.folder / LOCK_FILE, "a+b")  # noqa: SIM115 - held across the yield
        except OSError:
            yield True  # a read-only folder: nothing here can change it either
            return
        with closing(handle):
            flags = fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB)
            try:
                fcntl.flock(handle.fileno(), flags)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _older(version: str, than: str) -> bool:
    """Whether a pack of version ``version`` comes before one of version ``than``."""
    # Imported here: most starts have no imported pack of the bundled collection's id.
    from explorer.domain.pack_version import PackVersion

    return PackVersion(version) < PackVersion(than)


def _rank_of(existing: KeptPack | None, kept: list[KeptPack]) -> int:
    """The rank a pack takes: its present one, or after every kept pack (the bundled is 0)."""
    return kept.index(existing) + 1 if existing is not None else len(kept) + 1


def _listed_with(kept: list[KeptPack], entry: KeptPack) -> list[KeptPack]:
    """``kept`` with ``entry`` in place of the pack of its id, or added last."""
    if any(pack.id == entry.id for pack in kept):
        return [entry if pack.id == entry.id else pack for pack in kept]
    return [*kept, entry]


def _kept_entry(summary: PackSummary, fingerprint: str, source: str) -> KeptPack:
    manifest = summary.manifest
    return KeptPack(
        id=manifest.id,
        version=manifest.version,
        title=manifest.title.get("en") or next(iter(manifest.title.values()), manifest.id),
        fingerprint=fingerprint,
        archive=PackRegistry.archive_name(manifest.id, fingerprint),
        source=source,
        cards=summary.cards,
        imported_at=now_text(),
    )


def _same_pack(identity: PackIdentity, written: WrittenPack) -> None:
    """The pack read whole must be the one whose manifest was read first."""
    manifest = written.summary.manifest
    if (manifest.id, manifest.version) != (identity.id, identity.version):
        raise ImportFailed(
            PackProblems.tr(
                "The pack changed while it was imported (it said %1, then '%2' version %3). "
                "Nothing was changed."
            ).arg(identity.describe(), manifest.id, manifest.version)
        )


def _failure(error: BaseException, folder: Path) -> ImportFailed:
    problem = storage_problem_in(error, folder)
    if problem is StorageProblem.DISK_FULL:
        return ImportFailed(
            PackProblems.tr(
                "The disk is full: the pack could not be written into %1. Nothing was changed; "
                "free some space and try again."
            ).arg(str(folder))
        )
    if problem is StorageProblem.READ_ONLY:
        return ImportFailed(
            PackProblems.tr("The data folder %1 cannot be written (%2). Nothing was changed.").arg(
                str(folder), system_words(error)
            )
        )
    return ImportFailed(
        PackProblems.tr("The pack could not be written (%1). Nothing was changed.").arg(
            system_words(error)
        )
    )


# The build (checking, writing, indexing, Pillow), and the reading of a whole pack, are
# imported only when content changes, so that a start with the content in place does not
# load them.


def _build_database(*args, **kwargs):
    from explorer.content.content_build import build_database

    return build_database(*args, **kwargs)


def _import_into(*args, **kwargs):
    from explorer.content.content_build import import_into

    return import_into(*args, **kwargs)


def _pack_fingerprint(*args, **kwargs):
    from explorer.content.pack_fingerprint import pack_fingerprint

    return pack_fingerprint(*args, **kwargs)


def _check_pack(*args, **kwargs):
    from explorer.content.validate import check_pack

    return check_pack(*args, **kwargs)
