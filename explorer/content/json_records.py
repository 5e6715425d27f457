"""JSON as packs write it: whole files, and JSON Lines read a line at a time.

Both refuse what Python's ``json`` would let through silently: NaN and Infinity, which are
not JSON, and a key written twice in one object (JSON keeps the last, losing the first).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from explorer.domain.wording import PackProblems

_BOM = b"\xef\xbb\xbf"
_UNSURE = object()
_TEXT = {str}


class JsonError(ValueError):
    """Text that is not valid JSON; the message says where."""


def _refuse_constant(name: str) -> None:
    raise JsonError(PackProblems.tr("not valid JSON: %1 is not allowed").arg(name))


class JsonReader:
    """Parses JSON texts, noting the keys written twice in one object of the last one read."""

    def __init__(self) -> None:
        self.repeated_keys: list[str] = []
        self._decoder = json.JSONDecoder(
            object_pairs_hook=self._object, parse_constant=_refuse_constant
        )
        self._plain = json.JSONDecoder(parse_constant=_refuse_constant)

    def _object(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) < len(pairs):
            seen: set[str] = set()
            for key, _ in pairs:
                if key in seen:
                    self.repeated_keys.append(key)
                seen.add(key)
        return result

    def _without_repeats(self, data: bytes, text: str) -> Any:
        """The value of ``text`` when it is valid and certainly writes no key twice, read
        without a Python call per object; ``_UNSURE`` otherwise.

        Every key is followed by one colon; other colons are inside strings. So when the
        value holds as many keys as ``data`` holds colons, no key was lost to a repeat.
        """
        try:
            value = self._plain.decode(text)
            if _key_count(value) == data.count(b":"):
                return value
        except (ValueError, RecursionError):
            pass  # read again below, to say what is wrong
        return _UNSURE

    def parse(self, data: bytes, *, one_line: bool = False) -> Any:
        """The value in ``data`` (UTF-8, a byte order mark allowed); raises JsonError.

        With ``one_line``, a problem is placed by its column only: the caller knows the line.
        """
        self.repeated_keys = []
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise JsonError(
                PackProblems.tr("not UTF-8 text (byte %1 is not UTF-8)").arg(str(error.start))
            ) from None
        value = self._without_repeats(data, text)
        if value is not _UNSURE:
            return value
        try:
            return self._decoder.decode(text)
        except json.JSONDecodeError as error:
            what = json_error_wording(error.msg)
            if one_line:
                where = PackProblems.tr("column %1").arg(str(error.colno))
            else:
                where = PackProblems.tr("line %1, column %2").arg(
                    str(error.lineno), str(error.colno)
                )
            raise JsonError(PackProblems.tr("not valid JSON: %1 at %2").arg(what, where)) from None
        except RecursionError:
            raise JsonError(PackProblems.tr("not valid JSON: nested too deeply")) from None
        except JsonError:
            raise
        except ValueError as error:  # e.g. a number with thousands of digits
            raise JsonError(PackProblems.tr("not valid JSON: %1").arg(str(error))) from None


_JSON_MESSAGES = {
    "Expecting value": PackProblems.tr("Expecting value"),
    "Expecting ',' delimiter": PackProblems.tr("Expecting ',' delimiter"),
    "Expecting ':' delimiter": PackProblems.tr("Expecting ':' delimiter"),
    "Expecting property name enclosed in double quotes": PackProblems.tr(
        "Expecting property name enclosed in double quotes"
    ),
    "Extra data": PackProblems.tr("Extra data"),
    "Unterminated string starting at": PackProblems.tr("Unterminated string starting at"),
    "Invalid control character at": PackProblems.tr("Invalid control character at"),
    "Invalid \\escape": PackProblems.tr("Invalid \\escape"),
    "Invalid \\uXXXX escape": PackProblems.tr("Invalid \\uXXXX escape"),
    "Illegal trailing comma before end of object": PackProblems.tr(
        "Illegal trailing comma before end of object"
    ),
    "Illegal trailing comma before end of array": PackProblems.tr(
        "Illegal trailing comma before end of array"
    ),
}
"""What Python's json module says of a text that is not JSON, to be translated."""


def json_error_wording(message: str) -> str:
    """``message`` of Python's json module, as a ``Wording`` when it is one of the known."""
    return _JSON_MESSAGES.get(message, message)


def _key_count(value: Any) -> int:
    """The keys of every object in ``value``, nested ones included."""
    if type(value) is dict:
        count, items = len(value), value.values()
    elif type(value) is list:
        count, items = 0, value
    else:
        return 0
    for item in items:
        kind = type(item)
        # An object or list of texts (as most are) is looked at in C, without a call.
        if kind is dict:
            count += len(item) if set(map(type, item.values())) <= _TEXT else _key_count(item)
        elif kind is list and not set(map(type, item)) <= _TEXT:
            count += _key_count(item)
    return count


def parse_json(data: bytes) -> tuple[Any, list[str]]:
    """The value in ``data``, and the keys found twice in one object."""
    reader = JsonReader()
    return reader.parse(data), reader.repeated_keys


def split_lines(chunks: Iterable[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line of the text arriving in ``chunks``, from 1.

    A line is given without its line break, and as None when it is longer than ``max_bytes``:
    the rest of it is skipped unread, so that one endless line costs no more memory than
    ``max_bytes``. A final line without a line break is a line; a byte order mark at the
    start is dropped.
    """
    number = 0
    tail = b""  # the start of a line that has not ended yet
    skipping = False  # inside a line already given as too long
    first = True
    for chunk in chunks:
        if first and chunk:
            chunk = chunk.removeprefix(_BOM)
            first = False
        if skipping:
            end = chunk.find(b"\n")
            if end < 0:
                continue
            chunk, skipping = chunk[end + 1 :], False
        lines = (tail + chunk).split(b"\n") if tail else chunk.split(b"\n")
        tail = lines.pop()
        for line in lines:
            number += 1
            yield number, line if len(line) <= max_bytes else None
        if len(tail) > max_bytes:
            number += 1
            yield number, None
            tail, skipping = b"", True
    if tail:
        yield number + 1, tail if len(tail) <= max_bytes else None
