"""The floor of the import benchmark, in a process of its own.

    python -m tests.bench.import_floor PACK DATABASE

Reads the cards of PACK (``cards.jsonl``, in a folder or a zip) a line at a time with
``json.loads``, turns each into the rows the explorer writes for it (its ``cards`` row,
derived date columns included, and one ``card_texts`` row a language) and inserts them
with sqlite-utils ``insert_all`` into a new database file (tables made by sqlite-utils from
the rows, with the same primary keys), in batches of 1,000 cards, with the pragmas the
explorer builds with (no journal, no syncing). Then it indexes the texts with SQLite's FTS5
(sqlite-utils ``enable_fts`` over title, summary, body and date note: the full-text index
of the same rows) and flushes the file to disk. No checks, no other table, no index but
the primary keys and FTS5, no kept copy of the pack.

Prints one JSON line, ``{"cards": …, "fts_seconds": …, "peak_rss_kib": …}``, with the time
the FTS5 index took, so that the floor can be given with and without it.
"""

from __future__ import annotations

import json
import os
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

BATCH = 1_000
FTS_COLUMNS = ["title", "summary", "body", "date_note"]


@contextmanager
def card_lines(pack: Path) -> Iterator[IO[bytes]]:
    if pack.is_dir():
        with open(pack / "cards.jsonl", "rb") as lines:
            yield lines
        return
    with zipfile.ZipFile(pack) as archive, archive.open("cards.jsonl") as lines:
        yield lines


def rows(pack_id: str, position: int, card: dict) -> tuple[dict, list[dict]]:
    from explorer.domain.fuzzy_date import FuzzyDate

    key = f"{pack_id}:{card['id']}"
    start = FuzzyDate.parse(card["start"]) if "start" in card else None
    end = FuzzyDate.parse(card["end"]) if "end" in card else None
    sort_day = sort_rank = sort_precision = first_day = last_day = None
    if start is not None:
        first_day, last_day = start.period()[0], (end or start).period()[1]
        sort_day, sort_rank, sort_precision = start.sort_key()
    card_row = {
        "id": key,
        "pack_id": pack_id,
        "kind": card["kind"],
        "category": f"{pack_id}:{card['category']}",
        "side": card["side"],
        "start": card.get("start"),
        "end": card.get("end"),
        "first_day": first_day,
        "last_day": last_day,
        "sort_day": sort_day,
        "sort_rank": sort_rank,
        "sort_precision": sort_precision,
        "timeline_qualifier": start.qualifier.value if start else None,
        "timeline_precision": int(start.precision) if start else None,
        "image": None,
        "tags_json": json.dumps(card.get("tags", []), ensure_ascii=False),
        "status_json": json.dumps(card.get("translation_status", {}), ensure_ascii=False),
        "position": position,
    }
    texts = [
        {
            "card_id": key,
            "lang": language,
            "title": card["title"].get(language, ""),
            "summary": card["summary"].get(language, ""),
            "body": card["body"].get(language, ""),
            "date_note": card.get("date_note", {}).get(language, ""),
        }
        for language in card["title"]
    ]
    return card_row, texts


def main(pack: Path, database: Path) -> dict[str, float]:
    from sqlite_utils import Database

    from tests.bench.memory import peak_rss_kib

    database.unlink(missing_ok=True)
    db = Database(database)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    count = 0
    cards: list[dict] = []
    texts: list[dict] = []

    def insert() -> None:
        db["cards"].insert_all(cards, pk="id")
        db["card_texts"].insert_all(texts, pk=("card_id", "lang"))
        cards.clear()
        texts.clear()

    with card_lines(pack) as lines:
        for line in lines:
            if not line.strip():
                continue
            card_row, text_rows = rows("bench", count, json.loads(line))
            cards.append(card_row)
            texts.extend(text_rows)
            count += 1
            if len(cards) == BATCH:
                insert()
    if cards:
        insert()
    started = time.perf_counter()
    db["card_texts"].enable_fts(FTS_COLUMNS, fts_version="FTS5")
    fts_seconds = time.perf_counter() - started
    db.close()
    with open(database, "rb+") as file:
        os.fsync(file.fileno())
    return {"cards": count, "fts_seconds": fts_seconds, "peak_rss_kib": peak_rss_kib()}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), Path(sys.argv[2]))), flush=True)
