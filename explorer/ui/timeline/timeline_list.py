"""The timeline as a plain chronological list: the accessible way through the same events."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QListView, QWidget

from explorer.domain.timeline_events import TimelineEvent
from explorer.ui.cards.card_model import CardRole
from explorer.ui.timeline.timeline_geometry import EventText

_ROOT = QModelIndex()


class TimelineListModel(QAbstractListModel):
    def __init__(self, text_for: Callable[[Sequence[str]], dict[str, EventText]], parent=None):
        super().__init__(parent)
        self.text_for = text_for
        self._events: Sequence[TimelineEvent] = ()
        self._texts: dict[str, EventText] = {}

    def set_events(self, events: Sequence[TimelineEvent]) -> None:
        """Show ``events``, which are kept as they are, not copied: never change them."""
        self.beginResetModel()
        self._events = events
        self._texts.clear()
        self.endResetModel()

    def set_text_source(self, text_for: Callable[[Sequence[str]], dict[str, EventText]]) -> None:
        self.text_for = text_for
        self._texts.clear()
        if len(self._events):
            self.dataChanged.emit(self.index(0), self.index(len(self._events) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._events)

    def _text(self, row: int) -> EventText:
        card_id = self._events[row].id
        if card_id not in self._texts:
            page = [e.id for e in self._events[row : row + 100] if e.id not in self._texts]
            self._texts.update(self.text_for(page))
        return self._texts[card_id]

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._text(index.row())
            return f"{text.date}  —  {text.title}"
        if role == CardRole.Id:
            return self._events[index.row()].id
        return None


class TimelineList(QListView):
    card_requested = Signal(str)

    def __init__(self, model: TimelineListModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineList")
        self.setModel(model)
        self.setUniformItemSizes(True)
        self.retranslate()
        self.setSpacing(2)
        self.activated.connect(lambda index: self.card_requested.emit(index.data(CardRole.Id)))

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Timeline as a list, in chronological order"))
