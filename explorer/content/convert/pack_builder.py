"""A ``Draft`` turned into the records of a pack in the current format (version 1)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from explorer.content.convert.colours import colour
from explorer.content.convert.drafts import Draft, DraftCard, DraftEra, DraftPlace, WebLink
from explorer.content.convert.ids import IdMaker, slug
from explorer.content.convert.media_records import MediaMaker
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.text_fit import cut, first_paragraph, fit
from explorer.content.entity_files import PACK_FORMAT
from explorer.content.import_progress import CONVERTING, ImportProgress, quietly
from explorer.content.limits import (
    ATTRIBUTION,
    BODY,
    CAPTION,
    MAX_LABELLED_DATES,
    MAX_LIST_IDS,
    MAX_TAGS,
    NAME,
    SUMMARY,
    TERM,
    TextRule,
)
from explorer.content.text_rules import url_problem
from explorer.domain.entities import FALLBACK_LANGUAGE
from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError, span_of

DEFAULT_CATEGORY = "General"
MAX_REMEMBERED_TERMS = 10_000
UNSTATED_LICENCE = "Not stated in the source"


@dataclass(frozen=True)
class PackOptions:
    pack_id: str | None = None
    title: str | None = None
    language: str = FALLBACK_LANGUAGE
    licence: str | None = None
    source_url: str | None = None
    source_title: str | None = None
    version: str = "1.0.0"


class PackBuilder:
    """Makes the records of a pack from a draft: the manifest, then the cards one at a time
    (so that a writer can stream them), then the records the cards refer to."""

    def __init__(
        self,
        draft: Draft,
        report: ConversionReport,
        options: PackOptions,
        file_name: str,
        source_folder: Path | None = None,
        progress: ImportProgress = quietly,
    ) -> None:
        self.draft = draft
        self.report = report
        self.options = options
        self.file_name = file_name
        self.main = options.language
        self.languages = self._languages()
        self.categories: dict[str, dict[str, Any]] = {}
        self.lanes: dict[str, dict[str, Any]] = {}
        self.sources: dict[str, dict[str, Any]] = {}
        self.places: dict[DraftPlace, dict[str, Any]] = {}
        self._category_ids = IdMaker("category")
        self._lane_ids = IdMaker("lane")
        self._source_ids = IdMaker("source")
        self._place_ids = IdMaker("place")
        self._card_ids = IdMaker("card")
        self._terms: dict[tuple[str | None, TextRule], tuple[str | None, list[str]]] = {}
        self._file_source: str | None = None
        self.media = MediaMaker(source_folder, self.languages, report)
        self.progress = progress
        self._cards_made = 0
        self._cards_total = len(draft.cards)

    def cards(self) -> Iterator[dict[str, Any]]:
        """Every card's record, made as it is asked for. Takes the draft's cards, letting
        each go once it is made into a record (their memory then holds the next ones)."""
        records = ["the title slide"] + [card.record for card in self.draft.cards]
        records += [era.record for era in self.draft.eras]
        self.report.record_order = {record: index for index, record in enumerate(records)}
        drafts, self.draft.cards = self.draft.cards, []
        drafts.reverse()
        self.progress(CONVERTING, 0, self._cards_total)
        while drafts:
            self._cards_made += 1
            yield self._card(self._cards_made, drafts.pop())

    def referred_files(self) -> dict[str, list[dict[str, Any]]]:
        """The files besides the manifest and the cards, by name; once every card is made."""
        eras = self._eras()
        self.report.counts = {
            "cards": self._cards_made,
            "categories": len(self.categories),
            **({"lanes": len(self.lanes)} if self.lanes else {}),
            "sources": len(self.sources),
            "places": len(self.places),
            "eras": len(eras),
            "media": len(self.media.records),
        }
        self.media.note_placeholders()
        lanes = {"lanes.json": list(self.lanes.values())} if self.lanes else {}
        return {
            **lanes,
            "categories.json": list(self.categories.values()),
            "sources.json": list(self.sources.values()),
            "places.json": list(self.places.values()),
            "eras.json": eras,
            "media.json": self.media.records,
            "links.json": [],
        }

    @property
    def pictures(self) -> dict[str, Path]:
        """Pack path (``media/x.png``) -> the picture file to copy there."""
        return self.media.pictures

    # --- the manifest ---------------------------------------------------------------------

    def _languages(self) -> list[str]:
        seen = [self.main]
        for card in self.draft.cards:
            seen.extend(language for language in card.title if language not in seen)
        if FALLBACK_LANGUAGE not in seen:
            seen.append(FALLBACK_LANGUAGE)
            self.report.note(
                f"The pack format requires English texts: the '{self.main}' texts were also "
                "written as the English ('en') texts, marked as draft translations; replace "
                "them with English before publishing."
            )
        return seen

    def manifest(self) -> dict[str, Any]:
        stem = self.file_name.rsplit(".", 1)[0]
        title, _ = fit(self.options.title or self.draft.title or stem, NAME)
        title = title or stem
        pack_id = self.options.pack_id or IdMaker("converted-pack").make(title, stem)
        licence, _ = fit(self.options.licence, ATTRIBUTION)
        if licence is None:
            licence = UNSTATED_LICENCE
            self.report.note(
                f"No licence was given (--licence): the manifest says '{UNSTATED_LICENCE}'."
            )
        manifest: dict[str, Any] = {
            "format": PACK_FORMAT,
            "format_version": 1,
            "id": pack_id,
            "title": self._localized(title),
            "version": self.options.version,
            "languages": self.languages,
            "licence": licence,
        }
        description, changes = fit(self.draft.description, SUMMARY)
        for change in changes:
            self.report.lose("the title slide", "description", change)
        if description:
            manifest["description"] = self._localized(description)
        return manifest

    def _localized(self, text: str) -> dict[str, str]:
        return {self.main: text, FALLBACK_LANGUAGE: text}

    # --- cards ----------------------------------------------------------------------------

    def _card(self, number: int, draft: DraftCard) -> dict[str, Any]:
        self.progress(CONVERTING, number, self._cards_total)
        texts = self._texts(number, draft)
        title = texts["title"]
        card: dict[str, Any] = {
            "id": self._card_ids.make(draft.id_hint, title.get(FALLBACK_LANGUAGE)),
            "kind": draft.kind,
            "category": self._category(draft.category),
            **self._lane(draft.lane),
            **texts,
            "sources": self._card_sources(draft),
        }
        card.update(self._dates(draft))
        if draft.date_note:
            note, changes = fit(draft.date_note, CAPTION)
            self._lose_all(draft.record, "date note", changes)
            if note:
                card["date_note"] = {language: note for language in title}
        labelled = self._labelled_dates(draft)
        if labelled:
            card["dates"] = labelled
        if draft.place is not None:
            card["places"] = [self._place(draft.place)]
        if draft.media is not None:
            image = self.media.record(draft.record, draft.media, title[FALLBACK_LANGUAGE])
            if image:
                card["image"] = image
        tags = self._tags(draft)
        if tags:
            card["tags"] = tags
        statuses = {language: "draft" for language in title if language != self.main}
        if statuses:
            card["translation_status"] = statuses
        return card

    def _texts(self, number: int, draft: DraftCard) -> dict[str, dict[str, str]]:
        titles: dict[str, str] = {}
        summaries: dict[str, str] = {}
        bodies: dict[str, str] = {}
        for language in draft.title or {self.main: ""}:
            title = self._fitted(draft.record, "title", draft.title.get(language), NAME)
            body = self._fitted(draft.record, "text", draft.body.get(language), BODY)
            if title is None:
                title = (
                    fit(cut(" ".join(first_paragraph(body).split()), 80), NAME)[0] if body else None
                )
                title = title or f"Untitled record {number}"
                self.report.lose(
                    draft.record, "title", f"the record has no title; the card is called '{title}'"
                )
            if body is None:
                body = title
                self.report.lose(
                    draft.record, "text", "the record has no text; the card repeats its title"
                )
            summary = self._fitted(draft.record, "summary", draft.summary.get(language), SUMMARY)
            if summary is None:
                summary, body = self._summary_from(body)
            titles[language], summaries[language], bodies[language] = title, summary or title, body
        if FALLBACK_LANGUAGE not in titles:
            first = self.main if self.main in titles else next(iter(titles))
            for texts in (titles, summaries, bodies):
                texts[FALLBACK_LANGUAGE] = texts[first]
            if first != self.main or self.main == FALLBACK_LANGUAGE:
                self.report.lose(
                    draft.record,
                    "language",
                    f"there is no English text: the '{first}' text was written as English too",
                )
        return {"title": titles, "summary": summaries, "body": bodies}

    def _fitted(self, record: str, name: str, text: str | None, rule: TextRule) -> str | None:
        fitted, changes = fit(text, rule)
        self._lose_all(record, name, changes)
        return fitted

    def _term(self, text: str | None, rule: TextRule) -> tuple[str | None, list[str]]:
        """``fit(text, rule)`` for the few texts many cards repeat (category, lane, tag and
        source names), remembered."""
        key = (text, rule)
        known = self._terms.get(key)
        if known is None:
            known = fit(text, rule)
            if len(self._terms) < MAX_REMEMBERED_TERMS:
                self._terms[key] = known
        return known

    def _lose_all(self, record: str, name: str, changes: list[str]) -> None:
        for change in changes:
            self.report.lose(record, name, change)

    def _dates(self, draft: DraftCard) -> dict[str, str]:
        dates: dict[str, str] = {}
        if draft.start:
            dates["start"] = draft.start
        if draft.end and draft.start:
            try:
                span_of(FuzzyDate.parse(draft.start), FuzzyDate.parse(draft.end))
                dates["end"] = draft.end
            except FuzzyDateError:
                self.report.lose(
                    draft.record,
                    "end date",
                    f"the end {draft.end} comes before the start {draft.start} and was dropped",
                )
        elif draft.end:
            dates["start"] = draft.end
            self.report.lose(
                draft.record, "start date", f"there is no start; the end {draft.end} is the start"
            )
        return dates

    @staticmethod
    def _summary_from(body: str) -> tuple[str | None, str]:
        """The body's first paragraph as the summary, and the body without it (unless that
        paragraph is all it has, or too long to be a summary)."""
        first = first_paragraph(body)
        summary, changes = fit(first, SUMMARY)
        rest, _ = fit(body[len(first) :], BODY)
        if summary is None or changes or rest is None:
            return summary, body
        return summary, rest

    def _labelled_dates(self, draft: DraftCard) -> list[dict[str, Any]]:
        return [
            {
                "label": {
                    language: text
                    for language, text in dated.label.items()
                    if language in self.languages
                },
                "date": dated.date,
            }
            for dated in draft.dates[:MAX_LABELLED_DATES]
        ]

    def _tags(self, draft: DraftCard) -> list[str]:
        tags: list[str] = []
        for tag in draft.tags:
            fitted, changes = self._term(tag, TERM)
            self._lose_all(draft.record, "tags", changes)
            if fitted and fitted not in tags:
                tags.append(fitted)
        if len(tags) > MAX_TAGS:
            self.report.lose(
                draft.record, "tags", f"{len(tags) - MAX_TAGS} tags over the {MAX_TAGS} allowed"
            )
        return tags[:MAX_TAGS]

    # --- what cards refer to --------------------------------------------------------------

    def _category(self, name: str | None) -> str:
        name, _ = self._term(name, NAME)
        return self._coloured(self.categories, self._category_ids, name or DEFAULT_CATEGORY)

    def _lane(self, name: str | None) -> dict[str, str]:
        """The card's ``lane`` field: {} when it names none."""
        name, _ = self._term(name, NAME)
        return {"lane": self._coloured(self.lanes, self._lane_ids, name)} if name else {}

    def _coloured(self, records: dict[str, dict[str, Any]], ids: IdMaker, name: str) -> str:
        """The id of the record named ``name`` (a category or lane, each with a colour of its
        own), made when it is first named."""
        key = name.casefold()
        if key not in records:
            records[key] = {
                "id": ids.make(name),
                "name": {language: name for language in self.languages},
                "colour": colour(len(records)),
            }
        return records[key]["id"]

    def _card_sources(self, draft: DraftCard) -> list[str]:
        ids: list[str] = []
        for link in draft.links:
            source = self._link_source(draft.record, link)
            if source and source not in ids:
                ids.append(source)
        if len(ids) > MAX_LIST_IDS:
            self.report.lose(
                draft.record,
                "links",
                f"{len(ids) - MAX_LIST_IDS:,} links over the {MAX_LIST_IDS:,} sources a card "
                "may cite were left out",
            )
        return ids[:MAX_LIST_IDS] or [self._whole_file_source()]

    def _link_source(self, record: str, link: WebLink) -> str | None:
        address = link.url.strip()
        if not address:
            return self._titled_source(link.title)
        problem = url_problem(address)
        parts = urlsplit(address) if problem is None else None
        if parts is None or parts.scheme not in ("http", "https") or not parts.netloc:
            shown = cut(address, 100)
            self.report.lose(record, "link", f"{shown!r} is not an http or https address")
            return None
        if address not in self.sources:
            title, _ = fit(link.title, NAME)
            self.sources[address] = {
                "id": self._source_ids.make(title, parts.netloc),
                "title": title or cut(address, 300),
                "url": address,
            }
        return self.sources[address]["id"]

    def _titled_source(self, title: str) -> str | None:
        """A source known only by its title (a CSV row may name a book, not a page)."""
        fitted, _ = self._term(title, NAME)
        if fitted is None:
            return None
        key = f"title:{fitted.casefold()}"
        if key not in self.sources:
            self.sources[key] = {"id": self._source_ids.make(fitted), "title": fitted}
        return self.sources[key]["id"]

    def _whole_file_source(self) -> str:
        if self._file_source is None:
            title, _ = fit(self.options.source_title or self.file_name, NAME)
            source: dict[str, Any] = {
                "id": self._source_ids.make(title, "source"),
                "title": title or "source",
                "note": f"The file {self.file_name} this pack was converted from.",
            }
            if self.options.source_url:
                source["url"] = self.options.source_url
            self.sources[f"file:{self.file_name}"] = source
            self._file_source = source["id"]
        return self._file_source

    def _place(self, place: DraftPlace) -> str:
        if place not in self.places:
            name, _ = fit(place.name, NAME)
            name = name or f"{place.latitude}, {place.longitude}"
            self.places[place] = {
                "id": self._place_ids.make(name),
                "name": {language: name for language in self.languages},
                "latitude": place.latitude,
                "longitude": place.longitude,
                "countries": [place.country],
            }
        return self.places[place]["id"]

    # --- eras -----------------------------------------------------------------------------

    def _eras(self) -> list[dict[str, Any]]:
        ids = IdMaker("era")
        eras = []
        for era in self.draft.eras:
            record = self._era(era, ids, len(eras))
            if record:
                eras.append(record)
        return eras

    def _era(self, era: DraftEra, ids: IdMaker, index: int) -> dict[str, Any] | None:
        name = self._fitted(era.record, "name", era.name, NAME) or f"Era {index + 1}"
        record: dict[str, Any] = {
            "id": ids.make(name),
            "name": {language: name for language in self.languages},
            "start": era.start,
            "colour": colour(index),
        }
        if era.end:
            try:
                span_of(FuzzyDate.parse(era.start), FuzzyDate.parse(era.end))
                record["end"] = era.end
            except FuzzyDateError:
                self.report.lose(
                    era.record, "end date", f"the end {era.end} comes before the start; dropped"
                )
        return record


def pack_id_problem(pack_id: str) -> str | None:
    """Why ``pack_id`` (given with --id) cannot name a pack; None when it can."""
    if slug(pack_id) != pack_id or len(pack_id) > 100:
        return (
            f"{pack_id!r} is not a valid pack id: use lower-case letters, digits and single "
            "hyphens, at most 100 characters, e.g. my-timeline"
        )
    return None
