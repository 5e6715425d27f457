"""The problems a check of a pack finds, kept in the order a curator reads them."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from explorer.content.entity_files import FILE_ORDER
from explorer.content.field_parsers import MEDIA_FOLDER
from explorer.content.problems import PackInvalid, Problem
from explorer.content.record_files import kind_of_file

MAX_LISTED_PROBLEMS = 1_000
"""Problems kept to be listed; past that they are only counted."""


class ProblemList:
    """Problems as they are found; ``invalid`` gives them sorted by file and item."""

    def __init__(self, found_first: Iterable[Problem] = ()) -> None:
        self.listed: list[Problem] = list(found_first)
        self.unlisted = 0
        self.item_positions: dict[tuple[str, str | None], int] = {}
        """(file, item label) -> the item's position, for items named by id (not by line)."""
        self.media_file = "media.json"
        """The file of the media entries, with which the pictures' own problems are listed."""
        self.warnings: list[Problem] = []
        """What is worth a look but does not stop the pack (markup in plain text)."""
        self.unlisted_warnings = 0

    def __len__(self) -> int:
        return len(self.listed) + self.unlisted

    def report(
        self,
        file: str,
        item: str | None,
        field: str | None,
        message: str,
        line: int | None = None,
    ) -> None:
        if len(self.listed) < MAX_LISTED_PROBLEMS:
            self.listed.append(Problem(file, item, field, message, line))
        else:
            self.unlisted += 1

    def warn(
        self,
        file: str,
        item: str | None,
        field: str | None,
        message: str,
        line: int | None = None,
    ) -> None:
        if len(self.warnings) < MAX_LISTED_PROBLEMS:
            self.warnings.append(Problem(file, item, field, message, line))
        else:
            self.unlisted_warnings += 1

    def sorted_warnings(self) -> tuple[Problem, ...]:
        return tuple(sorted(self.warnings, key=self._position))

    def reporter(
        self, file: str, label: str | None, line: int | None = None
    ) -> Callable[[str | None, str], None]:
        """``report`` for the item ``label`` of ``file``: (field, message)."""

        def report(field: str | None, message: str) -> None:
            self.report(file, label, field, message, line)

        return report

    def invalid(self) -> PackInvalid:
        return PackInvalid(
            sorted(self.listed, key=self._position),
            self.unlisted,
            warnings=self.sorted_warnings(),
            unlisted_warnings=self.unlisted_warnings,
        )

    def _position(self, problem: Problem) -> tuple[int, str, int]:
        file = self.media_file if problem.file.startswith(MEDIA_FOLDER) else problem.file
        kind = kind_of_file(file) or file
        rank = FILE_ORDER.index(kind) if kind in FILE_ORDER else -1
        if problem.line is not None:
            return rank, file, problem.line
        return rank, file, self.item_positions.get((file, problem.item), 0)
