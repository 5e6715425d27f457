"""A pack's fingerprint, read without checking the pack (cheap enough for every start)."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from explorer.content.pack_reader import DEFAULT_LIMITS, Limits, PackReadError, open_pack
from explorer.content.problems import PackInvalid, Problem


def pack_fingerprint(path: str | Path, limits: Limits | None = None) -> str:
    """The pack's fingerprint (see ``read_tee.Fingerprint``), read without checking it.

    Raises PackInvalid when a file cannot be read or the pack is not safe to read.
    """
    # Imported here: most starts find their fingerprints remembered and read no pack, and
    # the reading thread's and hashing's modules would only lengthen them.
    from explorer.content.file_pump import pumped
    from explorer.content.read_tee import Fingerprint, ReadTee

    fingerprint = Fingerprint()
    tee = ReadTee([fingerprint])
    with open_pack(path, limits or DEFAULT_LIMITS) as pack:
        if pack.problems:
            raise PackInvalid(pack.problems)
        for name in pack.names():
            try:
                with (
                    pack.open_stream(name) as stream,
                    closing(pumped(stream, tee.open(name))) as pieces,
                ):
                    for _ in pieces:
                        pass
            except PackReadError as error:
                raise PackInvalid([Problem(name, None, None, error.args[0])]) from error
        return fingerprint.hexdigest(pack.names())
