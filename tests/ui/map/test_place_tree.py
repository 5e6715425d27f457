"""The map as a list: countries, places and cards, by keyboard; a model over arrays that
lists 100,000 places."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QModelIndex, Qt

from explorer.ui.map.place_tree import PlaceTree
from explorer.ui.map.place_tree_model import KEY_ROLE

PLACES = [
    ("rome", "Rome", ("IT",), 3),
    ("astana", "Astana", ("KZ",), 5),
    ("almaty", "Almaty", ("KZ",), 2),
    ("border", "Khorgos", ("KZ", "CN"), 1),
    ("nowhere", "Unseen", ("IT",), 0),
    ("sea", "Caspian Sea", (), 4),
]
NAMES = {"IT": "Italy", "KZ": "Kazakhstan", "CN": "China"}
CARDS = {"rome": [("abai-monument", "Abai monument in Rome")], "astana": [("street", "Street")]}


def _show(tree: PlaceTree, places, cards=CARDS, counts=None, language="en") -> list[str]:
    ids = [place[0] for place in places]
    asked: list[str] = []

    def cards_of(place: str):
        asked.append(place)
        return cards.get(place, [])

    tree.show_places(
        ids,
        lambda i: places[i][1],
        lambda i: places[i][2],
        np.array([place[3] for place in places] if counts is None else counts),
        NAMES.__getitem__,
        cards_of,
        language,
    )
    return asked


def _tree(qtbot) -> PlaceTree:
    tree = PlaceTree()
    qtbot.addWidget(tree)
    return tree


def _texts(tree: PlaceTree) -> dict[str, list[str]]:
    model = tree.places_model
    return {country: tree.texts(model.index(row, 0)) for row, country in enumerate(tree.texts())}


def test_countries_list_their_places_with_counts_in_order_and_none_unseen(qtbot):
    tree = _tree(qtbot)
    _show(tree, PLACES)
    assert _texts(tree) == {
        "China (1)": ["Khorgos (1)"],
        "Italy (3)": ["Rome (3)"],
        "Kazakhstan (8)": ["Almaty (2)", "Astana (5)", "Khorgos (1)"],
        "No country (4)": ["Caspian Sea (4)"],
    }
    assert [index.parent().data() for index in tree.place_indexes("border")] == [
        "China (1)",
        "Kazakhstan (8)",
    ], "a place in two countries is under each"
    assert tree.place_indexes("nowhere") == [] and tree.place_indexes("atlantis") == []
    assert tree.currentIndex() == tree.places_model.index(0, 0), "the first row is current"
    assert tree.accessibleName() == "Places by country"


def test_a_places_cards_are_read_when_it_is_opened_and_enter_asks_for_a_card(qtbot):
    tree = _tree(qtbot)
    asked = _show(tree, PLACES)
    [rome] = tree.place_indexes("rome")
    model = tree.places_model
    assert model.hasChildren(rome) and model.rowCount(rome) == 0, "an expander, no rows yet"
    assert asked == []
    tree.expand(rome)
    assert asked == ["rome"]
    assert tree.texts(rome) == ["Abai monument in Rome"]
    with qtbot.waitSignal(tree.card_requested) as requested:
        tree.setCurrentIndex(model.index(0, 0, rome))
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert requested.args == ["abai-monument"]


def test_enter_on_a_place_chooses_it(qtbot):
    tree = _tree(qtbot)
    _show(tree, PLACES)
    [astana] = tree.place_indexes("astana")
    with qtbot.waitSignal(tree.places_chosen) as chosen:
        tree.setCurrentIndex(astana)
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert chosen.args == [["astana"]]


def test_the_arrow_keys_go_down_from_a_country_into_its_places(qtbot):
    tree = _tree(qtbot)
    _show(tree, PLACES)
    tree.show()
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # China opens
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentIndex().data() == "Khorgos (1)"


def test_counts_follow_the_locale(qtbot):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian))
    try:
        tree = _tree(qtbot)
        _show(tree, [("rome", "Roma", ("IT",), 12345)], language="it")
        assert tree.texts() == ["Italy (12.345)"]
        assert tree.texts(tree.places_model.index(0, 0)) == ["Roma (12.345)"]
    finally:
        QLocale.setDefault(before)


def test_names_follow_the_languages_alphabet(qtbot):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Kazakh))
    try:
        tree = _tree(qtbot)
        places = [(name, name, ("KZ",), 1) for name in ("Өскемен", "Орал", "Петропавл")]
        _show(tree, places, language="kk")
        assert tree.texts(tree.places_model.index(0, 0)) == [
            "Орал (1)",
            "Өскемен (1)",
            "Петропавл (1)",
        ], "Ө after О, not after every Cyrillic letter"
    finally:
        QLocale.setDefault(before)


def test_an_expanded_place_refilled_shows_no_stale_cards(qtbot):
    tree = _tree(qtbot)
    _show(tree, PLACES)
    tree.show()
    [rome] = tree.place_indexes("rome")
    tree.expand(rome)
    assert tree.texts(rome) == ["Abai monument in Rome"]
    tree.setCurrentIndex(tree.places_model.index(0, 0, rome))
    asked = _show(tree, PLACES, cards={"rome": [("colosseum", "Colosseum")]})
    [rome] = tree.place_indexes("rome")
    assert tree.currentIndex() == tree.places_model.index(0, 0)
    tree.expand(rome)
    assert asked == ["rome"] and tree.texts(rome) == ["Colosseum"]
    tree.grab()  # painted after the refill


def test_counts_that_do_not_match_the_places_are_refused(qtbot):
    tree = _tree(qtbot)
    with pytest.raises(ValueError, match="2 counts for 6 places"):
        _show(tree, PLACES, counts=[1, 2])


def test_100000_places_are_grouped_by_country_and_follow_new_counts(qtbot):
    rng = np.random.default_rng(7)
    size, country_count = 100_000, 200
    codes = [f"C{number:03}" for number in range(country_count)]
    first = rng.integers(0, country_count, size)
    second = np.where(rng.random(size) < 0.1, rng.integers(0, country_count, size), -1)
    second[second == first] = -1

    def countries_of(i: int) -> tuple[str, ...]:
        return (codes[first[i]],) if second[i] < 0 else (codes[first[i]], codes[second[i]])

    ids = [f"p{i}" for i in range(size)]
    names = [f"Place {rng.integers(0, 10**9):09}" for _ in range(size)]
    tree = _tree(qtbot)
    model = tree.places_model

    def fill(counts: np.ndarray) -> dict[str, int]:
        tree.show_places(ids, names.__getitem__, countries_of, counts, str, lambda p: [], "en")
        return {
            model.index(row, 0).data(KEY_ROLE): model.rowCount(model.index(row, 0))
            for row in range(model.rowCount())
        }

    def expected(counts: np.ndarray) -> dict[str, int]:
        rows = np.bincount(first[counts > 0], minlength=country_count)
        has_second = (counts > 0) & (second >= 0)
        rows += np.bincount(second[has_second], minlength=country_count)
        return {codes[c]: int(rows[c]) for c in np.flatnonzero(rows)}

    counts = rng.integers(0, 3, size)
    assert fill(counts) == expected(counts)
    assert tree.texts() == sorted(tree.texts()), "countries in alphabetical order"
    biggest = max(range(model.rowCount()), key=lambda row: model.rowCount(model.index(row, 0)))
    under = tree.texts(model.index(biggest, 0))
    assert under == sorted(under), "places in alphabetical order"
    new_counts = np.where(rng.random(size) < 0.5, 0, counts + 1)
    assert fill(new_counts) == expected(new_counts) != expected(counts)
    place = next(i for i in range(size) if new_counts[i] and second[i] < 0)
    [row] = tree.place_indexes(ids[place])
    assert row.data() == f"{names[place]} ({new_counts[place]:,})"


def test_the_model_passes_qts_model_checks(qtmodeltester):
    from explorer.ui.map.place_tree_model import PlaceTreeModel

    model = PlaceTreeModel(lambda name, count: f"{name} ({count})")
    ids = [place[0] for place in PLACES]
    model.fill(
        ids,
        lambda i: PLACES[i][1],
        lambda i: PLACES[i][2],
        np.array([place[3] for place in PLACES]),
        lambda code: NAMES.get(code, "No country"),
        lambda place: CARDS.get(place, []),
        "en",
    )
    [rome] = model.place_indexes("rome")
    model.fetchMore(rome)
    assert model.rowCount(rome) == 1
    qtmodeltester.check(model)
    assert model.parent(QModelIndex()) == QModelIndex()


def test_no_places_or_none_counted_list_nothing(qtbot):
    tree = _tree(qtbot)
    _show(tree, [])
    assert tree.texts() == [] and not tree.currentIndex().isValid()
    _show(tree, PLACES, counts=[0] * len(PLACES))
    assert tree.texts() == []
    tree.grab()
