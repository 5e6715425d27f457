"""Citations of a card and of its sources, in the styles readers use: Chicago
(notes-bibliography, as a bibliography entry), APA 7, BibTeX and CSL-JSON.

A card is cited as an entry of its collection, read in the explorer on a day the caller
gives; a source as the page or document it is. A source's ``note`` is for the pack's
editors and never appears in a citation. The styles are English styles, so their words
and dates are English; the card's and collection's titles are in the reader's language.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from explorer.domain.citation_dates import apa_date, chicago_date, day_text
from explorer.domain.collection import Manifest
from explorer.domain.entities import Card, Source, pick
from explorer.domain.references import local_id

PUBLISHER = "Italy–Kazakhstan Cultural Explorer"
"""Who publishes a card: the explorer the reader read it in."""


class CitationStyle(StrEnum):
    CHICAGO = "chicago"
    APA = "apa"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"


class CitationError(ValueError):
    """Raised when what is to be cited is incomplete: a card citing a source that the
    collection does not hold."""


@dataclass(frozen=True)
class CardReference:
    """A card as it is cited: its title, the collection it is part of, the day it was read."""

    key: str
    """The card's own id within its pack."""
    title: str
    collection: str
    version: str
    accessed: datetime.date


def card_reference(
    card: Card, manifest: Manifest, language: str, accessed: datetime.date
) -> CardReference:
    """``card`` of the collection ``manifest`` describes, its titles in ``language``."""
    return CardReference(
        key=local_id(card.id),
        title=pick(card.title, language)[0],
        collection=pick(manifest.title, language)[0],
        version=manifest.version,
        accessed=accessed,
    )


def sources_of(card: Card, sources: Mapping[str, Source]) -> tuple[Source, ...]:
    """The sources ``card`` cites, in its order; a CitationError names any it cites that
    ``sources`` (by id) lacks."""
    missing = [source_id for source_id in card.sources if source_id not in sources]
    if missing:
        names = ", ".join(repr(source_id) for source_id in missing)
        raise CitationError(f"card {card.id!r} cites sources that do not exist: {names}")
    return tuple(sources[source_id] for source_id in card.sources)


def _sentence(text: str) -> str:
    """``text`` ending with a full stop, unless it ends with punctuation of its own."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _quoted(title: str) -> str:
    """A title in quotation marks with the full stop inside, as Chicago sets it."""
    return f"“{_sentence(title)}”"


def chicago_source(source: Source) -> str:
    """``“Title.” Publisher. March 5, 2021. https://….``"""
    parts = [_quoted(source.title)]
    if source.publisher:
        parts.append(_sentence(source.publisher))
    if source.date is not None:
        parts.append(_sentence(chicago_date(source.date)))
    if source.url:
        parts.append(f"{source.url}.")
    return " ".join(parts)


def apa_source(source: Source) -> str:
    """``Publisher. (2021, March 5). Title. https://…`` — the publisher as group author;
    without one, the title takes the author's place."""
    date = f"({apa_date(source.date)})."
    if source.publisher:
        parts = [_sentence(source.publisher), date, _sentence(source.title)]
    else:
        parts = [_sentence(source.title), date]
    if source.url:
        parts.append(source.url)
    return " ".join(parts)


def chicago_card(card: CardReference) -> str:
    """``“Title.” In Collection, version 1.0. Italy–Kazakhstan Cultural Explorer.
    Accessed December 4, 2026.``"""
    return (
        f"{_quoted(card.title)} In {card.collection}, version {card.version}. "
        f"{PUBLISHER}. Accessed {day_text(card.accessed)}."
    )


def apa_card(card: CardReference) -> str:
    """``Italy–Kazakhstan Cultural Explorer. (n.d.). Title. In Collection (Version 1.0).
    Retrieved December 4, 2026.`` A card carries no date of its own."""
    return (
        f"{PUBLISHER}. (n.d.). {_sentence(card.title)} In {card.collection} "
        f"(Version {card.version}). Retrieved {day_text(card.accessed)}."
    )
