"""What to do when an imported collection or note meets one of the reader's own: asked in a
message box, with "Keep mine" the default (nothing of the reader's is lost by Enter)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from explorer.domain.wording import fill
from explorer.store.my_collection_file import Choice, Conflict


def ask_with_message_box(parent: QWidget, conflict: Conflict) -> Choice:
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
            [conflict.name],
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ImportQuestions", "Import a collection"),
        text,
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(
        QCoreApplication.translate("ImportQuestions", "Yours:")
        + f"\n{conflict.mine}\n\n"
        + QCoreApplication.translate("ImportQuestions", "Imported:")
        + f"\n{conflict.theirs}"
    )
    role = QMessageBox.ButtonRole.AcceptRole
    mine = box.addButton(QCoreApplication.translate("ImportQuestions", "Keep mine"), role)
    theirs = box.addButton(QCoreApplication.translate("ImportQuestions", "Take theirs"), role)
    both = box.addButton(QCoreApplication.translate("ImportQuestions", "Keep both"), role)
    box.setDefaultButton(mine)
    box.exec()
    clicked = box.clickedButton()
    if clicked is theirs:
        return Choice.TAKE_THEIRS
    if clicked is both:
        return Choice.KEEP_BOTH
    return Choice.KEEP_MINE
