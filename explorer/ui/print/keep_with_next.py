"""Headings kept on the page of what they introduce: a card's title is never left alone at
the foot of a page with its dates and picture on the next."""

from __future__ import annotations

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFormat

LOOK_AHEAD_BLOCKS = 4
"""How far after a heading its picture may stand (a story's lead-in, the dates, a picture)."""


def _has_image(block: QTextBlock) -> bool:
    fragments = block.begin()
    while not fragments.atEnd():
        if fragments.fragment().charFormat().isImageFormat():
            return True
        fragments += 1
    return False


def _last_kept(heading: QTextBlock) -> QTextBlock:
    """The last block that must share the heading's page: the caption under its picture,
    or without a picture the block right after it."""
    block = heading.next()
    for _ in range(LOOK_AHEAD_BLOCKS):
        if not block.isValid():
            break
        if _has_image(block):
            caption = block.next()
            return caption if caption.isValid() else block
        block = block.next()
    after = heading.next()
    return after if after.isValid() else heading


def keep_headings_with_next(document: QTextDocument, page_height: float, level: int = 2) -> int:
    """Start a new page before every heading of ``level`` that would be parted from what
    follows it; returns how many headings were moved."""
    layout = document.documentLayout()
    moved = 0
    block = document.begin()
    while block.isValid():
        is_heading = block.blockFormat().headingLevel() == level
        breaks = block.blockFormat().pageBreakPolicy()
        if is_heading and not breaks & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            top = layout.blockBoundingRect(block).top()
            bottom = layout.blockBoundingRect(_last_kept(block)).bottom()
            if int(top // page_height) != int(bottom // page_height):
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                # The layout redoes only the changed block by itself; what follows must move.
                start = block.position()
                document.markContentsDirty(start, document.characterCount() - start)
                moved += 1
        block = block.next()
    return moved
