"""The headless command-line verbs: validate, import and stats."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from explorer.content.library import (
    ContentLibrary,
    ContentUnavailable,
    ImportFailed,
    PackTakeover,
)
from explorer.content.problems import PackInvalid, warning_lines
from explorer.content.progress_line import ProgressLine
from explorer.content.validate import check_pack
from explorer.store.locations import BUNDLED_COLLECTION, user_data_path, user_database_path
from explorer.store.storage_problem import DamagedDatabase
from explorer.store.usage_stats import CARD_VIEW, LANGUAGE, DailyUsage, UsageStats, write_csv
from explorer.store.user_db_read_only import open_user_database_read_only


def validate_command(pack: Path) -> int:
    """Print every problem of ``pack``, then its warnings; 1 when it has problems."""
    try:
        summary = check_pack(pack)
    except PackInvalid as invalid:
        print(invalid, file=sys.stderr)
        for line in warning_lines(invalid.warnings, invalid.unlisted_warnings):
            print(line, file=sys.stderr)
        return 1
    print(f"{pack}: valid pack '{summary.manifest.id}' with {summary.cards} cards")
    for line in warning_lines(summary.warnings, summary.unlisted_warnings):
        print(line, file=sys.stderr)
    return 0


def import_command(pack: Path, *, replace: bool = False) -> int:
    """Import ``pack``, showing its progress on standard error (see ``ProgressLine``)."""
    return import_with_progress(pack, ProgressLine(), replace=replace)


def import_with_progress(
    pack: Path, progress: ProgressLine, *, replace: bool = False, origin: Path | None = None
) -> int:
    """Import ``pack`` (said to come from ``origin``, when given), its steps shown by
    ``progress``; 1 (said why) when nothing was imported."""
    library = ContentLibrary(user_data_path(), BUNDLED_COLLECTION)
    try:
        report = library.import_pack(pack, replace=replace, progress=progress, origin=origin)
    except (PackInvalid, PackTakeover, ImportFailed, ContentUnavailable) as error:
        progress.end_line()
        print(error, file=sys.stderr)
        if isinstance(error, PackTakeover) and error.replaceable:
            print("To do that, import it again with --replace.", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return 1
    progress.end_line()
    for notice in report.notices:
        print(notice, file=sys.stderr)
    for line in warning_lines(report.warnings, report.unlisted_warnings):
        print(line, file=sys.stderr)
    if report.unchanged:
        print(f"'{report.pack_id}' version {report.version} is already imported; nothing changed")
    elif report.replaced is not None:
        print(f"Replaced {report.replaced} with version {report.version} ({report.cards:,} cards)")
    else:
        print(
            f"Imported '{report.pack_id}' version {report.version} ({report.cards:,} cards) "
            f"into {library.database}"
        )
    return 0


def _usage(path: Path) -> tuple[list[DailyUsage], list[tuple[str, int]], list[tuple[str, int]]]:
    """Daily rows and card and language totals, read without creating, migrating or changing
    the user database (also in a folder that cannot be written); nothing when there is none
    yet. Raises ``DamagedDatabase``, ``sqlite3.Error`` or ``OSError`` when it cannot be read."""
    if not path.exists() or path.stat().st_size == 0:
        return [], [], []
    db = open_user_database_read_only(path)
    try:
        stats = UsageStats(db)
        return stats.daily_rows(), stats.totals(CARD_VIEW), stats.totals(LANGUAGE)
    finally:
        db.close()


def stats_command(as_csv: bool) -> int:
    try:
        path = user_database_path()
    except OSError as error:
        print(f"explorer stats: the data folder cannot be used: {error}", file=sys.stderr)
        return 1
    try:
        rows, cards, languages = _usage(path)
    except (sqlite3.Error, OSError) as error:
        reason = " ".join(str(error).split())
        if isinstance(error, DamagedDatabase):
            said = f"the user database {path} is damaged ({reason}) and was left as it is."
        else:
            said = f"cannot read the user database {path}: {reason}; it was left as it is."
        print(f"explorer stats: {said}", file=sys.stderr)
        return 1
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
