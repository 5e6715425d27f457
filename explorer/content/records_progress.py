"""The RECORDS step of an import's progress: the bytes of the files of cards, links and
figures read so far, out of their sizes."""

from __future__ import annotations

from collections.abc import Iterator

from explorer.content.import_progress import ImportProgress, ImportStep
from explorer.content.pack_reader import PackReader, PackReadError
from explorer.content.record_files import find_record_files, kind_of_file

COUNTED_KINDS = ("cards.json", "links.json", "figures.json")


class RecordsProgress:
    def __init__(self, pack: PackReader, progress: ImportProgress) -> None:
        self.pack = pack
        self.progress = progress
        self.done = 0
        self.total = 0

    def start(self) -> None:
        for kind in COUNTED_KINDS:
            files, problem = find_record_files(self.pack, kind)
            for name in files.names if files is not None and problem is None else ():
                try:
                    self.total += self.pack.size(name)
                except PackReadError:
                    continue  # the check says why when it reads it
        self.progress(ImportStep.RECORDS, 0, self.total)

    def finish(self) -> None:
        self.progress(ImportStep.RECORDS, self.total, self.total)

    def read_whole(self, name: str) -> None:
        """``name`` was read whole."""
        if kind_of_file(name) in COUNTED_KINDS:
            try:
                self.done += self.pack.size(name)
            except PackReadError:
                return
            self.tell()

    def pieces(self, name: str, pieces: Iterator[bytes]) -> Iterator[bytes]:
        """``pieces`` of ``name``, told as each is done with."""
        counted = kind_of_file(name) in COUNTED_KINDS
        for piece in pieces:
            yield piece
            if counted:
                self.done += len(piece)
                self.tell()

    def tell(self) -> None:
        self.progress(ImportStep.RECORDS, min(self.done, self.total), self.total)
