"""What a quiz is made from, read from the content database as domain objects."""

from __future__ import annotations

import random

from explorer.domain.quiz import QuizContent
from explorer.store.content_store import ContentStore

CARDS_READ = 400
"""A quiz asks a few questions: a large collection gives a sample of its cards."""
PLACES_READ = 2_000
"""Up to this many places, every place may be offered as a wrong answer; beyond it, only
the places the cards read name (a library of 100,000 places is not read for ten questions)."""


def read_quiz_content(store: ContentStore, seed: int, limit: int = CARDS_READ) -> QuizContent:
    """The cards (all of them in chronological order, or ``limit`` chosen by ``seed``), the
    places (every one, or in a large library those the cards name), every category, and the
    sources the cards cite."""
    (card_count,) = store.db.execute("SELECT COUNT(*) FROM cards").fetchone()
    if card_count > limit:
        # By id, not by date: the same sample for a seed, without sorting 100,000 dates.
        every = [row[0] for row in store.db.execute("SELECT id FROM cards ORDER BY id")]
        ids = sorted(random.Random(seed).sample(every, limit))
    else:
        ids = store.card_ids()
    cards = tuple(store.card(card_id) for card_id in ids)
    source_ids = list(dict.fromkeys(source for card in cards for source in card.sources))
    (place_count,) = store.db.execute("SELECT COUNT(*) FROM places").fetchone()
    if place_count <= PLACES_READ:
        places = store.all_places()
    else:
        places = store.places(list(dict.fromkeys(p for card in cards for p in card.places)))
    return QuizContent(
        cards=cards,
        places={place.id: place for place in places},
        categories={category.id: category for category in store.categories()},
        sources={source.id: source for source in store.sources(source_ids)} if source_ids else {},
    )
