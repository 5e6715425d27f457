"""A session over the bundled collection, imported once: a real database and search index."""

from __future__ import annotations

import pytest

from explorer.session.session import Session


@pytest.fixture
def store(bundled_store):
    return bundled_store


@pytest.fixture
def index(bundled_index):
    return bundled_index


@pytest.fixture
def session(store, index):
    return Session(
        languages=("en", "it", "kk", "ru"),
        resolve_card=store.resolve_card,
        answer=lambda asked: index.search(asked.query, asked.filters()),
    )


class Heard:
    """Every event of a session, in order, as (name, arguments)."""

    def __init__(self, session: Session):
        self.events: list[tuple] = []
        for name in (
            "search_changed",
            "answer_changed",
            "place_changed",
            "card_opened",
            "language_changed",
            "timeline_range_changed",
            "selection_changed",
            "was_reset",
        ):
            getattr(session, name).connect(
                lambda *args, name=name: self.events.append((name, *args))
            )

    def names(self) -> list[str]:
        return [event[0] for event in self.events]


@pytest.fixture
def heard(session):
    return Heard(session)
