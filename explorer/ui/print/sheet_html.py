"""The study sheet as HTML for a QTextDocument: a title page, each card, and the numbered
bibliography. Every text from a pack is escaped: nothing of it is read as markup."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, Qt
from PySide6.QtGui import QImage

from explorer.domain.citations import chicago_source, sources_of
from explorer.domain.citations_numbering import number_sources
from explorer.domain.entities import KAZAKH_LATIN, Card, Media, pick
from explorer.domain.transliteration import kazakh_latin
from explorer.store.content_store import ContentStore
from explorer.ui.print.sheet_words import SheetWords
from explorer.ui.shell.language import LANGUAGE_NAMES
from explorer.ui.widgets.date_text import any_date_text, dates_worded_by, span_text

PICTURE_PX = 900
"""The longest side a picture is kept at: sharp on paper at its printed width, small."""
PRINTED_PICTURE_WIDTH = 300
"""A picture's printed width, in the document's pixels (1/96 inch)."""

STYLE = """
/* The document's default style sheet (QTextDocument.setDefaultStyleSheet). */
h1 { font-family: 'Noto Serif'; font-size: 26pt; font-weight: 600; margin-top: 160px; }
h2 { font-family: 'Noto Serif'; font-size: 16pt; font-weight: 600; margin-top: 24px;
     margin-bottom: 3px; }
