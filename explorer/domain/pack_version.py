"""The order of content pack versions, the text in a manifest's ``version`` field.

A version is read as runs of digits and runs of letters; everything else (dots, hyphens,
underscores, spaces) only separates them, a leading "v" is dropped and build metadata after
a "+" is ignored. Runs compare one by one:

* numbers compare as numbers: "1.10.0" > "1.9.2", "1.02" == "1.2";
* missing runs count as zero: "1.2" == "1.2.0";
* letters compare alphabetically, ignoring case, and come before any number, so a
  pre-release comes before its release: "1.0.0-alpha" < "1.0.0-beta" < "1.0.0-rc.1" < "1.0.0";
* a version with no digits and no letters counts as 0.

So a hyphen is only a separator: "1.0.0-1" is read as 1.0.0.1, above "1.0.0".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

_RUN = re.compile(r"[0-9]+|[a-z]+", re.ASCII)
_ZERO = (1, 0)

Run = tuple[int, int] | tuple[int, str]
"""(1, number) for a run of digits, (0, letters) for a run of letters: letters sort first."""


@functools.total_ordering
@dataclass(frozen=True)
class PackVersion:
    """A pack version that compares as described above; ``text`` is kept as written."""

    text: str
    runs: tuple[Run, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "runs", _runs(self.text))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PackVersion):
            return NotImplemented
        return _trimmed(self.runs) == _trimmed(other.runs)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PackVersion):
            return NotImplemented
        length = max(len(self.runs), len(other.runs))
        return _padded(self.runs, length) < _padded(other.runs, length)

    def __hash__(self) -> int:
        return hash(_trimmed(self.runs))

    def __str__(self) -> str:
        return self.text


def is_newer(candidate: str, installed: str | None) -> bool:
    """Whether version ``candidate`` should replace ``installed`` (None: nothing installed)."""
    return installed is None or PackVersion(candidate) > PackVersion(installed)


def _runs(text: str) -> tuple[Run, ...]:
    text = text.strip().lower().split("+", 1)[0]
    if text.startswith("v") and text[1:2].isdigit():
        text = text[1:]
    return tuple((1, int(run)) if run.isdigit() else (0, run) for run in _RUN.findall(text))


def _trimmed(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    end = len(runs)
    while end and runs[end - 1] == _ZERO:
        end -= 1
    return runs[:end]


def _padded(runs: tuple[Run, ...], length: int) -> tuple[Run, ...]:
    return runs + (_ZERO,) * (length - len(runs))
