"""Turning what a person typed into a safe FTS5 query.

Every word becomes a quoted prefix term, so FTS syntax in the input (AND, NEAR, quotes,
stars, colons, brackets) is matched as plain text and can never raise.
"""

from __future__ import annotations

import re

from explorer.domain.folding import fold

_WORD = re.compile(r"\w+")
MAX_TERMS = 12


def match_expression(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text``, or None when it holds no word."""
    words = _WORD.findall(fold(text))[:MAX_TERMS]
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
