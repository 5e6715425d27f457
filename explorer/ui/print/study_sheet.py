"""The study sheet: a PDF of cards to read on paper, with their pictures, the reader's
notes and a numbered bibliography of every source they cite.

    write_study_sheet(path, store, card_ids, title="Search: abai", language="ru")

writes an A4 PDF: a title page (the title, what the sheet holds, the date and the
language), each card (title, dates, places, picture with credit and licence, summary,
text, the reader's note, the numbers of its sources), then "Sources" in Chicago style.
The PDF is written beside ``path`` and renamed onto it when complete: a failure leaves
whatever was at ``path`` before and raises ``StudySheetError`` (or the disk's ``OSError``).
It needs a QGuiApplication.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from explorer.domain.citations import CitationError
from explorer.store.content_store import ContentStore
from explorer.store.durable_files import write_durably
from explorer.ui.print.keep_with_next import keep_headings_with_next
from explorer.ui.print.sheet_html import STYLE, SheetBuilder, SheetContent
from explorer.ui.print.sheet_words import SheetWords
from explorer.ui.shell.theme import SANS, SERIF, load_fonts

MAX_CARDS = 200
"""The most cards a sheet holds; the title page says when there were more."""
RESOLUTION_DPI = 300
MARGINS_MM = QMarginsF(20, 18, 20, 16)
FOOTER_POINT_SIZE = 8
BODY_POINT_SIZE = 10.5
CLIP_HAIR_PX = 3


class StudySheetError(Exception):
    """The sheet could not be written; the message says why."""


def write_study_sheet(
    path: Path | str,
    store: ContentStore,
    card_ids: Sequence[str],
    *,
    title: str,
    language: str,
    notes: Mapping[str, str] | None = None,
    subtitle: str = "",
    found: int | None = None,
    lead_ins: Mapping[str, str] | None = None,
) -> int:
    """Write the sheet of ``card_ids`` (database keys, at most the first ``MAX_CARDS``) in
    ``language`` to ``path``; ``notes`` maps a card key to the reader's note on it;
    ``found``, when the caller cut the list, how many cards there were (said on the title
    page); ``lead_ins`` maps a card key to what a story says of it, printed before the
    card. Returns the number of pages."""
    target = Path(path)
    if not target.parent.is_dir():
        raise StudySheetError(f"cannot write a PDF at {target.parent}: no such folder")
    try:
        cards = [store.card(card_id) for card_id in card_ids[:MAX_CARDS]]
    except KeyError as error:
        raise StudySheetError(
            f"the study sheet names a card not in the collection: {error}"
        ) from None
    _ensure_fonts()
    words = SheetWords(language)
    try:
        content = SheetBuilder(store, language, words).build(
            cards,
            title=title,
            subtitle=subtitle,
            notes=notes or {},
            found=max(found or 0, len(card_ids)),
            lead_ins=lead_ins,
        )
    except CitationError as error:
        raise StudySheetError(str(error)) from error
    pages, pdf = _print(content, title, words)
    # Qt's PDF writer does not report a failed write (a full disk), so the PDF is made in
    # memory and written by Python, which raises the disk's OSError.
    write_durably(target, pdf)
    return pages


def _ensure_fonts() -> None:
    """The bundled fonts, registered once (the window's theme registers them too)."""
    if not {SANS, SERIF} <= set(QFontDatabase.families()):
        load_fonts()


def _document(content: SheetContent) -> QTextDocument:
    document = QTextDocument()
    base = QFont(SERIF)
    base.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(base)
    for name, image in content.images.items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    document.setDefaultStyleSheet(STYLE)
    document.setHtml(content.html)
    return document


def _print(content: SheetContent, title: str, words: SheetWords) -> tuple[int, bytes]:
    """The pages' count and the PDF."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION_DPI)
    writer.setTitle(title)
    writer.setCreator("Italy–Kazakhstan Cultural Explorer")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    document = _document(content)
    document.documentLayout().setPaintDevice(writer)
    area = writer.pageLayout().paintRectPixels(RESOLUTION_DPI)
    footer_height = round(RESOLUTION_DPI * 0.3)  # 0.3 inch: a line of small type and air
    body = QSizeF(area.width(), area.height() - footer_height)
    document.setPageSize(body)
    document.setDocumentMargin(0)
    keep_headings_with_next(document, body.height())
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(writer):
        raise StudySheetError("cannot make the PDF")
    try:
        footer_font = QFont(SANS)
        footer_font.setPointSizeF(FOOTER_POINT_SIZE)
        template = QT_TRANSLATE_NOOP("StudySheet", "%1 · page %2 of %3")
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            # Less a hair at the bottom: a line moved to the next page starts a fraction of a
            # pixel above it, and would show here as a sliver.
            visible = QSizeF(body.width(), body.height() - CLIP_HAIR_PX)
            context.clip = QRectF(QPointF(0, page * body.height()), visible)
            painter.setClipRect(context.clip)  # a block across the page break draws here once
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(footer_font)
            footer = words.say(template, [title, str(page + 1), str(pages)])
            line = QRectF(0, area.height() - footer_height, area.width(), footer_height)
            painter.drawText(
                line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, footer
            )
    finally:
        painter.end()
    buffer.close()
    return pages, bytes(buffer.data())
