"""An era without an end is valid, and it stays open through the content database."""

from __future__ import annotations

from explorer.content.importer import import_pack
from explorer.content.validate import load_pack
from explorer.domain.fuzzy_date import FuzzyDate
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import REMOVE, write_valid_pack


def test_an_era_without_an_end_loads_with_no_end(tmp_path):
    pack = write_valid_pack(tmp_path, eras={"nineteenth-century": {"end": REMOVE}})
    (era,) = load_pack(pack).eras
    assert era.start == FuzzyDate(1801) and era.end is None


def test_an_open_era_reads_back_open_from_the_content_database(tmp_path):
    pack = write_valid_pack(tmp_path, eras={"nineteenth-century": {"end": REMOVE}})
    database = tmp_path / "content.db"
    import_pack(pack, database)
    store = ContentStore.open(database)
    try:
        (era,) = store.eras()
    finally:
        store.close()
    assert era.start == FuzzyDate(1801) and era.end is None


def test_an_era_with_an_end_reads_back_with_it(tmp_path):
    database = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path), database)
    store = ContentStore.open(database)
    try:
        (era,) = store.eras()
    finally:
        store.close()
    assert era.end == FuzzyDate(1900)
