"""Building content database files from packs. Only ever on files nobody has open yet.

A pack is checked and written in one read (``PackCheck`` with a ``DatabaseSink``): its
records go into the file as they are read, and the file is thrown away, or the pack's part
of it rolled back, when the pack turns out to have a problem.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from explorer.content.content_notices import ContentNotice, NoticeKind
from explorer.content.database_sink import DatabaseSink
from explorer.content.import_progress import ImportProgress, ImportStep, quietly
from explorer.content.kept_packs import ArchiveCopy
from explorer.content.pack_check import PackCheck
from explorer.content.pack_reader import Limits, open_pack
from explorer.content.pack_source import PackSource, WrittenPack
from explorer.content.problems import PackInvalid
from explorer.content.read_tee import Fingerprint, ReadTee, TeeTarget
from explorer.store.connection import Connection
from explorer.store.content_schema import create_schema
from explorer.store.content_writer import PackConflict
from explorer.store.database import open_database
from explorer.store.durable_files import remove_database, sync_file
from explorer.store.search_build import SearchIndexBuilder

BUILD_CACHE_KIB = 16 * 1024
"""SQLite's page cache while building: fewer reads of index pages written a moment ago."""


def build_database(target: Path, sources: list[PackSource], limits: Limits) -> list[ContentNotice]:
    """Write a new database at ``target`` holding ``sources``, flushed to disk.

    A kept pack that can no longer be read is left out, and said so in the returned notices;
    an unreadable bundled collection raises PackInvalid.
    """
    build = _Build(target, limits, sources)
    try:
        build.finish()
    finally:
        build.close()
    return build.notices


def import_into(
    target: Path,
    base: Path | list[PackSource],
    pack: Path,
    rank: int,
    limits: Limits,
    archive: Path,
    progress: ImportProgress = quietly,
) -> tuple[WrittenPack, list[ContentNotice]]:
    """Make ``target`` the database ``base`` with the pack at ``pack`` written in, flushed.

    ``base`` is a database file to start from, or the packs to build it from first (their
    notices are returned). The pack is read once, and kept as the zip ``archive`` on the
    way: a zip is copied first and read from the copy, a folder is zipped as it is read. So
    what was checked and written is exactly what is kept. Raises PackInvalid, PackConflict,
    OSError or sqlite3.Error; ``target`` and ``archive`` are then half-written, for the
    caller to remove.
    """
    if not pack.is_dir():
        with open_pack(pack, limits):
            pass  # a zip at all, and within the limits, before it is copied
    build = _Build(target, limits, base)
    try:
        progress(ImportStep.KEEPING, 0, None)
        copy: ArchiveCopy | None = None
        source = pack
        if pack.is_dir():
            copy = ArchiveCopy(archive)
        else:
            archive.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pack, archive)
            source = archive
        try:
            written = build.write(source, rank, copy, progress)
        finally:
            if copy is not None:
                copy.close()
        build.finish(progress)
    finally:
        build.close()
    return written, build.notices


class _Build:
    """A content database file being built: from a copy of another, or from packs."""

    def __init__(self, target: Path, limits: Limits, base: Path | list[PackSource]) -> None:
        self.target = target
        self.limits = limits
        self.notices: list[ContentNotice] = []
        self.index = SearchIndexBuilder()
        remove_database(target)
        if isinstance(base, Path):
            _copy_database(base, target)
            # No journal: the file is thrown away whole if anything goes wrong, so nothing is
            # rolled back (a journal in memory would hold every page of a pack replaced here).
            self.db = _open_for_building(target, journal="OFF")
            return
        # A kept pack found bad halfway is rolled back alone, so this keeps a journal (in
        # memory: it holds only pages the pack changed among those written before it).
        self.db = _open_for_building(target, journal="MEMORY")
        create_schema(self.db)
        for source in base:
            self._add_kept(source)

    def _add_kept(self, source: PackSource) -> None:
        before = self.index.checkpoint()
        self.db.execute("BEGIN")
        try:
            write_pack_into(
                self.db, source.path, self.limits, source.rank, self.index, source.fingerprint
            )
            _commit(self.db, source.id)
        except (PackInvalid, PackConflict) as error:
            if self.db.conn.in_transaction:
                self.db.execute("ROLLBACK")
            self.index.rollback(before)
            if source.bundled:
                raise
            # The refusal itself: the window says its problems in the reader's language.
            values = {"pack": source.id, "error": error, "archive": str(source.path)}
            self.notices.append(ContentNotice(NoticeKind.PACK_UNREADABLE, values))

    def write(
        self, pack: Path, rank: int, copy: TeeTarget | None, progress: ImportProgress
    ) -> WrittenPack:
        """Check and write the pack at ``pack``; the build is of no use if it raises."""
        self.db.execute("BEGIN")
        written = write_pack_into(
            self.db, pack, self.limits, rank, self.index, None, copy, progress
        )
        _commit(self.db, written.summary.manifest.id)
        return written

    def finish(self, progress: ImportProgress = quietly) -> None:
        """Write the search index and flush the file."""
        self.db.execute("BEGIN")
        self.index.write(self.db, lambda done, total: progress(ImportStep.INDEX, done, total))
        self.db.execute("COMMIT")
        self.close()
        sync_file(self.target)

    def close(self) -> None:
        self.db.close()


def write_pack_into(
    db: Connection,
    path: Path,
    limits: Limits,
    rank: int,
    index: SearchIndexBuilder,
    fingerprint: str | None = None,
    copy: TeeTarget | None = None,
    progress: ImportProgress = quietly,
) -> WrittenPack:
    """Check the pack at ``path`` and write it into ``db``, in the caller's transaction.

    Its fingerprint is computed on the way unless it is given; ``copy`` gets every file.
    """
    computed = Fingerprint()
    targets: list[TeeTarget] = [] if fingerprint else [computed]
    if copy is not None:
        targets.append(copy)
    with open_pack(path, limits) as reader:

        def known() -> str:
            return fingerprint or computed.hexdigest(reader.names())

        sink = DatabaseSink(db, rank, index, known)
        summary = PackCheck(reader, sink, tee=ReadTee(targets), progress=progress).run()
        return WrittenPack(summary, known())


def _commit(db: Connection, pack_id: str) -> None:
    try:
        db.execute("COMMIT")
    except sqlite3.IntegrityError as error:
        raise PackConflict(f"pack '{pack_id}' cannot be written: {error}") from error


def _open_for_building(target: Path, *, journal: str) -> Connection:
    db = open_database(target)
    # Nobody reads this file until it is complete and renamed into place; a failed build is
    # deleted whole. So no journal on disk, and no flushing until the end.
    db.execute(f"PRAGMA journal_mode = {journal}")
    db.execute("PRAGMA synchronous = OFF")
    db.execute(f"PRAGMA cache_size = -{BUILD_CACHE_KIB}")
    return db


def _copy_database(source: Path, target: Path) -> None:
    """Copy ``source`` with SQLite's backup API (safe while others read it)."""
    with (
        closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
