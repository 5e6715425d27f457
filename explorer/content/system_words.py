"""The system's messages that reach a person, worded so that the interface can say them.

An OSError's strerror, SQLite's message, a zip's or Pillow's error are English (and
technical) whatever the reader's language. ``system_words`` keeps the message as the
English text (``SystemText``: the log, the command line and a message box's details show it
as written) and gives the common cases words the interface translates: no space left,
permission denied, a read-only file system, no such file, a file that is not a zip or is
damaged, a damaged or locked database. Any other message is quoted as the system's own.
``message_words`` does the same for a message known only as its text.

``storage_words`` says a ``StorageProblem`` (what kind of trouble a file is in) the same way.
"""

from __future__ import annotations

import errno
import sqlite3
import sys

from explorer.domain.wording import PackProblems, SystemText, Wording
from explorer.store.storage_problem import DamagedDatabase, StorageProblem

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


def system_words(error: BaseException, technical: str | None = None) -> SystemText:
    """``error`` as the interface says it; its English text is the system's message (or
    ``technical``, where a shorter form of it is the one to show)."""
    technical = technical or str(error) or type(error).__name__
    return SystemText(_words(error, technical), technical)


def picture_words(error: BaseException) -> SystemText:
    """A picture Pillow cannot read: "damaged picture" and its error, in English."""
    technical = f"damaged picture ({str(error) or type(error).__name__})"
    return SystemText(PackProblems.tr("the picture is damaged and cannot be read"), technical)


def _words(error: BaseException, technical: str) -> Wording:
    if isinstance(error, OSError) and error.errno is not None:
        if error.errno in _NO_SPACE:
            return PackProblems.tr("no space left on the disk")
        if error.errno == errno.EROFS:
            return PackProblems.tr("read-only file system")
        if error.errno in _DENIED:
            return PackProblems.tr("permission denied")
        if error.errno == errno.ENOENT:
            return PackProblems.tr("no such file or folder")
    zipfile = sys.modules.get("zipfile")  # not loaded: the error cannot be one of its own
    if zipfile is not None and isinstance(error, zipfile.BadZipFile):
        return PackProblems.tr("not a zip file, or a damaged one")
    if isinstance(error, sqlite3.Error):
        words = _sqlite_words(error)
        if words is not None:
            return words
    return own_words(technical)


def message_words(technical: str) -> SystemText:
    """A message of the system known only as its text: SQLite's, whose texts are fixed, in
    words of the explorer's own; any other as the system's own."""
    words = _sqlite_texts().get(technical)
    if words is None and technical.startswith("integrity check:"):  # store.check_intact's
        words = PackProblems.tr("the database is damaged")
    return own_words(technical) if words is None else SystemText(words, technical)


def _sqlite_texts() -> dict[str, Wording]:
    return {
        "file is not a database": PackProblems.tr("the database is damaged"),
        "database disk image is malformed": PackProblems.tr("the database is damaged"),
        "database is locked": PackProblems.tr("the database is locked by another program"),
        "database table is locked": PackProblems.tr("the database is locked by another program"),
        "database or disk is full": PackProblems.tr("no space left on the disk"),
        "attempt to write a readonly database": PackProblems.tr(
            "the database cannot be written to"
        ),
        "unable to open database file": PackProblems.tr("the database file cannot be opened"),
    }


def unexpected_failure(technical: str) -> SystemText:
    """A failure the explorer did not foresee, logged with where it happened."""
    return SystemText(
        PackProblems.tr("something unexpected went wrong; the log has the details"), technical
    )


def own_words(technical: str) -> SystemText:
    """A message of the system the explorer has no words for, quoted as the system's own."""
    return SystemText(PackProblems.tr("in the system’s own words: “%1”").arg(technical), technical)


def _sqlite_words(error: sqlite3.Error) -> Wording | None:
    if isinstance(error, DamagedDatabase):
        return PackProblems.tr("the database is damaged")
    name = getattr(error, "sqlite_errorname", None) or ""
    if name == "SQLITE_NOTADB" or name.startswith("SQLITE_CORRUPT"):
        return PackProblems.tr("the database is damaged")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return PackProblems.tr("the database is locked by another program")
    if name == "SQLITE_FULL":
        return PackProblems.tr("no space left on the disk")
    if name.startswith("SQLITE_READONLY"):
        return PackProblems.tr("the database cannot be written to")
    if name.startswith("SQLITE_CANTOPEN"):
        return PackProblems.tr("the database file cannot be opened")
    return None


def storage_words(problem: StorageProblem) -> Wording:
    """Why a file or folder cannot take what is written to it, as a clause: "… because %1"."""
    if problem is StorageProblem.DAMAGED:
        return PackProblems.tr("the file is damaged")
    if problem is StorageProblem.DISK_FULL:
        return PackProblems.tr("the disk is full")
    if problem is StorageProblem.READ_ONLY:
        return PackProblems.tr("it cannot be written to")
    return PackProblems.tr("it cannot be used")
