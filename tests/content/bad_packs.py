"""Packs that must be refused, one per kind of bad input, written as real files.

    for name, make in BAD_PACKS.items():
        path, fragment = make(tmp_dir)   # loading `path` must fail with `fragment` in the message

``WHERE[name]`` is the (file, item, field) of the problem carrying that fragment.
"""

from __future__ import annotations

import functools
import io
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from tests.content.pack_builder import (
    REMOVE,
    png_bytes,
    valid_pack_data,
    write_valid_pack,
)

EVIL_NAME = "evil\u202etxt.exe"
"""Shows as "evilexe.txt": U+202E RIGHT-TO-LEFT OVERRIDE turns the rest around."""

MB = 1024 * 1024


@dataclass(frozen=True)
class BadPack:
    make: Callable[[Path], Path]
    fragment: str
    file: str
    item: str | None = None
    field: str | None = None

    def __call__(self, tmp_dir: Path) -> tuple[Path, str]:
        return self.make(tmp_dir), self.fragment


@functools.cache
def bomb_png(width: int = 10_000, height: int = 10_000) -> bytes:
    """A real 1-bit PNG with more pixels than Pillow's limit: a few KB on disk."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, format="PNG")
    return buffer.getvalue()


def _outside_picture(tmp_dir: Path) -> Path:
    """A real picture next to the pack, outside it: what an escaping path would reach."""
    path = tmp_dir / "outside.png"
    path.write_bytes(png_bytes())
    return path


def _escaping_media_path(zipped: bool) -> Callable[[Path], Path]:
    def make(tmp_dir: Path) -> Path:
        _outside_picture(tmp_dir)
        return write_valid_pack(
            tmp_dir,
            zipped=zipped,
            media={"abai-monument": {"file": "media/../../outside.png"}},
        )

    return make


def _absolute_media_path(zipped: bool) -> Callable[[Path], Path]:
    def make(tmp_dir: Path) -> Path:
        outside = _outside_picture(tmp_dir)
        return write_valid_pack(
            tmp_dir, zipped=zipped, media={"abai-monument": {"file": str(outside)}}
        )

    return make


def _zip_with_member(member: str) -> Callable[[Path], Path]:
    def make(tmp_dir: Path) -> Path:
        return write_valid_pack(tmp_dir, zipped=True, files={member: b"evil"})

    return make


def _symlink_outside(tmp_dir: Path) -> Path:
    outside = _outside_picture(tmp_dir)
    pack = write_valid_pack(tmp_dir, files={"media/abai-monument.png": REMOVE})
    (pack / "media/abai-monument.png").symlink_to(outside)
    return pack


def _zip_declaring_3_gb(tmp_dir: Path) -> Path:
    """A real zip whose directory claims a member unpacks to 3 GB (it holds 4 bytes)."""
    pack = write_valid_pack(tmp_dir, zipped=True, files={"padding.bin": b"tiny"})
    set_declared_size(pack, "padding.bin", 3 * 1024 * MB)
    return pack


def set_declared_size(zip_path: Path, member: str, size: int) -> None:
    """Overwrite the uncompressed size the zip's central directory gives for ``member``."""
    data = bytearray(zip_path.read_bytes())
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) != -1:
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        name = bytes(data[start + 46 : start + 46 + name_length]).decode()
        if name.endswith(member):
            struct.pack_into("<I", data, start + 24, size)
            zip_path.write_bytes(bytes(data))
            return
        start += 46
    raise ValueError(f"no member {member} in {zip_path}")


def _not_a_pack(tmp_dir: Path) -> Path:
    path = tmp_dir / "notes.txt"
    path.write_text("these are notes, not a pack\n", encoding="utf-8")
    return path


def _duplicate_category(tmp_dir: Path) -> Path:
    categories = valid_pack_data()["categories"]
    categories.append({**categories[0], "name": {"en": "Poetry"}})
    return write_valid_pack(tmp_dir, categories=categories)


