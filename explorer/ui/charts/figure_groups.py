"""Which figures are drawn together: those of one theme (their cards' category) and one unit.

A group of several figures is a bar chart, one bar a figure, in date order; a group of one
is a single large number. Groups come in the order of the categories, then of their units
as first met, so the same pack always lays out the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from explorer.domain.entities import Figure


@dataclass(frozen=True)
class FigureGroup:
    category: str
    """The category id of the group's cards ("" when a card has none known)."""
    unit: str
    """The figures' unit in English (see ``Figure.unit_key``)."""
    figures: tuple[Figure, ...]

    @property
    def single(self) -> bool:
        return len(self.figures) == 1

    @property
    def source_ids(self) -> tuple[str, ...]:
        """Each source once, in the order of the figures."""
        return tuple(dict.fromkeys(figure.source for figure in self.figures))


def group_figures(
    figures: Sequence[Figure],
    category_of: Mapping[str, str],
    category_order: Sequence[str] = (),
) -> list[FigureGroup]:
    """``figures`` grouped by their card's category (``category_of``: card id to category)
    and their unit; charts before single numbers, then by ``category_order``."""
    gathered: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        key = (category_of.get(figure.card, ""), figure.unit_key)
        gathered.setdefault(key, []).append(figure)
    rank = {category: position for position, category in enumerate(category_order)}
    keys = list(gathered)
    keys.sort(key=lambda key: (len(gathered[key]) == 1, rank.get(key[0], len(rank))))
    return [
        FigureGroup(
            category,
            unit,
            tuple(sorted(gathered[(category, unit)], key=lambda f: f.date.sort_key())),
        )
        for category, unit in keys
    ]
