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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any, NamedTuple

import charset_normalizer

from explorer.content.convert.errors import ConvertError
from explorer.content.convert.source_file import read_source
from explorer.content.import_progress import READING, ImportProgress, quietly

_CHECK_BYTES = 1 << 20
_START_BYTES = 65_536
_ROWS_TOLD = 2_000
"""How often reading a sheet tells how far it has come, in rows."""
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
    cells: list[str]
    """The row's texts, in the header's order; a short row has fewer."""

    def cell(self, index: int | None) -> str:
        """The text in column ``index`` (see ``CsvTable.index``); "" when the row stops
        before it, or when ``index`` is None."""
        cells = self.cells
        return cells[index] if index is not None and index < len(cells) else ""


@dataclass(frozen=True)
class CsvTable:
    header: tuple[str, ...]
    rows: Iterator[CsvRow]
    """The rows below the header, read as they are asked for (a sheet of 100,000 rows is
    never held whole); iterating raises ConvertError at a row that is not valid CSV."""
    encoding: str
    """The encoding used, as people name it: "Windows-1252"."""

    @property
    def index(self) -> dict[str, int]:
        """The position of each named column."""
        return {name: position for position, name in enumerate(self.header) if name}


def text_start(path: Path, data: bytes) -> str:
    """The text of the first ``_START_BYTES`` of ``data``, enough for a header (the whole
    sheet is never decoded at once); raises ConvertError when any byte of ``data`` cannot
    be read."""
    codec, _ = text_encoding(path, data)
    decoder = codecs.getincrementaldecoder(codec)()
    return decoder.decode(memoryview(data)[:_START_BYTES]).lstrip("\ufeff")


def text_encoding(path: Path, data: bytes) -> tuple[str, str]:
    """The codec that reads ``data`` and the encoding's name as people know it; raises
    ConvertError when the text cannot be read."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(path, data, "utf_8_sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(path, data, "utf_16")
    try:
        return _checked(path, data, "utf_8")
    except ConvertError:
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
    return chosen.encoding, _NAMES.get(chosen.encoding, chosen.encoding)


def _checked(path: Path, data: bytes, codec: str) -> tuple[str, str]:
    """``codec`` and its name, once every byte of ``data`` is known to decode; a piece at a
    time, so that the whole text is never held. A bad byte is named by its place in the
    file, byte order mark included."""
    # UTF-8's mark is skipped here rather than by "utf_8_sig", whose error positions would
    # leave the mark out in the first piece only.
    skip = len(codecs.BOM_UTF8) if codec == "utf_8_sig" else 0
    decoder = codecs.getincrementaldecoder("utf_8" if skip else codec)()
    view = memoryview(data)
    start = held = 0
    try:
        for start in range(skip, len(data), _CHECK_BYTES):
            held = len(decoder.getstate()[0])  # a character's first bytes, from the last piece
            decoder.decode(view[start : start + _CHECK_BYTES])
        start, held = len(data), len(decoder.getstate()[0])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError as error:
        place = start - held + error.start + 1
        raise ConvertError(
            str(path), f"byte {place}", None, f"is not valid {_NAMES[codec]}"
        ) from None
    return codec, _NAMES[codec]


def read_csv_table(path: Path, progress: ImportProgress = quietly) -> CsvTable:
    """The CSV file at ``path``: its header, checked, and its rows as they are read; raises
    ConvertError. ``progress`` hears the step ``READING`` as the rows are read."""
    data = read_source(path)
    codec, encoding = text_encoding(path, data)
    raw = io.BytesIO(data)
    lines = io.TextIOWrapper(raw, encoding=codec, newline="")
    first = lines.readline().lstrip("\ufeff")
    with _field_limit(MAX_FIELD_CHARS):
        reader = csv.reader(chain([first], lines), dialect=_dialect(first))
        try:
            header = tuple(cell.strip() for cell in next(reader, []))
        except csv.Error as error:
            raise ConvertError(str(path), "line 1", None, f"not valid CSV: {error}") from None
    _check_header(path, header)
    size = len(data)
    progress(READING, 0, size)
    told = partial(_told, progress, raw, size)
    return CsvTable(header, _rows(path, reader, header, told), encoding)


def _told(progress: ImportProgress, raw: io.BytesIO, size: int) -> None:
    # The bytes are closed with their reader once the last row is read.
    progress(READING, size if raw.closed else raw.tell(), size)


def _rows(
    path: Path, reader: Any, header: tuple[str, ...], told: Callable[[], None]
) -> Iterator[CsvRow]:
    """The rows of ``reader``, calling ``told()`` every ``_ROWS_TOLD`` rows and at the end."""
    line = 1
    with _field_limit(MAX_FIELD_CHARS):
        try:
            for count, cells in enumerate(reader, 1):
                if count % _ROWS_TOLD == 0:
                    told()
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
                yield CsvRow(start, cells)
            told()
        except csv.Error as error:
            raise ConvertError(
                str(path), f"line {reader.line_num}", None, f"not valid CSV: {error}"
            ) from None


def _check_header(path: Path, header: tuple[str, ...]) -> None:
    if not any(header):
        raise ConvertError(str(path), "line 1", None, "the first line must name the columns")
    seen: set[str] = set()
    for name in header:
        if name and name.casefold() in seen:
            raise ConvertError(str(path), "line 1", name, "the column is named twice")
        seen.add(name.casefold())


def _dialect(header: str) -> type[csv.Dialect]:
    """Excel's dialect with the delimiter the header line uses. Only the delimiter is taken
    from the header: a header has no quotes to tell how quotes are escaped, and spreadsheets
    double them ("" inside a quoted field)."""
    try:
        sniffed = csv.Sniffer().sniff(header[:65_536], delimiters=",;\t")
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
