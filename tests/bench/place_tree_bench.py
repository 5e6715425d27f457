"""The map's list of places at 100,000 places in 200 countries: ours against a naive tree.

- ``naive``: a QTreeWidget with one item per country and per place, names put in order with
  ``cmp_to_key(QCollator.compare)`` at every fill (the list as it was first written): the
  floor any list made of items pays.
- ``bare``: a QTreeView over a Python model of the same shape whose methods only answer
  (no order, no names: every place reads "place"): the floor any model written in Python
  pays, since the view calls it for every row of a country it expands.
- ``ours``: ``PlaceTree``, a QTreeView over ``PlaceTreeModel``.

Measured: the first fill (for ours, with putting the names in order for the language), a
refill with new counts (a search or a period; the naive tree fills again), expanding the
largest country (half the places), and rendering the 1440 x 900 view once, at the top and
scrolled to the end of that country. Names are read as the map reads them, from each
place's JSON. Only the measurement is checked, never the targets: the figures are for
docs/performance.md. Run with
``QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -s tests/bench/place_tree_bench.py``.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from functools import cmp_to_key

import numpy as np
from PySide6.QtCore import QAbstractItemModel, QCollator, QLocale, QModelIndex
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QTreeWidget, QTreeWidgetItem

from explorer.store.map_places import PlaceNames
from explorer.ui.map.basemap import name_in
from explorer.ui.map.place_tree import PlaceTree

PLACES, COUNTRIES, SEED = 100_000, 200, 1254
WIDTH, HEIGHT = 1440, 900
REFILLS = 7
SYLLABLES = [
    "ka",
    "za",
    "ro",
    "ma",
    "ti",
    "la",
    "ne",
    "sa",
    "bo",
    "ri",
    "al",
    "ta",
    "mi",
    "no",
    "chè",
    "sù",
    "ön",
    "qa",
    "ja",
]


class Places:
    def __init__(self, rng: np.random.Generator):
        # Half the places in one country, as a pack about one country would have them.
        first = np.where(rng.random(PLACES) < 0.5, 0, rng.integers(1, COUNTRIES, PLACES))
        second = np.where(rng.random(PLACES) < 0.1, rng.integers(0, COUNTRIES, PLACES), -1)
        second[second == first] = -1
        self.codes = [f"C{number:03}" for number in range(COUNTRIES)]
        self.ids = [f"pack:place-{number}" for number in range(PLACES)]
        self.countries = {
            self.ids[i]: (self.codes[a],) if b < 0 else (self.codes[a], self.codes[b])
            for i, (a, b) in enumerate(zip(first.tolist(), second.tolist(), strict=True))
        }
        words = rng.integers(0, len(SYLLABLES), (PLACES, 4)).tolist()
        self.name_json = [
            json.dumps({"en": "".join(SYLLABLES[s] for s in word).capitalize()}) for word in words
        ]
        self.counts = rng.integers(1, 4, PLACES)  # every place shown
        self.new_counts = np.where(rng.random(PLACES) < 0.3, 0, rng.integers(1, 9, PLACES))

    def country_name(self, code: str) -> str:
        return f"Country {code}"


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000


def _render(view: QAbstractItemView) -> float:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    started = time.perf_counter()
    view.viewport().render(image)
    return _ms(started)


def _naive_fill(tree: QTreeWidget, places: Places, counts: np.ndarray) -> None:
    names = PlaceNames(places.name_json)
    by_country: dict[str, list[tuple[str, str, int]]] = {}
    for i, place_id in enumerate(places.ids):
        count = int(counts[i])
        if count:
            for code in places.countries.get(place_id, ()) or ("",):
                by_country.setdefault(code, []).append((place_id, name_in(names[i], "en"), count))
    order = cmp_to_key(QCollator(QLocale()).compare)
    tree.clear()
    named = sorted(((places.country_name(c), c) for c in by_country), key=lambda p: order(p[0]))
    for name, code in named:
        here = sorted(by_country[code], key=lambda item: order(item[1]))
        country = QTreeWidgetItem(tree, [f"{name} ({sum(c for _, _, c in here)})"])
        for _place_id, place_name, count in here:
            item = QTreeWidgetItem(country, [f"{place_name} ({count})"])
            item.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)


def _measure(
    fill: Callable[[np.ndarray], None], expand_largest: Callable[[], object], view
) -> dict[str, float]:
    figures = {}
    started = time.perf_counter()
    fill(PLACES_DATA.counts)
    figures["first fill"] = _ms(started)
    refills = []
    for repeat in range(REFILLS):
        # The last refill shows every place again, for the largest country to expand.
        counts = PLACES_DATA.counts if repeat % 2 == 0 else PLACES_DATA.new_counts
        started = time.perf_counter()
        fill(counts)
        refills.append(_ms(started))
    figures["refill (median)"] = statistics.median(refills)
    figures["render"] = _render(view)
    started = time.perf_counter()
    expand_largest()
    figures["expand largest"] = _ms(started)
    figures["render expanded"] = _render(view)
    started = time.perf_counter()
    view.scrollToBottom()
    view.executeDelayedItemsLayout()
    figures["scroll to end"] = _ms(started)
    figures["render at end"] = _render(view)
    return figures


PLACES_DATA = Places(np.random.default_rng(SEED))
LARGEST_SIZES: list[int] = []
"""The places each country shows when ours expands the largest (the bare model's shape)."""


def _naive(qtbot) -> dict[str, float]:
    tree = QTreeWidget()
    tree.setHeaderHidden(True)
    tree.setUniformRowHeights(True)
    tree.resize(WIDTH, HEIGHT)
    qtbot.addWidget(tree)
    tree.show()

    def expand_largest() -> None:
        largest = max(
            (tree.topLevelItem(row) for row in range(tree.topLevelItemCount())),
            key=lambda item: item.childCount(),
        )
        tree.expandItem(largest)
        tree.executeDelayedItemsLayout()

    return _measure(lambda counts: _naive_fill(tree, PLACES_DATA, counts), expand_largest, tree)


class BareModel(QAbstractItemModel):
    """Countries of ``sizes`` places each; a place's id is 1 + its country's row."""

    def __init__(self):
        super().__init__()
        self.sizes: list[int] = []

    def index(self, row, column=0, parent=QModelIndex()):  # noqa: B008
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, 1 + parent.row())

    def parent(self, index=QModelIndex()):  # noqa: B008
        number = index.internalId()
        return QModelIndex() if number == 0 else self.createIndex(number - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        if not parent.isValid():
            return len(self.sizes)
        return self.sizes[parent.row()] if parent.internalId() == 0 else 0

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def hasChildren(self, parent=QModelIndex()):  # noqa: B008
        return parent.internalId() == 0

    def data(self, index, role=0):
        return ("country" if index.internalId() == 0 else "place") if role == 0 else None


def _bare(qtbot, sizes: list[int]) -> dict[str, float]:
    view = QTreeView()
    view.setHeaderHidden(True)
    view.setUniformRowHeights(True)
    view.resize(WIDTH, HEIGHT)
    model = BareModel()
    view.setModel(model)
    qtbot.addWidget(view)
    view.show()

    def fill(_counts: np.ndarray) -> None:
        model.beginResetModel()
        model.sizes = sizes
        model.endResetModel()

    def expand_largest() -> None:
        view.expand(model.index(sizes.index(max(sizes)), 0))
        view.executeDelayedItemsLayout()

    return _measure(fill, expand_largest, view)


def _ours(qtbot) -> dict[str, float]:
    tree = PlaceTree()
    tree.resize(WIDTH, HEIGHT)
    qtbot.addWidget(tree)
    tree.show()
    places = PLACES_DATA
    names = PlaceNames(places.name_json)  # decoded as asked, as the map's are
    model = tree.places_model

    def fill(counts: np.ndarray) -> None:
        tree.show_places(
            places.ids,
            lambda i: name_in(names[i], "en"),
            lambda i: places.countries.get(places.ids[i], ()),
            counts,
            places.country_name,
            lambda _place: [],
            "en",
        )

    def expand_largest() -> None:
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        LARGEST_SIZES[:] = [model.rowCount(row) for row in rows]
        largest = max(rows, key=model.rowCount)
        tree.expand(largest)
        tree.executeDelayedItemsLayout()

    return _measure(fill, expand_largest, tree)


def test_the_list_of_places_at_100000_places(qtbot):
    naive, ours = _naive(qtbot), _ours(qtbot)
    bare = _bare(qtbot, LARGEST_SIZES)
    print(f"\n{PLACES:,} places in {COUNTRIES} countries (half in one); milliseconds")
    print(f"the largest country shows {max(LARGEST_SIZES):,} places")
    print("| measure | naive (items) | bare model (floor) | ours (model) | naive / ours |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for measure in naive:
        ratio = naive[measure] / ours[measure] if ours[measure] else float("inf")
        print(
            f"| {measure} | {naive[measure]:,.1f} | {bare[measure]:,.1f} "
            f"| {ours[measure]:,.1f} | {ratio:,.1f} |"
        )
    assert max(LARGEST_SIZES) > PLACES // 3
    assert all(value >= 0 for value in (*naive.values(), *bare.values(), *ours.values()))
