"""A quiz made from a collection's own data: what a question is, and what it says when
it is answered.

Every question is built from fields a card states (its dates, its places, its category),
never from free text, so that its one right answer can be proved from the data
(``quiz_check.check_question``). Pack texts in it are picked in the language the quiz was
made for; the words around them (the prompts, "True", "False") are the interface's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from explorer.domain.entities import Card, Category, Place, Source
from explorer.domain.fuzzy_date import FuzzyDate


class QuestionKind(StrEnum):
    ORDER = "order"
    """Put three or four cards in chronological order."""
    PLACE = "place"
    """Which of four places a card names."""
    DATE = "date"
    """Which of four years a card's date falls in."""
    TRUE_FALSE = "true_false"
    """Whether a statement about a card's date, place or category holds."""


class StatementKind(StrEnum):
    PLACE = "place"
    """The card names the place ``value`` (a place id)."""
    DECADE = "decade"
    """The card's start lies in the decade beginning with year ``value``."""
    CATEGORY = "category"
    """The card is of the category ``value`` (a category id)."""


TRUE = "true"
FALSE = "false"
"""The keys of a true-or-false question's two choices."""


class Shortfall(StrEnum):
    """Why a quiz has fewer questions than asked for."""

    NO_CARDS = "no_cards"
    NOTHING_TO_ASK = "nothing_to_ask"
    """Cards, but no dates, places or second category to ask about."""
    FEWER = "fewer"
    """Some questions, fewer than asked for."""


@dataclass(frozen=True)
class QuizContent:
    """What a quiz is made from: cards and the places, categories and sources they name,
    by id."""

    cards: tuple[Card, ...]
    places: Mapping[str, Place] = field(default_factory=dict)
    categories: Mapping[str, Category] = field(default_factory=dict)
    sources: Mapping[str, Source] = field(default_factory=dict)

    def card(self, card_id: str) -> Card | None:
        return self._by_id().get(card_id)

    def _by_id(self) -> dict[str, Card]:
        cached = self.__dict__.get("_cards_by_id")
        if cached is None:
            cached = {card.id: card for card in self.cards}
            object.__setattr__(self, "_cards_by_id", cached)
        return cached


@dataclass(frozen=True)
class Choice:
    """One answer offered: its key (a place or card id, a year, TRUE or FALSE) and its
    label, a pack text picked in the quiz's language (empty for TRUE and FALSE, which
    the interface words)."""

    key: str
    label: str


@dataclass(frozen=True)
class Statement:
    """What a true-or-false question states about its card."""

    kind: StatementKind
    value: str
    label: str
    """The value as it reads: a place's or category's name, a decade's first year."""


@dataclass(frozen=True)
class Explanation:
    """What a card says, shown with the verdict: its title, date, places, category and
    sources."""

    card: str
    title: str
    start: FuzzyDate | None
    end: FuzzyDate | None
    places: tuple[str, ...]
    category: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class Question:
    kind: QuestionKind
    card: str
    """The card to open from the verdict (an order question's earliest)."""
    subject: str
    """The card's title, as the prompt names it (empty for an order question)."""
    choices: tuple[Choice, ...]
    answer: tuple[str, ...]
    """The right choice's key; an order question's keys from earliest to latest."""
    explanations: tuple[Explanation, ...]
    statement: Statement | None = None

    def is_right(self, given: tuple[str, ...] | str) -> bool:
        """Whether ``given`` (a key, or an order of keys) is the right answer."""
        return (given,) == self.answer if isinstance(given, str) else tuple(given) == self.answer


@dataclass(frozen=True)
class Quiz:
    questions: tuple[Question, ...]
    shortfall: Shortfall | None = None
    """None when every question asked for was made."""
