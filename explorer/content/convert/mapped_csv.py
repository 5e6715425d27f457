"""Any CSV file, read with a mapping file that names which column holds what.

Rows with the same ``id`` and different ``language`` are one card in several languages; the
first of them gives everything but the texts.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from explorer.content.convert.csv_text import read_csv_table
from explorer.content.convert.date_strings import parse_date_string
from explorer.content.convert.dates import (
    DateFieldError,
    SourceDate,
    out_of_range_note,
    pack_date,
)
from explorer.content.convert.drafts import Draft, DraftCard, DraftMedia, DraftPlace, WebLink
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.html_text import html_to_line, html_to_text
from explorer.content.convert.mapping import Mapping, read_mapping
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.text_fit import cut
from explorer.content.field_parsers import COUNTRY_PATTERN, LANGUAGE_PATTERN
from explorer.content.import_progress import ImportProgress, quietly
from explorer.domain.entities import Kind
from explorer.domain.fuzzy_date import FuzzyDate, FuzzyDateError

_QUALIFIER = re.compile(r"^(circa|c\.|ca\.|before|after|planned)\s+(.+)$", re.IGNORECASE)
_QUALIFIERS = {"c.": "circa", "ca.": "circa"}
_PLAIN_DATE = re.compile(r"[1-9]\d{0,3}(?:-(\d\d)(?:-(\d\d))?)?")
"""A year (1 to 9999), month or day as a pack writes it, the commonest date of a sheet."""
_PLACE_FIELDS = ("place_name", "latitude", "longitude", "country")


_KINDS = frozenset(kind.value for kind in Kind)


def _is_plain_date(written: str) -> bool:
    """Whether ``written`` is a date of year 1 to 9999 in the pack's own form, and a real
    one (no 30 February)."""
    match = _PLAIN_DATE.fullmatch(written)
    if match is None:
        return False
    month, day = match[1], match[2]
    if month is None:
        return True
    try:
        date(int(written[: written.index("-")]), int(month), int(day or 1))
    except ValueError:
        return False
    return True


def read_mapped_csv(
    path: Path,
    mapping_path: Path,
    language: str,
    report: ConversionReport,
    progress: ImportProgress = quietly,
) -> Draft:
    mapping = read_mapping(mapping_path)
    table = read_csv_table(path, progress)
    report.note(f"The CSV file was read as {table.encoding}.")
    header = set(table.header)
    for name, column in mapping.columns.items():
        if column not in header:
            raise ConvertError(
                str(mapping_path),
                "columns",
                name,
                f"names the column {column!r}, which {path.name} does not have; its columns "
                f"are {', '.join(repr(c) for c in table.header if c)}",
            )
    draft = Draft()
    by_id: dict[str, tuple[DraftCard, int]] = {}
    index = table.index
    mapped = tuple((name, index[column]) for name, column in mapping.columns.items())
    full = len(table.header)
    for row in table.rows:
        row_cells = row.cells
        if len(row_cells) == full:  # the commonest row, read quickly
            cells = {name: row_cells[at] for name, at in mapped}
        else:
            cells = {name: row.cell(at) for name, at in mapped}
        _Row(path, row.line, cells, mapping, language, report).add_to(draft, by_id)
    return draft


class _Row:
    def __init__(
        self,
        path: Path,
        line: int,
        cells: dict[str, str],
        mapping: Mapping,
        language: str,
        report: ConversionReport,
    ) -> None:
        self.path, self.line, self.cells, self.mapping, self.report = (
            path, line, cells, mapping, report
        )  # fmt: skip
        self.language = self.cells.get("language", "").strip() or language
        if not LANGUAGE_PATTERN.fullmatch(self.language):
            raise self.error("language", f"{self.language!r} is not a language code, e.g. en")

    def error(self, name: str, problem: str) -> ConvertError:
        column = self.mapping.columns.get(name, name)
        return ConvertError(str(self.path), f"line {self.line}", f"column {column!r}", problem)

    def values(self, name: str) -> list[str]:
        text = self.cells.get(name, "")
        separator = self.mapping.split.get(name)
        parts = text.split(separator) if separator else [text]
        return [part.strip() for part in parts]

    def text(self, name: str) -> tuple[str, list[WebLink]]:
        written = self.cells.get(name, "")
        if not self.mapping.html:
            return written.strip(), []
        if name == "title":
            return html_to_line(written), []
        plain = html_to_text(written)
        return plain.text, plain.links

    def add_to(self, draft: Draft, by_id: dict[str, tuple[DraftCard, int]]) -> None:
        title, _ = self.text("title")
        label = f"line {self.line} ({cut(title, 60)!r})" if title else f"line {self.line}"
        key = self.cells.get("id", "").strip()
        if key and key in by_id:
            card, first_line = by_id[key]
            if self.language in card.title:
                raise self.error(
                    "id",
                    f"the id {key!r} already has a {self.language!r} row (line {first_line}); "
                    "rows of one id must differ in language",
                )
            self._texts(card, title)
            return
        card = DraftCard(record=label, title={}, id_hint=key or None, kind=self._kind())
        self._texts(card, title)
        start, card.start = self._date("start", label)
        end, card.end = self._date("end", label)
        card.date_note = out_of_range_note(start, end)
        card.category = self.cells.get("category", "").strip() or None
        card.lane = self.cells.get("lane", "").strip() or None
        card.tags = [tag for tag in self.values("tags") if tag]
        card.links.extend(self._sources())
        card.place = self._place(label)
        card.media = self._media()
        draft.cards.append(card)
        if key:
            by_id[key] = (card, self.line)

    def _kind(self) -> str:
        kind = self.cells.get("kind", "").strip().lower() or Kind.EVENT.value
        if kind not in _KINDS:
            kinds = ", ".join(k.value for k in Kind)
            raise self.error("kind", f"{kind!r} is not a kind of card; use one of {kinds}")
        return kind

    def _texts(self, card: DraftCard, title: str) -> None:
        card.title[self.language] = title
        summary, summary_links = self.text("summary")
        body, body_links = self.text("body")
        if summary:
            card.summary[self.language] = summary
        if body:
            card.body[self.language] = body
        card.links.extend(summary_links + body_links)

    def _date(self, name: str, label: str) -> tuple[SourceDate | None, str | None]:
        """The date as written and in the pack's form (None when the pack cannot hold it)."""
        written = " ".join(self.cells.get(name, "").split())
        if not written:
            return None, None
        if _is_plain_date(written):  # the commonest case, told quickly
            return None, written
        try:  # already in the pack's form: "115 Ma", "1984?", "201X", "2025-09-29T14:30"
            return None, str(FuzzyDate.parse(written))
        except FuzzyDateError:
            pass
        qualifier = ""
        if match := _QUALIFIER.match(written):
            word = match[1].lower()
            qualifier, written = _QUALIFIERS.get(word, word) + " ", match[2]
        try:
            date = parse_date_string(written, slashed_order=self.mapping.date_order)
        except DateFieldError as error:
            raise self.error(name, str(error)) from None
        pack = pack_date(date)
        for loss in pack.losses:
            self.report.lose(label, name, loss)
        return date, (qualifier + pack.text if pack.text else None)

    def _media(self) -> DraftMedia | None:
        address = self.cells.get("media", "").strip()
        if not address:
            return None
        texts = (
            self.cells.get(name, "").strip()
            for name in ("media_caption", "media_credit", "media_alt")
        )
        caption, credit, alt = (html_to_line(t) if self.mapping.html else t for t in texts)
        return DraftMedia(address, caption, credit, " ".join(alt.split()))

    def _sources(self) -> list[WebLink]:
        urls = [url for url in self.values("source_url") if url]
        titles = [title for title in self.values("source_title") if title]
        links = []
        for index in range(max(len(urls), len(titles))):
            url = urls[index] if index < len(urls) else ""
            title = titles[index] if index < len(titles) else url
            links.append(WebLink(url, title))
        return links

    def _place(self, label: str) -> DraftPlace | None:
        given = {name: self.cells.get(name, "").strip() for name in _PLACE_FIELDS}
        if not any(given.values()):
            return None
        missing = [self.mapping.columns.get(n, n) for n, value in given.items() if not value]
        if missing:
            self.report.lose(
                label,
                "place",
                f"the place was left out: it needs a name, latitude, longitude and country, "
                f"and {', '.join(missing)} is empty or not mapped",
            )
            return None
        country = given["country"].upper()
        if not COUNTRY_PATTERN.fullmatch(country):
            raise self.error(
                "country", f"{given['country']!r} is not a two-letter ISO code, e.g. IT"
            )
        return DraftPlace(
            given["place_name"],
            self._coordinate("latitude", given["latitude"], 90),
            self._coordinate("longitude", given["longitude"], 180),
            country,
        )

    def _coordinate(self, name: str, written: str, limit: float) -> float:
        text = written.replace(",", ".") if "." not in written else written
        try:
            value = float(text)
        except ValueError:
            raise self.error(name, f"{written!r} is not a number") from None
        if not -limit <= value <= limit:
            raise self.error(name, f"{value} is not between -{limit:g} and {limit:g}")
        return value
