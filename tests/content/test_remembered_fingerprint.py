"""The bundled collection's identity and fingerprint, remembered between starts while its
files stay: a start then lists the folder's files and reads none of them."""

from __future__ import annotations

import json
import os

import pytest

from explorer.content import pack_fingerprint as fingerprint_module
from explorer.content import remembered_fingerprint as module
from explorer.content.importer import imported_versions
from explorer.content.library import ContentLibrary, bundled_fingerprint_memo
from explorer.content.pack_fingerprint import pack_fingerprint
from explorer.content.pack_identity import read_pack_identity
from explorer.content.pack_reader import Limits
from explorer.content.problems import PackInvalid
from explorer.content.remembered_fingerprint import remembered_pack
from tests.content.pack_builder import PACK_ID, write_valid_pack


@pytest.fixture
def read(monkeypatch):
    """What was read of a pack folder: ("manifest", folder) and ("files", folder)."""
    calls = []

    def counting_fingerprint(path, limits):
        calls.append(("files", path))
        return pack_fingerprint(path, limits)

    def counting_identity(path, limits):
        calls.append(("manifest", path))
        return read_pack_identity(path, limits)

    monkeypatch.setattr(fingerprint_module, "pack_fingerprint", counting_fingerprint)
    monkeypatch.setattr(module, "read_pack_identity", counting_identity)
    return calls


def test_a_folder_that_stays_the_same_is_read_once(tmp_path, read):
    pack = write_valid_pack(tmp_path)
    memo = tmp_path / "cache" / "memo.json"
    first = remembered_pack(pack, Limits(), memo)
    again = remembered_pack(pack, Limits(), memo)
    assert first == again == (read_pack_identity(pack), pack_fingerprint(pack, Limits()))
    assert read == [("manifest", pack), ("files", pack)]
    assert remembered_pack(pack, Limits(), memo) == first
    assert len(read) == 2


@pytest.mark.parametrize(
    "change",
    ["appended", "same size", "added", "removed", "renamed", "in a subfolder"],
)
def test_a_changed_file_is_read_again(tmp_path, read, change):
    pack = write_valid_pack(tmp_path)
    memo = tmp_path / "memo.json"
    before = remembered_pack(pack, Limits(), memo)
    manifest = pack / "manifest.json"
    text = manifest.read_text(encoding="utf-8")
    media = sorted((pack / "media").iterdir())[0]
    if change == "appended":
        manifest.write_text(text + "\n", encoding="utf-8")
    elif change == "same size":  # and the same modification time: the change time tells
        times = manifest.stat()
        manifest.write_text(text.replace(PACK_ID, PACK_ID.upper()), encoding="utf-8")
        os.utime(manifest, ns=(times.st_atime_ns, times.st_mtime_ns))
    elif change == "added":
        (pack / "notes.txt").write_text("a new file", encoding="utf-8")
    elif change == "removed":
        media.unlink()
    elif change == "renamed":
        media.rename(media.with_name("z" + media.name))
    else:
        media.write_bytes(media.read_bytes() + b"\0")
    after = remembered_pack(pack, Limits(), memo)
    assert after == (read_pack_identity(pack), pack_fingerprint(pack, Limits()))
    assert after[1] != before[1]
    assert len(read) == 4, "read afresh"


def test_a_new_version_of_the_collection_is_known_by_its_new_identity(tmp_path, read):
    pack = write_valid_pack(tmp_path, name="bundled", manifest={"version": "1.0.0"})
    memo = tmp_path / "memo.json"
    assert remembered_pack(pack, Limits(), memo)[0].version == "1.0.0"
    write_valid_pack(tmp_path, name="bundled", manifest={"version": "1.1.0"})
    assert remembered_pack(pack, Limits(), memo)[0].version == "1.1.0"


