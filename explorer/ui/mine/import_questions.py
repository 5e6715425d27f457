"""What to do when an imported collection or note meets one of the reader's own: asked in a
message box, with "Keep mine" the default (nothing of the reader's is lost by Enter)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.domain.wording import fill
from explorer.store.my_collection_file import Choice, Conflict


def ask_with_message_box(
    parent: QWidget, conflict: Conflict, name_of: Callable[[str], str] = str
) -> Choice:
    """``name_of`` gives a card's title for its id: the reader knows cards by their titles."""
    if conflict.kind == "collection":
        text = fill(
            QCoreApplication.translate(
                "ImportQuestions", "You already have a collection named “%1” with other cards."
            ),
            [conflict.name],
        )
    else:
        text = fill(
            QCoreApplication.translate(
                "ImportQuestions", "Your note on %1 differs from the imported one."
            ),
            [name_of(conflict.name)],
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ImportQuestions", "Import a collection"),
        text,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    mine, theirs = conflict.mine, conflict.theirs
    if conflict.kind == "collection":  # the cards, one a line
        mine, theirs = ("\n".join(map(name_of, cards.splitlines())) for cards in (mine, theirs))
    box.setDetailedText(
        QCoreApplication.translate("ImportQuestions", "Yours:")
        + f"\n{mine}\n\n"
        + QCoreApplication.translate("ImportQuestions", "Imported:")
        + f"\n{theirs}"
    )
    role = QMessageBox.ButtonRole.AcceptRole
    keep = box.addButton(QCoreApplication.translate("ImportQuestions", "Keep mine"), role)
    take = box.addButton(QCoreApplication.translate("ImportQuestions", "Take theirs"), role)
    both = box.addButton(QCoreApplication.translate("ImportQuestions", "Keep both"), role)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is take:
        return Choice.TAKE_THEIRS
    if clicked is both:
        return Choice.KEEP_BOTH
    return Choice.KEEP_MINE
