"""What a pass over a pack reads, handed on as it is read: to the pack's fingerprint, and to
the copy of the pack being kept. So a pack is read once, whatever needs its bytes.

A file is handed on whole (``whole``) or in pieces (``open``, then ``write`` and ``close``),
and only the first time it is read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Protocol


class FileCopy(Protocol):
    def write(self, data: bytes) -> object: ...

    def close(self) -> None: ...


class TeeTarget(Protocol):
    def whole(self, name: str, data: bytes) -> None: ...

    def open(self, name: str) -> FileCopy: ...


class ReadTee:
    """Hands every file read on to each of ``targets``, once per file."""

    def __init__(self, targets: Iterable[TeeTarget] = ()) -> None:
        self.targets = tuple(targets)
        self.seen: set[str] = set()

    def whole(self, name: str, data: bytes) -> None:
        if name not in self.seen:
            self.seen.add(name)
            for target in self.targets:
                target.whole(name, data)

    def open(self, name: str) -> FileCopy | None:
        """Where the pieces of ``name`` go as they are read; None when it was read before."""
        if name in self.seen:
            return None
        self.seen.add(name)
        return _Copies([target.open(name) for target in self.targets])


class _Copies:
    def __init__(self, copies: list[FileCopy]) -> None:
        self._copies = copies

    def write(self, data: bytes) -> None:
        for copy in self._copies:
            copy.write(data)

    def close(self) -> None:
        for copy in self._copies:
            copy.close()


class Fingerprint:
    """A sha256 digest of a pack's file names and contents, to tell when it changed.

    It is the digest, over the files in the order of their names, of each name (its length
    first, so that ("ab", "c") and ("a", "bc") differ) and the sha256 of its content: so the
    files may be read in any order, and a folder and a zip of it give the same fingerprint.
    """

    def __init__(self) -> None:
        self._digests: dict[str, bytes] = {}

    def whole(self, name: str, data: bytes) -> None:
        self._digests[name] = hashlib.sha256(data).digest()

    def open(self, name: str) -> FileCopy:
        return _FileDigest(self._digests, name)

    def hexdigest(self, names: Iterable[str]) -> str:
        """The fingerprint of a pack of ``names``, every one of which was handed on."""
        digest = hashlib.sha256()
        for name in sorted(names):
            encoded = name.encode()
            digest.update(len(encoded).to_bytes(8, "big"))
            digest.update(encoded)
            digest.update(self._digests[name])
        return digest.hexdigest()


class _FileDigest:
    def __init__(self, digests: dict[str, bytes], name: str) -> None:
        self._digests = digests
        self._name = name
        self._hash = hashlib.sha256()

    def write(self, data: bytes) -> None:
        self._hash.update(data)

    def close(self) -> None:
        self._digests[self._name] = self._hash.digest()
