"""A card or a source cited in any of the styles, as text to copy."""

from __future__ import annotations

from explorer.domain.citations import (
    CardReference,
    CitationStyle,
    apa_card,
    apa_source,
    chicago_card,
    chicago_source,
)
from explorer.domain.citations_bibtex import bibtex_card, bibtex_source
from explorer.domain.citations_csl import csl_card, csl_source, csl_text
from explorer.domain.entities import Source


def cite_source(source: Source, style: CitationStyle) -> str:
    if style is CitationStyle.CHICAGO:
        return chicago_source(source)
    if style is CitationStyle.APA:
        return apa_source(source)
    if style is CitationStyle.BIBTEX:
        return bibtex_source(source)
    return csl_text([csl_source(source)])


def cite_card(card: CardReference, style: CitationStyle) -> str:
    if style is CitationStyle.CHICAGO:
        return chicago_card(card)
    if style is CitationStyle.APA:
        return apa_card(card)
    if style is CitationStyle.BIBTEX:
        return bibtex_card(card)
    return csl_text([csl_card(card)])
