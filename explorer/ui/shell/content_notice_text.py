"""The content notices of start-up (``explorer.content.content_notices``) in the interface
language, for the window's notice bar.

Values the content layer words (``Wording``, the system's messages among them) are said in
the interface language; any other text of the system is quoted as its own words."""

from __future__ import annotations

from PySide6.QtCore import QObject

from explorer.content.content_notices import ContentNotice, NoticeKind
from explorer.content.system_words import message_words, storage_words
from explorer.domain.wording import Wording, fill
from explorer.store.storage_problem import StorageProblem
from explorer.ui.shell.problem_text import refusal_text, said


def content_notice_text(notice: ContentNotice) -> str:
    """The notice as a sentence in the interface language; values are filled in as written."""
    return ContentNotices().text(notice)


class ContentNotices(QObject):
    """The translation context of the notices (a class, so pyside6-lupdate finds plurals)."""

    def text(self, notice: ContentNotice) -> str:
        values = {name: _value_text(name, value) for name, value in notice.values.items()}
        kind = notice.kind
        if kind is NoticeKind.DAMAGED_REBUILT:
            imported = int(values["imported"])
            text = self.tr(
                "The content database was damaged (%1) and was rebuilt from the bundled "
                "collection and %n imported pack(s).",
                "",
                imported,
            )
            return fill(text, [values["reason"]])
        if kind is NoticeKind.FORGOTTEN_PACKS:
            text = self.tr(
                "These packs were imported by an earlier version that did not keep them, and "
                "must be imported again: %1."
            )
            return fill(text, [values["packs"]])
        if kind is NoticeKind.SHOWN_AS_IT_WAS:
            text = self.tr(
                "The content could not be brought up to date because %1 (%2); it is shown as "
                "it was."
            )
            return fill(text, [self.why(values["why"]), values["error"]])
        if kind is NoticeKind.TEMPORARY_COPY:
            text = self.tr(
                "The data folder %1 cannot take the collection because %2 (%3); it was built "
                "in a temporary folder for this session only."
            )
            return fill(text, [values["folder"], self.why(values["why"]), values["error"]])
        if kind is NoticeKind.REGISTRY_REMADE:
            archives = int(values["archives"])
            text = self.tr(
                "The list of imported packs was damaged (%1) and was made again from the %n "
                "pack archive(s) kept in %2.",
                "",
                archives,
            )
            return fill(text, [values["error"], values["folder"]])
        text = self.tr(
            "The imported pack “%1” could not be read again and is not shown (%2). Its "
            "archive is kept at %3."
        )
        return fill(text, [values["pack"], values["error"], values["archive"]])

    def why(self, problem: str) -> str:
        try:
            return said(storage_words(StorageProblem(problem)))
        except ValueError:  # not a StorageProblem's value
            return said(storage_words(StorageProblem.UNUSABLE))


SYSTEM_WORDS = ("error", "reason")
"""The values that hold a message of the system."""


def _value_text(name: str, value: str | int | Exception) -> str:
    if isinstance(value, Exception):
        return refusal_text(value)
    if isinstance(value, Wording):
        return said(value)
    if name in SYSTEM_WORDS:
        return said(message_words(str(value)))
    return str(value)
