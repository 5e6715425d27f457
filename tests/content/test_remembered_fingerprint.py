"""The bundled collection's fingerprint, remembered between starts while its files stay."""

from __future__ import annotations

import pytest

from explorer.content import remembered_fingerprint as module
from explorer.content.pack_fingerprint import pack_fingerprint
from explorer.content.pack_reader import Limits
from explorer.content.remembered_fingerprint import remembered_fingerprint
from tests.content.pack_builder import write_valid_pack


@pytest.fixture
def hashed(monkeypatch):
    """The folders whose files were read to compute a fingerprint."""
    calls = []

    def counting(path, limits):
        calls.append(path)
        return pack_fingerprint(path, limits)

    monkeypatch.setattr(module, "pack_fingerprint", counting)
    return calls


def test_a_folder_that_stays_the_same_is_read_once(tmp_path, hashed):
    pack = write_valid_pack(tmp_path)
    memo = tmp_path / "cache" / "memo.json"
    first = remembered_fingerprint(pack, Limits(), memo)
    again = remembered_fingerprint(pack, Limits(), memo)
    assert first == again == pack_fingerprint(pack, Limits())
    assert hashed == [pack]


def test_a_changed_file_is_read_again(tmp_path, hashed):
    pack = write_valid_pack(tmp_path)
    memo = tmp_path / "memo.json"
    before = remembered_fingerprint(pack, Limits(), memo)
    manifest = pack / "manifest.json"
    manifest.write_text(manifest.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    after = remembered_fingerprint(pack, Limits(), memo)
    assert after != before and after == pack_fingerprint(pack, Limits())
    assert len(hashed) == 2


@pytest.mark.parametrize("memo_text", ["not json", '{"files": 1}', "[]", ""])
def test_a_damaged_memo_is_computed_afresh(tmp_path, hashed, memo_text):
    pack = write_valid_pack(tmp_path)
    memo = tmp_path / "memo.json"
    memo.write_text(memo_text, encoding="utf-8")
    assert remembered_fingerprint(pack, Limits(), memo) == pack_fingerprint(pack, Limits())
    assert remembered_fingerprint(pack, Limits(), memo) == pack_fingerprint(pack, Limits())
    assert len(hashed) == 1, "the damaged memo was replaced by a good one"


def test_a_memo_that_cannot_be_written_costs_only_the_saving(tmp_path, hashed):
    pack = write_valid_pack(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    memo = blocker / "memo.json"
    for _ in range(2):
        assert remembered_fingerprint(pack, Limits(), memo) == pack_fingerprint(pack, Limits())
    assert len(hashed) == 2
    assert blocker.read_text(encoding="utf-8").startswith("a file")
