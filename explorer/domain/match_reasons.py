"""Why a card is a search result: the words that matched, shown where a person can see them.

The search index finds a card by any of its texts in any language: titles, summaries,
bodies, date notes, place names, tags, kind and years (see ``explorer.store.search_build``).
A tile shows the title and a snippet in one language, so :func:`explain` looks for the
query's words in the same texts, in the order a reader would expect to see them:

1. the title shown (its matching words are marked in the title itself);
2. the summary, the body and the date note in the language shown;
3. the card's places (``place_label``: "Almaty" for "Алматы"), then its tags and kind
   ("#museum"), then its years;
4. the same texts in the other languages, marked with the language ("RU · Рим").

The snippet is the first of these that has every query word the title lacks, else the one
that has the most of them. Matching is the index's (``snippets.word_matches``: equal keys,
a prefix, or within the word's typos; a word of one or two letters a prefix only in
titles), so a card the index found shows at least one marked word; :attr:`Reason.shown`
says whether it does.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from explorer.domain.entities import KAZAKH_LATIN, pick
from explorer.domain.search_query import QueryWord, iter_word_spans
from explorer.domain.snippets import Segment, matched_query_words, snippet

SNIPPET_WIDTH = 160


@dataclass(frozen=True)
class CardWords:
    """Every text of a card the search index reads, by language where it has one."""

    titles: Mapping[str, str]
    summaries: Mapping[str, str]
    bodies: Mapping[str, str]
    date_notes: Mapping[str, str]
    places: tuple[Mapping[str, str], ...] = ()
    """Each place's names, by language."""
    tags: tuple[str, ...] = ()
    kind: str = ""
    years: tuple[int, ...] = ()


@dataclass(frozen=True)
class Reason:
    """A card's title and snippet as a tile shows them, the query's words marked."""

    title: tuple[Segment, ...]
    snippet: tuple[Segment, ...]

    @property
    def shown(self) -> bool:
        """Whether a matched word can be seen, in the title or the snippet."""
        return any(segment.match for segment in (*self.title, *self.snippet))


def explain(
    card: CardWords,
    language: str,
    query: Sequence[QueryWord],
    place_label: str = "Place",
) -> Reason:
    """The title and snippet of ``card`` in ``language``, with the words of ``query`` marked."""
    title_text = pick(card.titles, language)[0]
    summary = pick(card.summaries, language)[0]
    if not query:
        return Reason(_whole(title_text, ()), snippet(summary, (), SNIPPET_WIDTH))
    title = _whole(title_text, query)
    wanted = set(range(len(query))) - _covered(title_text, query, in_title=True)
    if not wanted:
        return Reason(title, snippet(summary, query, SNIPPET_WIDTH))
    best: tuple[int, Candidate] | None = None  # (words found, where)
    for candidate in _places_to_look(card, language, place_label):
        found = len(wanted & _covered(candidate.text, query, candidate.is_title))
        if found == len(wanted):
            best = (found, candidate)
            break
        if found and (best is None or found > best[0]):
            best = (found, candidate)
    if best is None:
        return Reason(title, snippet(summary, query, SNIPPET_WIDTH))
    label, text, is_title = best[1]
    pieces = snippet(text, query, SNIPPET_WIDTH, is_title)
    if label:
        pieces = (Segment(f"{label} · "), *pieces)
    return Reason(title, pieces)


def _whole(title: str, query: Sequence[QueryWord]) -> tuple[Segment, ...]:
    return snippet(title, query, max(len(title), 1), in_title=True)


def _covered(text: str, query: Sequence[QueryWord], in_title: bool = False) -> set[int]:
    """The positions in ``query`` of the words ``text`` (a title if ``in_title``) has."""
    found: set[int] = set()
    for start, end in iter_word_spans(text):
        found |= matched_query_words(text[start:end], query, in_title)
        if len(found) == len(query):
            break
    return found


class Candidate(NamedTuple):
    """A text where a query word may be, with the label said before it."""

    label: str
    text: str
    is_title: bool = False


def _places_to_look(card: CardWords, language: str, place_label: str) -> Iterator[Candidate]:
    """Where a query word may be, in the order a reader should see them."""
    shown = "kk" if language == KAZAKH_LATIN else language
    for texts in (card.summaries, card.bodies, card.date_notes):
        text = pick(texts, language)[0]  # a fallback is said on the tile already
        if text:
            yield Candidate("", text)
    for names in card.places:
        yield Candidate(place_label, pick(names, language)[0])
        for other, name in names.items():
            if other != shown and name:
                yield Candidate(place_label, name)
    labels = [f"#{tag}" for tag in (*card.tags, card.kind) if tag]
    if labels:
        yield Candidate("", " ".join(labels))
    if card.years:
        yield Candidate("", " – ".join(str(abs(year)) for year in card.years))
    others = sorted({*card.titles, *card.summaries, *card.bodies, *card.date_notes} - {shown})
    for other in others:
        for texts in (card.titles, card.summaries, card.bodies, card.date_notes):
            text = texts.get(other, "")
            if text:
                yield Candidate(other.upper(), text, texts is card.titles)
