"""A session over the bundled collection, imported once: a real database and search index."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from explorer.session.session import Session
from explorer.store.content_store import ContentStore
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.store.search_index import SearchIndex


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("session") / "content.db"
    import_pack(BUNDLED_COLLECTION, path)
    store = ContentStore.open(path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def index(store):
    return SearchIndex.load(store.db)


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
