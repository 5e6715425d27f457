"""A pack's manifest, read back from the content database (for citing its cards)."""

import json

import pytest

from explorer.store.locations import BUNDLED_COLLECTION


def test_the_bundled_pack_manifest(bundled_store):
    written = json.loads((BUNDLED_COLLECTION / "manifest.json").read_text(encoding="utf-8"))
    manifest = bundled_store.manifest(written["id"])
    assert manifest.id == written["id"]
    assert manifest.version == written["version"]
    assert manifest.title == written["title"]
    assert manifest.languages == tuple(written["languages"])
    assert manifest.licence == written["licence"]


def test_an_unknown_pack_is_named(bundled_store):
    with pytest.raises(KeyError, match="no-such-pack"):
        bundled_store.manifest("no-such-pack")
