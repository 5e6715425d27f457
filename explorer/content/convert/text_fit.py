"""Plain texts made to fit the pack's text rules: no forbidden characters, within the limits."""

from __future__ import annotations

from explorer.content.limits import TextRule
from explorer.content.text_rules import FORBIDDEN_IN_LINE, FORBIDDEN_IN_MULTILINE, is_visible

ELLIPSIS = "…"


def fit(text: str | None, rule: TextRule) -> tuple[str | None, list[str]]:
    """``text`` as the rule allows it, and what was changed; None when nothing visible is left.

    Line breaks become spaces in one-line texts; other forbidden characters are removed; a
    text over the limit is cut at a word and ends with "…".
    """
    if text is None:
        return None, []
    if (  # already fits: printable ASCII (nothing invisible), tidy, within the limit
        text.isascii()
        and text.isprintable()
        and len(text) <= rule.max_chars
        and "  " not in text
        and text == text.strip()
        and text != ""
    ):
        return text, []
    changes: list[str] = []
    text = text.replace("\r\n", "\n") if rule.multiline else " ".join(text.split())
    forbidden = FORBIDDEN_IN_MULTILINE if rule.multiline else FORBIDDEN_IN_LINE
    found = [] if text.isprintable() else forbidden.findall(text)
    if found:
        text = forbidden.sub("", text)
        changes.append(f"{len(found)} control or direction-changing characters were removed")
    text = text.strip()
    if len(text) > rule.max_chars:
        changes.append(
            f"the text was {len(text):,} characters long and was cut to the {rule.max_chars:,} "
            "the pack allows"
        )
        text = cut(text, rule.max_chars)
    if not text:
        return None, changes
    if not (text.isascii() and text.isprintable()) and not any(map(is_visible, text)):
        return None, changes  # (printable ASCII left stripped is visible: a quick yes)
    return text, changes


def cut(text: str, limit: int) -> str:
    """``text`` cut at a word to at most ``limit`` characters, ending with "…"."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS)]
    if " " in head[limit // 2 :]:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip() + ELLIPSIS


def first_paragraph(text: str) -> str:
    return text.split("\n\n", 1)[0]
