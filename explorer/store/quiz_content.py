"""What a quiz is made from, read from the content database as domain objects."""

from __future__ import annotations

import random

from explorer.domain.quiz import QuizContent
from explorer.store.content_store import ContentStore

CARDS_READ = 400
"""A quiz asks a few questions: a large collection gives a sample of its cards."""


def read_quiz_content(store: ContentStore, seed: int, limit: int = CARDS_READ) -> QuizContent:
    """The cards (all of them, or ``limit`` chosen by ``seed``) with every place and
    category, and the sources the cards cite."""
    ids = store.card_ids()
    if len(ids) > limit:
        ids = sorted(random.Random(seed).sample(ids, limit))
    cards = tuple(store.card(card_id) for card_id in ids)
    source_ids = list(dict.fromkeys(source for card in cards for source in card.sources))
    return QuizContent(
        cards=cards,
        places={place.id: place for place in store.all_places()},
        categories={category.id: category for category in store.categories()},
        sources={source.id: source for source in store.sources(source_ids)} if source_ids else {},
    )
