"""The imported packs, kept in the data folder as validated archives.

The content database is derived: every imported pack is kept as a zip in ``packs/``, and
``packs/registry.json`` lists the ones that are in effect. Writing the registry (atomically)
is what commits an import; the content database then follows it, so a schema change or a
damaged database is rebuilt from all of them, not only from the bundled collection.

Archives are named after their fingerprint: writing a new one never touches one in use, and
an archive the registry does not name is a leftover of an interrupted import.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from explorer.content.system_words import system_words
from explorer.domain.wording import PackProblems, SystemText
from explorer.store.durable_files import sync_folder, write_durably

REGISTRY = "registry.json"
REGISTRY_FORMAT = 1
ARCHIVE_SUFFIX = ".zip"
PARTIAL_SUFFIX = ".partial"


class RegistryUnreadable(Exception):
    """The registry exists but cannot be understood; the message says why."""


@dataclass(frozen=True)
class KeptPack:
    """An imported pack in effect, as the registry lists it."""

    id: str
    version: str
    title: str
    fingerprint: str
    archive: str
    """File name inside the packs folder."""
    source: str
    """Where the pack was imported from, as given."""
    cards: int
    imported_at: str

    def describe(self) -> str:
        return PackProblems.tr("%1 (%2) version %3, %n card(s)", "", self.cards).arg(
            self.title, self.id, self.version
        )


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class PackRegistry:
    """The ``packs`` folder: archives and the registry naming those in effect."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    @property
    def path(self) -> Path:
        return self.folder / REGISTRY

    def staged_path(self) -> Path:
        return self.folder / (REGISTRY + ".staged")

    def load(self, path: Path | None = None) -> list[KeptPack]:
        """The packs in effect, in import order; none when there is no registry yet."""
        path = path or self.path
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except OSError as error:
            raise RegistryUnreadable(
                PackProblems.tr("%1 cannot be read: %2").arg(str(path), system_words(error))
            ) from error
        except ValueError as error:
            raise RegistryUnreadable(
                PackProblems.tr("%1 is not valid JSON: %2").arg(str(path), system_words(error))
            ) from error
        try:
            if data["format"] != REGISTRY_FORMAT:
                raise RegistryUnreadable(
                    PackProblems.tr("%1 has format %2").arg(str(path), repr(data["format"]))
                )
            packs = [KeptPack(**entry) for entry in data["packs"]]
        except (KeyError, TypeError) as error:
            raise RegistryUnreadable(
                PackProblems.tr("%1 is not a pack registry: %2").arg(
                    str(path),
                    SystemText(PackProblems.tr("its entries are not as expected"), repr(error)),
                )
            ) from error
        for pack in packs:
            # Archives are read and deleted by name: a name must stay inside this folder.
            name = pack.archive
            if (
                not isinstance(name, str)
                or Path(name).name != name
                or Path(name).suffix != ARCHIVE_SUFFIX
            ):
                raise RegistryUnreadable(
                    PackProblems.tr("%1 names an archive outside %2: %3").arg(
                        str(path), str(self.folder), repr(name)
                    )
                )
        return packs

    def save(self, packs: list[KeptPack], path: Path | None = None) -> None:
        """Write the registry atomically (this commits an import)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"format": REGISTRY_FORMAT, "packs": [asdict(pack) for pack in packs]}
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True)
        write_durably(path or self.path, text.encode("utf-8"))

    def archive_path(self, pack: KeptPack) -> Path:
        return self.folder / pack.archive

    @staticmethod
    def archive_name(pack_id: str, fingerprint: str) -> str:
        return f"{pack_id}-{fingerprint[:20]}{ARCHIVE_SUFFIX}"

    def partial_path(self, pack_id: str) -> Path:
        """Where a pack's archive is written before its fingerprint, and so its name, is known."""
        return self.folder / f"{pack_id}{ARCHIVE_SUFFIX}{PARTIAL_SUFFIX}"

    def remove_leftovers(self, keep: set[str]) -> list[Path]:
        """Delete archives not named in ``keep`` and partial files; returns what was removed."""
        removed = []
        if not self.folder.is_dir():
            return removed
        for path in self.folder.iterdir():
            leftover = path.name.endswith((PARTIAL_SUFFIX, ".tmp")) or (
                path.suffix == ARCHIVE_SUFFIX and path.name not in keep
            )
            if leftover and path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
        if removed:
            sync_folder(self.folder)
        return removed


class ArchiveCopy:
    """The zip a folder pack is kept as, written while it is read (a ``read_tee.TeeTarget``).

    Its files are stored, not compressed: the copy takes as much room as the folder did, and
    is made at the speed of a file copy (compressing the 328 MB of a 100,000-card pack, even
    at zlib's fastest level, cost about a fifth of the import's CPU time).
    """

    def __init__(self, path: Path) -> None:
        import zipfile  # only an import writes one: a start need not load it

        path.parent.mkdir(parents=True, exist_ok=True)
        self._zip = zipfile.ZipFile(path, "w", zipfile.ZIP_STORED)

    def whole(self, name: str, data: bytes) -> None:
        self._zip.writestr(name, data)

    def open(self, name: str) -> IO[bytes]:
        return self._zip.open(name, "w", force_zip64=True)

    def close(self) -> None:
        self._zip.close()
