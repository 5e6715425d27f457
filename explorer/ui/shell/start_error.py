"""What the message box of an explorer that cannot start says: its collection cannot be
opened, and why.

It speaks the language the person last chose, and quotes what is wrong with a pack as
written, for whoever looks after the collection.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject

from explorer.store.locations import USER_DATABASE, user_data_path
from explorer.store.user_db_read_only import open_user_database_read_only
from explorer.ui.shell.language import LANGUAGE_NAMES
from explorer.ui.shell.problem_text import refusal_text


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
        row = db.execute("SELECT value FROM settings WHERE key = 'content_language'").fetchone()
    except sqlite3.Error:  # a file of another shape: no setting to read
        row = None
    finally:
        db.close()
    language = row[0] if row else None
    return language if language in LANGUAGE_NAMES else "en"


class StartError(QObject):
    """The translation context of the box's own words."""

    def title(self) -> str:
        return self.tr("Italy–Kazakhstan Cultural Explorer")

    def heading(self) -> str:
        return self.tr("The explorer cannot open its collection, so it cannot start.")

    def reason(self, refusal: BaseException) -> str:
        return refusal_text(refusal)
