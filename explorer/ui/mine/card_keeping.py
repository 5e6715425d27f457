"""The row under a card's heading that keeps it: a star, "Add to collection…" and the
reader's note. Never made in the kiosk: a visitor's choices are not kept."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.store.my_collection import MyCollection
from explorer.ui.mine.mine_style import mine_style
from explorer.ui.mine.note_editor import NoteEditor


class CardKeeping(QWidget):
    changed = Signal()
    """Something of My collection changed here (a star, a collection, a note)."""
    failed = Signal(object)
    """A change could not be written (the ``sqlite3.Error`` or ``OSError``)."""

    def __init__(self, mine: MyCollection, card_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardKeeping")
        self.setStyleSheet(mine_style())
        self.mine = mine
        self.card_id = card_id
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.star_button = QPushButton(self)
        self.star_button.setObjectName("starButton")
        self.star_button.setCheckable(True)
        self.star_button.setChecked(mine.is_starred(card_id))
        self.star_button.toggled.connect(self._star)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addToCollection")
        self.menu = QMenu(self.add_button)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.add_button.setMenu(self.menu)
        row.addWidget(self.star_button)
        row.addWidget(self.add_button)
        row.addStretch(1)
        column.addLayout(row)
        self.note = NoteEditor(mine, self, failed=self.failed.emit)
        self.note.saved.connect(self.changed)
        self.note.show_note(card_id)
        column.addWidget(self.note)
        self.retranslate()

    def _star(self, starred: bool) -> None:
        if not self._write(lambda: (self.mine.star if starred else self.mine.unstar)(self.card_id)):
            return
        self._word_star()

    def _fill_menu(self) -> None:
        self.menu.clear()
        holding = self.mine.collections_with(self.card_id)
        for collection in self.mine.collections():
            action = self.menu.addAction(collection.name)
            action.setCheckable(True)
            action.setChecked(collection.id in holding)
            action.toggled.connect(lambda on, list_id=collection.id: self.keep_in(list_id, on))
        if self.mine.collections():
            self.menu.addSeparator()
        self.menu.addAction(self.tr("New collection…"), self.new_collection)

    def keep_in(self, collection_id: int, kept: bool) -> None:
        """Add the card to the collection, or take it out."""
        change = self.mine.add if kept else self.mine.remove
        self._write(lambda: change(collection_id, self.card_id))

    def new_collection(self, name: str | None = None) -> int | None:
        """A new collection holding this card; asks for its name when none is given."""
        if name is None:
            name, accepted = QInputDialog.getText(
                self, self.tr("New collection"), self.tr("Name:"), QLineEdit.EchoMode.Normal
            )
            if not accepted or not name.strip():
                return None
        made: list[int] = []

        def create() -> None:
            with self.mine.db.atomic():
                made.append(self.mine.create(name))
                self.mine.add(made[0], self.card_id)

        return made[0] if self._write(create) else None

    def _write(self, change) -> bool:
        try:
            change()
        except (sqlite3.Error, OSError) as error:
            self.failed.emit(error)
            return False
        self.changed.emit()
        return True

    def _word_star(self) -> None:
        starred = self.star_button.isChecked()
        self.star_button.setText(
            ("★ " + self.tr("Starred")) if starred else ("☆ " + self.tr("Star"))
        )
        self.star_button.setAccessibleName(
            self.tr("Starred: press to unstar") if starred else self.tr("Star this card")
        )

    def retranslate(self) -> None:
        self._word_star()
        self.add_button.setText(self.tr("Add to collection…"))
        self.add_button.setAccessibleName(self.tr("Add to collection"))
        self.note.retranslate()


class KeepingRows:
    """Makes the keeping row of each card page shown, saving the note of the one before: a
    page is replaced whole when another card opens, before its note editor loses focus."""

    def __init__(self, mine: MyCollection):
        self.mine = mine
        self.current: CardKeeping | None = None

    def make(self, card_id: str) -> CardKeeping:
        self.save()
        self.current = CardKeeping(self.mine, card_id)
        return self.current

    def save(self) -> None:
        from shiboken6 import isValid

        if self.current is not None and isValid(self.current):
            self.current.note.save()
