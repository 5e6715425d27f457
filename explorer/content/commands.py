"""The headless command-line verbs: validate, import and stats."""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.content.importer import import_pack
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack
from explorer.store.content_writer import PackConflict
from explorer.store.database import open_database
from explorer.store.locations import content_database_path, user_database_path
from explorer.store.usage_stats import CARD_VIEW, LANGUAGE, DailyUsage, UsageStats, write_csv


def validate_command(pack: Path) -> int:
    try:
        collection = load_pack(pack)
    except PackInvalid as invalid:
        print(invalid, file=sys.stderr)
        return 1
    print(f"{pack}: valid pack '{collection.manifest.id}' with {len(collection.cards)} cards")
    return 0


def import_command(pack: Path) -> int:
    database = content_database_path()
    try:
        collection = import_pack(pack, database)
    except (PackInvalid, PackConflict) as error:
        print(error, file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return 1
    print(f"Imported '{collection.manifest.id}' ({len(collection.cards)} cards) into {database}")
    return 0


def _usage() -> tuple[list[DailyUsage], list[tuple[str, int]], list[tuple[str, int]]]:
    """Daily rows and card and language totals, read without creating or migrating the
    user database; nothing when there is none yet."""
    path = user_database_path()
    if not path.exists() or path.stat().st_size == 0:
        return [], [], []
    db = open_database(path, read_only=True)
    try:
        stats = UsageStats(db)
        return stats.daily_rows(), stats.totals(CARD_VIEW), stats.totals(LANGUAGE)
    finally:
        db.close()


def stats_command(as_csv: bool) -> int:
    rows, cards, languages = _usage()
    if as_csv:
        write_csv(rows, sys.stdout)
        return 0
    if not rows:
        print("No usage recorded yet.")
        return 0
    sessions = sum(row.sessions for row in rows)
    views = sum(row.card_views for row in rows)
    days = len(rows)
    print(
        f"{days} day{'' if days == 1 else 's'} with usage, {rows[0].day} to {rows[-1].day}: "
        f"{sessions} session{'' if sessions == 1 else 's'}, "
        f"{views} card view{'' if views == 1 else 's'}"
    )
    if cards:
        print("Most viewed cards: " + ", ".join(f"{card} ({n})" for card, n in cards[:5]))
    if languages:
        print("Languages: " + ", ".join(f"{code} ({n})" for code, n in languages))
    print("One row per day: explorer stats --csv")
    return 0
