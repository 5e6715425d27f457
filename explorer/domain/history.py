"""Back and forward through what a person looked at, as in a web browser."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, TypeVar

Entry = TypeVar("Entry")


@dataclass
class History(Generic[Entry]):
    """A current entry with the ones before it and, after going back, the ones after it."""

    current: Entry
    _back: list[Entry] = field(default_factory=list)
    _forward: list[Entry] = field(default_factory=list)
    limit: int = 200

    def visit(self, entry: Entry) -> None:
        if entry == self.current:
            return
        self._back.append(self.current)
        del self._back[: -self.limit]
        self._forward.clear()
        self.current = entry

    def amend(self, entry: Entry) -> None:
        """Replace the current entry by ``entry``, which must be equal to it: the same place
        with more said about it (such as where in it the person was)."""
        if entry != self.current:
            raise ValueError(
                f"an amended entry is the current one: {entry!r} is not {self.current!r}"
            )
        self.current = entry

    @property
    def can_go_back(self) -> bool:
        return bool(self._back)

    @property
    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> Entry:
        if self._back:
            self._forward.append(self.current)
            self.current = self._back.pop()
        return self.current

    def forward(self) -> Entry:
        if self._forward:
            self._back.append(self.current)
            self.current = self._forward.pop()
        return self.current
