"""Showing collection text exactly as written, never as markup.

Packs come from curators we do not control. Qt reads a tooltip (and a label left at
``Qt.AutoText``) as rich text whenever it looks like HTML, so ``<img src=/some/file>`` in a
title would show a local picture, and ``&`` in a button's text marks a keyboard shortcut.
Labels take ``Qt.PlainText``; tooltips and button texts go through these helpers.
"""

from __future__ import annotations

import html


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that Qt shows literally: escaped rich text keeping every space
    and line break (and wrapping long lines, as Qt does for rich tooltips). An empty text
    stays empty, so no tooltip is shown."""
    if not text:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    return f"<p style='white-space:pre-wrap'>{html.escape(lines)}</p>"


def plain_button_text(text: str) -> str:
    """``text`` for a button or check box: ``&`` doubled, so it is shown and never turned
    into a keyboard shortcut."""
    return text.replace("&", "&&")
