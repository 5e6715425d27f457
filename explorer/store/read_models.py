"""Light views of cards for lists, built by queries rather than loading whole cards."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.domain.fuzzy_date import FuzzyDate


@dataclass(frozen=True)
class CardListItem:
    id: str
    title: str
    summary: str
    category: str
    start: FuzzyDate | None
    end: FuzzyDate | None
    image: str | None
    fallback: bool


@dataclass(frozen=True)
class RelatedCard:
    card_id: str
    title: str
    label: str
    outgoing: bool
    category: str
