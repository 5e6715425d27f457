"""Write small, valid content packs for tests, as real files with real pictures.

    folder = write_valid_pack(tmp_path)
    broken = write_valid_pack(tmp_path, name="broken", cards={"abai": {"summary": REMOVE}})
    zipped = write_valid_pack(tmp_path, zipped=True)

Changes are keyed by file stem ("cards" for cards.json):

* ``manifest={"format_version": 2}`` sets fields of the manifest;
* ``cards={"abai": {"title": {...}}}`` sets fields of the item with that id;
  a field set to REMOVE is left out, an item set to REMOVE is dropped;
* ``cards=[...]`` replaces the whole list; ``routes=REMOVE`` leaves the file out.

``files={"media/x.jpg": b"..."}`` writes raw files over the generated ones (REMOVE deletes).
"""

from __future__ import annotations

import copy
import functools
import io
import json
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PIL import Image


class _Remove:
    def __repr__(self) -> str:
        return "REMOVE"


REMOVE: Any = _Remove()
"""As a change: leave out this field, item or file."""

PACK_ID = "test-pack"


def png_bytes(size: tuple[int, int] = (16, 12), colour: str = "#1f77b4") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes(size: tuple[int, int] = (16, 12), colour: str = "#d62728") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="JPEG")
    return buffer.getvalue()


@functools.cache
def huge_jpeg(side: int = 9_400) -> bytes:
    """A real side × side JPEG (one grey, low quality: about 1 MB, made in a fraction of a
    second). At 9,400 Pillow's bomb check accepts it and Qt refuses it: decoded, it would
    take more than Qt's 256 MB allocation limit."""
    buffer = io.BytesIO()
    Image.new("L", (side, side), 128).save(buffer, format="JPEG", quality=10)
    return buffer.getvalue()


def valid_pack_data() -> dict[str, Any]:
    """The JSON content of the valid pack, by file stem; a fresh copy on each call."""
    return copy.deepcopy(_VALID_PACK)


def valid_media_files() -> dict[str, bytes]:
    return {
        "media/abai-portrait.jpg": jpeg_bytes(),
        "media/abai-monument.png": png_bytes(),
    }


def write_valid_pack(
    tmp_dir: Path,
    *,
    name: str = "pack",
    zipped: bool = False,
    top_folder: str | None = None,
    files: Mapping[str, bytes | str | Any] | None = None,
    **changes: Any,
) -> Path:
    """Write the valid pack, with ``changes``, to ``tmp_dir/name`` (or ``tmp_dir/name.zip``).

    With ``zipped``, the files go into a zip, under ``top_folder`` if one is given.
    """
    data = apply_changes(valid_pack_data(), changes)
    contents: dict[str, bytes | str] = {
        f"{stem}.json": json.dumps(items, ensure_ascii=False, indent=2)
        for stem, items in data.items()
    }
    contents.update(valid_media_files())
    for file_name, content in (files or {}).items():
        if content is REMOVE:
            contents.pop(file_name, None)
        else:
            contents[file_name] = content
    if zipped:
        return write_zip(tmp_dir / f"{name}.zip", contents, top_folder=top_folder)
    return write_folder(tmp_dir / name, contents)


