"""Reading and using the Refine column as a person does, for the tests: what a facet lists,
what a value's row shows, and checking a value."""

from __future__ import annotations


def shown_values(panel, name: str) -> list:
    """The values facet ``name`` lists, top to bottom."""
    return panel.values[name].listed()


def count_text(panel, name: str, key) -> str:
    """A value's row as a person reads it: its name, then its count as the row paints them;
    empty for a value not listed."""
    values = panel.values[name]
    row = values.row_of(key)
    if row is None:
        return ""
    label, count, _chosen = values.painted(row)
    return f"{label}  ·  {count}"


def choose(panel, name: str, key, on: bool = True) -> None:
    """Check (or uncheck) a listed value as a click would, which asks for a new answer."""
    values = panel.values[name]
    row = values.row_of(key)
    assert row is not None, f"{key!r} is not listed in {name}"
    if (key in values.chosen) != on:
        values.toggle(row)
