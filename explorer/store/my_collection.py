"""What a reader keeps in the user database: starred cards, named collections of cards in
the reader's own order, and one private note per card.

Cards are named by their content keys ("pack:card") and never checked against the
content: a card whose pack has been removed stays kept, and the view shows it as missing.
Every change is one transaction. The starred cards are a list like a collection, under the
id ``STARRED``, so that moving and removing work the same on both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from explorer.store.connection import Connection

STARRED = 0
"""The list id of the starred cards; named collections have ids from 1."""


class UnknownCollection(LookupError):
    """No collection has the id asked for (deleted meanwhile, or never made)."""


@dataclass(frozen=True)
class NamedCollection:
    id: int
    name: str
    created: str
    """ISO 8601, UTC."""


@dataclass(frozen=True)
class Note:
    card_id: str
    text: str
    updated: str
    """ISO 8601, UTC."""


@dataclass(frozen=True)
class KeptCard:
    """A card of a list, in its place, with the reader's note on it (None without one)."""

    card_id: str
    note: str | None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def clean_name(name: str) -> str:
    """A collection's name as kept: trimmed; an empty one is refused."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValueError("a collection needs a name")
    return cleaned


class MyCollection:
    """The reader's stars, collections and notes in the user database ``db``."""

    def __init__(self, db: Connection):
        self.db = db

    # Stars -------------------------------------------------------------------------------

    def is_starred(self, card_id: str) -> bool:
        row = self.db.execute("SELECT 1 FROM starred WHERE card_id = ?", [card_id]).fetchone()
        return row is not None

    def star(self, card_id: str) -> None:
        self.add(STARRED, card_id)

    def unstar(self, card_id: str) -> None:
        self.remove(STARRED, card_id)

    def starred(self) -> list[str]:
        return self.cards(STARRED)

    # Collections ---------------------------------------------------------------------------

    def collections(self) -> list[NamedCollection]:
        rows = self.db.execute("SELECT id, name, created FROM collections ORDER BY position, id")
        return [NamedCollection(*row) for row in rows]

    def collection(self, collection_id: int) -> NamedCollection:
        row = self.db.execute(
            "SELECT id, name, created FROM collections WHERE id = ?", [collection_id]
        ).fetchone()
        if row is None:
            raise UnknownCollection(f"no collection with id {collection_id}")
        return NamedCollection(*row)

    def create(self, name: str, *, created: str | None = None) -> int:
        """A new, empty collection at the end of the list; returns its id."""
        name = clean_name(name)
        with self.db.atomic():
            (position,) = self.db.execute(
                "SELECT coalesce(max(position), 0) + 1 FROM collections"
            ).fetchone()
            cursor = self.db.execute(
                "INSERT INTO collections (name, created, position) VALUES (?, ?, ?)",
                [name, created or now(), position],
            )
            return int(cursor.lastrowid)

    def rename(self, collection_id: int, name: str) -> None:
        name = clean_name(name)
        with self.db.atomic():
            self.collection(collection_id)
            self.db.execute("UPDATE collections SET name = ? WHERE id = ?", [name, collection_id])

    def delete(self, collection_id: int) -> None:
        """The collection and its list of cards; the cards' notes and stars stay."""
        with self.db.atomic():
            self.collection(collection_id)
            self.db.execute("DELETE FROM collection_cards WHERE collection_id = ?", [collection_id])
            self.db.execute("DELETE FROM collections WHERE id = ?", [collection_id])

    def collections_with(self, card_id: str) -> set[int]:
        """The ids of the named collections holding ``card_id``."""
        rows = self.db.execute(
            "SELECT collection_id FROM collection_cards WHERE card_id = ?", [card_id]
        )
        return {row[0] for row in rows}

    # Cards of a list (STARRED or a collection) ----------------------------------------------

    def cards(self, list_id: int) -> list[str]:
        """The card ids of a list, in the reader's order."""
        table, where, key = self._list(list_id)
        rows = self.db.execute(f"SELECT card_id FROM {table} WHERE {where} ORDER BY position", key)
        return [row[0] for row in rows]

    def add(self, list_id: int, card_id: str) -> None:
        """``card_id`` at the end of the list; nothing changes if it is in it already."""
        table, where, key = self._list(list_id)
        with self.db.atomic():
            (position,) = self.db.execute(
                f"SELECT coalesce(max(position), 0) + 1 FROM {table} WHERE {where}", key
            ).fetchone()
            columns = "card_id, position, added" + ("" if list_id == STARRED else ", collection_id")
            values = [card_id, position, now(), *key]
            self.db.execute(
                f"INSERT OR IGNORE INTO {table} ({columns}) "
                f"VALUES ({', '.join('?' * len(values))})",
                values,
            )

    def remove(self, list_id: int, card_id: str) -> None:
        table, where, key = self._list(list_id)
        with self.db.atomic():
            self.db.execute(f"DELETE FROM {table} WHERE {where} AND card_id = ?", [*key, card_id])

    def move(self, list_id: int, card_id: str, steps: int) -> int:
        """Move ``card_id`` ``steps`` places down (up when negative), stopping at either
        end; returns its new place (0 is the first), -1 when it is not in the list."""
        with self.db.atomic():
            order = self.cards(list_id)
            if card_id not in order:
                return -1
            old = order.index(card_id)
            new = max(0, min(len(order) - 1, old + steps))
            if new != old:
                order.insert(new, order.pop(old))
                self._renumber(list_id, order)
            return new

    def _renumber(self, list_id: int, order: list[str]) -> None:
        table, where, key = self._list(list_id)
        self.db.executemany(
            f"UPDATE {table} SET position = ? WHERE {where} AND card_id = ?",
            [(position, *key, card_id) for position, card_id in enumerate(order, start=1)],
        )

    def _list(self, list_id: int) -> tuple[str, str, list]:
        """The table of a list, the condition choosing its rows, and the condition's value."""
        if list_id == STARRED:
            return "starred", "1 = 1", []
        self.collection(list_id)
        return "collection_cards", "collection_id = ?", [list_id]

    # Notes ---------------------------------------------------------------------------------

    def note(self, card_id: str) -> Note | None:
        row = self.db.execute(
            "SELECT card_id, text, updated FROM notes WHERE card_id = ?", [card_id]
        ).fetchone()
        return Note(*row) if row else None

    def set_note(self, card_id: str, text: str, *, updated: str | None = None) -> None:
        """Keep ``text`` as the note on ``card_id``; blank text clears the note."""
        if not text.strip():
            self.clear_note(card_id)
            return
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO notes (card_id, text, updated) VALUES (?, ?, ?) "
                "ON CONFLICT (card_id) DO UPDATE SET text = excluded.text, "
                "updated = excluded.updated",
                [card_id, text, updated or now()],
            )

    def clear_note(self, card_id: str) -> None:
        with self.db.atomic():
            self.db.execute("DELETE FROM notes WHERE card_id = ?", [card_id])

    def notes(self) -> dict[str, Note]:
        rows = self.db.execute("SELECT card_id, text, updated FROM notes ORDER BY card_id")
        return {row[0]: Note(*row) for row in rows}

    # Reading whole lists -----------------------------------------------------------------

    def kept_cards(self, list_id: int) -> list[KeptCard]:
        """A list's cards in the reader's order with their notes: what a study sheet prints."""
        notes = self.notes()
        return [
            KeptCard(card_id, notes[card_id].text if card_id in notes else None)
            for card_id in self.cards(list_id)
        ]

    def every_kept_card(self) -> set[str]:
        """Every card starred, in a collection or with a note."""
        rows = self.db.execute(
            "SELECT card_id FROM starred UNION SELECT card_id FROM collection_cards "
            "UNION SELECT card_id FROM notes"
        )
        return {row[0] for row in rows}
