"""The closing "Sources: …" paragraph that ``explorer export`` writes under a card's text
(in English, Italian, Kazakh or Russian), read back as the card's sources."""

from __future__ import annotations

import re
from html import unescape

from explorer.content.convert.drafts import WebLink
from explorer.content.convert.html_text import html_to_line
from explorer.content.export.events import SOURCES_HEADING

_HEADINGS = "|".join(re.escape(heading) for heading in SOURCES_HEADING.values())
_LAST_PARAGRAPH = re.compile(
    rf"<p>\s*(?:{_HEADINGS})\s*:\s*(?P<items>(?:(?!</?p[\s>]).)*?)\s*</p>\s*$",
    re.DOTALL | re.IGNORECASE,
)
_LINK = re.compile(r"<a\s[^>]*?href=\"(?P<href>[^\"]*)\"[^>]*>(?P<title>.*?)</a>", re.DOTALL)


def split_sources(html: str) -> tuple[str, list[WebLink]]:
    """``html`` without its closing sources paragraph, and the sources it names (a link,
    or a title alone); ``html`` as it is and no sources when it has no such paragraph."""
    match = _LAST_PARAGRAPH.search(html)
    if match is None:
        return html, []
    sources: list[WebLink] = []
    items = match["items"]
    position = 0
    for link in _LINK.finditer(items):
        sources.extend(_titles(items[position : link.start()]))
        title = html_to_line(link["title"])
        address = unescape(link["href"]).strip()
        sources.append(WebLink(address, title or address))
        position = link.end()
    sources.extend(_titles(items[position:]))
    return html[: match.start()], sources


def _titles(between: str) -> list[WebLink]:
    """Sources known by title alone, between links: "Title one; Title two"."""
    titles = (html_to_line(part) for part in between.split(";"))
    return [WebLink("", title) for title in titles if title]
