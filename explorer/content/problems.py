"""What is wrong with a content pack, said so that a curator can find and fix it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack: where it is (file, item id, field) and what it is."""

    file: str
    item: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        place = [part for part in (self.file, self.item, self.field) if part is not None]
        return ": ".join([*place, self.message])


class PackInvalid(Exception):
    """A pack that cannot be used, with every problem found in it."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        count = len(self.problems)
        heading = f"the pack has {count} problem{'' if count == 1 else 's'}:"
        return "\n".join([heading, *(str(problem) for problem in self.problems)])
