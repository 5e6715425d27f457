"""Anonymous usage counts, kept per day in the user database's ``usage_daily`` table.

Three metrics: ``session`` (key ""), ``card_view`` (key: the card id) and ``language`` (key:
the language code). Nothing personal is kept: no time finer than the day, no search text, no
order of events; only how many times each thing happened that day.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import NamedTuple, TextIO

from explorer.store.connection import Connection

SESSION = "session"
CARD_VIEW = "card_view"
LANGUAGE = "language"
TOP_CARDS = 5
CSV_HEADER = ("day", "sessions", "card_views", "top_cards", "languages")


class DailyUsage(NamedTuple):
    """One day's counts: top cards (at most five) and languages, most used first."""

    day: str
    sessions: int
    card_views: int
    top_cards: tuple[tuple[str, int], ...]
    languages: tuple[tuple[str, int], ...]

    def languages_json(self) -> str:
        return json.dumps(dict(self.languages))


def _day_text(day: date | None) -> str:
    if day is None:
        day = date.today()
    if isinstance(day, datetime):  # never keep the time of day
        day = day.date()
    if not isinstance(day, date):
        raise TypeError(f"a day must be a date, not {day!r}")
    return day.isoformat()


def _pairs(pairs: tuple[tuple[str, int], ...]) -> str:
    return ";".join(f"{key}:{count}" for key, count in pairs)


class UsageStats:
    """Counting and reading the daily usage counts; each count in its own transaction.

    A count that cannot be written raises, unless ``on_write_error`` is given: then it is
    called with what was being done and the error, and the count is dropped.
    """

    def __init__(
        self,
        db: Connection,
        *,
        on_write_error: Callable[[str, sqlite3.Error], None] | None = None,
    ):
        self.db = db
        self.on_write_error = on_write_error

    def _increment(self, metric: str, key: str, day: date | None) -> None:
        day_text = _day_text(day)
        try:
            with self.db.atomic():
                self.db.execute(
                    "INSERT INTO usage_daily (day, metric, key, count) VALUES (?, ?, ?, 1) "
                    "ON CONFLICT (day, metric, key) DO UPDATE SET count = count + 1",
                    [day_text, metric, key],
                )
        except sqlite3.Error as error:
            if self.on_write_error is None:
                raise
            self.on_write_error(f"record a {metric} count", error)

    def record_session(self, day: date | None = None) -> None:
        self._increment(SESSION, "", day)

    def record_card_view(self, card_id: str, day: date | None = None) -> None:
        if not isinstance(card_id, str) or not card_id:
            raise ValueError(f"not a card id: {card_id!r}")
        self._increment(CARD_VIEW, card_id, day)

    def record_language(self, code: str, day: date | None = None) -> None:
        # Imported here, as csv below: a start opens the usage counts and needs neither.
        from explorer.domain.kiosk_config import KIOSK_LANGUAGES

        if code not in KIOSK_LANGUAGES:
            raise ValueError(f"not a language of the explorer: {code!r}")
        self._increment(LANGUAGE, code, day)

    def daily_rows(self) -> list[DailyUsage]:
        """One row per day with any count, oldest first."""
        if "usage_daily" not in self.db.table_names():
            return []
        days: dict[str, dict[str, list[tuple[str, int]]]] = {}
        rows = self.db.execute(
            "SELECT day, metric, key, count FROM usage_daily ORDER BY day, metric, count DESC, key"
        ).fetchall()
        for day, metric, key, count in rows:
            days.setdefault(day, {}).setdefault(metric, []).append((key, count))
        result = []
        for day, metrics in days.items():
            cards = metrics.get(CARD_VIEW, [])
            result.append(
                DailyUsage(
                    day=day,
                    sessions=sum(count for _, count in metrics.get(SESSION, [])),
                    card_views=sum(count for _, count in cards),
                    top_cards=tuple(cards[:TOP_CARDS]),
                    languages=tuple(metrics.get(LANGUAGE, [])),
                )
            )
        return result

    def totals(self, metric: str) -> list[tuple[str, int]]:
        """Each key's count over all days for ``metric``, most counted first."""
        if "usage_daily" not in self.db.table_names():
            return []
        rows = self.db.execute(
            "SELECT key, sum(count) AS total FROM usage_daily WHERE metric = ? "
            "GROUP BY key ORDER BY total DESC, key",
            [metric],
        ).fetchall()
        return [(key, total) for key, total in rows]


def write_csv(rows: list[DailyUsage], stream: TextIO) -> None:
    """Write ``day,sessions,card_views,top_cards,languages``, one row per day."""
    import csv

    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for row in rows:
        writer.writerow(
            [row.day, row.sessions, row.card_views, _pairs(row.top_cards), _pairs(row.languages)]
        )
