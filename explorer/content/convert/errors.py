"""The one error a conversion raises for input it cannot read."""

from __future__ import annotations


class ConvertError(Exception):
    """Malformed input: the message names the file, the line or record, and the field."""

    def __init__(self, file: str, where: str | None, field: str | None, problem: str) -> None:
        parts = [file]
        if where:
            parts.append(where)
        if field:
            parts.append(field)
        super().__init__(": ".join([*parts, problem]))
