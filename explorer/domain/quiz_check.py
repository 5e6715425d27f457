"""Proof that a quiz question has exactly one right answer, decided from the cards' data
alone (never from the answer the question carries, which it must match)."""

from __future__ import annotations

import re
from itertools import pairwise

from explorer.domain.entities import Card, Place
from explorer.domain.folding import fold
from explorer.domain.fuzzy_date import FuzzyDate, Qualifier, day_number
from explorer.domain.quiz import (
    FALSE,
    TRUE,
    Question,
    QuestionKind,
    QuizContent,
    StatementKind,
)

KNOWN_QUALIFIERS = frozenset({Qualifier.EXACT, Qualifier.CIRCA})
"""Dates a question may rest on: an exact date, or a circa one with its margin. "Before",
"after", "planned" and "uncertain" dates say too little to be asked about."""


def date_days(date: FuzzyDate | None) -> tuple[int, int] | None:
    """The earliest and latest day ``date`` may stand for, when it can be asked about."""
    if date is None or date.qualifier not in KNOWN_QUALIFIERS:
        return None
    first, last = date.bounds()
    return None if first is None or last is None else (first, last)


def card_days(card: Card) -> tuple[int, int] | None:
    """The days the card may cover, from the earliest its start may be to the latest its
    end (or start) may be; None when it has no date that can be asked about."""
    start = date_days(card.start)
    if start is None:
        return None
    if card.end is None:
        return start
    end = date_days(card.end)
    return None if end is None else (start[0], end[1])


def year_days(year: int) -> tuple[int, int]:
    return day_number(year, 1, 1), day_number(year, 12, 31)


def decade_days(first_year: int) -> tuple[int, int]:
    return day_number(first_year, 1, 1), day_number(first_year + 9, 12, 31)


def text_names_place(card: Card, place: Place) -> bool:
    """Whether the card's title, summary or body, in any language, names ``place`` in any
    language: such a place is not a wrong answer, even when the card does not list it."""
    return folded_text_names(folded_card_text(card), place)


def folded_card_text(card: Card) -> str:
    """The card's title, summary and body in every language, folded: made once for a card
    that many places are looked for in."""
    return " ".join(
        fold(value) for field in (card.title, card.summary, card.body) for value in field.values()
    )


def folded_text_names(text: str, place: Place) -> bool:
    """Whether ``text`` (from ``folded_card_text``) names ``place`` in any language."""
    return any(fold(name) in text for name in place.name.values() if name.strip())


NOTED_YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


def noted_years(card: Card) -> set[int]:
    """The years the card's date note names, in any language ("the catalogue reads 1330"):
    another reading of its date, never a wrong answer."""
    return {int(year) for note in card.date_note.values() for year in NOTED_YEAR.findall(note)}


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def check_question(question: Question, content: QuizContent) -> str | None:
    """Why ``question`` does not have exactly one right answer, or None when it does."""
    keys = [choice.key for choice in question.choices]
    if len(set(keys)) != len(keys):
        return "two choices have the same key"
    labels = [choice.label for choice in question.choices if choice.label]
    if len(set(labels)) != len(labels):
        return "two choices read the same"
    if not question.explanations:
        return "no explanation"
    if content.card(question.card) is None:
        return f"no card {question.card!r}"
    check = {
        QuestionKind.ORDER: _check_order,
        QuestionKind.PLACE: _check_place,
        QuestionKind.DATE: _check_date,
        QuestionKind.TRUE_FALSE: _check_true_false,
    }[question.kind]
    return check(question, content)


def _check_order(question: Question, content: QuizContent) -> str | None:
    keys = [choice.key for choice in question.choices]
    if not 3 <= len(keys) <= 4:
        return "an order question needs 3 or 4 cards"
    if sorted(question.answer) != sorted(keys):
        return "the answer is not an order of the choices"
    spans = []
    for key in question.answer:
        card = content.card(key)
        days = card_days(card) if card is not None else None
        if days is None:
            return f"card {key!r} has no date that can be ordered"
        spans.append(days)
    for earlier, later in pairwise(spans):
        if earlier[1] >= later[0]:
            return "two cards' dates overlap: their order is not certain"
    return None


def _check_place(question: Question, content: QuizContent) -> str | None:
    card = content.card(question.card)
    if len(question.choices) < 2:
        return "a place question needs choices"
    if any(choice.key not in content.places for choice in question.choices):
        return "a choice is not a known place"
    right = [choice.key for choice in question.choices if choice.key in card.places]
    if len(right) != 1:
        return f"{len(right)} choices are places the card names"
    if any(
        choice.key not in card.places and text_names_place(card, content.places[choice.key])
        for choice in question.choices
    ):
        return "a wrong choice is a place the card's text names"
    return None if question.answer == (right[0],) else "the answer is not the card's place"


def _check_date(question: Question, content: QuizContent) -> str | None:
    card = content.card(question.card)
    days = date_days(card.start)
    if days is None:
        return "the card has no date that can be asked about"
    try:
        years = [int(choice.key) for choice in question.choices]
    except ValueError:
        return "a choice is not a year"
    if 0 in years or len(years) < 2:
        return "a choice is not a year"
    right = [str(year) for year in years if _overlap(year_days(year), days)]
    if len(right) != 1:
        return f"{len(right)} years fit the card's date"
    if any(str(year) not in right and year in noted_years(card) for year in years):
        return "a wrong year is one the card's date note names"
    return None if question.answer == (right[0],) else "the answer is not the card's year"


def _check_true_false(question: Question, content: QuizContent) -> str | None:
    if [choice.key for choice in question.choices] != [TRUE, FALSE]:
        return "a true-or-false question offers True and False"
    statement = question.statement
    if statement is None:
        return "no statement"
    card = content.card(question.card)
    if statement.kind is StatementKind.PLACE:
        if statement.value not in content.places:
            return "the statement names an unknown place"
        truth = statement.value in card.places
        if not truth and text_names_place(card, content.places[statement.value]):
            return "the card's text names the place, though its places do not"
    elif statement.kind is StatementKind.CATEGORY:
        if statement.value not in content.categories:
            return "the statement names an unknown category"
        truth = card.category == statement.value
    else:
        days = date_days(card.start)
        year = int(statement.value)
        if days is None or year < 1 or year % 10:
            return "the statement's decade cannot be checked"
        decade = decade_days(year)
        if decade[0] <= days[0] and days[1] <= decade[1]:
            truth = True
        elif not _overlap(decade, days):
            if any(year <= noted < year + 10 for noted in noted_years(card)):
                return "the card's date note names a year of that decade"
            truth = False
        else:
            return "the card's date may or may not lie in that decade"
    expected = TRUE if truth else FALSE
    return None if question.answer == (expected,) else "the answer contradicts the data"
