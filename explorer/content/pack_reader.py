"""Read the files of a content pack, a folder or a .zip, without letting it reach outside.

Both kinds of pack sit behind one small interface, ``PackReader``:

    with open_pack(path) as pack:
        if pack.exists("manifest.json"):
            data = pack.read_bytes("manifest.json")

Names are relative paths with forward slashes ("media/abai.png"). A zip is never
extracted: its members are read into memory, in chunks, up to the limits. A file of records
in JSON Lines, which may be larger than any file read whole, is read as a stream instead
(``open_stream``), a piece at a time.
"""

from __future__ import annotations

import os
import re
import zipfile
import zlib
from abc import ABC, abstractmethod
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO

from explorer.content.problems import PackInvalid, Problem, printable
from explorer.content.system_words import system_words
from explorer.domain.wording import PackProblems, Wording

MB = 1024 * 1024
CHUNK_SIZE = 64 * 1024

# macOS's Finder adds this folder to every zip it makes; it is not part of the pack.
_MACOS_JUNK = "__MACOSX"
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class Limits:
    """What a pack may cost to read and hold: it protects the machine from hostile packs."""

    max_total_bytes: int = 2048 * MB
    max_members: int = 20_000
    max_member_bytes: int = 64 * MB
    """A file read whole: the manifest, a file of records written as one JSON array, a picture."""
    max_record_bytes: int = 16 * MB
    """One line of a JSON Lines file, which holds one record; the file itself has no limit
    but the pack's total."""
    max_cards: int = 1_000_000
    """Cards, in whichever files hold them."""
    max_records_per_file: int = 2_000_000
    """Records of any other kind (links may well be more than one per card)."""
    max_records: int = 5_000_000
    """Records of every kind together."""


DEFAULT_LIMITS = Limits()


class PackReadError(Exception):
    """A file of the pack cannot be read; the message says why, in a curator's words."""


def path_problem(name: str) -> Wording | None:
    """Why ``name`` is not a safe path inside a pack, or None if it is one.

    The reason is phrased to follow the quoted path, e.g. "'../x.png' points outside the pack".
    """
    if not name:
        return PackProblems.tr("is an empty path")
    if "\0" in name:
        return PackProblems.tr("contains a NUL character")
    if name.startswith(("/", "\\")) or _WINDOWS_DRIVE.match(name):
        return PackProblems.tr(
            "is an absolute path; write a path relative to the pack, e.g. media/abai.png"
        )
    if "\\" in name:
        return PackProblems.tr("contains a backslash; separate folders with /")
    parts = name.split("/")
    if ".." in parts:
        return PackProblems.tr("points outside the pack ('..' is not allowed)")
    if any(part in ("", ".") for part in parts):
        return PackProblems.tr("is not a plain relative path (it has an empty or '.' part)")
    return None


def describe_size(size: int) -> Wording:
    units = (
        (PackProblems.tr("%1 GB"), 1024 * MB),
        (PackProblems.tr("%1 MB"), MB),
        (PackProblems.tr("%1 KB"), 1024),
    )
    for unit, unit_size in units:
        if size >= unit_size:
            return unit.arg(f"{size / unit_size:.1f}".rstrip("0").rstrip("."))
    return PackProblems.tr("%1 bytes").arg(str(size))


_UNPACKS_TO_MORE = PackProblems.tr("the pack unpacks to more than %1, the most allowed")
_LINK_OUTSIDE = PackProblems.tr("'%1' is a link to somewhere outside the pack")
_MEMBER = PackProblems.tr("member '%1' %2", "a zip member's name, then what is wrong with it")
_NAMED = PackProblems.tr("'%1' %2", "a file's name, then what is wrong with it")


class PackReader(ABC):
    """The files of one pack, read-only. Use as a context manager, or call ``close``."""

    def __init__(self, label: str, limits: Limits) -> None:
        self.label = label
        self.limits = limits
        self.problems: tuple[Problem, ...] = ()
        """Problems found on opening (unsafe members, links outside); their files are hidden."""
        self._sizes_read: dict[str, int] = {}
        self._total_read = 0

    @abstractmethod
    def names(self) -> tuple[str, ...]:
        """Every file in the pack, sorted."""

    @abstractmethod
    def exists(self, name: str) -> bool:
        """Whether ``name`` is a file in the pack (False for unsafe paths)."""

    def read_bytes(self, name: str) -> bytes:
        """The content of ``name``; raises PackReadError when it is missing, unsafe or too big."""
        problem = path_problem(name)
        if problem:
            raise PackReadError(_NAMED.arg(printable(name), problem))
        # Reading a file again costs nothing more: only distinct files count towards the total.
        already_read = self._total_read - self._sizes_read.get(name, 0)
        data = self._read(name, ReadBudget(self.limits, self.limits.max_total_bytes - already_read))
        self._total_read = already_read + len(data)
        self._sizes_read[name] = len(data)
        return data

    @abstractmethod
    def _read(self, name: str, budget: ReadBudget) -> bytes: ...

    @abstractmethod
    def size(self, name: str) -> int:
        """The size ``name`` says it has (a zip's directory may lie: reads never trust it)."""

    def open_stream(self, name: str) -> PackStream:
        """``name`` for reading in pieces, however large, within what is left of the total.

        Raises PackReadError when it is missing or unsafe; its reads raise PackReadError
        when the pack's total is exceeded or the file cannot be read.
        """
        problem = path_problem(name)
        if problem:
            raise PackReadError(_NAMED.arg(printable(name), problem))
        already_read = self._total_read - self._sizes_read.get(name, 0)
        budget = ReadBudget(self.limits, self.limits.max_total_bytes - already_read)
        stream = PackStream(name, self._open(name), budget, self._errors)

        def count(size: int) -> None:
            self._total_read = already_read + size
            self._sizes_read[name] = size

        stream.on_close = count
        return stream

    @abstractmethod
    def _open(self, name: str) -> BinaryIO: ...

    @contextmanager
    def _errors(self, name: str) -> Iterator[None]:
        """Turn what a read of ``name`` may raise into PackReadError."""
        try:
            yield
        except OSError as error:
            raise PackReadError(
                PackProblems.tr("'%1' cannot be read (%2)").arg(
                    name, system_words(error, error.strerror)
                )
            ) from error

    def close(self) -> None:  # noqa: B027 - a folder has nothing to close
        pass

    def __enter__(self) -> PackReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


