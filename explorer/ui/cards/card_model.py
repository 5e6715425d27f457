"""The list of cards shown in the grid: ids up front, everything else fetched page by page.

Holding only ids lets 100,000 cards open as fast as 50; a card's texts are read the first
time a view asks for them, a page at a time, and a bounded number of pages is kept. A new
search answer resets the model and nothing else: what the grid then shows is read as it
paints, and why a card matched (its title and snippet with the query's words marked,
``domain.match_reasons``) is worked out only for a card the grid asks about.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage

from explorer.domain.entities import Category, pick
from explorer.domain.match_reasons import CardWords, Reason, explain
from explorer.domain.search_query import QueryWord
from explorer.domain.snippets import Segment
from explorer.store.content_store import ContentStore
from explorer.store.read_models import CardListItem
from explorer.store.search_result import SearchResult
from explorer.ui.cards.thumbnail_loader import ThumbnailLoader
from explorer.ui.widgets.date_text import span_text
from explorer.ui.widgets.plain_text import plain_tooltip

if TYPE_CHECKING:
    # Imported where a tile's text is made: its drawing code is not needed before the
    # window's first paint.
    from explorer.ui.cards.tile_text import TextLayers, TileText

PAGE_SIZE = 40  # a few screens of cards: an answer's first paint reads no more
PAGES_KEPT = 50

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
    Snippet = Qt.ItemDataRole.UserRole + 10
    Tile = Qt.ItemDataRole.UserRole + 11
    """The tile's text (a ``TileText``)."""


_TILE, _THUMBNAIL = CardRole.Tile.value, CardRole.Thumbnail.value
UNKNOWN_COLOUR = "#777777"


@dataclass(frozen=True)
class FirstPage:
    """What the grid shows first of an answer, read off the UI thread with the answer."""

    language: str
    items: dict[str, CardListItem]
    card_words: dict[str, CardWords]
    reasons: dict[str, Reason]
    layers: dict[tuple, QImage] = field(default_factory=dict)
    """The text layers of the first screenful, by ``tile_text.layer_key``."""


def read_first_page(
    store: ContentStore,
    result: SearchResult,
    language: str,
    categories: Mapping[str, Category] | None = None,
    layers: TextLayers | None = None,
) -> FirstPage:
    """The first page of ``result``: run it where the answer is made (on the search thread,
    on a connection of its own), so that the grid's first paint of an answer reads nothing,
    cuts no snippet and, given ``layers``, lays out no text."""
    ids = result.ids(0, PAGE_SIZE)
    words = store.card_words(ids)
    reasons = {card_id: _reason(texts, language, result.words) for card_id, texts in words.items()}
    items = store.card_items(ids, language)
    drawn = {}
    if layers is not None and categories is not None:
        shown = [
            tile_text(items[card_id], categories, reasons.get(card_id, NO_REASON), language)
            for card_id in ids[: layers.count]
            if card_id in items
        ]
        drawn = layers.draw(shown)
    return FirstPage(language, items, words, reasons, drawn)


def tile_text(
    item: CardListItem,
    categories: Mapping[str, Category],
    reason: Reason,
    language: str,
) -> TileText:
    """What a card's tile says, wherever it is made (the grid, or the search thread)."""
    from explorer.ui.cards.tile_text import TileText

    category = categories.get(item.category)
    date = span_text(item.start, item.end)
    if item.fallback:
        marker = QCoreApplication.translate("CardDelegate", "in English")
        date = f"{date}  ·  {marker}" if date else marker
    return TileText(
        title=item.title,
        category=(pick(category.name, language)[0] if category else item.category).upper(),
        colour=category.colour if category else UNKNOWN_COLOUR,
        snippet=reason.snippet,
        date=date,
        title_marks=reason.title,
    )


