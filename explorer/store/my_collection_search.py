"""Narrowing a list of kept cards by a query: the cards the search index finds for it (the
same search as the cards grid), and the cards whose note holds every word of it, in any
order (folded: case, accents and Kazakh letters do not matter)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from explorer.domain.folding import fold

IndexSearch = Callable[[str, Sequence[str]], "set[str] | None"]
"""Which of the given card ids the search index finds for a query; None when it cannot
answer."""


def narrowed(
    cards: Iterable[str],
    query: str,
    notes: Mapping[str, str],
    search: IndexSearch | None,
) -> list[str]:
    """The ``cards`` (in their order) that match ``query``; all of them for a blank query."""
    cards = list(cards)
    if not query.strip():
        return cards
    found = (search(query, cards) if search is not None else None) or set()
    words = fold(query).split()

    def in_note(card: str) -> bool:
        note = fold(notes.get(card, ""))
        return bool(note) and all(word in note for word in words)

    return [card for card in cards if card in found or in_note(card)]