@dataclass(frozen=True)
class ReadBudget:
    """How many bytes one read may still take: per file, and what is left of the total."""

    limits: Limits
    total_left: int

    @property
    def bytes(self) -> int:
        return max(0, min(self.limits.max_member_bytes, self.total_left))

    def refuse(self, size: int) -> PackReadError:
        if size > self.limits.max_member_bytes:
            most = describe_size(self.limits.max_member_bytes)
            return PackReadError(
                PackProblems.tr("the file is larger than %1, the most one file may hold").arg(most)
            )
        most = describe_size(self.limits.max_total_bytes)
        return PackReadError(_UNPACKS_TO_MORE.arg(most))


class PackStream:
    """One file of a pack, read in pieces; closing it counts its bytes towards the total."""

    def __init__(self, name: str, raw: BinaryIO, budget: ReadBudget, errors) -> None:
        self.name = name
        self.bytes_read = 0
        self.on_close = None
        self._raw = raw
        self._left = budget.total_left
        self._budget = budget
        self._errors = errors

    def read(self, size: int) -> bytes:
        with self._errors(self.name):
            chunk = self._raw.read(size)
        self.bytes_read += len(chunk)
        if self.bytes_read > self._left:
            most = describe_size(self._budget.limits.max_total_bytes)
            raise PackReadError(_UNPACKS_TO_MORE.arg(most))
        return chunk

    def close(self) -> None:
        self._raw.close()
        if self.on_close is not None:
            self.on_close(self.bytes_read)
            self.on_close = None

    def __enter__(self) -> PackStream:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def read_limited(stream: BinaryIO, budget: ReadBudget) -> bytes:
    """Read ``stream`` in chunks, refusing as soon as it gives more than the budget.

    Never trusts a declared size: a zip's header can lie about what a member unpacks to.
    """
    limit = budget.bytes
    chunks: list[bytes] = []
    size = 0
    while chunk := stream.read(min(CHUNK_SIZE, limit - size + 1)):
        size += len(chunk)
        if size > limit:
            raise budget.refuse(size)
        chunks.append(chunk)
    return b"".join(chunks)


class FolderReader(PackReader):
    def __init__(self, root: Path, limits: Limits) -> None:
        super().__init__(root.name or str(root), limits)
        self._root = root.resolve()
        self._names, self.problems = self._scan()

    def names(self) -> tuple[str, ...]:
        return self._names

    def exists(self, name: str) -> bool:
        if path_problem(name):
            return False
        target = self._resolve(self._root / name)
        return target is not None and target.is_file()

    def _read(self, name: str, budget: ReadBudget) -> bytes:
        target = self._target(name)
        with self._errors(name):
            size = target.stat().st_size
            if size > budget.bytes:
                raise budget.refuse(size)
            with target.open("rb") as stream:
                return read_limited(stream, budget)

    def size(self, name: str) -> int:
        target = self._target(name)
        with self._errors(name):
            return target.stat().st_size

    def _open(self, name: str) -> BinaryIO:
        target = self._target(name)
        with self._errors(name):
            return target.open("rb")

    def _target(self, name: str) -> Path:
        target = self._resolve(self._root / name)
        if target is None:
            raise PackReadError(_LINK_OUTSIDE.arg(name))
        if not target.is_file():
            raise PackReadError(PackProblems.tr("'%1' is not in the pack").arg(name))
        return target

    def _resolve(self, path: Path) -> Path | None:
        """Where ``path`` really is, following links; None if that is outside the pack."""
        try:
            target = path.resolve()
        except (OSError, RuntimeError):  # RuntimeError: a loop of links
            return None
        return target if target.is_relative_to(self._root) else None

    def _scan(self) -> tuple[tuple[str, ...], tuple[Problem, ...]]:
        names: list[str] = []
        problems: list[Problem] = []
        for folder, subfolders, files in os.walk(self._root):  # does not follow links
            for entry in sorted([*subfolders, *files]):
                path = Path(folder, entry)
                name = path.relative_to(self._root).as_posix()
                if path.is_symlink() and self._resolve(path) is None:
                    problems.append(
                        Problem(
                            printable(name),
                            None,
                            None,
                            PackProblems.tr("is a link to somewhere outside the pack"),
                        )
                    )
                elif entry in files and path.is_file():
                    names.append(name)
        return tuple(sorted(names)), tuple(sorted(problems, key=lambda problem: problem.file))


