"""CSV files in any common encoding, read into rows that know their line numbers.

UTF-8 (with or without a byte order mark) and UTF-16 with a byte order mark are recognised
directly; anything else is detected by charset-normalizer among the encodings spreadsheets
write (Windows-1252, Latin-1, Windows-1251, …). Where several decode a short file equally
well, Windows-1252 wins, then the others in ``_PREFERRED`` order.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import charset_normalizer

from explorer.content.convert.errors import ConvertError
from explorer.content.convert.source_file import read_source

MAX_FIELD_CHARS = 2_000_000
"""A cell longer than this is refused: twenty times the longest body a card may have."""
_PREFERRED = (
    "utf_16", "utf_16_le", "utf_16_be", "cp1252", "cp1251", "iso8859_15", "latin_1",
    "cp1250", "koi8_r", "mac_roman",
)  # fmt: skip
_NAMES = {
    "utf_8": "UTF-8", "utf_8_sig": "UTF-8 with a byte order mark", "utf_16": "UTF-16",
    "utf_16_le": "UTF-16 (little-endian)", "utf_16_be": "UTF-16 (big-endian)",
    "cp1252": "Windows-1252", "cp1251": "Windows-1251", "iso8859_15": "Latin-9",
    "latin_1": "Latin-1", "cp1250": "Windows-1250", "koi8_r": "KOI8-R",
    "mac_roman": "Mac Roman",
}  # fmt: skip


class CsvRow(NamedTuple):
    """A row (made once for each of possibly millions: a tuple, quick to make)."""

    line: int
    """The line the row starts on, counting the header as line 1."""
    values: dict[str, str]


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    rows: tuple[CsvRow, ...]
    encoding: str
    """The encoding used, as people name it: "Windows-1252"."""


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read in."""
    if data.startswith(codecs.BOM_UTF8):
        return _decoded(path, data[len(codecs.BOM_UTF8) :], "utf_8_sig", "utf_8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decoded(path, data, "utf_16", "utf_16")
    try:
        return data.decode("utf_8"), _NAMES["utf_8"]
    except UnicodeDecodeError:
        pass
    matches = list(charset_normalizer.from_bytes(data, cp_isolation=list(_PREFERRED)))
    if not matches:
        raise ConvertError(
            str(path), None, None, "the encoding of the text cannot be told; save it as UTF-8"
        )
    best = matches[0]
    close = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.1
    ]
    chosen = min(
        close, key=lambda m: _PREFERRED.index(m.encoding) if m.encoding in _PREFERRED else 99
    )
    return str(chosen), _NAMES.get(chosen.encoding, chosen.encoding)


def _decoded(path: Path, data: bytes, name: str, codec: str) -> tuple[str, str]:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise ConvertError(
            str(path), f"byte {error.start + 1}", None, f"is not valid {_NAMES[name]}"
        ) from None
    return text.lstrip("\ufeff"), _NAMES[name]


def read_csv_table(path: Path) -> CsvTable:
    """Every row of the CSV file at ``path`` under its header; raises ConvertError."""
    text, encoding = decode(path, read_source(path))
    rows: list[CsvRow] = []
    with _field_limit(MAX_FIELD_CHARS):
        reader = csv.reader(io.StringIO(text, newline=""), dialect=_dialect(text))
        line = 1
        try:
            header = tuple(cell.strip() for cell in next(reader, []))
            _check_header(path, header)
            for cells in reader:
                start, line = line + 1, reader.line_num
                if not "".join(cells).strip():
                    continue
                if len(cells) > len(header):
                    raise ConvertError(
                        str(path),
                        f"line {start}",
                        None,
                        f"the row has {len(cells)} cells; the header has {len(header)} columns",
                    )
                rows.append(CsvRow(start, dict(zip(header, cells, strict=False))))
        except csv.Error as error:
            raise ConvertError(
                str(path), f"line {reader.line_num}", None, f"not valid CSV: {error}"
            ) from None
    return CsvTable(header, tuple(rows), encoding)


def _check_header(path: Path, header: tuple[str, ...]) -> None:
    if not any(header):
        raise ConvertError(str(path), "line 1", None, "the first line must name the columns")
    seen: set[str] = set()
    for name in header:
        if name and name.casefold() in seen:
            raise ConvertError(str(path), "line 1", name, "the column is named twice")
        seen.add(name.casefold())


def _dialect(text: str) -> type[csv.Dialect]:
    """Excel's dialect with the delimiter the header line uses. Only the delimiter is taken
    from the header: a header has no quotes to tell how quotes are escaped, and spreadsheets
    double them ("" inside a quoted field)."""
    try:
        sniffed = csv.Sniffer().sniff(text[:65_536].split("\n", 20)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel
    return type("SniffedDialect", (csv.excel,), {"delimiter": sniffed.delimiter})


@contextmanager
def _field_limit(limit: int) -> Iterator[None]:
    before = csv.field_size_limit(limit)
    try:
        yield
    finally:
        csv.field_size_limit(before)
