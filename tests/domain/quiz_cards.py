"""Hand-made cards and places for the quiz tests."""

from __future__ import annotations

from explorer.domain.entities import Card, Category, Kind, Place, Side, Source
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.quiz import QuizContent


def card(card_id: str, start: str | None = None, end: str | None = None, **fields) -> Card:
    return Card(
        id=card_id,
        kind=Kind.EVENT,
        category=fields.pop("category", "history"),
        side=Side.BOTH,
        title={"en": fields.pop("title", f"Card {card_id}"), "it": f"Scheda {card_id}"},
        summary={"en": ""},
        body={},
        sources=fields.pop("sources", ("s1",)),
        start=FuzzyDate.parse(start) if start else None,
        end=FuzzyDate.parse(end) if end else None,
        places=fields.pop("places", ()),
        **fields,
    )


def place(place_id: str) -> Place:
    name = place_id.capitalize()
    return Place(place_id, {"en": name, "it": f"{name} (it)"}, 0.0, 0.0, ("IT",))


PLACES = {p.id: p for p in map(place, ("rome", "naples", "astana", "almaty", "venice"))}
CATEGORIES = {
    "history": Category("history", {"en": "History"}, "#000000"),
    "arts": Category("arts", {"en": "Arts"}, "#ffffff"),
}
SOURCES = {"s1": Source("s1", "A book", "A publisher")}


def content(*cards: Card, places=PLACES, categories=CATEGORIES) -> QuizContent:
    return QuizContent(cards, places, categories, SOURCES)
