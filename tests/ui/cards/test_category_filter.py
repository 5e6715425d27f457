"""The category chips: counts and names change with each answer, colours never do."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from explorer.domain.entities import pick
from explorer.ui.cards.category_filter import CategoryFilter


def seen(button) -> str:
    """A chip's text as a person reads it (a button doubles "&")."""
    return button.text().replace("&&", "&")


def test_chips_say_their_counts_in_the_content_language_and_keep_their_colours(store, qtbot):
    categories = store.categories()
    chips = CategoryFilter(categories)
    qtbot.addWidget(chips)
    styles = {key: button.styleSheet() for key, button in chips.buttons.items()}
    assert categories[0].colour in styles[categories[0].id]
    first, second = categories[0], categories[1]
    chips.set_counts({first.id: 1200, second.id: 0})
    label = f"{pick(first.name, 'en')[0]}  {QLocale().toString(1200)}"
    assert seen(chips.buttons[first.id]) == label
    assert chips.buttons[first.id].accessibleName().endswith(label)
    assert seen(chips.buttons[categories[2].id]) == pick(categories[2].name, "en")[0]
    chips.set_language("it")
    italian = pick(first.name, "it")[0]
    assert seen(chips.buttons[first.id]) == f"{italian}  {QLocale().toString(1200)}"
    chips.set_counts({first.id: 3})
    assert seen(chips.buttons[first.id]) == f"{italian}  3"
    assert seen(chips.buttons[second.id]) == pick(second.name, "it")[0]
    assert {key: button.styleSheet() for key, button in chips.buttons.items()} == styles
