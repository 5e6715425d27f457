"""Writing a collection into a real SQLite file and reading it back."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from explorer.domain.entities import Kind, Side, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import write_valid_pack


@pytest.fixture
def store(tmp_path):
    pack = write_valid_pack(
        tmp_path,
        cards={
            "dante": {
                "title": {"en": "Dante Alighieri", "it": "Dante, poeta della città"},
                "translation_status": {"it": "draft"},
            }
        },
    )
    database = tmp_path / "content.db"
    import_pack(pack, database)
    store = ContentStore.open(database)
    yield store
    store.close()


def test_a_card_reads_back_as_written(store):
    card = store.card("abai")
    assert card.kind is Kind.PERSON and card.side is Side.KAZAKHSTAN
    assert card.title["kk"] == "Абай Құнанбайұлы"
    assert card.body["en"] == "First paragraph.\n\nSecond paragraph."
    assert card.start == FuzzyDate(1845, 8, 10) and card.end == FuzzyDate(1904, 7, 6)
    assert card.places == ("semey",) and card.sources == ("abai-encyclopedia",)
    assert card.tags == ("poet", "philosopher") and card.image == "abai-portrait"
    assert card.translation_status == {
        "it": TranslationStatus.REVIEWED,
        "kk": TranslationStatus.DRAFT,
        "ru": TranslationStatus.DRAFT,
    }


def test_an_unknown_card_is_a_clear_key_error(store):
    with pytest.raises(KeyError, match="no card with id 'nobody'"):
        store.card("nobody")


def test_cards_come_in_chronological_order_and_filter_by_category(store):
    assert store.card_ids() == ["dante", "abai", "abai-monument-rome"]
    assert store.card_ids(category="literature") == ["dante", "abai"]
    assert store.card_count() == 3


def test_list_items_fall_back_to_english_and_say_so(store):
    items = store.card_items(["abai-monument-rome", "dante"], "kk")
    assert items["abai-monument-rome"].title == "Abai monument in Rome"
    assert items["abai-monument-rome"].fallback is True
    assert store.card_items(["abai"], "kk")["abai"].fallback is False


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("abai", {"abai", "abai-monument-rome"}),
        ("ABA", {"abai", "abai-monument-rome"}),
        ("Абай", {"abai"}),
        ("құнанбай", {"abai"}),
        ("кунанбаи", {"abai"}),
        ("citta", {"dante"}),
        ("città", {"dante"}),
        ("monument rome", {"abai-monument-rome"}),
        ("paragraph", {"abai"}),
    ],
)
def test_search_folds_case_accents_and_kazakh_letters(store, query, expected):
    assert set(store.card_ids(query=query)) == expected


def test_a_title_match_ranks_above_a_body_match(tmp_path):
    pack = write_valid_pack(
        tmp_path, cards={"dante": {"body": {"en": "Read alongside the monument to Abai."}}}
    )
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    ranked = store.card_ids(query="monument")
    store.close()
    assert ranked[0] == "abai-monument-rome" and "dante" in ranked


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "NEAR(", "a OR b", "-x", "^", "*", "title:abai", "(", "   ", "\x00", "🙂"],
)
def test_search_syntax_in_a_query_never_raises(store, query):
    assert isinstance(store.card_ids(query=query), list)


def test_related_cards_in_both_directions_with_labels(store):
    related = store.related("abai", "it")
    by_id = {r.card_id: r for r in related}
    assert by_id["abai-monument-rome"].outgoing is False
    assert by_id["abai-monument-rome"].label == "intitolato a"
    assert by_id["dante"].outgoing is True and by_id["dante"].label == "related to"


def test_media_places_sources_categories_and_eras(store):
    media = store.media("abai-portrait")
    assert media.illustration and media.alt["en"].startswith("A drawn portrait")
    content_hash, data = store.media_data("abai-portrait")
    assert data[:2] == b"\xff\xd8" and len(content_hash) == 64
    assert [p.id for p in store.places(["semey", "rome"])] == ["semey", "rome"]
    assert store.sources(["astana-times-2025"])[0].date == FuzzyDate(2025, 9)
    assert [c.id for c in store.categories()] == ["literature", "architecture"]
    assert store.eras()[0].start == FuzzyDate(1801)
    assert store.languages() == ["en", "it", "kk", "ru"]


def test_a_read_only_store_cannot_write(store, tmp_path):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM cards")
