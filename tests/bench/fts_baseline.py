"""The plain FTS5 search that the search benchmark compares ours against.

The product does not use FTS5 (its search is ``explorer.store.search_index``); the benchmark
builds this table itself, beside the imported cards, from the same folded texts. Every typed
word becomes a quoted prefix term, so FTS syntax in the input is matched as plain text.
"""

from __future__ import annotations

import re
import sqlite3

from explorer.domain.folding import fold

_WORD = re.compile(r"\w+")
MAX_TERMS = 12
RANK_WEIGHTS = "0, 0, 10.0, 4.0, 1.0"


def create_fts_table(conn: sqlite3.Connection, name: str = "card_search") -> None:
    """An FTS5 table ``name`` over the folded title, summary and body of every card text."""
    conn.execute(
        f"CREATE VIRTUAL TABLE {name} USING fts5(card_id UNINDEXED, lang UNINDEXED, "
        'title, summary, body, tokenize = "unicode61 remove_diacritics 2")'
    )
    rows = conn.execute("SELECT card_id, lang, title, summary, body FROM card_texts")
    conn.executemany(
        f"INSERT INTO {name} VALUES (?, ?, ?, ?, ?)",
        ((card, lang, fold(title), fold(summary), fold(body))
         for card, lang, title, summary, body in rows.fetchall()),
    )


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text``, or None when it holds no word."""
    words = _WORD.findall(fold(text))[:MAX_TERMS]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)


def fts_card_ids(conn: sqlite3.Connection, query: str) -> list[str]:
    """Cards matching ``query``, ranked by bm25 (title above summary above body)."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = conn.execute(
        f"""
        SELECT s.card_id FROM card_search s JOIN cards c ON c.id = s.card_id
        WHERE card_search MATCH ? ORDER BY bm25(card_search, {RANK_WEIGHTS}), c.position
        """,
        [expression],
    )
    return list(dict.fromkeys(row[0] for row in rows))
