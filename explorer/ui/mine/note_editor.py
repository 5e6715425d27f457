"""The reader's private note on one card: saved when typing pauses and when focus leaves,
with "Saved" said beside it. Used on the card page and in My collection."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from explorer.store.my_collection import MyCollection

SAVE_DELAY_MS = 1200


class NoteEditor(QWidget):
    saved = Signal(str)
    """The card id whose note was just saved."""

    def __init__(
        self,
        mine: MyCollection,
        parent: QWidget | None = None,
        *,
        failed: Callable[[sqlite3.Error | OSError], None] | None = None,
    ):
        super().__init__(parent)
        self.mine = mine
        self.card_id: str | None = None
        self._failed = failed
        self._kept_text = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("eyebrow")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.status)
        layout.addLayout(heading)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEditor")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(64)
        self.edit.setMaximumHeight(96)
        self.edit.installEventFilter(self)
        layout.addWidget(self.edit)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.edit.textChanged.connect(self._typed)
        self.retranslate()

    def show_note(self, card_id: str | None) -> None:
        """Show the note on ``card_id`` (saving the one shown before); None: nothing."""
        self.save()
        self.card_id = card_id
        note = self.mine.note(card_id) if card_id else None
        self._kept_text = note.text if note else ""
        self.edit.blockSignals(True)
        self.edit.setPlainText(self._kept_text)
        self.edit.blockSignals(False)
        self.edit.setEnabled(card_id is not None)
        self.status.clear()

    def save(self) -> None:
        self.timer.stop()
        if self.card_id is None:
            return
        text = self.edit.toPlainText()
        if text == self._kept_text:
            return
        try:
            self.mine.set_note(self.card_id, text)
        except (
            sqlite3.Error,
            OSError,
        ) as error:  # a full disk or a locked file: said, never lost silently
            self.status.setText(self.tr("Not saved"))
            if self._failed is not None:
                self._failed(error)
            return
        self._kept_text = text
        self.status.setText(self.tr("Saved"))
        self.saved.emit(self.card_id)

    def _typed(self) -> None:
        self.status.clear()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.FocusOut:
            self.save()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("MY NOTE"))
        self.edit.setAccessibleName(self.tr("My note on this card"))
        self.edit.setPlaceholderText(self.tr("Write a private note on this card…"))
