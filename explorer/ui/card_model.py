"""The list of cards shown in the grid: ids up front, everything else fetched page by page.

Holding only ids lets 100,000 cards open as fast as 50; a card's texts are read the first
time a view asks for them, a page at a time, and a bounded number of pages is kept.
"""

from __future__ import annotations

from collections import OrderedDict
from enum import IntEnum

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from explorer.domain.entities import pick
from explorer.store.content_store import ContentStore
from explorer.store.read_models import CardListItem
from explorer.ui.date_text import span_text
from explorer.ui.thumbnail_loader import ThumbnailLoader

PAGE_SIZE = 100
PAGES_KEPT = 20

ModelIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class CardRole(IntEnum):
    Id = Qt.ItemDataRole.UserRole + 1
    Title = Qt.ItemDataRole.UserRole + 2
    Summary = Qt.ItemDataRole.UserRole + 3
    Category = Qt.ItemDataRole.UserRole + 4
    CategoryName = Qt.ItemDataRole.UserRole + 5
    CategoryColour = Qt.ItemDataRole.UserRole + 6
    DateText = Qt.ItemDataRole.UserRole + 7
    Thumbnail = Qt.ItemDataRole.UserRole + 8
    Fallback = Qt.ItemDataRole.UserRole + 9


class CardListModel(QAbstractListModel):
    def __init__(self, store: ContentStore, thumbnails: ThumbnailLoader | None = None, parent=None):
        super().__init__(parent)
        self.store = store
        self.thumbnails = thumbnails
        self.language = "en"
        self.category: str | None = None
        self.query = ""
        self._ids: list[str] = []
        self._pages: OrderedDict[int, dict[str, CardListItem]] = OrderedDict()
        self._categories = {c.id: c for c in store.categories()}
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)
        self.reload()

    def roleNames(self) -> dict[int, bytes]:
        names = super().roleNames()
        names.update(
            {
                role.value: role.name[0].lower().encode() + role.name[1:].encode()
                for role in CardRole
            }
        )
        return names

    def rowCount(self, parent: ModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def set_filter(self, *, category: str | None, query: str) -> None:
        self.category, self.query = category, query
        self.reload()

    def set_language(self, language: str) -> None:
        self.language = language
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self.store.card_ids(category=self.category, query=self.query)
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[str]:
        return list(self._ids)

    def card_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, card_id: str) -> int:
        try:
            return self._ids.index(card_id)
        except ValueError:
            return -1

    def item(self, row: int) -> CardListItem:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            ids = self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
            page = self.store.card_items(ids, self.language)
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[self._ids[row]]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        item = self.item(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, CardRole.Title):
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(part for part in (item.title, span_text(item.start, item.end)) if part)
        if role in (Qt.ItemDataRole.ToolTipRole, CardRole.Summary):
            return item.summary
        if role == CardRole.Id:
            return item.id
        if role == CardRole.Category:
            return item.category
        if role == CardRole.CategoryName:
            category = self._categories.get(item.category)
            return pick(category.name, self.language)[0] if category else item.category
        if role == CardRole.CategoryColour:
            category = self._categories.get(item.category)
            return category.colour if category else "#777777"
        if role == CardRole.DateText:
            return span_text(item.start, item.end)
        if role == CardRole.Thumbnail:
            if self.thumbnails is None or item.image is None:
                return None
            return self.thumbnails.image(item.image)
        if role == CardRole.Fallback:
            return item.fallback
        return None

    def _thumbnail_ready(self, media_id: str) -> None:
        for page_number, page in self._pages.items():
            for row_offset, card_id in enumerate(
                self._ids[page_number * PAGE_SIZE : (page_number + 1) * PAGE_SIZE]
            ):
                if page[card_id].image == media_id:
                    index = self.index(page_number * PAGE_SIZE + row_offset)
                    self.dataChanged.emit(index, index, [CardRole.Thumbnail])