class CardListModel(QAbstractListModel):
    def __init__(
        self,
        store: ContentStore,
        result: SearchResult,
        thumbnails: ThumbnailLoader | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.store = store
        self.thumbnails = thumbnails
        self.language = "en"
        self.query = ""
        self.result = result
        self._rows = len(result)
        self._pages: OrderedDict[int, dict[str, CardListItem]] = OrderedDict()
        self._card_words: OrderedDict[int, dict[str, CardWords]] = OrderedDict()
        self._reasons: dict[str, Reason] = {}
        # What each tile says, made once per answer and language: the grid asks at every paint.
        self._tile_texts: dict[str, TileText] = {}
        self._categories = {c.id: c for c in store.categories()}
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

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
        # Qt asks for every row it lays out or looks up: kept as a number, not asked of the result.
        return 0 if parent.isValid() else self._rows

    def set_result(
        self, result: SearchResult, query: str = "", first_page: FirstPage | None = None
    ) -> None:
        """Show ``result``; ``first_page``, read with it elsewhere, spares the reading."""
        self.beginResetModel()
        self.result, self.query = result, query
        self._rows = len(result)
        self._pages.clear()
        self._card_words.clear()
        self._reasons.clear()
        self._tile_texts.clear()
        if first_page is not None and first_page.language == self.language:
            self._pages[0] = first_page.items
            self._card_words[0] = first_page.card_words
            self._reasons.update(first_page.reasons)
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self.language = language
        self._pages.clear()
        self._reasons.clear()
        self._tile_texts.clear()
        if len(self.result):
            self.dataChanged.emit(self.index(0), self.index(len(self.result) - 1))

    def ids(self) -> list[str]:
        return self.result.ids()

    def card_id(self, row: int) -> str:
        return self.result.card_id(row)

    def row_of(self, card_id: str) -> int:
        """The row of a card, -1 if it is not in the results."""
        return self.result.row_of(card_id)

    def _page_ids(self, page_number: int) -> list[str]:
        return self.result.ids(page_number * PAGE_SIZE, (page_number + 1) * PAGE_SIZE)

    def item(self, row: int) -> CardListItem:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            page = self.store.card_items(self._page_ids(page_number), self.language)
            self._pages[page_number] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[self.result.card_id(row)]

    def reason(self, row: int) -> Reason:
        """The title and snippet of the card at ``row``, with the query's words marked."""
        card_id = self.result.card_id(row)
        reason = self._reasons.get(card_id)
        if reason is None:
            words = self._words_of_page(row // PAGE_SIZE).get(card_id)
            reason = (
                NO_REASON if words is None else _reason(words, self.language, self.result.words)
            )
            if len(self._reasons) >= PAGE_SIZE * PAGES_KEPT:
                self._reasons.clear()
            self._reasons[card_id] = reason
        return reason

    def snippet(self, row: int) -> tuple[Segment, ...]:
        """The summary, or the text that shows why the card matched, the words marked."""
        return self.reason(row).snippet

    def _words_of_page(self, page_number: int) -> dict[str, CardWords]:
        page = self._card_words.get(page_number)
        if page is None:
            page = self.store.card_words(self._page_ids(page_number))
            self._card_words[page_number] = page
            while len(self._card_words) > PAGES_KEPT:
                self._card_words.popitem(last=False)
        else:
            self._card_words.move_to_end(page_number)
        return page

    def tile_text_of(self, row: int) -> TileText:
        """What the tile of the card at ``row`` says (made once per answer and language)."""
        card_id = self.result.card_id(row)
        text = self._tile_texts.get(card_id)
        if text is None:
            if len(self._tile_texts) >= PAGE_SIZE * PAGES_KEPT:
                self._tile_texts.clear()
            text = self._tile_texts[card_id] = tile_text(
                self.item(row), self._categories, self.reason(row), self.language
            )
        return text

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = index.row()
        if not 0 <= row < self._rows or not index.isValid():
            return None
        if role == _TILE:  # asked for each tile at each paint: answered first
            return self.tile_text_of(row)
        item = self.item(row)
        if role == _THUMBNAIL:  # asked at each paint too
            if self.thumbnails is None or item.image is None:
                return None
            return self.thumbnails.image(item.image)
        if role in (Qt.ItemDataRole.DisplayRole, CardRole.Title):
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(part for part in (item.title, span_text(item.start, item.end)) if part)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(item.summary)
        if role == CardRole.Summary:
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
            return category.colour if category else UNKNOWN_COLOUR
        if role == CardRole.DateText:
            return span_text(item.start, item.end)
        if role == CardRole.Fallback:
            return item.fallback
        if role == CardRole.Snippet:
            return self.snippet(index.row())
        return None

    @property
    def categories(self) -> Mapping[str, Category]:
        return self._categories

    def _thumbnail_ready(self, media_id: str) -> None:
        rows = [
            page_number * PAGE_SIZE + offset
            for page_number, page in list(self._pages.items())
            for offset, card_id in enumerate(self._page_ids(page_number))
            if page[card_id].image == media_id
        ]
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index, [CardRole.Thumbnail])


NO_REASON = Reason((), ())


def _reason(words: CardWords, language: str, query: tuple[QueryWord, ...]) -> Reason:
    """Why the card matched ``query``, as its tile shows it in ``language``."""
    place = QCoreApplication.translate("Facets", "Place")  # the Refine column's word
    return explain(words, language, query, place_label=place)
