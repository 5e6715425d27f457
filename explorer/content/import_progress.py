"""How far an import has come, told as it goes, for whoever shows it.

An import calls ``progress(step, done, total)``, a plain callable, so that the command line
and the window can show the same progress (the content layer knows nothing of Qt):

* ``step`` is an ``ImportStep``, a ``str`` such as "Importing its cards";
* ``done`` is how much of the step is done, in the step's ``unit``;
* ``total`` is how much the step will do in all, or None when it has no measure.

Each step is called first with ``done`` 0 as it starts, then as it advances (at most every
piece of a file read, about a megabyte), and last with ``done == total``; steps come in the
order of ``ImportStep``, any of them possibly left out (a pack with no pictures has no
pictures to store). A callback that raises stops the import, which then changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class ImportStep(StrEnum):
    CHECKING = "Checking the pack"
    KEEPING = "Keeping a copy of it"
    PICTURES = "Storing its pictures"
    RECORDS = "Importing its cards"
    INDEX = "Building the search index"

    @property
    def unit(self) -> str | None:
        """What ``done`` and ``total`` count: "pictures", "bytes" (of the files of cards,
        links and figures), "parts" (of the search index), or None for a step measured
        only by its start and end."""
        return _UNITS.get(self)


_UNITS = {
    ImportStep.PICTURES: "pictures",
    ImportStep.RECORDS: "bytes",
    ImportStep.INDEX: "parts",
}

READING = "Reading the source"
"""The first step when ``explorer import --from`` converts a source first: ``done`` counts
the bytes of the source read (a spreadsheet's rows are read a piece at a time; a JSON or
XML file at once), ``total`` its size, None until it is known."""
CONVERTING = "Converting the source"
"""The step after ``READING``: ``done`` counts the records made into cards, of ``total``."""

STEP_UNITS: dict[str, str] = {READING: "bytes", CONVERTING: "records", **_UNITS}
"""What each step's ``done`` counts, by its text."""

ImportProgress = Callable[[str, int, "int | None"], None]
"""``progress(step, done, total)``; see the module's description."""


def quietly(step: str, done: int, total: int | None) -> None:
    """The progress of an import nobody watches."""
