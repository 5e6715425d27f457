"""What the message box of an explorer that cannot start says: its collection cannot be
opened, and why, or that something unexpected went wrong.

It speaks the language the person last chose, and quotes what is wrong with a pack as
written, for whoever looks after the collection. The system's own messages (and, for an
unexpected failure, where it happened) are its details, as written.
"""

from __future__ import annotations

import sqlite3
import traceback

from PySide6.QtCore import QObject

from explorer.content.library import ContentUnavailable
from explorer.content.problems import PackInvalid
from explorer.store.locations import USER_DATABASE, user_data_path
from explorer.store.user_db import LANGUAGE_SETTING, setting_in
from explorer.store.user_db_read_only import open_user_database_read_only
from explorer.ui.shell.language import LANGUAGE_NAMES
from explorer.ui.shell.problem_text import refusal_text, technical_details


def saved_language() -> str:
    """The interface language the person last chose; English when none was kept."""
    path = user_data_path() / USER_DATABASE
    if not path.exists():  # not made here: an explorer that cannot start changes nothing
        return "en"
    try:
        db = open_user_database_read_only(path)
    except (sqlite3.Error, OSError):
        return "en"
    try:
        language = setting_in(db, LANGUAGE_SETTING)
    except sqlite3.Error:  # a file of another shape: no setting to read
        language = None
    finally:
        db.close()
    return language if language in LANGUAGE_NAMES else "en"


def expected(failure: BaseException) -> bool:
    """Whether ``failure`` is one the explorer explains: its collection cannot be opened."""
    return isinstance(failure, (PackInvalid, ContentUnavailable))


class StartError(QObject):
    """The translation context of the box's own words."""

    def title(self) -> str:
        return self.tr("Italy–Kazakhstan Cultural Explorer")

    def heading(self, failure: BaseException | None = None) -> str:
        if failure is None or expected(failure):
            return self.tr("The explorer cannot open its collection, so it cannot start.")
        return self.tr("Something unexpected went wrong, so the explorer cannot start.")

    def reason(self, failure: BaseException) -> str:
        if expected(failure):
            return refusal_text(failure)
        return self.tr(
            "Its details are for whoever looks after the explorer; its log keeps them too."
        )

    def details(self, failure: BaseException) -> str:
        """The technical text behind the box's details: the system's messages, or where an
        unexpected failure happened."""
        if expected(failure):
            return technical_details(failure)
        return "".join(traceback.format_exception(failure)).strip()
