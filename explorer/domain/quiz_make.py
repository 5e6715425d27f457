"""Making a quiz from a collection: seeded, so one seed gives the same questions in
every language, and every question proved by ``check_question`` before it is kept."""

from __future__ import annotations

import random
from collections.abc import Callable

from explorer.domain.entities import Card, pick
from explorer.domain.folding import fold
from explorer.domain.fuzzy_date import Notation
from explorer.domain.quiz import (
    FALSE,
    TRUE,
    Choice,
    Explanation,
    Question,
    QuestionKind,
    Quiz,
    QuizContent,
    Shortfall,
    Statement,
    StatementKind,
)
from explorer.domain.quiz_check import (
    card_days,
    check_question,
    date_days,
    folded_card_text,
    folded_text_names,
    noted_years,
)

ATTEMPTS = 12
"""Tries at a question of one kind before another kind is tried."""
LARGEST_YEAR = 9999
"""Years of deep time are not asked as years."""


def make_quiz(content: QuizContent, count: int, seed: int, language: str) -> Quiz:
    """Up to ``count`` questions about ``content``, the same ones for the same seed."""
    if count < 1:
        raise ValueError(f"a quiz needs at least one question, not {count}")
    if not content.cards:
        return Quiz((), Shortfall.NO_CARDS)
    maker = _Maker(content, random.Random(seed), language)
    kinds = maker.kinds()
    questions: list[Question] = []
    for number in range(count * 3):
        if len(questions) == count or not kinds:
            break
        first = kinds[number % len(kinds)]
        for kind in [first, *(k for k in kinds if k is not first)]:
            question = maker.question(kind)
            if question is not None:
                questions.append(question)
                break
        else:
            break  # nothing more can be asked
    if not questions:
        return Quiz((), Shortfall.NOTHING_TO_ASK)
    return Quiz(tuple(questions), None if len(questions) == count else Shortfall.FEWER)


