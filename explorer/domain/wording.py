"""Messages of the content and domain layers as a template and its values, so that the
interface can say them in its own language while the command line and the logs keep the
English.

A ``Wording`` is its English text (a ``str``), so it goes wherever a message goes. It also
keeps the template it was written from and the values put in it: the interface looks the
template up in its translations (context ``PackProblems``) and fills the values in. Values
are numbered %1, %2 … in a template; a count that decides a plural is %n, and an English
template writes its plural "(s)" ("%n item(s)"). A value is text (kept as written), a whole
number (written with its thousands grouped), a number with a decimal (one, or none when it
is whole) or another ``Wording`` (said in turn). In the interface, numbers are written as
the reader's locale writes them. A
template's disambiguation is kept with it, so that two equal English templates can be
translated apart.

A message of the system (an OSError's, SQLite's, a zip's, Pillow's) is a ``SystemText``:
the interface says it in words of its own, while its English text stays the system's, as
written, for the log, the command line and the details of a message box.
"""

from __future__ import annotations

import re
from typing import Union

Value = Union[str, int, float, "Wording"]

_PLACEHOLDER = re.compile(r"%(n|[0-9]{1,2})")

CONTEXT = "PackProblems"
"""The translation context of every template."""


class Wording(str):
    """The English text of ``template`` with ``values`` (and ``count`` for %n) filled in."""

    template: str
    values: tuple[Value, ...]
    count: int | None
    disambiguation: str

    def __new__(
        cls,
        template: str,
        values: tuple[Value, ...] = (),
        count: int | None = None,
        disambiguation: str = "",
    ):
        english = fill(
            plural_english(template, count), [english_value(value) for value in values], count
        )
        wording = super().__new__(cls, english)
        wording.template = template
        wording.values = values
        wording.count = count
        wording.disambiguation = disambiguation
        return wording

    def arg(self, *values: Value) -> Wording:
        """This wording with ``values`` put in for its next numbers."""
        return Wording(self.template, self.values + values, self.count, self.disambiguation)


class SystemText(Wording):
    """``wording`` for the interface; as English text, ``technical``: the system's message
    as written."""

    technical: str

    def __new__(cls, wording: Wording, technical: str):
        text = str.__new__(cls, technical)
        text.template = wording.template
        text.values = wording.values
        text.count = wording.count
        text.disambiguation = wording.disambiguation
        text.technical = technical
        return text

    def arg(self, *values: Value) -> Wording:
        return SystemText(Wording.arg(self, *values), self.technical)


def technical_texts(message: Value) -> list[str]:
    """The system's messages quoted in ``message`` (in its values too), as written."""
    if isinstance(message, SystemText):
        return [message.technical]
    if isinstance(message, Wording):
        return [text for value in message.values for text in technical_texts(value)]
    return []


class PackProblems:
    """Where the templates of the content and domain layers are written, Qt-free.

    pyside6-lupdate reads every ``PackProblems.tr("…")`` call of explorer/content and
    explorer/domain into the
    translation sources, with its plural forms when a count is given; ``tr`` itself only
    makes the ``Wording``.
    """

    @staticmethod
    def tr(template: str, disambiguation: str = "", n: int = -1) -> Wording:
        return Wording(template, count=None if n < 0 else n, disambiguation=disambiguation)


def english_value(value: Value) -> str:
    if isinstance(value, float):
        return f"{value:,.1f}".removesuffix(".0")
    if isinstance(value, bool) or not isinstance(value, int):
        return str(value)
    return f"{value:,}"


def plural_english(template: str, count: int | None) -> str:
    if count is None:
        return template
    return template.replace("(s)", "" if count == 1 else "s")


def fill(text: str, values: list[str], count: int | None = None) -> str:
    """Put ``values`` in for %1, %2 … and ``count`` for %n (in English) in one pass, so that
    a "%2" inside a value stays as written. As in Qt, the digits after "%" are read as one
    number: "%20" is not "%2" followed by "0" (a template may say that a space is written
    %20 in a web address). A translation's count needs no filling: Qt's own lookup puts it
    in for %n, and for %Ln as the reader's locale writes it."""
    if "%" not in text or (not values and count is None):
        return text  # nothing to put in (a template not yet given its values)

    def value(placeholder: re.Match) -> str:
        key = placeholder.group(1)
        if key == "n":
            return placeholder.group() if count is None else f"{count:,}"
        position = int(key)
        return values[position - 1] if 1 <= position <= len(values) else placeholder.group()

    return _PLACEHOLDER.sub(value, text)
