"""Reading one object of a pack file field by field, and how problems name what they find."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import Any

from explorer.content.entity_files import Field, ItemCheck, ParsedItem
from explorer.content.field_parsers import Context, FieldError
from explorer.content.problems import printable
from explorer.domain.wording import PackProblems

Report = Callable[[str | None, str], None]
"""Says a problem of the item being read: (field, message)."""


def parse_item(
    raw: dict[str, Any],
    label: str | None,
    fields: tuple[Field, ...],
    checks: tuple[ItemCheck, ...],
    context: Context,
    report: Report,
    known: frozenset[str] | None = None,
) -> ParsedItem:
    """The fields of ``raw`` that could be read; every problem goes to ``report``.

    ``known`` is the set of field names, when the caller has it at hand.
    """
    names = known if known is not None else frozenset(field.name for field in fields)
    for key in raw:
        if key not in names:
            report(field_label(key), unknown_field_message(key, fields))
    item = ParsedItem(label)
    values = item.values
    for field in fields:
        name = field.name
        if name not in raw:
            if field.required:
                report(name, PackProblems.tr("required but missing"))
                item.failed.add(name)
            continue
        try:
            values[name] = field.parse(raw[name], context)
        except FieldError as error:
            report(name, error.message)
            item.failed.add(name)
    for check in checks:
        for field_name, message in check(item, context):
            report(field_name, message)
    return item


def unknown_field_message(key: str, fields: tuple[Field, ...]) -> str:
    names = [field.name for field in fields]
    close = difflib.get_close_matches(key, names, n=1) if len(key) <= 60 else []
    if close:
        return PackProblems.tr("unknown field; did you mean '%1'?").arg(close[0])
    return PackProblems.tr("unknown field; the fields here are %1").arg(", ".join(names))


def item_label(raw_item: Any, position: int | None) -> str | None:
    """How problems name an item: its id, or its position when it has no usable id (None
    when it has no position either: a line of JSON Lines is named by its line)."""
    if isinstance(raw_item, dict):
        item_id = raw_item.get("id")
        if isinstance(item_id, str) and item_id.strip():
            return field_label(item_id)
    return None if position is None else PackProblems.tr("item %1").arg(str(position))


def field_label(name: str) -> str:
    """A name from the pack (an id, a key) as problems show it: short, nothing hidden."""
    return printable(name if len(name) <= 60 else name[:57] + "…")


def referenced_ids(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    return value if isinstance(value, tuple) else (value,)
