"""`explorer export FORMAT OUT`: a pack, the library or a search as TimelineJS JSON or CSV."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from explorer.content.export.events import PictureWriter, exported_events
from explorer.content.export.selection import ExportRefused, exported_ids
from explorer.content.export.timeline_csv import write_timeline_csv
from explorer.content.export.timeline_document import exported_eras, title_slide
from explorer.content.export.timeline_json import timeline_json
from explorer.store.content_store import ContentStore

FORMATS = ("timelinejs", "csv")


def export_timeline(
    store: ContentStore,
    form: str,
    out: Path,
    *,
    pack: str | None = None,
    query: str | None = None,
    language: str = "en",
) -> tuple[int, list[str]]:
    """Write the cards asked for to ``out``, their pictures into the folder beside it
    (``NAME-FORMAT-media`` for ``NAME.json``); returns how many were written and the ids left
    out for want of a date. Nothing is left half-written: both are made under other names
    and renamed at the end."""
    if form not in FORMATS:
        raise ExportRefused(f"'{form}' is not an export format; use one of {', '.join(FORMATS)}")
    media = out.with_name(f"{out.stem}-{form}-media")
    for path in (out, media):
        if path.exists():
            raise ExportRefused(f"{path} exists already; choose another name or move it away")
    ids = exported_ids(store, pack=pack, query=query)
    building = out.with_name(f"{out.name}.partial")
    pictures = PictureWriter(store, out.with_name(f"{media.name}.partial"), media.name)
    try:
        events, undated = exported_events(store, ids, language, pictures)
        title = title_slide(store, pack, language)
        eras = exported_eras(store, pack, language)
        with building.open("w", encoding="utf-8-sig" if form == "csv" else "utf-8") as file:
            if form == "csv":
                write_timeline_csv(file, title, events, eras)
            else:
                json.dump(timeline_json(title, events, eras), file, ensure_ascii=False, indent=1)
        if pictures.written:
            pictures.folder.rename(media)
        building.rename(out)
    except BaseException:
        shutil.rmtree(pictures.folder, ignore_errors=True)
        if building.is_file():
            building.unlink()
        raise
    return len(events), undated


def export_command(
    form: str, out: Path, *, pack: str | None, query: str | None, language: str
) -> int:
    from explorer.content.library import ContentLibrary, ContentUnavailable
    from explorer.content.problems import PackInvalid
    from explorer.store.locations import BUNDLED_COLLECTION, content_database_path

    try:
        database = ContentLibrary.for_database(
            content_database_path(), BUNDLED_COLLECTION
        ).prepare()
        store = ContentStore.open(database.database)
    except (ContentUnavailable, PackInvalid, OSError) as error:
        print(f"explorer export: the content cannot be read: {error}", file=sys.stderr)
        return 1
    try:
        written, undated = export_timeline(
            store, form, out, pack=pack, query=query, language=language
        )
    except (ExportRefused, OSError) as error:
        print(f"explorer export: {error}. Nothing was written.", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"Wrote {written:,} events to {out}")
    if undated:
        print(
            f"Left out {len(undated):,} cards without a date: {', '.join(undated[:10])}"
            + (" …" if len(undated) > 10 else "")
        )
    return 0
