"""Which characters pack text may hold: the text rules of docs/content-packs.md.

Every text must have at least one visible character and may not hold:

* control characters (C0, DEL, C1); line breaks and tabs are allowed in multi-line texts
  (bodies, summaries, captions) only, like the line and paragraph separators U+2028 and U+2029;
* bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can
  make text read differently from what it holds ("evil" + U+202E + "txt.exe" shows as
  "evilexe.txt"). The marks U+200E, U+200F and U+061C are allowed: they only place
  neighbouring punctuation, and mixed left-to-right and right-to-left text needs them;
* unpaired surrogates (JSON can write them; they are not characters and cannot be stored).

A web address may hold no control, format (invisible) or space character at all.
Problems name the first offending character as U+XXXX and its position, counted from 1
in the text as written.
"""

from __future__ import annotations

import re
import unicodedata

from explorer.content.limits import MAX_URL_CHARS, TextRule
from explorer.domain.wording import PackProblems, Wording

_FORBIDDEN = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
FORBIDDEN_IN_MULTILINE = re.compile(f"[{_FORBIDDEN}]")
FORBIDDEN_IN_LINE = re.compile(f"[{_FORBIDDEN}\\t\\n\\u2028\\u2029]")
_LINE_BREAKS = frozenset("\t\n\u2028\u2029")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_CONTROL_NAMES = {
    0x00: "NUL",
    0x09: "TAB",
    0x0A: "LINE FEED",
    0x0D: "CARRIAGE RETURN",
    0x1B: "ESCAPE",
    0x7F: "DELETE",
    0x85: "NEXT LINE",
}
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Hangul fillers and the blank Braille pattern: letters and symbols that show nothing."""
_NOT_IN_URLS = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})
_ASCII_VISIBLE = re.compile(r"[!-~]")


def describe_character(character: str) -> str:
    """The character as a curator can look it up: "U+202E RIGHT-TO-LEFT OVERRIDE"."""
    code = ord(character)
    name = unicodedata.name(character, "") or _CONTROL_NAMES.get(code, "")
    if not name:
        kind = unicodedata.category(character)
        if kind == "Cc":
            return PackProblems.tr("U+%1 (a control character)").arg(f"{code:04X}")
        if kind == "Cs":
            return PackProblems.tr("U+%1 (an unpaired surrogate)").arg(f"{code:04X}")
    return f"U+{code:04X} {name}".rstrip()


def text_problem(text: str, rule: TextRule, first_position: int = 1) -> Wording | None:
    """What is wrong with ``text`` (stripped, not empty) under ``rule``; None if nothing.

    ``first_position`` is the position of ``text``'s first character in the text as written.
    """
    if len(text) > rule.max_chars:
        return _TOO_LONG.arg(len(text), rule.max_chars)
    forbidden = FORBIDDEN_IN_MULTILINE if rule.multiline else FORBIDDEN_IN_LINE
    # Every forbidden character is unprintable: most texts need no closer look.
    found = None if text.isprintable() else forbidden.search(text)
    if found:
        count = len(forbidden.findall(text))
        position = first_position + found.start()
        return _character_problem(found.group(), position, count, rule.multiline)
    if not _ASCII_VISIBLE.search(text) and not any(map(is_visible, text)):
        shown = ", ".join(describe_character(c) for c in sorted(set(text))[:3])
        more = ", …" if len(set(text)) > 3 else ""
        return PackProblems.tr(
            "has no visible character: it holds only %1; write some letters, digits or signs"
        ).arg(shown + more)
    return None


def is_visible(character: str) -> bool:
    """Whether ``character`` shows something on its own (a letter, digit, sign or symbol).

    Spaces, controls, format characters such as U+200B ZERO WIDTH SPACE, combining marks on
    their own, private-use and unassigned code points do not.
    """
    return unicodedata.category(character)[0] in "LNPS" and character not in _INVISIBLE_LETTERS


def url_problem(text: str) -> Wording | None:
    """What is wrong with the characters of a web address (stripped); None if nothing."""
    if len(text) > MAX_URL_CHARS:
        return _TOO_LONG.arg(len(text), MAX_URL_CHARS)
    for position, character in enumerate(text, start=1):
        if unicodedata.category(character) in _NOT_IN_URLS:
            return PackProblems.tr(
                "contains %1 at character %2; a web address may not hold spaces, control or "
                "invisible characters (write a space as %20)"
            ).arg(describe_character(character), str(position))
    return None


_TOO_LONG = PackProblems.tr("is %1 characters long; at most %2 are allowed here")


def _character_problem(character: str, position: int, count: int, multiline: bool) -> Wording:
    if character in _BIDI_CONTROLS:
        reason = PackProblems.tr(
            "bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) "
            "are not allowed: they make text read differently from what it holds"
        )
    elif "\ud800" <= character <= "\udfff":
        reason = PackProblems.tr("an unpaired surrogate is not a character")
    elif character in _LINE_BREAKS and not multiline:
        reason = PackProblems.tr(
            "this text is one line: line breaks and tabs are allowed only in longer texts"
        )
    elif multiline:
        reason = PackProblems.tr(
            "control characters cannot be shown; only line breaks and tabs are allowed"
        )
    else:
        reason = PackProblems.tr("control characters cannot be shown; none is allowed here")
    described = describe_character(character)
    if count > 1:
        return PackProblems.tr("contains %1 at character %2 (and %3 more); %4").arg(
            described, str(position), str(count - 1), reason
        )
    return PackProblems.tr("contains %1 at character %2; %3").arg(described, str(position), reason)
