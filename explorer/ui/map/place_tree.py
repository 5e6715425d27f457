"""The map as a list, for the keyboard and screen readers: countries, their places, and the
cards naming each place, with the same counts the map's markers show.

A place in several countries is listed under each. A place's cards are read when it is
first opened (``cards_of``), and the rows are those of a model over arrays
(``PlaceTreeModel``), so a library of 100,000 places lists at once. Enter or a double click
on a card asks for it (``card_requested``); on a place, it chooses the place, as a click on
its marker does (``places_chosen``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QLocale, QModelIndex, Signal
from PySide6.QtWidgets import QTreeView, QWidget

from explorer.domain.wording import fill
from explorer.ui.map.place_tree_model import (
    CARD,
    KEY_ROLE,
    KIND_ROLE,
    PLACE,
    Cards,
    PlaceTreeModel,
)


class PlaceTree(QTreeView):
    card_requested = Signal(str)
    places_chosen = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placeTree")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.places_model = PlaceTreeModel(self._counted, self)
        self.setModel(self.places_model)
        self.activated.connect(self._activated)
        # The view fetches a place's cards itself only when the place is laid out; a place
        # expanded while its country is closed (or the view hidden) is read here.
        self.expanded.connect(self._read_cards)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Places by country"))

    def show_places(
        self,
        ids: Sequence[str],
        name_of: Callable[[int], str],
        countries_of: Callable[[int], tuple[str, ...]],
        counts: np.ndarray,
        country_name: Callable[[str], str],
        cards_of: Callable[[str], Cards],
        language: str,
    ) -> None:
        """List the places ``ids`` whose ``counts`` (cards shown) are above 0, by country:
        ``name_of(i)`` and ``countries_of(i)`` (ISO codes) of the i-th place in ``language``;
        ``cards_of(place id)`` gives the (card id, title) of its cards. The names' order is
        kept per language for the same ``ids``, so that new counts list at once."""
        no_country = self.tr("No country")
        self.places_model.fill(
            ids,
            name_of,
            countries_of,
            counts,
            lambda code: country_name(code) if code else no_country,
            cards_of,
            language,
        )
        if self.places_model.rowCount():
            self.setCurrentIndex(self.places_model.index(0, 0))

    def place_indexes(self, place_id: str) -> list[QModelIndex]:
        """The rows of ``place_id`` (one under each of its countries)."""
        return self.places_model.place_indexes(place_id)

    def texts(self, parent: QModelIndex | None = None) -> list[str]:
        """What the rows under ``parent`` (None: the countries) say."""
        parent = parent if parent is not None else QModelIndex()
        model = self.places_model
        return [model.index(row, 0, parent).data() for row in range(model.rowCount(parent))]

    def _counted(self, name: str, count: int) -> str:
        return fill(self.tr("%1 (%2)"), [name, QLocale().toString(count)])

    def _read_cards(self, index: QModelIndex) -> None:
        if self.places_model.canFetchMore(index):
            self.places_model.fetchMore(index)

    def _activated(self, index: QModelIndex) -> None:
        kind, key = index.data(KIND_ROLE), index.data(KEY_ROLE)
        if kind == CARD:
            self.card_requested.emit(key)
        elif kind == PLACE:
            self.places_chosen.emit([key])
