"""Check a content pack and turn it into a domain ``Collection``, or just count what it holds.

The checks themselves are in ``pack_check`` (one pass over the pack, every problem listed
at once); these are its short forms.
"""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from explorer.content.file_pump import pumped
from explorer.content.import_progress import ImportProgress, quietly
from explorer.content.pack_check import PackCheck
from explorer.content.pack_reader import DEFAULT_LIMITS, Limits, PackReadError, open_pack
from explorer.content.pack_sink import CollectionSink, NoSink, PackSummary
from explorer.content.problems import PackInvalid, Problem
from explorer.content.read_tee import Fingerprint, ReadTee
from explorer.domain.collection import Collection


def load_pack(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Collection:
    """The collection in the pack at ``path``; raises PackInvalid listing every problem.

    The whole collection is held in memory; ``check_pack`` checks a pack of any size.
    """
    sink = CollectionSink()
    with open_pack(path, limits) as pack:
        PackCheck(pack, sink).run()
    return sink.collection()


def check_pack(
    path: str | Path, limits: Limits = DEFAULT_LIMITS, progress: ImportProgress = quietly
) -> PackSummary:
    """What the pack at ``path`` holds, counted; raises PackInvalid listing every problem."""
    with open_pack(path, limits) as pack:
        return PackCheck(pack, NoSink(), progress=progress).run()


def pack_fingerprint(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """The pack's fingerprint (see ``read_tee.Fingerprint``), read without checking it.

    Raises PackInvalid when a file cannot be read or the pack is not safe to read.
    """
    fingerprint = Fingerprint()
    tee = ReadTee([fingerprint])
    with open_pack(path, limits) as pack:
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
                raise PackInvalid([Problem(name, None, None, str(error))]) from error
        return fingerprint.hexdigest(pack.names())
