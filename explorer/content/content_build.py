"""Building content database files from packs. Only ever on files nobody has open yet."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from explorer.content.content_notices import ContentNotice, NoticeKind
from explorer.content.display_image import display_derivative
from explorer.content.pack_reader import Limits, open_pack
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack
from explorer.domain.collection import Collection
from explorer.store.content_schema import create_schema
from explorer.store.content_writer import PackConflict, replace_pack
from explorer.store.database import open_database
from explorer.store.durable_files import sync_file
from explorer.store.search_build import rebuild_search_index


@dataclass(frozen=True)
class PackSource:
    """A pack in effect: where to read it, and how it is known."""

    id: str
    path: Path
    fingerprint: str
    rank: int
    """0 for the bundled collection, then in import order."""
    bundled: bool


def build_database(target: Path, sources: list[PackSource], limits: Limits) -> list[ContentNotice]:
    """Write a new database at ``target`` holding ``sources``, flushed to disk.

    A kept pack that can no longer be read is left out, and said so in the returned notices;
    an unreadable bundled collection raises PackInvalid.
    """
    notices: list[ContentNotice] = []
    db = _open_for_building(target)
    try:
        create_schema(db)
        for source in sources:
            try:
                collection = load_pack(source.path, limits)
                _write(
                    db,
                    collection,
                    source.path,
                    source.fingerprint,
                    source.rank,
                    limits,
                    index=False,
                )
            except (PackInvalid, PackConflict) as error:
                if source.bundled:
                    raise
                values = {"pack": source.id, "error": str(error), "archive": str(source.path)}
                notices.append(ContentNotice(NoticeKind.PACK_UNREADABLE, values))
        with db.atomic():
            rebuild_search_index(db)
    finally:
        db.close()
    sync_file(target)
    return notices


def write_pack(
    target: Path,
    collection: Collection,
    pack: Path,
    fingerprint: str,
    rank: int,
    limits: Limits,
) -> None:
    """Replace ``collection``'s pack in the existing database file ``target``."""
    db = _open_for_building(target)
    try:
        _write(db, collection, pack, fingerprint, rank, limits, index=True)
    finally:
        db.close()


def _open_for_building(target: Path):
    db = open_database(target)
    # Nobody reads this file until it is complete and renamed into place; a failed build is
    # deleted whole. So no journal on disk, and no flushing until the end.
    db.execute("PRAGMA journal_mode = MEMORY")
    db.execute("PRAGMA synchronous = OFF")
    return db


def _write(db, collection, pack, fingerprint, rank, limits, *, index: bool) -> None:
    with open_pack(pack, limits) as reader:
        replace_pack(
            db,
            collection,
            fingerprint,
            lambda media: display_derivative(reader.read_bytes(media.file)),
            rank=rank,
            index=index,
        )
