"""Numbering the sources of several cards for one bibliography: each source once,
numbered in the order it is first cited."""

from __future__ import annotations

from collections.abc import Iterable

from explorer.domain.entities import Card


def number_sources(cards: Iterable[Card]) -> dict[str, int]:
    """Each source id the cards cite, with its number (from 1), in order of first citation."""
    numbers: dict[str, int] = {}
    for card in cards:
        for source_id in card.sources:
            numbers.setdefault(source_id, len(numbers) + 1)
    return numbers