p { margin-top: 0px; margin-bottom: 9px; }
.text, .summary { line-height: 120%; }
.facts, .caption, .sources { font-family: 'Noto Sans'; color: #5a5a5a; }
.caption { font-size: 8pt; }
.summary { font-size: 11.5pt; font-style: italic; }
.note { background-color: #f3efe6; }
.lead { margin-bottom: 8px; }
.meta { font-family: 'Noto Sans'; font-size: 11pt; }
.entry { margin-bottom: 6px; line-height: 115%; }
.picture { margin-bottom: 2px; }
"""


@dataclass
class SheetContent:
    """The document's HTML and the pictures it names (``card-image:N`` addresses)."""

    html: str
    images: dict[str, QImage] = field(default_factory=dict)


def _paragraphs(text: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    return "".join(
        f"<p{cls}>{escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip()
    )


class SheetBuilder:
    def __init__(self, store: ContentStore, language: str, words: SheetWords):
        self.store = store
        self.language = language
        self.words = words
        self.locale: QLocale = words.locale
        self.images: dict[str, QImage] = {}

    def build(
        self,
        cards: Sequence[Card],
        *,
        title: str,
        subtitle: str,
        notes: Mapping[str, str],
        found: int,
        lead_ins: Mapping[str, str] | None = None,
    ) -> SheetContent:
        numbers = number_sources(cards)
        sources = {source.id: source for source in self.store.sources(list(numbers))}
        for card in cards:
            sources_of(card, sources)  # a CitationError names a source that is missing
        parts = [self._title_page(title, subtitle, len(cards), found)]
        with dates_worded_by(self.words.date_word):  # the sheet's language, not the interface's
            for card in cards:
                lead_in = (lead_ins or {}).get(card.id, "")
                parts.append(self._card(card, numbers, notes.get(card.id, ""), lead_in))
        parts.append(self._bibliography(numbers, sources))
        return SheetContent("".join(parts), self.images)

    def _title_page(self, title: str, subtitle: str, count: int, found: int) -> str:
        say = self.words.say
        today = self.locale.toString(QDate.currentDate(), "d MMMM yyyy")
        if self.language == KAZAKH_LATIN:
            today = kazakh_latin(today)
        lines = [f"<h1>{escape(title)}</h1>"]
        if subtitle:
            lines.append(f'<p class="meta">{escape(subtitle)}</p>')
        language = LANGUAGE_NAMES.get(self.language, self.language)
        dated = say(QT_TRANSLATE_NOOP("StudySheet", "Date: %1"), [today])
        spoken = say(QT_TRANSLATE_NOOP("StudySheet", "Language: %1"), [language])
        lines += [f'<p class="meta">{escape(line)}</p>' for line in (dated, spoken)]
        held = say(QT_TRANSLATE_NOOP("StudySheet", "Cards in this sheet: %1"), [str(count)])
        lines.append(f'<p class="meta">{escape(held)}</p>')
        if found > count:
            cut = say(
                QT_TRANSLATE_NOOP(
                    "StudySheet", "Only the first %1 of the %2 cards found are in this sheet."
                ),
                [str(count), str(found)],
            )
            lines.append(f'<p class="meta"><b>{escape(cut)}</b></p>')
        lines.append('<p style="page-break-after: always;"></p>')
        return "".join(lines)

    def _card(self, card: Card, numbers: Mapping[str, int], note: str, lead_in: str = "") -> str:
        """A card's entry; ``lead_in`` is what a story says of the card, set before it."""
        say = self.words.say
        title, _ = pick(card.title, self.language)
        parts = [f"<h2>{escape(title)}</h2>"]
        if lead_in.strip():
            parts.append(f'<p class="lead"><i>{escape(lead_in.strip())}</i></p>')
        facts = []
        if card.start is not None:
            facts.append(span_text(card.start, card.end, self.locale))
        places = [pick(place.name, self.language)[0] for place in self.store.places(card.places)]
        if places:
            facts.append(" · ".join(places))
        for item in card.dates:
            label, _ = pick(item.label, self.language)
            facts.append(f"{label}: {any_date_text(item.date, self.locale)}")
        if facts:
            line = "   ·   ".join(facts)
            if self.language == KAZAKH_LATIN:  # the locale writes Kazakh months in Cyrillic
                line = kazakh_latin(line)
            parts.append(f'<p class="facts">{escape(line)}</p>')
        parts.append(self._picture(card))
        summary, _ = pick(card.summary, self.language)
        parts.append(_paragraphs(summary, "summary"))
        body, _ = pick(card.body, self.language)
        parts.append(_paragraphs(body, "text"))
        if note.strip():
            label = say(QT_TRANSLATE_NOOP("StudySheet", "My note:"))
            parts.append(
                f'<table class="note" width="100%" cellpadding="6"><tr><td>'
                f"<b>{escape(label)}</b> {escape(note.strip())}</td></tr></table>"
            )
        if card.sources:
            cited = ", ".join(str(numbers[source_id]) for source_id in card.sources)
            line = say(QT_TRANSLATE_NOOP("StudySheet", "Sources: %1"), [cited])
            parts.append(f'<p class="sources">{escape(line)}</p>')
        return "".join(parts)

    def _picture(self, card: Card) -> str:
        if card.image is None:
            return ""
        media = self.store.media(card.image)
        caption, _ = pick(media.caption, self.language)
        credit = escape(self._credit(media))
        if media.remote:
            return f'<p class="caption">{escape(caption)}<br>{credit}</p>'
        _, data = self.store.media_data(card.image)
        image = QImage.fromData(data)
        if image.isNull():
            return f'<p class="caption">{escape(caption)}<br>{credit}</p>'
        if max(image.width(), image.height()) > PICTURE_PX:
            image = image.scaled(
                PICTURE_PX,
                PICTURE_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        name = f"card-image:{len(self.images)}"
        self.images[name] = image
        height = round(PRINTED_PICTURE_WIDTH * image.height() / image.width())
        return (
            f'<p class="picture"><img src="{name}" width="{PRINTED_PICTURE_WIDTH}" '
            f'height="{height}"></p>'
            f'<p class="caption">{escape(caption)}<br>{credit}</p>'
        )

    def _credit(self, media: Media) -> str:
        if media.illustration:
            template = QT_TRANSLATE_NOOP(
                "StudySheet", "Illustration made for this collection · Licence: %1"
            )
            return self.words.say(template, [media.licence])
        template = QT_TRANSLATE_NOOP("StudySheet", "%1 · Licence: %2")
        return self.words.say(template, [media.credit, media.licence])

    def _bibliography(self, numbers: Mapping[str, int], sources: Mapping) -> str:
        heading = self.words.say(QT_TRANSLATE_NOOP("StudySheet", "Sources"))
        parts = [f'<h2 style="page-break-before: always;">{escape(heading)}</h2>']
        for source_id, number in numbers.items():
            entry = escape(f"{number}. {chicago_source(sources[source_id])}")
            parts.append(f'<p class="entry">{entry}</p>')
        return "".join(parts)
