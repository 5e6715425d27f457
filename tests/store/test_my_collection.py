"""My collection in the user database: stars, collections in the reader's order, notes."""

from __future__ import annotations

import sqlite3

import pytest

from explorer.store.my_collection import STARRED, KeptCard, MyCollection, UnknownCollection
from explorer.store.user_db import UserStore, migrations_pending, open_user_database


@pytest.fixture
def mine(tmp_path):
    user = UserStore.open(tmp_path / "user.db")
    yield MyCollection(user.db)
    user.close()


def test_a_database_of_the_previous_version_is_backed_up_and_migrated_with_its_settings(
    tmp_path,
):
    path = tmp_path / "user.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO settings VALUES ('content_language', 'kk')")
    conn.execute("CREATE TABLE usage_daily (day TEXT, metric TEXT, key TEXT, count INTEGER)")
    conn.execute("CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)")
    conn.executemany(
        "INSERT INTO _sqlite_migrations VALUES ('explorer-user', ?, '2026-01-01')",
        [("m001_settings",), ("m002_usage_counts",)],
    )
    conn.commit()
    conn.close()

    db = open_user_database(path)
    assert not migrations_pending(db)
    mine = MyCollection(db)
    mine.star("bundled:abai")
    assert mine.starred() == ["bundled:abai"]
    db.close()

    assert UserStore.open(path).setting("content_language") == "kk"
    (backup,) = tmp_path.glob("user.backup-*.db")
    copy = sqlite3.connect(backup)
    tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
    copy.close()
    assert "settings" in tables and "starred" not in tables


def test_stars_are_kept_in_the_order_they_were_given_and_once(mine):
    mine.star("p:b")
    mine.star("p:a")
    mine.star("p:b")
    assert mine.starred() == ["p:b", "p:a"]
    assert mine.is_starred("p:a")
    mine.unstar("p:b")
    assert mine.starred() == ["p:a"]
    assert not mine.is_starred("p:b")


def test_collections_are_created_renamed_and_deleted_in_order(mine):
    first = mine.create("  Silk   Road ")
    second = mine.create("Abai")
    assert [(c.id, c.name) for c in mine.collections()] == [(first, "Silk Road"), (second, "Abai")]
    mine.rename(first, "Great Silk Road")
    assert mine.collection(first).name == "Great Silk Road"
    mine.add(first, "p:a")
    mine.set_note("p:a", "keep me")
    mine.delete(first)
    assert [c.id for c in mine.collections()] == [second]
    assert mine.note("p:a").text == "keep me"
    with pytest.raises(UnknownCollection):
        mine.cards(first)
    with pytest.raises(ValueError, match="needs a name"):
        mine.create("   ")


def test_cards_keep_the_readers_order_through_moves_and_removals(mine):
    trip = mine.create("Trip")
    for card in ("p:a", "p:b", "p:c", "p:d"):
        mine.add(trip, card)
    mine.add(trip, "p:a")  # already there: stays where it is
    assert mine.move(trip, "p:d", -2) == 1
    assert mine.cards(trip) == ["p:a", "p:d", "p:b", "p:c"]
    assert mine.move(trip, "p:a", -1) == 0  # stops at the top
    assert mine.move(trip, "p:a", 10) == 3  # and at the bottom
    assert mine.cards(trip) == ["p:d", "p:b", "p:c", "p:a"]
    mine.remove(trip, "p:b")
    assert mine.cards(trip) == ["p:d", "p:c", "p:a"]
    assert mine.move(trip, "p:zzz", 1) == -1
    assert mine.collections_with("p:c") == {trip}


def test_starred_cards_move_like_a_collection(mine):
    for card in ("p:a", "p:b"):
        mine.star(card)
    mine.move(STARRED, "p:b", -1)
    assert mine.starred() == ["p:b", "p:a"]


def test_one_note_per_card_set_replaced_and_cleared(mine):
    mine.set_note("p:a", "first")
    mine.set_note("p:a", "second")
    assert mine.note("p:a").text == "second"
    assert list(mine.notes()) == ["p:a"]
    mine.set_note("p:a", "  \n ")
    assert mine.note("p:a") is None


def test_a_card_whose_pack_is_gone_is_kept_with_its_note(mine):
    trip = mine.create("Trip")
    mine.add(trip, "removed-pack:card")
    mine.set_note("removed-pack:card", "from a pack I removed")
    assert mine.kept_cards(trip) == [KeptCard("removed-pack:card", "from a pack I removed")]
    assert mine.every_kept_card() == {"removed-pack:card"}


def test_a_change_that_fails_half_way_changes_nothing(mine):
    trip = mine.create("Trip")
    for card in ("p:a", "p:b"):
        mine.add(trip, card)
    with pytest.raises(RuntimeError), mine.db.atomic():
        mine.move(trip, "p:b", -1)
        mine.set_note("p:a", "half")
        raise RuntimeError("power cut")
    assert mine.cards(trip) == ["p:a", "p:b"]
    assert mine.note("p:a") is None


def test_kept_cards_give_a_list_with_its_notes_in_order(mine):
    trip = mine.create("Trip")
    for card in ("p:a", "p:b"):
        mine.add(trip, card)
    mine.set_note("p:b", "see the museum")
    assert mine.kept_cards(trip) == [KeptCard("p:a", None), KeptCard("p:b", "see the museum")]