class ZipReader(PackReader):
    def __init__(self, path: Path, limits: Limits) -> None:
        super().__init__(path.name, limits)
        self._zip = zipfile.ZipFile(path)  # reads the central directory only
        try:
            self._check_totals()
            self._members, self.problems = self._index()
        except BaseException:
            self._zip.close()
            raise

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self._members))

    def exists(self, name: str) -> bool:
        return name in self._members

    def close(self) -> None:
        self._zip.close()

    def _check_totals(self) -> None:
        """Refuse, before reading anything, a zip whose directory announces too much."""
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise PackInvalid(
                [
                    self._problem(
                        PackProblems.tr("the zip holds %1 members; at most %2 are allowed").arg(
                            str(len(infos)), str(self.limits.max_members)
                        )
                    )
                ]
            )
        total = sum(info.file_size for info in infos)
        if total > self.limits.max_total_bytes:
            raise PackInvalid(
                [
                    self._problem(
                        PackProblems.tr("the zip unpacks to %1; at most %2 are allowed").arg(
                            describe_size(total), describe_size(self.limits.max_total_bytes)
                        )
                    )
                ]
            )

    def _index(self) -> tuple[dict[str, zipfile.ZipInfo], tuple[Problem, ...]]:
        problems: list[Problem] = []
        files: list[zipfile.ZipInfo] = []
        for info in self._zip.infolist():
            problem = path_problem(info.filename.removesuffix("/"))
            if problem:
                member = printable(info.filename)
                problems.append(self._problem(_MEMBER.arg(member, problem)))
            elif not info.is_dir() and info.filename.split("/")[0] != _MACOS_JUNK:
                files.append(info)
        prefix = _single_top_folder([info.filename for info in files])
        members: dict[str, zipfile.ZipInfo] = {}
        for info in files:
            name = info.filename.removeprefix(prefix)
            if name in members:
                member = printable(info.filename)
                problems.append(
                    self._problem(PackProblems.tr("member '%1' appears twice").arg(member))
                )
            members[name] = info
        return members, tuple(problems)

    def _read(self, name: str, budget: ReadBudget) -> bytes:
        info = self._info(name)
        if info.file_size > budget.bytes:
            raise budget.refuse(info.file_size)
        with self._errors(name), self._zip.open(info) as stream:
            return read_limited(stream, budget)

    def size(self, name: str) -> int:
        return self._info(name).file_size

    def _open(self, name: str) -> BinaryIO:
        info = self._info(name)
        with self._errors(name):
            return self._zip.open(info)

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = self._members.get(name)
        if info is None:
            raise PackReadError(PackProblems.tr("'%1' is not in the pack").arg(name))
        return info

    @contextmanager
    def _errors(self, name: str) -> Iterator[None]:
        try:
            yield
        except RuntimeError as error:  # zipfile's way of saying "encrypted"
            raise PackReadError(
                PackProblems.tr("'%1' cannot be read (%2)").arg(name, system_words(error))
            ) from error
        except NotImplementedError as error:
            raise PackReadError(
                PackProblems.tr("'%1' uses a compression this explorer cannot read (%2)").arg(
                    name, system_words(error)
                )
            ) from error
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise PackReadError(
                PackProblems.tr("'%1' is damaged in the zip (%2)").arg(name, system_words(error))
            ) from error

    def _problem(self, message: str) -> Problem:
        return Problem(self.label, None, None, message)


def _single_top_folder(names: list[str]) -> str:
    """The "folder/" prefix when every file sits inside one top-level folder, else ""."""
    if not names or "manifest.json" in names:
        return ""
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) == 1 and all("/" in name for name in names):
        return f"{tops.pop()}/"
    return ""


def open_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> PackReader:
    """Open a pack folder or zip; raises PackInvalid when ``path`` is neither."""
    path = Path(path)
    label = path.name or str(path)
    if path.is_dir():
        return FolderReader(path, limits)
    if not path.exists():
        raise PackInvalid(
            [Problem(label, None, None, PackProblems.tr("there is no such folder or zip file"))]
        )
    try:
        return ZipReader(path, limits)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise PackInvalid(
            [
                Problem(
                    label,
                    None,
                    None,
                    PackProblems.tr("not a content pack: neither a folder nor a zip file (%1)").arg(
                        system_words(error)
                    ),
                )
            ]
        ) from error
