"""A pack in effect, and a pack once written: what the library and the build pass around."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.content.pack_sink import PackSummary


@dataclass(frozen=True)
class PackSource:
    """A pack in effect: where to read it, and how it is known."""

    id: str
    path: Path
    fingerprint: str
    rank: int
    """0 for the bundled collection, then in import order."""
    bundled: bool


@dataclass(frozen=True)
class WrittenPack:
    summary: PackSummary
    fingerprint: str
