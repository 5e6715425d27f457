"""My collection's export file: a round trip, every kind of bad file, and conflicts asked."""

from __future__ import annotations

import json

import pytest

from explorer.store.my_collection import MyCollection
from explorer.store.my_collection_file import (
    BadCollectionFile,
    Choice,
    Conflict,
    export_file,
    import_file,
)
from explorer.store.user_db import UserStore


def _mine(path):
    return MyCollection(UserStore.open(path).db)


@pytest.fixture
def mine(tmp_path):
    mine = _mine(tmp_path / "user.db")
    yield mine
    mine.db.close()


@pytest.fixture
def other(tmp_path):
    other = _mine(tmp_path / "other.db")
    yield other
    other.db.close()


def _never(conflict: Conflict) -> Choice:
    raise AssertionError(f"nothing to ask, but asked about {conflict}")


def _fill(mine: MyCollection) -> None:
    mine.star("p:b")
    mine.star("p:a")
    trip = mine.create("Trip")
    for card in ("p:c", "gone:x", "p:a"):
        mine.add(trip, card)
    mine.create("Empty")
    mine.set_note("p:a", "Қазақ note, città")


def test_an_export_imported_elsewhere_gives_the_same_collection(mine, other, tmp_path):
    _fill(mine)
    path = tmp_path / "mine.json"
    export_file(mine, path)
    assert not list(tmp_path.glob("*.tmp"))

    summary = import_file(other, path, _never)

    assert other.starred() == ["p:b", "p:a"]
    assert [c.name for c in other.collections()] == ["Trip", "Empty"]
    assert other.cards(other.collections()[0].id) == ["p:c", "gone:x", "p:a"]
    assert other.note("p:a").text == "Қазақ note, città"
    assert (summary.starred, summary.collections, summary.notes) == (2, 2, 1)
    # Importing the same file again asks nothing and changes nothing.
    import_file(other, path, _never)
    assert len(other.collections()) == 2


def _write(tmp_path, data) -> object:
    path = tmp_path / "in.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


GOOD = {"format": "explorer-my-collection", "version": 1}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("{not json", "not a JSON file"),
        ({"format": "something-else", "version": 1}, "not an export of My collection"),
        ([1, 2], "not an export of My collection"),
        ({**GOOD, "version": 2}, "version 2"),
        ({**GOOD, "starred": "p:a"}, "starred: not a list"),
        ({**GOOD, "starred": ["p:a", 3]}, r"starred\[1\]: not a card id"),
        ({**GOOD, "starred": ["abai"]}, r"starred\[0\]: not a card id \('abai'\)"),
        (
            {**GOOD, "notes": [{"card": "p: a", "text": "x"}]},
            r"notes\[0\]: card: not a card id \('p: a'\)",
        ),
        ({**GOOD, "collections": [{"cards": []}]}, r"collections\[0\]: name missing"),
        ({**GOOD, "collections": [{"name": "A", "cards": [""]}]}, r"collections\[0\]: cards"),
        ({**GOOD, "notes": [{"card": "p:a"}]}, r"notes\[0\]: text: not text"),
        ({**GOOD, "notes": [{"text": "x"}]}, r"notes\[0\]: card: not a card id \(None\)"),
    ],
)
def test_a_bad_file_is_refused_naming_what_is_wrong_and_changes_nothing(
    mine, tmp_path, data, message
):
    _fill(mine)
    before = (mine.starred(), mine.collections(), mine.notes())
    with pytest.raises(BadCollectionFile, match=message):
        import_file(mine, _write(tmp_path, data), _never)
    assert (mine.starred(), mine.collections(), mine.notes()) == before


def test_a_file_that_is_not_text_is_refused(mine, tmp_path):
    path = tmp_path / "picture.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(BadCollectionFile, match=r"picture\.json: not a JSON file"):
        import_file(mine, path, _never)


def _incoming(tmp_path, cards, note):
    return _write(
        tmp_path,
        {
            **GOOD,
            "collections": [{"name": "Trip", "cards": cards}],
            "notes": [{"card": "p:a", "text": note}],
        },
    )


def _mine_with_trip(mine):
    trip = mine.create("Trip")
    mine.add(trip, "p:a")
    mine.set_note("p:a", "mine")
    return trip


def test_keep_mine_leaves_the_readers_collection_and_note(mine, tmp_path):
    trip = _mine_with_trip(mine)
    asked = []
    summary = import_file(
        mine,
        _incoming(tmp_path, ["p:z"], "theirs"),
        lambda c: asked.append(c) or Choice.KEEP_MINE,
    )
    assert [(c.kind, c.name, c.mine, c.theirs) for c in asked] == [
        ("collection", "Trip", "p:a", "p:z"),
        ("note", "p:a", "mine", "theirs"),
    ]
    assert mine.cards(trip) == ["p:a"]
    assert mine.note("p:a").text == "mine"
    assert summary.kept_mine == ["Trip", "p:a"]


def test_take_theirs_replaces_the_cards_and_the_note(mine, tmp_path):
    trip = _mine_with_trip(mine)
    import_file(mine, _incoming(tmp_path, ["p:z", "p:y"], "theirs"), lambda c: Choice.TAKE_THEIRS)
    assert [c.id for c in mine.collections()] == [trip]
    assert mine.cards(trip) == ["p:z", "p:y"]
    assert mine.note("p:a").text == "theirs"


def test_keep_both_adds_a_second_collection_and_joins_the_notes(mine, tmp_path):
    trip = _mine_with_trip(mine)
    import_file(mine, _incoming(tmp_path, ["p:z"], "theirs"), lambda c: Choice.KEEP_BOTH)
    assert [c.name for c in mine.collections()] == ["Trip", "Trip (2)"]
    assert mine.cards(trip) == ["p:a"]
    assert mine.note("p:a").text == "mine\n\ntheirs"


def test_an_export_that_cannot_be_written_leaves_the_old_file(mine, tmp_path, monkeypatch):
    _fill(mine)
    path = tmp_path / "mine.json"
    path.write_text("old copy", encoding="utf-8")
    import explorer.store.durable_files as durable

    def full_disk(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(durable.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space"):
        export_file(mine, path)
    assert path.read_text(encoding="utf-8") == "old copy"
    assert not list(tmp_path.glob("*.tmp"))
