"""What start-up and imports have to tell a person about the content, as data.

A notice has a kind and its values; ``str()`` gives the English sentence (for the command
line and the log), and the window puts the same kind into the interface language
(``explorer.ui.shell.content_notice_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class NoticeKind(Enum):
    DAMAGED_REBUILT = "damaged-rebuilt"
    """values: reason, imported (number of imported packs in the rebuild)"""
    FORGOTTEN_PACKS = "forgotten-packs"
    """values: packs (comma-separated ids)"""
    SHOWN_AS_IT_WAS = "shown-as-it-was"
    """values: why (a StorageProblem value), error"""
    TEMPORARY_COPY = "temporary-copy"
    """values: folder, why (a StorageProblem value), error"""
    REGISTRY_REMADE = "registry-remade"
    """values: error, archives (number), folder"""
    PACK_UNREADABLE = "pack-unreadable"
    """values: pack, error, archive"""


_ENGLISH = {
    NoticeKind.DAMAGED_REBUILT: "The content database was damaged ({reason}) and was rebuilt "
    "from the bundled collection and {imported} imported pack{imported_s}.",
    NoticeKind.FORGOTTEN_PACKS: "These packs were imported by an earlier version that did not "
    "keep them, and must be imported again: {packs}.",
    NoticeKind.SHOWN_AS_IT_WAS: "The content could not be brought up to date because {because} "
    "({error}); it is shown as it was.",
    NoticeKind.TEMPORARY_COPY: "The data folder {folder} cannot take the collection because "
    "{because} ({error}); it was built in a temporary folder for this session only.",
    NoticeKind.REGISTRY_REMADE: "The list of imported packs was damaged ({error}) and was made "
    "again from the {archives} pack archive{archives_s} kept in {folder}.",
    NoticeKind.PACK_UNREADABLE: "The imported pack “{pack}” could not be read again and is not "
    "shown ({error}). Its archive is kept at {archive}.",
}


_BECAUSE = {"disk full": "the disk is full", "cannot be written": "it cannot be written to"}
"""The ``why`` values (StorageProblem values) as the English sentences say them."""


@dataclass(frozen=True)
class ContentNotice:
    kind: NoticeKind
    values: dict[str, str | int | Exception] = field(default_factory=dict)
    """An exception (a pack's refusal) is said as ``str()`` says it in English."""

    def __str__(self) -> str:
        plurals = {
            f"{name}_s": "" if value == 1 else "s"
            for name, value in self.values.items()
            if isinstance(value, int)
        }
        because = _BECAUSE.get(str(self.values.get("why")), "it cannot be used")
        return _ENGLISH[self.kind].format(**self.values, **plurals, because=because)
