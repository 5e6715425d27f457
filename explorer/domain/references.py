"""Ids scoped to their pack.

Inside a pack, entities refer to each other by bare ids (``marco-polo``). In the content
database every id is qualified with its pack's id (``italy-kazakhstan:marco-polo``), so two
packs may use the same ids without meeting. A link in one pack may name a card of another
pack by writing the qualified form itself; it is kept as written.
"""

from __future__ import annotations

SEPARATOR = ":"


def qualify(pack_id: str, reference: str) -> str:
    """The database key of ``reference`` as written in pack ``pack_id``."""
    if SEPARATOR in reference:
        return reference
    return f"{pack_id}{SEPARATOR}{reference}"


def split_key(key: str) -> tuple[str, str]:
    """A key's pack id and local id; a bare id has an empty pack id."""
    pack_id, separator, local_id = key.rpartition(SEPARATOR)
    return (pack_id, local_id) if separator else ("", key)


def local_id(key: str) -> str:
    return split_key(key)[1]
