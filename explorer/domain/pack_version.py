"""The order of content pack versions, the text in a manifest's ``version`` field.

A version is read as runs of digits and runs of letters; everything else (dots, hyphens,
underscores) only separates them, a leading "v" is dropped and build metadata after
a "+" is ignored. Runs compare one by one:

* numbers compare as numbers: "1.10.0" > "1.9.2", "1.02" == "1.2";
* missing runs count as zero: "1.2" == "1.2.0";
* letters compare alphabetically, ignoring case, and come before any number, so a
  pre-release comes before its release: "1.0.0-alpha" < "1.0.0-beta" < "1.0.0-rc.1" < "1.0.0";
* a version with no digits (only letters) comes before every version with one.

So a hyphen is only a separator: "1.0.0-1" is read as 1.0.0.1, above "1.0.0".

A version is *sane* (``is_sane``) when it has 1 to 32 characters (spaces around it aside),
all ASCII letters, digits or ``. - _ +``, at least one letter or digit among them, and none
of its numbers has more than 9 digits.
Validation refuses a pack whose version is not sane (``version_problem`` says why). A
version that is not sane, as read from a manifest nobody validated, is never newer than a
sane one: it comes before every sane version, and all of them are equal. So no manifest can
claim a version that blocks every later update.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from explorer.domain.wording import PackProblems, Wording

MAX_VERSION_CHARS = 32
MAX_NUMBER_DIGITS = 9

_RUN = re.compile(r"[0-9]+|[a-z]+", re.ASCII)
_ALLOWED = re.compile(r"[0-9A-Za-z.+_-]", re.ASCII)
_NUMBER = re.compile(r"[0-9]+", re.ASCII)
_ZERO = (1, 0)

Run = tuple[int, int] | tuple[int, str]
"""(1, number) for a run of digits, (0, letters) for a run of letters: letters sort first."""


def version_problem(text: str) -> Wording | None:
    """Why ``text`` is not a sane pack version, phrased to follow it; None if it is one."""
    version = text.strip()
    if not version:
        return PackProblems.tr("is empty; write a version such as 1.0.0")
    if len(version) > MAX_VERSION_CHARS:
        return PackProblems.tr("is %1 characters long; a version has at most %2, e.g. 1.0.0").arg(
            len(version), str(MAX_VERSION_CHARS)
        )
    for position, character in enumerate(version, start=1):
        if not _ALLOWED.fullmatch(character):
            return PackProblems.tr(
                "contains U+%1 at character %2; a version is written with the letters a-z, "
                "digits and . - _ +, e.g. 1.0.0 or 2.1.0-beta"
            ).arg(f"{ord(character):04X}", str(position))
    if not _RUN.search(version.lower()):
        return PackProblems.tr("has no digits or letters; write a version such as 1.0.0")
    longest = max(_NUMBER.findall(version), key=len, default="")
    if len(longest) > MAX_NUMBER_DIGITS:
        return PackProblems.tr(
            "has a number of %1 digits; each number in a version has at most %2 digits"
        ).arg(str(len(longest)), str(MAX_NUMBER_DIGITS))
    return None


def is_sane(text: str) -> bool:
    """Whether ``text`` is a version a pack may have (see the module's description)."""
    return version_problem(text) is None


@functools.total_ordering
@dataclass(frozen=True)
class PackVersion:
    """A pack version that compares as described above; ``text`` is kept as written."""

    text: str
    sane: bool = field(init=False, repr=False, compare=False)
    runs: tuple[Run, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sane = is_sane(self.text)
        object.__setattr__(self, "sane", sane)
        # Not read at all when not sane: a number of thousands of digits cannot even be
        # converted, and every version that is not sane compares the same.
        object.__setattr__(self, "runs", _runs(self.text) if sane else ())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PackVersion):
            return NotImplemented
        return (self.sane, _trimmed(self.runs)) == (other.sane, _trimmed(other.runs))

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PackVersion):
            return NotImplemented
        if self.sane != other.sane:
            return other.sane
        length = max(len(self.runs), len(other.runs))
        return _padded(self.runs, length) < _padded(other.runs, length)

    def __hash__(self) -> int:
        return hash((self.sane, _trimmed(self.runs)))

    def __str__(self) -> str:
        return self.text


def is_newer(candidate: str, installed: str | None) -> bool:
    """Whether a pack of version ``candidate`` should be tried in place of ``installed``.

    True when nothing is installed (None) or ``candidate`` is the later version; a sane
    candidate is later than an installed version that is not sane. A candidate that is not
    sane is also "tried": validation then refuses it and says why, rather than the pack
    being passed over without a word. It can never be installed, so it blocks nothing.
    """
    if installed is None or not is_sane(candidate):
        return True
    return PackVersion(candidate) > PackVersion(installed)


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
