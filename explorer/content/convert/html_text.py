"""HTML from TimelineJS and SIMILE texts, sanitised and turned into the pack's plain text.

The sanitiser (nh3) keeps only this subset, and nothing of any other element but its text:

    p div br blockquote h1-h6   paragraphs (a blank line between them)
    ul ol li                    one line per item, starting "• "
    a href                      http and https only; each link becomes a source
    em strong b i u span        dropped to their text

Scripts and styles are removed with their content; entities are decoded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import nh3

from explorer.content.convert.drafts import WebLink

BLOCKS = frozenset({"p", "div", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol"})
INLINE = frozenset({"em", "strong", "b", "i", "u", "span"})
KEPT_TAGS = BLOCKS | INLINE | {"br", "li", "a"}
_SPACES = re.compile(r"[^\S\n]+")
_HTML_LIKE = re.compile(r"<[a-zA-Z/!?]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);")
"""A tag, a comment or an entity: text without any is plain text, its line breaks kept."""


@dataclass
class PlainText:
    text: str
    links: list[WebLink] = field(default_factory=list)


def sanitise(html: str) -> str:
    """``html`` reduced to the documented subset, every link http or https."""
    return nh3.clean(
        html,
        tags=set(KEPT_TAGS),
        attributes={"a": {"href"}},
        url_schemes={"http", "https"},
        link_rel=None,
        strip_comments=True,
    )


def html_to_text(html: str) -> PlainText:
    """Paragraphs separated by a blank line, list items as "• " lines, links collected."""
    if not _HTML_LIKE.search(html):
        return PlainText(_tidy(html.replace("\r\n", "\n")))
    reader = _TextReader()
    reader.feed(sanitise(html))
    reader.close()
    return PlainText(reader.text(), reader.links)


def html_to_line(html: str) -> str:
    """One line of plain text, for titles and names: never a tag, no line break."""
    return " ".join(html_to_text(html).text.split())


def _tidy(text: str) -> str:
    paragraphs = re.split(r"\n\s*\n", text)
    tidied = (
        "\n".join(_SPACES.sub(" ", line).strip() for line in p.split("\n")) for p in paragraphs
    )
    return "\n\n".join(p.strip("\n") for p in tidied if p.strip())


class _TextReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._paragraphs: list[list[str]] = [[""]]
        self.links: list[WebLink] = []
        self._link: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in BLOCKS:
            self._new_paragraph()
        elif tag == "br":
            self._paragraphs[-1].append("")
        elif tag == "li":
            self._paragraphs[-1].append("• ")
        elif tag == "a":
            href = dict(attrs).get("href")
            self._link = (href, []) if href else None

    def handle_endtag(self, tag: str) -> None:
        if tag in BLOCKS:
            self._new_paragraph()
        elif tag == "li":
            self._paragraphs[-1].append("")
        elif tag == "a" and self._link is not None:
            href, words = self._link
            title = " ".join("".join(words).split()) or href
            self.links.append(WebLink(href, title))
            self._link = None

    def handle_data(self, data: str) -> None:
        lines = self._paragraphs[-1]
        lines[-1] += data.replace("\n", " ")
        if self._link is not None:
            self._link[1].append(data)

    def _new_paragraph(self) -> None:
        if any(line.strip() for line in self._paragraphs[-1]):
            self._paragraphs.append([""])

    def text(self) -> str:
        paragraphs = []
        for lines in self._paragraphs:
            kept = [_SPACES.sub(" ", line).strip() for line in lines]
            kept = [line for line in kept if line and line != "•"]
            if kept:
                paragraphs.append("\n".join(kept))
        return "\n\n".join(paragraphs)
