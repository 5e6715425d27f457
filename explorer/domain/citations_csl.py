"""CSL-JSON items (the citation data Zotero, Pandoc and citeproc read) for a card and for
a source. A date holds only the parts that are known: a year-only date is ``[[2021]]``."""

from __future__ import annotations

import json
from typing import Any

from explorer.domain.citation_dates import date_parts
from explorer.domain.citations import PUBLISHER, CardReference
from explorer.domain.citations_bibtex import safe_key
from explorer.domain.entities import Source
from explorer.domain.fuzzy_date import FuzzyDate, Qualifier
from explorer.domain.references import local_id

_CIRCA = frozenset({Qualifier.CIRCA, Qualifier.UNCERTAIN_CIRCA})


def csl_date(date: FuzzyDate) -> dict[str, Any]:
    """A CSL date: its parts, ``circa`` when it is approximate; a decade or century as the
    range of its years, a season with CSL's number for it (1 spring … 4 winter)."""
    parts = [date_parts(date)]
    if date.extent > 1 and date.month is None:
        parts.append([date.year + date.extent - 1])
    value: dict[str, Any] = {"date-parts": parts}
    if date.extent > 1 and date.month is not None:
        value["season"] = date.month // 3
    if date.qualifier in _CIRCA:
        value["circa"] = True
    return value


def csl_source(source: Source) -> dict[str, Any]:
    """A ``webpage`` for a source with an address, a ``document`` for one without."""
    item: dict[str, Any] = {
        "id": safe_key(local_id(source.id), "source"),
        "type": "webpage" if source.url else "document",
        "title": source.title,
    }
    if source.publisher:
        item["author"] = [{"literal": source.publisher}]
        item["publisher"] = source.publisher
    if source.date is not None:
        item["issued"] = csl_date(source.date)
    if source.url:
        item["URL"] = source.url
    return item


def csl_card(card: CardReference) -> dict[str, Any]:
    """An ``entry-encyclopedia``: the card as an entry of its collection."""
    accessed = card.accessed
    return {
        "id": safe_key(card.key, "card"),
        "type": "entry-encyclopedia",
        "title": card.title,
        "container-title": card.collection,
        "version": card.version,
        "author": [{"literal": PUBLISHER}],
        "publisher": PUBLISHER,
        "accessed": {"date-parts": [[accessed.year, accessed.month, accessed.day]]},
    }


def csl_text(items: list[dict[str, Any]]) -> str:
    """The items as a CSL-JSON document: a list, letters beyond ASCII kept as they are."""
    return json.dumps(items, ensure_ascii=False, indent=2)
