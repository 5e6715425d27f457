"""The map as a list: countries, places and cards, by keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from explorer.ui.map.place_tree import PlaceTree

PLACES = [
    ("rome", "Rome", ("IT",), 3),
    ("astana", "Astana", ("KZ",), 5),
    ("almaty", "Almaty", ("KZ",), 2),
    ("border", "Khorgos", ("KZ", "CN"), 1),
    ("nowhere", "Unseen", ("IT",), 0),
]
NAMES = {"IT": "Italy", "KZ": "Kazakhstan", "CN": "China"}
CARDS = {"rome": [("abai-monument", "Abai monument in Rome")], "astana": [("street", "Street")]}


def _tree(qtbot) -> PlaceTree:
    tree = PlaceTree()
    qtbot.addWidget(tree)
    tree.show_places(PLACES, NAMES.__getitem__, lambda place: CARDS.get(place, []))
    return tree


def _texts(tree: PlaceTree) -> dict[str, list[str]]:
    return {
        tree.topLevelItem(i).text(0): [
            tree.topLevelItem(i).child(j).text(0) for j in range(tree.topLevelItem(i).childCount())
        ]
        for i in range(tree.topLevelItemCount())
    }


def test_countries_list_their_places_with_counts_in_order_and_none_unseen(qtbot):
    tree = _tree(qtbot)
    assert _texts(tree) == {
        "China (1)": ["Khorgos (1)"],
        "Italy (3)": ["Rome (3)"],
        "Kazakhstan (8)": ["Almaty (2)", "Astana (5)", "Khorgos (1)"],
    }
    assert [item.parent().text(0) for item in tree.place_items("border")] == [
        "China (1)",
        "Kazakhstan (8)",
    ], "a place in two countries is under each"
    assert tree.accessibleName() == "Places by country"


def test_a_places_cards_are_read_when_it_is_opened_and_enter_asks_for_a_card(qtbot):
    tree = _tree(qtbot)
    [rome] = tree.place_items("rome")
    assert rome.childCount() == 0
    tree.expandItem(rome)
    assert [rome.child(i).text(0) for i in range(rome.childCount())] == ["Abai monument in Rome"]
    with qtbot.waitSignal(tree.card_requested) as asked:
        tree.setCurrentItem(rome.child(0))
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert asked.args == ["abai-monument"]


def test_enter_on_a_place_chooses_it(qtbot):
    tree = _tree(qtbot)
    [astana] = tree.place_items("astana")
    with qtbot.waitSignal(tree.places_chosen) as chosen:
        tree.setCurrentItem(astana)
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert chosen.args == [["astana"]]


def test_counts_follow_the_locale(qtbot):
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Italian))
    try:
        tree = PlaceTree()
        qtbot.addWidget(tree)
        tree.show_places([("rome", "Roma", ("IT",), 12345)], lambda code: "Italia", lambda p: [])
        assert tree.topLevelItem(0).text(0) == "Italia (12.345)"
    finally:
        QLocale.setDefault(before)
