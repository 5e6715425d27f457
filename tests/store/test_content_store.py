"""Writing a collection into a real SQLite file and reading it back."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from explorer.domain.entities import Kind, Side, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.references import qualify
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, write_valid_pack


def k(local_id: str) -> str:
    """The key the content database knows the test pack's ``local_id`` by."""
    return qualify(PACK_ID, local_id)


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
    card = store.card(k("abai"))
    assert card.kind is Kind.PERSON and card.side is Side.KAZAKHSTAN
    assert card.title["kk"] == "Абай Құнанбайұлы"
    assert card.body["en"] == "First paragraph.\n\nSecond paragraph."
    assert card.start == FuzzyDate(1845, 8, 10) and card.end == FuzzyDate(1904, 7, 6)
    assert card.places == (k("semey"),) and card.sources == (k("abai-encyclopedia"),)
    assert card.tags == ("poet", "philosopher") and card.image == k("abai-portrait")
    assert card.translation_status == {
        "it": TranslationStatus.REVIEWED,
        "kk": TranslationStatus.DRAFT,
        "ru": TranslationStatus.DRAFT,
    }


def test_an_unknown_card_is_a_clear_key_error(store):
    with pytest.raises(KeyError, match="no card with id 'nobody'"):
        store.card("nobody")


def test_cards_come_in_chronological_order_and_filter_by_category(store):
    assert store.card_ids() == [k("dante"), k("abai"), k("abai-monument-rome")]
    assert store.card_ids(category=k("literature")) == [k("dante"), k("abai")]
    assert store.card_count() == 3


def test_list_items_fall_back_to_english_and_say_so(store):
    items = store.card_items([k("abai-monument-rome"), k("dante")], "kk")
    assert items[k("abai-monument-rome")].title == "Abai monument in Rome"
    assert items[k("abai-monument-rome")].fallback is True
    assert store.card_items([k("abai")], "kk")[k("abai")].fallback is False


def test_related_cards_in_both_directions_with_labels(store):
    related = store.related(k("abai"), "it")
    by_id = {r.card_id: r for r in related}
    assert by_id[k("abai-monument-rome")].outgoing is False
    assert by_id[k("abai-monument-rome")].label == "intitolato a"
    assert by_id[k("dante")].outgoing is True and by_id[k("dante")].label == "related to"


def test_media_places_sources_categories_and_eras(store):
    media = store.media(k("abai-portrait"))
    assert media.illustration and media.alt["en"].startswith("A drawn portrait")
    content_hash, data = store.media_data(k("abai-portrait"))
    assert data[:2] == b"\xff\xd8" and len(content_hash) == 64
    assert [p.id for p in store.places([k("semey"), k("rome")])] == [k("semey"), k("rome")]
    assert store.sources([k("astana-times-2025")])[0].date == FuzzyDate(2025, 9)
    assert [c.id for c in store.categories()] == [k("literature"), k("architecture")]
    assert store.eras()[0].start == FuzzyDate(1801)
    assert store.languages() == ["en", "it", "kk", "ru"]


def test_a_read_only_store_cannot_write(store, tmp_path):
    import sqlite3

    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.db.execute("DELETE FROM cards")
