"""One card in full: picture with credit, dates, places, text, related cards and sources.

All collection text is shown as plain text: nothing from a pack is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QImage, QKeyEvent, QMouseEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import Card, Media, TranslationStatus, base_language, pick
from explorer.domain.wording import fill
from explorer.store.content_store import ContentStore
from explorer.ui.cards.remote_media import RemoteMediaPlaceholder
from explorer.ui.shell.theme import PALETTE, scaled_font, text_scale
from explorer.ui.widgets.date_text import any_date_text, date_text, span_text
from explorer.ui.widgets.eliding_button import ElidingButton
from explorer.ui.widgets.plain_text import plain_button_text, plain_tooltip
from explorer.ui.widgets.touch_mode import in_touch_mode
from explorer.ui.widgets.wrapping_label import WrappingLabel

PAGE_WIDTH = 1120
PAGE_MARGIN = 40
PICTURE_WIDTH = 520
HERO_SPACING = 36
HEADING_MIN_WIDTH = 400  # at the base type: below it the picture goes above the heading
READING_WIDTH = 780
RELATED_COLUMNS = 3

SWIPE_MIN_DISTANCE_PX = 100
SWIPE_DOMINANCE = 2  # horizontal travel must be more than this many times the vertical
SWIPE_MAX_DURATION_MS = 800
ARROW_STEPS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}


def swipe_step(travel: QPointF, duration_ms: int) -> int:
    """+1 for a quick, clearly horizontal drag to the left (next card), -1 to the right
    (previous card), 0 for anything else: taps, vertical scrolls, slow drags."""
    dx, dy = travel.x(), travel.y()
    if duration_ms > SWIPE_MAX_DURATION_MS or abs(dx) < SWIPE_MIN_DISTANCE_PX:
        return 0
    if abs(dx) <= SWIPE_DOMINANCE * abs(dy):
        return 0
    return 1 if dx < 0 else -1


def _label(
    text: str, name: str | None = None, *, text_font: QFont | None = None, snug: bool = False
) -> QLabel:
    label = WrappingLabel(text, snug=snug)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    if text_font is not None:
        label.setFont(text_font)
    return label


class CardDetail(QScrollArea):
    """Shows a card; ``card_requested`` asks the window to open a related one, ``swiped``
    the next (+1) or previous (-1) card, after a horizontal swipe or the Right/Left key.

    Text sizes follow the detail's own font, so larger type in the kiosk enlarges them.
    """

    card_requested = Signal(str)
    swiped = Signal(int)

    def __init__(self, store: ContentStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.language = "en"
        self.card: Card | None = None
        self.related_buttons: list[QPushButton] = []
        self.cite_button: QPushButton | None = None
        self.cite_dialog: QDialog | None = None
        self.take_home_button: QPushButton | None = None
        self._press: tuple[QPointF, int] | None = None  # where and when a drag started
        self._built_point_size = 0.0
        self._hero: QBoxLayout | None = None
        self.keeping: Callable[[str], QWidget | None] | None = None
        """Makes the row that keeps a card (My collection) under its heading; None: no row."""
        self.setObjectName("detailScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().installEventFilter(self)

    def show_card(self, card_id: str) -> None:
        self.card = self.store.card(card_id)
        self._rebuild()
        self.verticalScrollBar().setValue(0)

    def set_language(self, language: str) -> None:
        self.language = language
        if self.card is not None:
            self._rebuild()

    def forget(self) -> None:
        """Show nothing and keep nothing of the last card."""
        self.card = None
        self.related_buttons = []
        self._hero = None
        self.setWidget(QWidget())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        size_changed = self.font().pointSizeF() != self._built_point_size
        if event.type() == QEvent.Type.FontChange and self.card is not None and size_changed:
            self._rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The viewport has its new width already; the page is fitted to it in the base
        # class, so the top is arranged first: else the page would keep, until the next turn
        # of the event loop, the height of an arrangement it no longer has.
        self._arrange_hero()
        super().resizeEvent(event)

    def _arrange_hero(self) -> None:
        """The picture beside the heading while the heading keeps a readable width (long
        titles in larger type need it), else above it."""
        if self._hero is None:
            return
        page_width = min(PAGE_WIDTH, self.viewport().width() - 2 * PAGE_MARGIN)
        heading_width = page_width - PICTURE_WIDTH - HERO_SPACING
        beside = heading_width >= HEADING_MIN_WIDTH * text_scale(self.font())
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self._hero.direction() != direction:
            self._hero.setDirection(direction)
            self._forget_page_sizes()

    def _forget_page_sizes(self) -> None:
        """The layouts around the top keep the sizes they had for its old arrangement until
        the next turn of the event loop: dropped now, so the page is fitted to the new one."""
        layout = self._hero.parent()
        while isinstance(layout, QLayout):
            layout.invalidate()
            layout = layout.parent()
        if isinstance(layout, QWidget):
            layout.updateGeometry()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = ARROW_STEPS.get(event.key())
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        # Left and Right still scroll a page wider than the window.
        if step and plain and self.card is not None and self.horizontalScrollBar().maximum() == 0:
            self.swiped.emit(step)
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Sees the mouse (and touch, which arrives as mouse) on the page and everything on
        it, before labels and buttons take the press for themselves."""
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and self._is_left_button(event):
            self._press = (event.globalPosition(), event.timestamp())
        elif kind == QEvent.Type.MouseButtonRelease and self._is_left_button(event):
            press, self._press = self._press, None
            if press is not None:
                start, pressed_at = press
                step = swipe_step(event.globalPosition() - start, event.timestamp() - pressed_at)
                if step:
                    if isinstance(watched, QAbstractButton):
                        watched.setDown(False)
                    # Accepted and filtered out: a swipe that ends on a button is not a
                    # click, and the event goes nowhere else if the new card replaces
                    # ``watched`` at once.
                    event.accept()
                    self.swiped.emit(step)
                    return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _is_left_button(event: QEvent) -> bool:
        return isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton

    def _font(
        self, size: float, *, serif: bool = False, weight: QFont.Weight = QFont.Weight.Normal
    ) -> QFont:
        return scaled_font(self.font(), size, serif=serif, weight=weight)

    def _rebuild(self) -> None:
        card = self.card
        if card is None:
            return
        self._built_point_size = self.font().pointSizeF()
        self.setAccessibleName(self.tr("Card"))
        outer = QWidget()
        outer.setObjectName("detailColumn")
        row = QHBoxLayout(outer)
        row.setContentsMargins(PAGE_MARGIN, 28, PAGE_MARGIN, 48)
        page = QWidget()
        page.setObjectName("detailColumn")
        page.setMaximumWidth(PAGE_WIDTH)
        page.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        row.addStretch(1)
        row.addWidget(page, 100)
        row.addStretch(1)

        hero = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        hero.setSpacing(HERO_SPACING)
        picture_column = QVBoxLayout()
        picture_column.setSpacing(8)
        self._add_image(picture_column, card)
        picture_column.addStretch(1)
        heading = QVBoxLayout()
        heading.setSpacing(12)
        self._add_heading(heading, card)
        heading.addStretch(1)
        hero.addLayout(picture_column, 0)
        hero.addLayout(heading, 1)
        column.addLayout(hero)
        self._hero = hero
        self._arrange_hero()
        column.addSpacing(12)
        self._add_text(column, card)
        self._add_related(column, card)
        self._add_sources(column, card)
        column.addStretch(1)
        self.setWidget(outer)
        for widget in (outer, *outer.findChildren(QWidget)):
            widget.installEventFilter(self)

    def _text(self, texts) -> tuple[str, bool]:
        return pick(texts, self.language)

    def _add_image(self, column: QVBoxLayout, card: Card) -> None:
        if card.image is None:
            return
        media = self.store.media(card.image)
        caption, _ = self._text(media.caption)
        credit = self._credit(media)
        if media.remote:
            column.addWidget(RemoteMediaPlaceholder(media, caption, credit, PICTURE_WIDTH))
            return
        _, data = self.store.media_data(card.image)
        image = QImage.fromData(data)
        picture = QLabel()
        picture.setObjectName("cardImage")
        picture.setTextFormat(Qt.TextFormat.PlainText)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setFixedWidth(PICTURE_WIDTH)
        if not image.isNull():
            scaled = image.scaledToWidth(PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation)
            picture.setPixmap(QPixmap.fromImage(scaled))
        alt, _ = self._text(media.alt)
        picture.setAccessibleName(alt)
        picture.setToolTip(plain_tooltip(alt))
        column.addWidget(picture)
        caption_label = _label(f"{caption}\n{credit}", "muted", text_font=self._font(8.5))
        caption_label.setFixedWidth(PICTURE_WIDTH)
        column.addWidget(caption_label)

    def _credit(self, media: Media) -> str:
        if media.illustration:
            # Drawn for the pack itself: said in the reader's language, not the pack's credit.
            return self.tr("Illustration made for this collection · Licence: %1").replace(
                "%1", media.licence
            )
        # One pass, so a "%2" in the credit stays as written.
        pieces = self.tr("%1 · Licence: %2").split("%1")
        return media.credit.join(piece.replace("%2", media.licence) for piece in pieces)

    def _add_heading(self, column: QVBoxLayout, card: Card) -> None:
        category = next((c for c in self.store.categories() if c.id == card.category), None)
        category_name = pick(category.name, self.language)[0] if category else card.category
        eyebrow = _label(category_name.upper(), "eyebrow")
        if category is not None:
            eyebrow.setStyleSheet(f"color: {category.colour};")
        column.addWidget(eyebrow)
        title, title_fallback = self._text(card.title)
        title_label = _label(
            title, "cardTitle", text_font=self._font(26, serif=True, weight=QFont.Weight.DemiBold)
        )
        title_label.setAccessibleName(title)
        column.addWidget(title_label)
        facts = []
        if card.start is not None:
            facts.append(span_text(card.start, card.end))
        places = [pick(place.name, self.language)[0] for place in self.store.places(card.places)]
        if places:
            facts.append(" · ".join(places))
        if facts:
            column.addWidget(_label("   ·   ".join(facts), "muted", text_font=self._font(10.5)))
        note, _ = self._text(card.date_note)
        if note:
            column.addWidget(_label(note, "muted", text_font=self._font(9.5)))
        for item in card.dates:
            label, _ = self._text(item.label)
            line = fill(self.tr("%1: %2"), [label, any_date_text(item.date)])
            column.addWidget(_label(line, "labelledDate", text_font=self._font(10.5)))
        self._add_translation_notice(column, card, title_fallback)
        summary, _ = self._text(card.summary)
        column.addWidget(_label(summary, "lead", text_font=self._font(13.5, serif=True)))
        keeping = self.keeping(card.id) if self.keeping is not None else None
        if keeping is not None:
            column.addWidget(keeping)

    def _add_translation_notice(self, column: QVBoxLayout, card: Card, fallback: bool) -> None:
        if fallback:
            notice = self.tr("Not yet translated: shown in English.")
        elif card.translation_status.get(base_language(self.language)) is TranslationStatus.DRAFT:
            notice = self.tr("Draft translation, not yet reviewed.")
        else:
            return
        column.addWidget(_label(notice, "notice", text_font=self._font(9), snug=True))

    def _add_text(self, column: QVBoxLayout, card: Card) -> None:
        body, body_fallback = self._text(card.body)
        if body_fallback and body and self.language != "en":
            column.addWidget(_label(self.tr("The full text is in English:"), "muted"))
        for paragraph in body.split("\n\n"):
            if paragraph.strip():
                text = _label(paragraph.strip(), "body", text_font=self._font(11))
                text.setStyleSheet(f"color: {PALETTE.ink};")
                text.setMaximumWidth(READING_WIDTH)
                column.addWidget(text)

    def _add_related(self, column: QVBoxLayout, card: Card) -> None:
        related = self.store.related(card.id, self.language)
        self.related_buttons = []
        if not related:
            return
        column.addSpacing(16)
        column.addWidget(_label(self.tr("Linked cards"), "sectionTitle"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        categories = {c.id: c.colour for c in self.store.categories()}
        this_title, _ = self._text(card.title)
        for position, link in enumerate(related):
            # The label reads from this card either way ("gave its name to" on the card a
            # link named after points to), so every link reads left to right.
            button = ElidingButton(plain_button_text(f"→ {link.label}\n{link.title}"))
            button.setObjectName("relatedCard")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            sentence = f"{this_title} {link.label} {link.title}"
            button.setAccessibleName(sentence)
            button.setToolTip(plain_tooltip(sentence))
            colour = categories.get(link.category, PALETTE.line)
            button.setStyleSheet(f"border-left: 5px solid {colour};")
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(
                lambda _=False, target=link.card_id: self.card_requested.emit(target)
            )
            self.related_buttons.append(button)
            grid.addWidget(button, position // RELATED_COLUMNS, position % RELATED_COLUMNS)
        column.addLayout(grid)

    def _add_sources(self, column: QVBoxLayout, card: Card) -> None:
        column.addSpacing(16)
        heading = QHBoxLayout()
        heading.addWidget(_label(self.tr("Sources"), "sectionTitle"), 1)
        self.cite_button = None
        if not in_touch_mode(self):  # citing is for a reader's own work, not an exhibit
            self.cite_button = QPushButton(self.tr("Cite…"))
            self.cite_button.setObjectName("citeButton")
            self.cite_button.setAccessibleName(self.tr("Cite this card or one of its sources"))
            self.cite_button.clicked.connect(self.open_cite_dialog)
            heading.addWidget(self.cite_button, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(heading)
        sources = self.store.sources(card.sources)
        self._add_take_home(column, card, sources)
        # A source's note is for the pack's editors and is never shown to readers.
        for number, source in enumerate(sources, start=1):
            parts = [source.title, source.publisher or self.tr("publisher not named")]
            if source.date is not None:
                parts.append(date_text(source.date))
            lines = [f"{number}. " + ", ".join(parts)]
            if source.url:
                lines.append(source.url)
            column.addWidget(_label("\n".join(lines), "source", text_font=self._font(9.5)))

    def open_cite_dialog(self) -> None:
        from explorer.ui.cards.cite_dialog import CiteDialog  # made on demand only

        dialog = CiteDialog(self.store, self.card, self.language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.cite_dialog = dialog
        dialog.open()

    def _add_take_home(self, column: QVBoxLayout, card: Card, sources: list) -> None:
        """At a kiosk, the sources' addresses as codes a visitor scans to keep them."""
        from explorer.ui.widgets.take_home import TakeHomePanel, panel_host, sources_with_addresses

        if not in_touch_mode(self) or not sources_with_addresses(sources):
            self.take_home_button = None
            return
        button = QPushButton(self.tr("Take it home"))
        button.setObjectName("chip")
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        title = self._text(card.title)[0]
        button.clicked.connect(
            lambda: TakeHomePanel(panel_host(self) or self.window(), title, sources).open()
        )
        column.addWidget(button)
        self.take_home_button = button
