"""A card's plain text written as the small HTML TimelineJS shows."""

from __future__ import annotations

from html import escape

from explorer.domain.entities import Source


def paragraphs_html(*texts: str) -> str:
    """Each text's paragraphs (separated by a blank line) as ``<p>``, line breaks as ``<br>``;
    everything escaped, so a pack's ``<`` stays a ``<``."""
    parts = []
    for text in texts:
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                lines = [escape(line, quote=False) for line in paragraph.strip().split("\n")]
                parts.append("<p>" + "<br>".join(lines) + "</p>")
    return "".join(parts)


def sources_html(sources: list[Source], heading: str) -> str:
    """The sources a card cites, as a paragraph of links (a source without an address as its
    title alone)."""
    if not sources:
        return ""
    items = []
    for source in sources:
        title = escape(source.title, quote=False)
        if source.url:
            items.append(f'<a href="{escape(source.url, quote=True)}">{title}</a>')
        else:
            items.append(title)
    return f"<p>{escape(heading, quote=False)}: " + "; ".join(items) + "</p>"
