"""BibTeX entries (biblatex fields) for a card and for a source.

Text fields are escaped for TeX; a key keeps only the letters, digits and marks a key
may hold. Letters beyond ASCII (Cyrillic, Kazakh) are kept as UTF-8, as biber reads them.
"""

from __future__ import annotations

import re
import unicodedata

from explorer.domain.citation_dates import iso_parts
from explorer.domain.citations import PUBLISHER, CardReference
from explorer.domain.entities import Source
from explorer.domain.references import local_id

_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
_SPECIAL = re.compile("|".join(re.escape(char) for char in _SPECIALS))
_UNSAFE_IN_KEY = re.compile(r"[^A-Za-z0-9_:.-]+")


def escape(text: str) -> str:
    """``text`` with TeX's special characters written so that TeX prints them."""
    return _SPECIAL.sub(lambda match: _SPECIALS[match.group()], text)


def safe_key(text: str, fallback: str = "item") -> str:
    """A citation key made of ``text``: accents dropped, other characters joined by "-"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    key = _UNSAFE_IN_KEY.sub("-", ascii_text).strip("-")
    return key or fallback


def _url(url: str) -> str:
    """An address as a field holds it verbatim: only braces, which would end the field,
    are percent-encoded."""
    return url.replace("{", "%7B").replace("}", "%7D")


def _entry(kind: str, key: str, fields: list[tuple[str, str]]) -> str:
    lines = [f"@{kind}{{{key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields]
    lines.append("}")
    return "\n".join(lines)


def bibtex_source(source: Source) -> str:
    """``@online`` for a source with an address, ``@misc`` for one without."""
    fields = [("title", escape(source.title))]
    if source.publisher:
        # Double braces: an organisation, never split into a first and last name.
        fields.append(("author", "{" + escape(source.publisher) + "}"))
        fields.append(("organization", escape(source.publisher)))
    if source.date is not None:
        if source.date.year > 0:  # BibTeX's year has no era: a year BCE is in date alone
            fields.append(("year", str(source.date.year)))
        fields.append(("date", iso_parts(source.date)))
    if source.url:
        fields.append(("url", _url(source.url)))
    kind = "online" if source.url else "misc"
    return _entry(kind, safe_key(local_id(source.id), "source"), fields)


def bibtex_card(card: CardReference) -> str:
    """An ``@online`` entry: the card as part of its collection, read on a day (a card has
    no date of its own, so the entry has only ``urldate``)."""
    accessed = card.accessed.isoformat()
    fields = [
        ("title", escape(card.title)),
        ("author", "{" + escape(PUBLISHER) + "}"),
        ("organization", escape(PUBLISHER)),
        ("urldate", accessed),
        ("note", escape(f"In {card.collection}, version {card.version}")),
    ]
    return _entry("online", safe_key(card.key, "card"), fields)
