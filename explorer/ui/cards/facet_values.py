"""One facet's values as a list model: those the current answer has cards for, and the chosen.

A row is a value: its name in the current language (asked of the facet's labeller once),
its count, and whether it is chosen (a check). A new answer that keeps the same values only
changes counts, which repaints the rows in sight; one that shows other values resets the
rows, which costs the same whether the facet has three values or three hundred: no widget
is made, shown or hidden per value.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from explorer.ui.widgets.plain_text import plain_tooltip

FacetKey = str | int
Labeller = Callable[[FacetKey], str]
MOST_SHOWN = 200
"""Values listed at most in a facet, those with the most cards (and the chosen ones): a
heritage register may name thousands of places, which no one reads down a column."""

_Index = QModelIndex | QPersistentModelIndex


class FacetValues(QAbstractListModel):
    """``toggled(key, chosen)`` says a value was checked or unchecked by the reader."""

    toggled = Signal(object, bool)

    def __init__(self, labeller: Labeller, parent=None):
        super().__init__(parent)
        self.labeller = labeller
        self.chosen: set[FacetKey] = set()
        self._keys: list[FacetKey] = []
        self._counts: Mapping[FacetKey, int] = {}
        self._labels: dict[FacetKey, str] = {}
        self.more = 0
        """Values with cards left out of the rows: beyond MOST_SHOWN, those with fewest."""

    def show(self, counts: Mapping[FacetKey, int]) -> None:
        """Rows for the values ``counts`` gives cards to, in its order, then any chosen value
        it leaves out (a chosen value stays, even at zero); at most MOST_SHOWN of them, those
        with most cards, besides the chosen."""
        keys = [key for key, count in counts.items() if count or key in self.chosen]
        keys += [key for key in self.chosen if key not in counts]
        self.more = 0
        if len(keys) > MOST_SHOWN:
            kept = set(heapq.nlargest(MOST_SHOWN, keys, key=lambda key: counts.get(key, 0)))
            shown = [key for key in keys if key in kept or key in self.chosen]
            self.more, keys = len(keys) - len(shown), shown
        if keys != self._keys:
            self.beginResetModel()
            self._keys, self._counts = keys, counts
            self.endResetModel()
        elif keys:
            self._counts = counts
            self.dataChanged.emit(self.index(0), self.index(len(keys) - 1))

    def choose(self, keys: Iterable[FacetKey]) -> None:
        """Check exactly ``keys``, without saying so (the caller asks for the new answer);
        the rows follow with the next ``show``."""
        self.chosen = set(keys)
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def relabel(self) -> None:
        """The names again, in the current language."""
        self._labels.clear()
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def listed(self) -> list[FacetKey]:
        """The values listed, top to bottom."""
        return list(self._keys)

    def key_at(self, row: int) -> FacetKey:
        return self._keys[row]

    def row_of(self, key: FacetKey) -> int | None:
        try:
            return self._keys.index(key)
        except ValueError:
            return None

    def label(self, key: FacetKey) -> str:
        label = self._labels.get(key)
        if label is None:
            label = self._labels[key] = self.labeller(key)
        return label

    def count(self, key: FacetKey) -> int:
        return self._counts.get(key, 0)

    def painted(self, row: int) -> tuple[str, str, bool]:
        """What a row shows: its name, its count as written, whether it is chosen."""
        key = self._keys[row]
        return self.label(key), QLocale().toString(self.count(key)), key in self.chosen

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._keys)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._keys):
            return None
        key = self._keys[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(key)
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if key in self.chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self.label(key))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            words = self.tr("%1, %n card(s)", "", self.count(key))
            return words.replace("%1", self.label(key))
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = self._keys[index.row()]
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        if (key in self.chosen) == on:
            return False
        (self.chosen.add if on else self.chosen.discard)(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit(key, on)
        return True

    def toggle(self, row: int) -> None:
        """Check the value of ``row`` if it is unchecked, uncheck it if it is checked."""
        index = self.index(row)
        on = self._keys[row] not in self.chosen
        self.setData(
            index,
            Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )
