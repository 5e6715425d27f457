"""Writing a collection into a real SQLite file and reading it back."""

from __future__ import annotations

import pytest

from explorer.content.importer import import_pack
from explorer.domain.entities import Kind, Side, TranslationStatus
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.domain.references import qualify
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack


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
    # The monument is named after Abai: on Abai's card the link reads the other way round.
    assert by_id[k("abai-monument-rome")].outgoing is False
    assert by_id[k("abai-monument-rome")].label == "ha dato il nome a"
    # The pack's label has no Italian: the type's Italian label fills in.
    assert by_id[k("dante")].outgoing is True and by_id[k("dante")].label == "collegato a"
    monument = store.related(k("abai-monument-rome"), "it")
    assert [(r.card_id, r.outgoing, r.label) for r in monument] == [
        (k("abai"), True, "intitolato a")
    ]


def test_a_pack_reverse_label_and_an_unknown_type_read_back(tmp_path):
    pack = write_valid_pack(
        tmp_path,
        links={
            "monument-named-after-abai": {
                "reverse_label": {"en": "has a monument in Rome:", "kk": "Римдегі ескерткіші"}
            },
            "abai-related-dante": {"type": "admired-by"},
        },
    )
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    try:
        abai = {r.card_id: r.label for r in store.related(k("abai"), "kk")}
        assert abai[k("abai-monument-rome")] == "Римдегі ескерткіші"
        abai_it = {r.card_id: r.label for r in store.related(k("abai"), "it")}
        assert abai_it[k("abai-monument-rome")] == "ha dato il nome a"  # from the type
        # A type the explorer does not know, without a reverse label: the neutral label.
        dante = store.related(k("dante"), "en")
        assert [(r.card_id, r.outgoing, r.label) for r in dante] == [
            (k("abai"), False, "linked with")
        ]
        abai_en = {r.card_id: r.label for r in store.related(k("abai"), "en")}
        assert abai_en[k("dante")] == "related to"  # as the pack says, from Abai's card
        dante_latin = store.related(k("dante"), "kk-Latn")
        assert dante_latin[0].label == "bailanysty"
    finally:
        store.close()


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


def test_a_source_may_leave_out_its_publisher(tmp_path):
    pack = write_valid_pack(tmp_path, sources={"astana-times-2025": {"publisher": REMOVE}})
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    try:
        (source,) = store.sources([k("astana-times-2025")])
        assert source.publisher == "" and source.title
    finally:
        store.close()
