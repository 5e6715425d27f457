"""The map as a list, for the keyboard and screen readers: countries, their places, and the
cards naming each place, with the same counts the map's markers show.

A place in several countries is listed under each. A place's cards are read when it is
first opened (``cards_of``), so a library of 100,000 places lists at once. Enter or a double
click on a card asks for it (``card_requested``); on a place, it chooses the place, as a
click on its marker does (``places_chosen``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from explorer.domain.wording import fill

_KIND = Qt.ItemDataRole.UserRole
_KEY = Qt.ItemDataRole.UserRole + 1
_COUNTRY, _PLACE, _CARD = "country", "place", "card"


class PlaceTree(QTreeWidget):
    card_requested = Signal(str)
    places_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placeTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self._cards_of: Callable[[str], Sequence[tuple[str, str]]] = lambda _place: ()
        self.itemExpanded.connect(self._fill_place)
        self.itemActivated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Places by country"))

    def show_places(
        self,
        places: Sequence[tuple[str, str, tuple[str, ...], int]],
        country_name: Callable[[str], str],
        cards_of: Callable[[str], Sequence[tuple[str, str]]],
    ) -> None:
        """List ``places`` (id, name, countries, count of cards shown), leaving out those
        with no card shown; ``cards_of(place)`` gives the (card id, title) of its cards."""
        self._cards_of = cards_of
        self.clear()
        by_country: dict[str, list[tuple[str, str, int]]] = {}
        for place_id, name, countries, count in places:
            if count:
                for country in countries or ("",):
                    by_country.setdefault(country, []).append((place_id, name, count))
        order = _alphabetical()
        named = sorted(
            ((country_name(code) if code else self.tr("No country"), code) for code in by_country),
            key=lambda pair: order(pair[0]),
        )
        for name, code in named:
            places_here = sorted(by_country[code], key=lambda item: order(item[1]))
            total = sum(count for _, _, count in places_here)
            country = QTreeWidgetItem(self, [self._counted(name, total)])
            country.setData(0, _KIND, _COUNTRY)
            country.setData(0, _KEY, code)
            for place_id, place_name, count in places_here:
                item = QTreeWidgetItem(country, [self._counted(place_name, count)])
                item.setData(0, _KIND, _PLACE)
                item.setData(0, _KEY, place_id)
                item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
        if self.topLevelItemCount():
            self.setCurrentItem(self.topLevelItem(0))

    def place_items(self, place_id: str) -> list[QTreeWidgetItem]:
        """The rows of ``place_id`` (one under each of its countries)."""
        found = []
        for top in range(self.topLevelItemCount()):
            country = self.topLevelItem(top)
            for row in range(country.childCount()):
                item = country.child(row)
                if item.data(0, _KEY) == place_id:
                    found.append(item)
        return found

    def _counted(self, name: str, count: int) -> str:
        return fill(self.tr("%1 (%2)"), [name, QLocale().toString(count)])

    def _fill_place(self, item: QTreeWidgetItem) -> None:
        if item.data(0, _KIND) != _PLACE or item.childCount():
            return
        for card_id, title in self._cards_of(item.data(0, _KEY)):
            card = QTreeWidgetItem(item, [title])
            card.setData(0, _KIND, _CARD)
            card.setData(0, _KEY, card_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        kind, key = item.data(0, _KIND), item.data(0, _KEY)
        if kind == _CARD:
            self.card_requested.emit(key)
        elif kind == _PLACE:
            self.places_chosen.emit([key])


def _alphabetical() -> Callable[[str], object]:
    """A sort key putting names in the alphabetical order of the interface language."""
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator

    return cmp_to_key(QCollator(QLocale()).compare)
