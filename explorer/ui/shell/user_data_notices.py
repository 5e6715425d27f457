"""What the desktop window says when the person's own data cannot be read or saved.

The kiosk says nothing to visitors: its log has the same facts (see docs/kiosk.md).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from explorer.content.system_words import system_words
from explorer.domain.wording import fill
from explorer.store.storage_problem import StorageProblem
from explorer.store.user_db import UserStore
from explorer.store.user_db_recovery import UserDataOpening
from explorer.ui.shell.main_window import MainWindow
from explorer.ui.shell.problem_text import said

log = logging.getLogger(__name__)


def _shown(path: Path | None) -> str:
    return os.fspath(path) if path is not None else ""


def saving_notice(problem: StorageProblem, path: Path | None, error: BaseException | None) -> str:
    """One sentence: why a change cannot be saved."""
    translate = QCoreApplication.translate
    if problem is StorageProblem.DISK_FULL:
        return translate("UserDataNotices", "Your settings cannot be saved: the disk is full.")
    if problem is StorageProblem.READ_ONLY:
        text = translate(
            "UserDataNotices", "Your settings cannot be saved: %1 cannot be written to."
        )
    elif problem is StorageProblem.DAMAGED:
        text = translate(
            "UserDataNotices", "Your settings cannot be saved: the file %1 is damaged."
        )
    else:
        text = translate(
            "UserDataNotices", "Your settings cannot be saved: %1 cannot be used (%2)."
        )
        return fill(text, [_shown(path), said(system_words(error)) if error else ""])
    return text.replace("%1", _shown(path))


def _damaged(opening: UserDataOpening) -> list[str]:
    translate = QCoreApplication.translate
    sentences = [
        translate(
            "UserDataNotices", "Your settings could not be read: the file %1 is damaged."
        ).replace("%1", _shown(opening.path))
    ]
    if opening.kept_aside is None:
        sentences.append(
            translate(
                "UserDataNotices",
                "The damaged file could not be moved aside, so it was left as it is.",
            )
        )
        return sentences
    sentences.append(
        translate("UserDataNotices", "The damaged file was kept, unchanged, as %1.").replace(
            "%1", _shown(opening.kept_aside)
        )
    )
    if opening.store.persistent:
        sentences.append(translate("UserDataNotices", "A fresh settings file was started."))
    return sentences


def opening_notice(opening: UserDataOpening) -> str:
    """One paragraph for a user database that could not be used as it was; "" when it was."""
    if opening.problem is None:
        return ""
    if opening.problem is StorageProblem.DAMAGED:
        sentences = _damaged(opening)
    else:
        where = opening.path
        if opening.problem is StorageProblem.READ_ONLY and where is not None:
            where = where.parent  # the folder is what cannot be written
        sentences = [saving_notice(opening.problem, where, opening.error)]
    if not opening.store.persistent:
        sentences.append(
            QCoreApplication.translate(
                "UserDataNotices",
                "The explorer works as usual, but changes you make now will not be kept "
                "after it closes.",
            )
        )
    return " ".join(sentences)


def show_user_data_notices(
    window: MainWindow, user: UserStore, opening: UserDataOpening | None = None
) -> None:
    """Show in ``window`` what happened opening the user database, and, once for each kind
    of problem, every change that cannot be saved while it is open."""
    if opening is not None:
        window.show_notice(lambda: opening_notice(opening))

    def tell(problem: StorageProblem, error: BaseException) -> None:
        try:
            window.show_notice(lambda: saving_notice(problem, user.path, error))
        except RuntimeError:  # the window is already gone; the log has it
            log.debug("no window to show a user data notice in")

    user.report_problems_to(tell)