class _Maker:
    def __init__(self, content: QuizContent, rng: random.Random, language: str):
        self.content = content
        self.rng = rng
        self.language = language
        self.used: set[str] = set()
        cards = sorted(content.cards, key=lambda card: card.id)
        self.dated = [card for card in cards if card_days(card) is not None]
        self.yeared = [card for card in cards if _askable_year(card)]
        # Years offered stay within the collection's time: no year after its latest date.
        self.latest_year = max((card.start.year for card in self.yeared), default=0)
        self.placed = [card for card in cards if self._known_places(card)]
        self.place_ids = sorted(content.places)
        self.category_ids = sorted(content.categories)

    def kinds(self) -> list[QuestionKind]:
        kinds = []
        if len(self.dated) >= 3:
            kinds.append(QuestionKind.ORDER)
        if self.placed and len(self.place_ids) >= 4:
            kinds.append(QuestionKind.PLACE)
        if self.yeared:
            kinds.append(QuestionKind.DATE)
        if (self.placed and len(self.place_ids) >= 2) or self.yeared or len(self.category_ids) >= 2:
            kinds.append(QuestionKind.TRUE_FALSE)
        self.rng.shuffle(kinds)
        return kinds

    def question(self, kind: QuestionKind) -> Question | None:
        build: Callable[[], Question | None] = {
            QuestionKind.ORDER: self._order,
            QuestionKind.PLACE: self._place,
            QuestionKind.DATE: self._date,
            QuestionKind.TRUE_FALSE: self._true_false,
        }[kind]
        for _ in range(ATTEMPTS):
            question = build()
            if question is not None and check_question(question, self.content) is None:
                self.used.update(choice.key for choice in question.choices)
                self.used.add(question.card)
                return question
        return None

    def _fresh(self, cards: list[Card]) -> Card | None:
        """A card not asked about yet, else any."""
        if not cards:
            return None
        fresh = [card for card in cards if card.id not in self.used]
        return self.rng.choice(fresh or cards)

    def _known_places(self, card: Card) -> list[str]:
        return [place for place in card.places if place in self.content.places]

    def _places_not_named(self, card: Card) -> list[str]:
        """Places neither listed by the card nor named in its text."""
        text = folded_card_text(card)
        return [
            place
            for place in self.place_ids
            if place not in card.places and not folded_text_names(text, self.content.places[place])
        ]

    def _title(self, card: Card) -> str:
        return pick(card.title, self.language)[0]

    def _place_name(self, place_id: str) -> str:
        return pick(self.content.places[place_id].name, self.language)[0]

    def _explain(self, card: Card) -> Explanation:
        category = self.content.categories.get(card.category)
        return Explanation(
            card=card.id,
            title=self._title(card),
            start=card.start,
            end=card.end,
            places=tuple(self._place_name(place) for place in self._known_places(card)),
            category=pick(category.name, self.language)[0] if category else card.category,
            sources=tuple(
                self.content.sources[source]
                for source in card.sources
                if source in self.content.sources
            ),
        )

    def _order(self) -> Question | None:
        size = self.rng.choice((3, 4))
        pool = [card for card in self.dated if card.id not in self.used] or list(self.dated)
        self.rng.shuffle(pool)
        chosen: list[Card] = []
        for card in pool:
            days = card_days(card)
            if all(_apart(days, card_days(other)) for other in chosen):
                chosen.append(card)
            if len(chosen) == size:
                break
        if len(chosen) < 3:
            return None
        in_order = sorted(chosen, key=lambda card: card_days(card)[0])
        shown = list(chosen)
        while shown == in_order:
            self.rng.shuffle(shown)
        return Question(
            kind=QuestionKind.ORDER,
            card=in_order[0].id,
            subject="",
            choices=tuple(Choice(card.id, self._title(card)) for card in shown),
            answer=tuple(card.id for card in in_order),
            explanations=tuple(self._explain(card) for card in in_order),
        )

    def _place(self) -> Question | None:
        card = self._fresh(self.placed)
        right = self.rng.choice(self._known_places(card))
        if _gives_away(self._title(card), self._place_name(right)):
            return None
        others = self._places_not_named(card)
        self.rng.shuffle(others)
        choices = [Choice(right, self._place_name(right))]
        for place in others:
            name = self._place_name(place)
            if all(name != choice.label for choice in choices):
                choices.append(Choice(place, name))
            if len(choices) == 4:
                break
        if len(choices) < 4:
            return None
        self.rng.shuffle(choices)
        return Question(
            QuestionKind.PLACE,
            card.id,
            self._title(card),
            tuple(choices),
            (right,),
            (self._explain(card),),
        )

    def _date(self) -> Question | None:
        card = self._fresh(self.yeared)
        year = card.start.year
        if _gives_away(self._title(card), str(year)):
            return None
        reach = card.start.extent + 2
        offsets = [step for step in range(reach, reach + 40)]
        offsets += [-step for step in offsets]
        years = {year}
        noted = noted_years(card)
        for offset in self.rng.sample(offsets, len(offsets)):
            other = year + offset
            if other in noted:
                continue
            if other != 0 and abs(other) <= LARGEST_YEAR and other <= self.latest_year:
                years.add(other)
            if len(years) == 4:
                break
        choices = [Choice(str(value), str(value)) for value in years]
        choices.sort(key=lambda choice: int(choice.key))  # years read best in order
        return Question(
            QuestionKind.DATE,
            card.id,
            self._title(card),
            tuple(choices),
            (str(year),),
            (self._explain(card),),
        )

    def _true_false(self) -> Question | None:
        card = self._fresh(list(self.content.cards))
        statements = []
        if self._known_places(card) and len(self.place_ids) >= 2:
            statements.append(self._place_statement)
        if _askable_year(card) and card.start.year >= 10:
            statements.append(self._decade_statement)
        if len(self.category_ids) >= 2 and card.category in self.content.categories:
            statements.append(self._category_statement)
        if not statements:
            return None
        truth = self.rng.random() < 0.5
        statement = self.rng.choice(statements)(card, truth)
        if statement is None:
            return None
        return Question(
            QuestionKind.TRUE_FALSE,
            card.id,
            self._title(card),
            (Choice(TRUE, ""), Choice(FALSE, "")),
            (TRUE if truth else FALSE,),
            (self._explain(card),),
            statement,
        )

    def _place_statement(self, card: Card, truth: bool) -> Statement | None:
        if truth:
            place = self.rng.choice(self._known_places(card))
        else:
            others = self._places_not_named(card)
            if not others:
                return None
            place = self.rng.choice(others)
        return Statement(StatementKind.PLACE, place, self._place_name(place))

    def _decade_statement(self, card: Card, truth: bool) -> Statement | None:
        decade = card.start.year // 10 * 10
        if not truth:
            decade += self.rng.choice((-1, 1)) * 10 * self.rng.randint(1, 5)
        if decade < 1:
            return None
        return Statement(StatementKind.DECADE, str(decade), str(decade))

    def _category_statement(self, card: Card, truth: bool) -> Statement | None:
        if truth:
            category = card.category
        else:
            category = self.rng.choice([c for c in self.category_ids if c != card.category])
        name = pick(self.content.categories[category].name, self.language)[0]
        return Statement(StatementKind.CATEGORY, category, name)


def _askable_year(card: Card) -> bool:
    start = card.start
    return (
        date_days(start) is not None
        and start.notation is Notation.PLAIN
        and abs(start.year) <= LARGEST_YEAR
    )


def _gives_away(title: str, answer: str) -> bool:
    """Whether a card's title already says the answer ("Naples" for Naples)."""
    return fold(answer) in fold(title)


def _apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[1] < b[0] or b[1] < a[0]