@pytest.mark.parametrize(
    "memo_text",
    [
        "not json",
        '{"files": 1}',
        "[]",
        "",
        '{"files": FILES, "fingerprint": "x"}',
        '{"files": FILES, "identity": ["a", "b"], "fingerprint": "x"}',
        '{"files": FILES, "identity": ["a", "b", 3], "fingerprint": "x"}',
        '{"files": FILES, "identity": ["a", "b", "c"], "fingerprint": null}',
    ],
)
def test_a_damaged_memo_is_read_afresh(tmp_path, read, memo_text):
    pack = write_valid_pack(tmp_path)
    memo = tmp_path / "memo.json"
    memo.write_text(memo_text.replace("FILES", json.dumps(module._file_stats(pack))))
    truth = (read_pack_identity(pack), pack_fingerprint(pack, Limits()))
    assert remembered_pack(pack, Limits(), memo) == truth
    assert remembered_pack(pack, Limits(), memo) == truth
    assert len(read) == 2, "the damaged memo was replaced by a good one"


def test_a_memo_that_cannot_be_written_costs_only_the_saving(tmp_path, read):
    pack = write_valid_pack(tmp_path)
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    memo = blocker / "memo.json"
    for _ in range(2):
        assert remembered_pack(pack, Limits(), memo)[1] == pack_fingerprint(pack, Limits())
    assert len(read) == 4
    assert blocker.read_text(encoding="utf-8").startswith("a file")


def test_a_manifest_without_an_identity_is_not_remembered(tmp_path, read):
    pack = write_valid_pack(tmp_path, manifest={"version": 3})
    memo = tmp_path / "memo.json"
    assert remembered_pack(pack, Limits(), memo) == (None, None)
    assert not memo.exists()
    assert read == [("manifest", pack)], "no fingerprint of a pack that says nothing of itself"


def test_an_unreadable_file_leaves_the_fingerprint_unknown(tmp_path):
    pack = write_valid_pack(tmp_path)
    os.symlink(tmp_path / "elsewhere.txt", pack / "media" / "outside.txt")
    (tmp_path / "elsewhere.txt").write_text("outside the pack", encoding="utf-8")
    memo = tmp_path / "memo.json"
    assert remembered_pack(pack, Limits(), memo) == (read_pack_identity(pack), None)
    assert not memo.exists()
    with pytest.raises(PackInvalid):  # which says why
        pack_fingerprint(pack, Limits())


def test_a_zip_is_read_every_time_and_a_missing_folder_is_said_to_be_missing(tmp_path, read):
    zipped = write_valid_pack(tmp_path, zipped=True)
    memo = tmp_path / "memo.json"
    for _ in range(2):
        assert remembered_pack(zipped, Limits(), memo) == (
            read_pack_identity(zipped),
            pack_fingerprint(zipped, Limits()),
        )
    assert not memo.exists() and len(read) == 4
    library = ContentLibrary(tmp_path / "data", tmp_path / "no such folder")
    with pytest.raises(PackInvalid, match="no such folder"):
        library.prepare()


def test_a_start_reads_the_bundled_collection_once_and_then_only_lists_it(tmp_path, read):
    bundled = write_valid_pack(tmp_path, name="bundled")
    library = ContentLibrary(tmp_path / "data", bundled)
    assert library.prepare().rebuilt
    assert [what for what, _ in read] == ["manifest", "files"]
    assert not library.prepare().rebuilt
    assert library.bundled_identity().id == PACK_ID
    assert len(read) == 2, "neither the manifest nor the files read again"
    assert bundled_fingerprint_memo(library.folder).exists()


def test_a_newer_bundled_collection_takes_over_again_from_an_imported_one(tmp_path):
    """The memo must not hide a new version: the bundled collection gives way to a pack of
    its id imported by a curator only until the explorer ships a newer version of it."""
    bundled = write_valid_pack(tmp_path, name="bundled", manifest={"version": "1.0.0"})
    library = ContentLibrary(tmp_path / "data", bundled)
    library.prepare()
    curator = write_valid_pack(tmp_path, name="curator", manifest={"version": "1.0.1"})
    library.import_pack(curator, replace=True)
    assert not library.prepare().rebuilt
    assert imported_versions(library.database) == {PACK_ID: "1.0.1"}
    write_valid_pack(tmp_path, name="bundled", manifest={"version": "1.0.2"})
    assert library.prepare().rebuilt
    assert imported_versions(library.database) == {PACK_ID: "1.0.2"}