def apply_changes(data: dict[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    for stem, change in changes.items():
        if stem not in data:
            raise ValueError(f"no file {stem}.json in the pack")
        if change is REMOVE:
            del data[stem]
        elif isinstance(change, list):
            data[stem] = change
        elif stem == "manifest":
            _set_fields(data[stem], change)
        else:
            data[stem] = _change_items(data[stem], change)
    return data


def _change_items(items: list[dict[str, Any]], changes: Mapping[str, Any]) -> list[dict[str, Any]]:
    by_id = {item["id"]: item for item in items}
    unknown = set(changes) - set(by_id)
    if unknown:
        raise ValueError(f"no items {sorted(unknown)} to change")
    kept = []
    for item in items:
        change = changes.get(item["id"], {})
        if change is not REMOVE:
            kept.append(_set_fields(item, change))
    return kept


def _set_fields(item: dict[str, Any], fields: Mapping[str, Any]) -> dict[str, Any]:
    for field, value in fields.items():
        if value is REMOVE:
            item.pop(field, None)
        else:
            item[field] = value
    return item


def write_folder(folder: Path, contents: Mapping[str, bytes | str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for file_name, content in contents.items():
        path = folder / file_name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    return folder


def write_zip(
    zip_path: Path, contents: Mapping[str, bytes | str], top_folder: str | None = None
) -> Path:
    """A real zip of ``contents``; member names are written exactly as given (even unsafe)."""
    prefix = f"{top_folder}/" if top_folder else ""
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for file_name, content in contents.items():
            archive.writestr(f"{prefix}{file_name}", content)
    return zip_path


def zip_folder(folder: Path, zip_path: Path, top_folder: str | None = None) -> Path:
    contents = {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
    return write_zip(zip_path, contents, top_folder=top_folder)


_VALID_PACK: dict[str, Any] = {
    "manifest": {
        "format": "italy-kazakhstan-explorer-pack",
        "format_version": 1,
        "id": PACK_ID,
        "title": {"en": "Test pack", "it": "Pacchetto di prova"},
        "version": "1.0.0",
        "languages": ["en", "it", "kk", "ru"],
        "licence": "CC BY 4.0",
        "description": {"en": "A small pack for tests."},
    },
    "categories": [
        {
            "id": "literature",
            "name": {"en": "Literature", "it": "Letteratura"},
            "colour": "#1f77b4",
        },
        {
            "id": "architecture",
            "name": {"en": "Architecture", "it": "Architettura"},
            "colour": "#D62728",
        },
    ],
    "sources": [
        {
            "id": "astana-times-2025",
            "title": "Abai monument unveiled in Rome",
            "publisher": "The Astana Times",
            "date": "2025-09",
            "url": "https://astanatimes.com/",
            "note": "the monument and its unveiling",
        },
        {
            "id": "abai-encyclopedia",
            "title": "Abai: an encyclopedia",
            "publisher": "Atamura",
            "date": "circa 1995",
        },
    ],
    "places": [
        {
            "id": "rome",
            "name": {"en": "Rome", "it": "Roma", "kk": "Рим", "ru": "Рим"},
            "latitude": 41.9028,
            "longitude": 12.4964,
            "country": "IT",
        },
        {
            "id": "semey",
            "name": {"en": "Semey", "kk": "Семей", "ru": "Семей"},
            "latitude": 50.4111,
            "longitude": 80,
            "country": "KZ",
        },
    ],
    "routes": [
        {
            "id": "semey-to-rome",
            "name": {"en": "From Semey to Rome"},
            "places": ["semey", "rome"],
            "sources": ["astana-times-2025"],
        },
    ],
    "eras": [
        {
            "id": "nineteenth-century",
            "name": {"en": "19th century", "it": "Ottocento"},
            "start": "1801",
            "end": "1900",
            "colour": "#8c564b",
        },
    ],
    "media": [
        {
            "id": "abai-portrait",
            "file": "media/abai-portrait.jpg",
            "credit": "Test painter",
            "licence": "public domain",
            "caption": {"en": "Abai"},
            "alt": {"en": "A drawn portrait of a bearded man"},
            "illustration": True,
        },
        {
            "id": "abai-monument",
            "file": "media/abai-monument.png",
            "credit": "Test photographer",
            "licence": "CC BY 4.0",
            "caption": {"en": "The monument", "it": "Il monumento"},
            "alt": {"en": "A bronze statue in a park"},
        },
    ],
    "cards": [
        {
            "id": "abai",
            "kind": "person",
            "category": "literature",
            "side": "kazakhstan",
            "title": {
                "en": "Abai Qunanbaiuly",
                "it": "Abai Kunanbaev",
                "kk": "Абай Құнанбайұлы",
                "ru": "Абай Кунанбаев",
            },
            "summary": {"en": "Kazakh poet and thinker."},
            "body": {"en": "First paragraph.\n\nSecond paragraph."},
            "sources": ["abai-encyclopedia"],
            "start": "1845-08-10",
            "end": "1904-07-06",
            "places": ["semey"],
            "tags": ["poet", "philosopher"],
            "image": "abai-portrait",
            "translation_status": {"it": "reviewed", "kk": "draft", "ru": "draft"},
        },
        {
            "id": "abai-monument-rome",
            "kind": "work",
            "category": "architecture",
            "side": "both",
            "title": {"en": "Abai monument in Rome", "it": "Il monumento ad Abai a Roma"},
            "summary": {"en": "A monument to Abai in Rome."},
            "body": {"en": "The monument stands in Rome."},
            "sources": ["astana-times-2025"],
            "start": "2025-09-29",
            "date_note": {"en": "Unveiling date as reported."},
            "places": ["rome"],
            "image": "abai-monument",
            "translation_status": {"it": "draft"},
        },
        {
            "id": "dante",
            "kind": "person",
            "category": "literature",
            "side": "italy",
            "title": {"en": "Dante Alighieri"},
            "summary": {"en": "Italian poet."},
            "body": {"en": "Author of the Divine Comedy."},
            "sources": ["abai-encyclopedia"],
            "start": "1265",
            "end": "1321-09-14",
        },
    ],
    "links": [
        {
            "id": "monument-named-after-abai",
            "from": "abai-monument-rome",
            "to": "abai",
            "type": "named-after",
            "label": {"en": "named after", "it": "intitolato a"},
            "sources": ["astana-times-2025"],
        },
        {
            "id": "abai-related-dante",
            "from": "abai",
            "to": "dante",
            "type": "related",
            "label": {"en": "related to"},
        },
    ],
    "figures": [
        {
            "id": "monument-height",
            "card": "abai-monument-rome",
            "label": {"en": "Height"},
            "value": 4.5,
            "unit": "m",
            "date": "2025",
            "source": "astana-times-2025",
        },
    ],
}
