"""Fields of one JSON record read with their type checked, naming the record on error."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from explorer.content.convert.dates import DateFieldError, SourceDate, source_date
from explorer.content.convert.errors import ConvertError


@dataclass(frozen=True)
class RecordPlace:
    """Where a record is: the file and the record ("event 3")."""

    file: str
    where: str

    def error(self, field: str, problem: str) -> ConvertError:
        return ConvertError(self.file, self.where, field, problem)

    def object(self, value: Any, field: str) -> dict[str, Any]:
        """An object field; {} when missing or null."""
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.error(field, f"must be an object, not {_kind(value)}")
        return value

    def text(self, value: Any, field: str) -> str:
        """A text field; "" when missing or null; numbers are written as text."""
        if value is None:
            return ""
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        raise self.error(field, f"must be text, not {_kind(value)}")

    def date(self, year: Any, month: Any, day: Any, field: str) -> SourceDate | None:
        try:
            return source_date(year, month, day)
        except DateFieldError as error:
            raise self.error(field, str(error)) from None


def records(value: Any, file: str, field: str) -> list[Any]:
    """A list field of the whole file; [] when missing or null."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ConvertError(file, None, field, f"must be a list, not {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true or false",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)