def _pack(**changes: object) -> Callable[[Path], Path]:
    return lambda tmp_dir: write_valid_pack(tmp_dir, **changes)


CASES: dict[str, BadPack] = {
    "malformed-json": BadPack(
        _pack(files={"cards.json": '[\n  {"id": "abai",}\n]'}),
        "not valid JSON: Expecting property name enclosed in double quotes at line 2, column",
        "cards.json",
    ),
    "missing-manifest": BadPack(
        _pack(files={"manifest.json": REMOVE}),
        "missing: a pack needs a manifest.json",
        "manifest.json",
    ),
    "not-a-pack": BadPack(_not_a_pack, "neither a folder nor a zip file", "notes.txt"),
    "unknown-format-version": BadPack(
        _pack(manifest={"format_version": 2}),
        "format version 2 is not supported: this explorer reads format version 1",
        "manifest.json",
        None,
        "format_version",
    ),
    "missing-required-field": BadPack(
        _pack(cards={"abai": {"summary": REMOVE}}),
        "required but missing",
        "cards.json",
        "abai",
        "summary",
    ),
    "wrong-type": BadPack(
        _pack(cards={"abai": {"sources": "abai-encyclopedia"}}),
        "must be a list of source ids, not text",
        "cards.json",
        "abai",
        "sources",
    ),
    "number-as-text": BadPack(
        _pack(places={"rome": {"latitude": "41.9"}}),
        "must be a number, not text",
        "places.json",
        "rome",
        "latitude",
    ),
    "bool-as-number": BadPack(
        _pack(figures={"monument-height": {"value": True}}),
        "must be a number, not true/false",
        "figures.json",
        "monument-height",
        "value",
    ),
    "unknown-field": BadPack(
        _pack(cards={"abai": {"summry": {"en": "Poet."}}}),
        "unknown field; did you mean 'summary'?",
        "cards.json",
        "abai",
        "summry",
    ),
    "duplicate-ids": BadPack(
        _duplicate_category,
        "the id is used twice in this file (items 1 and 3)",
        "categories.json",
        "literature",
        "id",
    ),
    "bad-id": BadPack(
        _pack(cards={"dante": {"id": "Dante Alighieri"}}),
        "is not a valid id",
        "cards.json",
        "Dante Alighieri",
        "id",
    ),
    "link-to-unknown-card": BadPack(
        _pack(links={"abai-related-dante": {"to": "petrarch"}}),
        "unknown card 'petrarch'",
        "links.json",
        "abai-related-dante",
        "to",
    ),
    "reverse-label-without-english": BadPack(
        _pack(links={"monument-named-after-abai": {"reverse_label": {"it": "ha dato il nome a"}}}),
        "the English text ('en') is required",
        "links.json",
        "monument-named-after-abai",
        "reverse_label",
    ),
    "reverse-label-as-text": BadPack(
        _pack(links={"monument-named-after-abai": {"reverse_label": "gave its name to"}}),
        "must be an object from language to text",
        "links.json",
        "monument-named-after-abai",
        "reverse_label",
    ),
    "reverse-label-empty": BadPack(
        _pack(links={"monument-named-after-abai": {"reverse_label": {"en": "  "}}}),
        "'en': must not be empty",
        "links.json",
        "monument-named-after-abai",
        "reverse_label",
    ),
    "reverse-label-in-another-language": BadPack(
        _pack(links={"monument-named-after-abai": {"reverse_label": {"en": "x", "de": "y"}}}),
        "'de' is not one of the pack's languages",
        "links.json",
        "monument-named-after-abai",
        "reverse_label",
    ),
    "unknown-source": BadPack(
        _pack(cards={"abai-monument-rome": {"sources": ["astana-times-2024"]}}),
        "unknown source 'astana-times-2024'",
        "cards.json",
        "abai-monument-rome",
        "sources",
    ),
    "card-without-source": BadPack(
        _pack(cards={"dante": {"sources": []}}),
        "must list at least one source",
        "cards.json",
        "dante",
        "sources",
    ),
    "bad-date": BadPack(
        _pack(cards={"dante": {"start": "around 1265"}}),
        "'around 1265' is not a date",
        "cards.json",
        "dante",
        "start",
    ),
    "end-before-start": BadPack(
        _pack(eras={"nineteenth-century": {"start": "1900", "end": "1801"}}),
        "the end 1801 comes before the start 1900",
        "eras.json",
        "nineteenth-century",
        "end",
    ),
    "unknown-language": BadPack(
        _pack(cards={"dante": {"title": {"en": "Dante", "fr": "Dante"}}}),
        "'fr' is not one of the pack's languages (en, it, kk, ru)",
        "cards.json",
        "dante",
        "title",
    ),
    "missing-english": BadPack(
        _pack(categories={"literature": {"name": {"it": "Letteratura"}}}),
        "the English text ('en') is required",
        "categories.json",
        "literature",
        "name",
    ),
    "empty-text": BadPack(
        _pack(cards={"dante": {"summary": {"en": "  "}}}),
        "'en': must not be empty",
        "cards.json",
        "dante",
        "summary",
    ),
    "bad-colour": BadPack(
        _pack(categories={"architecture": {"colour": "red"}}),
        "'red' is not a colour",
        "categories.json",
        "architecture",
        "colour",
    ),
    "bad-url": BadPack(
        _pack(sources={"astana-times-2025": {"url": "ftp://astanatimes.com/"}}),
        "is not a web address starting with http:// or https://",
        "sources.json",
        "astana-times-2025",
        "url",
    ),
    "latitude-out-of-range": BadPack(
        _pack(places={"semey": {"latitude": 95}}),
        "95 is not between -90 and 90",
        "places.json",
        "semey",
        "latitude",
    ),
    "bad-kind": BadPack(
        _pack(cards={"dante": {"kind": "poet"}}),
        "'poet' is not a kind; use one of person",
        "cards.json",
        "dante",
        "kind",
    ),
    "bad-translation-status": BadPack(
        _pack(cards={"abai": {"translation_status": {"it": "done", "kk": "draft", "ru": "draft"}}}),
        "'it': 'done' is not a translation status",
        "cards.json",
        "abai",
        "translation_status",
    ),
    "missing-translation-status": BadPack(
        _pack(cards={"abai-monument-rome": {"translation_status": REMOVE}}),
        "the title has text in 'it' but no translation status for it",
        "cards.json",
        "abai-monument-rome",
        "translation_status",
    ),
    "missing-media-file": BadPack(
        _pack(files={"media/abai-portrait.jpg": REMOVE}),
        "'media/abai-portrait.jpg' is not in the pack",
        "media.json",
        "abai-portrait",
        "file",
    ),
    "text-named-jpg": BadPack(
        _pack(files={"media/abai-portrait.jpg": "A portrait of Abai, described in words.\n"}),
        "not a PNG or JPEG image (cannot identify image file)",
        "media/abai-portrait.jpg",
        "abai-portrait",
        "file",
    ),
    "image-too-large": BadPack(
        lambda tmp_dir: write_valid_pack(tmp_dir, files={"media/abai-monument.png": bomb_png()}),
        "the picture is too large",
        "media/abai-monument.png",
        "abai-monument",
        "file",
    ),
    "path-escape-folder": BadPack(
        _escaping_media_path(zipped=False),
        "'media/../../outside.png' points outside the pack",
        "media.json",
        "abai-monument",
        "file",
    ),
    "path-escape-zip": BadPack(
        _escaping_media_path(zipped=True),
        "'media/../../outside.png' points outside the pack",
        "media.json",
        "abai-monument",
        "file",
    ),
    "absolute-path-folder": BadPack(
        _absolute_media_path(zipped=False),
        "is an absolute path",
        "media.json",
        "abai-monument",
        "file",
    ),
    "absolute-path-zip": BadPack(
        _absolute_media_path(zipped=True),
        "is an absolute path",
        "media.json",
        "abai-monument",
        "file",
    ),
    "backslash-path": BadPack(
        _pack(media={"abai-monument": {"file": "media\\abai-monument.png"}}),
        "contains a backslash; separate folders with /",
        "media.json",
        "abai-monument",
        "file",
    ),
    "symlink-outside-folder": BadPack(
        _symlink_outside,
        "media/abai-monument.png: is a link to somewhere outside the pack",
        "media/abai-monument.png",
    ),
    "zip-member-escapes": BadPack(
        _zip_with_member("../evil.txt"),
        "member '../evil.txt' points outside the pack",
        "pack.zip",
    ),
    "zip-member-absolute": BadPack(
        _zip_with_member("/tmp/evil.txt"),
        "member '/tmp/evil.txt' is an absolute path",
        "pack.zip",
    ),
    "title-of-ten-megabytes": BadPack(
        _pack(cards={"dante": {"title": {"en": "D" * 10 * MB}}}),
        "'en': is 10,485,760 characters long; at most 300 are allowed here",
        "cards.json",
        "dante",
        "title",
    ),
    "too-many-tags": BadPack(
        _pack(cards={"abai": {"tags": [f"tag {n}" for n in range(51)]}}),
        "lists 51 texts; at most 50 are allowed here",
        "cards.json",
        "abai",
        "tags",
    ),
    "too-many-languages": BadPack(
        _pack(
            manifest={
                "languages": ["en", *(f"x{chr(97 + n // 26)}{chr(97 + n % 26)}" for n in range(50))]
            }
        ),
        "lists 51 language codes; at most 50 are allowed here",
        "manifest.json",
        None,
        "languages",
    ),
    "nul-in-title": BadPack(
        _pack(cards={"dante": {"title": {"en": "Dante\x00"}}}),
        "'en': contains U+0000 NUL at character 6",
        "cards.json",
        "dante",
        "title",
    ),
    "bidi-override-in-caption": BadPack(
        _pack(media={"abai-monument": {"caption": {"en": EVIL_NAME}}}),
        "'en': contains U+202E RIGHT-TO-LEFT OVERRIDE at character 5",
        "media.json",
        "abai-monument",
        "caption",
    ),
    "invisible-title": BadPack(
        _pack(cards={"dante": {"title": {"en": "\u200b\u200c"}}}),
        "'en': has no visible character: it holds only U+200B ZERO WIDTH SPACE, "
        "U+200C ZERO WIDTH NON-JOINER",
        "cards.json",
        "dante",
        "title",
    ),
    "space-in-url": BadPack(
        _pack(sources={"astana-times-2025": {"url": "https://astanatimes.com/a b"}}),
        "contains U+0020 SPACE at character 26",
        "sources.json",
        "astana-times-2025",
        "url",
    ),
    "version-out-of-bounds": BadPack(
        _pack(manifest={"version": "99999999999999999999999999.0"}),
        "has a number of 26 digits; each number in a version has at most 9 digits",
        "manifest.json",
        None,
        "version",
    ),
    "picture-side-too-long": BadPack(
        _pack(files={"media/abai-monument.png": png_bytes((30_001, 2))}),
        "the picture is too large: 30,001 × 2 pixels",
        "media/abai-monument.png",
        "abai-monument",
        "file",
    ),
    "malformed-card-reference": BadPack(
        _pack(links={"abai-related-dante": {"to": "Other-Pack:dante"}}),
        "'Other-Pack:dante' is not a card reference",
        "links.json",
        "abai-related-dante",
        "to",
    ),
    "zip-declares-too-much": BadPack(
        _zip_declaring_3_gb,
        "the zip unpacks to 3 GB; at most 2 GB are allowed",
        "pack.zip",
    ),
}

BAD_PACKS: dict[str, Callable[[Path], tuple[Path, str]]] = dict(CASES)

WHERE: dict[str, tuple[str, str | None, str | None]] = {
    name: (case.file, case.item, case.field) for name, case in CASES.items()
}
