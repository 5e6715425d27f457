"""My collection: on the left the starred cards and the reader's named collections, on the
right the cards of the chosen one in the reader's order, with their notes.

Keys: Enter opens the card, Ctrl+Up and Ctrl+Down move it, Delete takes it out of the list.
A card whose pack is gone is listed as missing, never dropped.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.wording import fill
from explorer.store.content_store import ContentStore
from explorer.store.my_collection import STARRED, MyCollection
from explorer.store.my_collection_file import (
    Ask,
    BadCollectionFile,
    ImportSummary,
    export_file,
    import_file,
)
from explorer.store.my_collection_search import IndexSearch, narrowed
from explorer.ui.mine.import_questions import ask_with_message_box
from explorer.ui.mine.mine_style import mine_style
from explorer.ui.mine.note_editor import NoteEditor
from explorer.ui.widgets.date_text import span_text
from explorer.ui.widgets.plain_text import plain_tooltip

ROLE_ID = Qt.ItemDataRole.UserRole
NOTE_EXCERPT = 80
FILTER_MIN_WIDTH = 200
LISTS_MIN_WIDTH = 210
MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}


def excerpt(note: str) -> str:
    line = " ".join(note.split())
    return line if len(line) <= NOTE_EXCERPT else line[: NOTE_EXCERPT - 1] + "…"


class MinePage(QWidget):
    card_requested = Signal(str)

    def __init__(
        self,
        mine: MyCollection,
        store: ContentStore,
        search: IndexSearch | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page")
        self.setStyleSheet(mine_style())
        self.mine = mine
        self.store = store
        self.search = search
        self.language = "en"
        self.ask: Ask = lambda conflict: ask_with_message_box(self, conflict, self.card_name)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 12, 28, 20)
        outer.setSpacing(28)
        outer.addLayout(self._lists_column(), 1)
        outer.addLayout(self._cards_column(), 3)
        self.retranslate()
        self.refresh()

    # Building ----------------------------------------------------------------------------

    def _lists_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.lists_title = QLabel(self)
        self.lists_title.setObjectName("sectionTitle")
        self.lists = QListWidget(self)
        self.lists.setObjectName("myLists")
        # Long names (Kazakh ones run long) wrap rather than hide behind a scroll bar.
        self.lists.setWordWrap(True)
        self.lists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lists.setMinimumWidth(LISTS_MIN_WIDTH)
        self.lists.currentRowChanged.connect(lambda _row: self._show_cards())
        self.new_button = self._button(column, self.new_collection)
        column.insertWidget(0, self.lists_title)
        column.insertWidget(1, self.lists, 1)
        self.rename_button = self._button(column, self.rename_collection)
        self.delete_button = self._button(column, self.delete_collection)
        column.addSpacing(12)
        self.export_button = self._button(column, self.choose_export)
        self.import_button = self._button(column, self.choose_import)
        return column

    def _cards_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionTitle")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long name must not squeeze the search box away
        self.filter = QLineEdit(self)
        self.filter.setObjectName("search")
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(FILTER_MIN_WIDTH)
        self.filter.textChanged.connect(lambda _text: self._show_cards())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.filter, 1)
        column.addLayout(top)
        self.cards = QListWidget(self)
        self.cards.setObjectName("myCards")
        self.cards.setWordWrap(True)
        self.cards.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cards.setSpacing(2)
        self.cards.installEventFilter(self)
        self.cards.itemActivated.connect(self._open_item)
        self.cards.currentItemChanged.connect(self._current_card_changed)
        column.addWidget(self.cards, 1)
        self.empty = QLabel(self)
        self.empty.setObjectName("muted")
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.open_button = self._button(buttons, self.open_current)
        self.up_button = self._button(buttons, lambda: self.move_current(-1))
        self.down_button = self._button(buttons, lambda: self.move_current(1))
        self.remove_button = self._button(buttons, self.remove_current)
        buttons.addStretch(1)
        column.addLayout(buttons)
        # The sheet on a row of its own: beside the list's buttons it made the page wider
        # than a 1024-pixel screen in Russian and Kazakh.
        sheet_row = QHBoxLayout()
        sheet_row.addStretch(1)
        self.with_notes = QCheckBox(self)
        self.with_notes.setChecked(True)
        sheet_row.addWidget(self.with_notes)
        self.sheet_button = self._button(sheet_row, self.save_sheet)
        self.sheet_saver = None
        column.addLayout(sheet_row)
        self.note = NoteEditor(self.mine, self, failed=self._failed)
        self.note.saved.connect(lambda _card: self._show_cards(keep_current=True))
        column.addWidget(self.note)
        return column

    def _button(self, layout, slot) -> QPushButton:
        button = QPushButton(self)
        button.clicked.connect(lambda _=False: slot())
        layout.addWidget(button)
        return button

    # Showing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the lists again (after a change made elsewhere, such as on a card's page)."""
        chosen = self.chosen_list()
        self.lists.blockSignals(True)
        self.lists.clear()
        starred = QListWidgetItem("★ " + self.tr("Starred"))
        starred.setData(ROLE_ID, STARRED)
        self.lists.addItem(starred)
        for collection in self.mine.collections():
            item = QListWidgetItem(collection.name)
            item.setToolTip(plain_tooltip(collection.name))
            item.setData(ROLE_ID, collection.id)
            self.lists.addItem(item)
        ids = [self.lists.item(row).data(ROLE_ID) for row in range(self.lists.count())]
        self.lists.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self.lists.blockSignals(False)
        self._show_cards(keep_current=True)

    def chosen_list(self) -> int:
        item = self.lists.currentItem()
        return STARRED if item is None else int(item.data(ROLE_ID))

    def choose_list(self, list_id: int) -> None:
        for row in range(self.lists.count()):
            if self.lists.item(row).data(ROLE_ID) == list_id:
                self.lists.setCurrentRow(row)

    def shown_cards(self) -> list[str]:
        return [self.cards.item(row).data(ROLE_ID) for row in range(self.cards.count())]

    def _show_cards(self, *, keep_current: bool = False) -> None:
        current = self.current_card() if keep_current else None
        list_id = self.chosen_list()
        named = list_id != STARRED
        self.rename_button.setEnabled(named)
        self.delete_button.setEnabled(named)
        item = self.lists.currentItem()
        self.heading.setText(item.text() if item else "")
        notes = {card: note.text for card, note in self.mine.notes().items()}
        kept = self.mine.cards(list_id)
        cards = narrowed(kept, self.filter.text(), notes, self.search)
        found = self.store.card_items(cards, self.language)
        self.cards.blockSignals(True)
        self.cards.clear()
        for card in cards:
            self.cards.addItem(self._card_item(card, found.get(card), notes.get(card)))
        self.cards.blockSignals(False)
        shown = self.shown_cards()
        self.cards.setCurrentRow(shown.index(current) if current in shown else 0)
        self._current_card_changed()
        if not kept:
            self.empty.setText(
                self.tr("No starred cards yet: star a card on its page.")
                if not named
                else self.tr("This collection is empty: add cards from their pages.")
            )
        elif not cards:
            self.empty.setText(self.tr("No card here matches the search."))
        else:
            self.empty.clear()
        self.empty.setVisible(bool(self.empty.text()))
        self.sheet_button.setEnabled(bool(kept))

    def sheet_contents(self) -> tuple[list[str], dict[str, str]]:
        """The cards of the chosen list that the content still has, in the reader's order,
        and the notes on them when "With my notes" is ticked."""
        kept = self.mine.kept_cards(self.chosen_list())
        present = self.store.card_items([card.card_id for card in kept], self.language)
        cards = [card.card_id for card in kept if card.card_id in present]
        notes = {
            card.card_id: card.note
            for card in kept
            if card.note and card.card_id in present and self.with_notes.isChecked()
        }
        return cards, notes

    def save_sheet(self) -> None:
        """The chosen list as a study sheet (PDF), with the reader's notes if asked."""
        cards, notes = self.sheet_contents()
        if not cards:
            return
        if self.sheet_saver is None:
            from explorer.ui.print.sheet_action import StudySheetSaver  # on demand only

            self.sheet_saver = StudySheetSaver(self, self.store)
            self.sheet_saver.busy.connect(lambda busy: self.sheet_button.setEnabled(not busy))
        item = self.lists.currentItem()
        self.sheet_saver.save(
            cards,
            title=item.text().removeprefix("★ ") if item else self.tr("My collection"),
            language=self.language,
            subtitle=self.tr("My collection"),
            notes=notes,
        )

    def _card_item(self, card: str, found, note: str | None) -> QListWidgetItem:
        if found is None:
            title = self.tr("Missing card")
            details = [fill(self.tr("%1 is no longer in the content"), [card])]
        else:
            title = found.title
            details = [span_text(found.start, found.end)]
        if note:
            details.append("✎ " + excerpt(note))
        text = "\n".join([title, "   ·   ".join(part for part in details if part)])
        item = QListWidgetItem(text.rstrip("\n"))
        item.setData(ROLE_ID, card)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
        if found is None:
            item.setForeground(self.palette().placeholderText())
        return item

    def card_name(self, card: str) -> str:
        """A card's title, or its id when the content no longer has it."""
        found = self.store.card_items([card], self.language).get(card)
        return found.title if found is not None else card

    def current_card(self) -> str | None:
        item = self.cards.currentItem()
        return None if item is None else item.data(ROLE_ID)

    def _current_card_changed(self, *_items) -> None:
        card = self.current_card()
        for button in (self.open_button, self.up_button, self.down_button, self.remove_button):
            button.setEnabled(card is not None)
        if card != self.note.card_id:
            self.note.show_note(card)
        self.note.setVisible(card is not None)

    # Doing ---------------------------------------------------------------------------------

    def _open_item(self, item: QListWidgetItem) -> None:
        self.card_requested.emit(item.data(ROLE_ID))

    def open_current(self) -> None:
        card = self.current_card()
        if card is not None:
            self.card_requested.emit(card)

    def move_current(self, steps: int) -> None:
        """Move the current card past its neighbour as shown (``steps`` -1 or 1): under a
        search, past the next card found, however many are hidden between them."""
        card = self.current_card()
        if card is None:
            return
        shown = self.shown_cards()
        at = shown.index(card) + steps
        if not 0 <= at < len(shown):
            return
        order = self.mine.cards(self.chosen_list())
        places = order.index(shown[at]) - order.index(card)
        if self._write(lambda: self.mine.move(self.chosen_list(), card, places)):
            self._show_cards(keep_current=True)
            self.cards.setFocus()

    def remove_current(self) -> None:
        card = self.current_card()
        if card is None:
            return
        row = self.cards.currentRow()
        if self._write(lambda: self.mine.remove(self.chosen_list(), card)):
            self._show_cards()
            self.cards.setCurrentRow(min(row, self.cards.count() - 1))

    def new_collection(self, name: str | None = None) -> None:
        if name is None:
            name, accepted = QInputDialog.getText(self, self.tr("New collection"), self.tr("Name:"))
            if not accepted or not name.strip():
                return
        made: list[int] = []
        if self._write(lambda: made.append(self.mine.create(name))):
            self.refresh()
            self.choose_list(made[0])

    def rename_collection(self, name: str | None = None) -> None:
        list_id = self.chosen_list()
        if list_id == STARRED:
            return
        if name is None:
            old = self.mine.collection(list_id).name
            name, accepted = QInputDialog.getText(
                self, self.tr("Rename collection"), self.tr("Name:"), text=old
            )
            if not accepted or not name.strip():
                return
        if self._write(lambda: self.mine.rename(list_id, name)):
            self.refresh()

    def delete_collection(self, *, confirmed: bool = False) -> None:
        list_id = self.chosen_list()
        if list_id == STARRED:
            return
        if not confirmed:
            name = self.mine.collection(list_id).name
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Delete collection?"),
                fill(self.tr("Delete the collection “%1”?"), [name]),
                parent=self,
            )
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setInformativeText(
                self.tr("Its cards stay in the content, and your notes on them are kept.")
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
        if self._write(lambda: self.mine.delete(list_id)):
            self.refresh()

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export my collection"), "my-collection.json", self.tr("JSON (*.json)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            export_file(self.mine, path)
        except (sqlite3.Error, OSError) as error:
            self._warn(self.tr("My collection could not be exported."), str(error))
            return False
        return True

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a collection"), "", self.tr("JSON (*.json)")
        )
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path) -> ImportSummary | None:
        self.note.save()
        try:
            summary = import_file(self.mine, path, self.ask)
        except BadCollectionFile as error:
            self._warn(self.tr("This file cannot be imported. Nothing was changed."), str(error))
            return None
        except (sqlite3.Error, OSError) as error:
            self._warn(self.tr("The import failed. Nothing was changed."), str(error))
            return None
        self.refresh()
        return summary

    def _write(self, change) -> bool:
        try:
            change()
        except (sqlite3.Error, OSError) as error:
            self._failed(error)
            return False
        return True

    def _failed(self, error: sqlite3.Error | OSError) -> None:
        self._warn(self.tr("Your change could not be saved."), str(error))

    def _warn(self, text: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("My collection"), text, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(details)
        box.open()  # not modal to the event loop: tests and readers carry on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        pressed = event.type() == QEvent.Type.KeyPress
        if watched is self.cards and pressed and isinstance(event, QKeyEvent):
            control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if control and event.key() in MOVES:
                self.move_current(MOVES[event.key()])
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_current()
                return True
        return super().eventFilter(watched, event)

    # Language ------------------------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.lists_title.setText(self.tr("My collection"))
        self.lists.setAccessibleName(self.tr("Starred cards and my collections"))
        self.cards.setAccessibleName(self.tr("Cards of the chosen list"))
        self.filter.setPlaceholderText(self.tr("Search my collection"))
        self.filter.setAccessibleName(self.tr("Search my collection"))
        for button, text in (
            (self.new_button, self.tr("New collection…")),
            (self.rename_button, self.tr("Rename…")),
            (self.delete_button, self.tr("Delete…")),
            (self.export_button, self.tr("Export…")),
            (self.import_button, self.tr("Import…")),
            (self.open_button, self.tr("Open")),
            (self.up_button, self.tr("Move up")),
            (self.down_button, self.tr("Move down")),
            (self.remove_button, self.tr("Remove")),
            (self.sheet_button, self.tr("Study sheet (PDF)…")),
        ):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.remove_button.setToolTip(self.tr("Remove from this list (Delete)"))
        self.sheet_button.setToolTip(self.tr("Save this list as a study sheet (PDF)"))
        self.with_notes.setText(self.tr("With my notes"))
        self.with_notes.setToolTip(self.tr("Print my notes in the study sheet"))
        self.note.retranslate()
