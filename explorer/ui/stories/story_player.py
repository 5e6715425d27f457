"""Reads one story a step at a time: the step's card (picture, title, dates and places), the
story's words at this step in the reader's language, progress, and what the timeline and the
map can show meanwhile.

Keys: Left or Page Up for the previous step, Right or Page Down for the next, Escape back to
the list, wherever the focus is in the player (buttons would otherwise take the arrows).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import Story, TranslationStatus, base_language, pick
from explorer.domain.wording import fill
from explorer.store.content_store import ContentStore
from explorer.ui.shell.theme import PALETTE, scaled_font, text_scale
from explorer.ui.stories.story_step import ResolvedStep, resolve_step, story_pack
from explorer.ui.widgets.date_text import span_text
from explorer.ui.widgets.flow_layout import FlowLayout
from explorer.ui.widgets.touch_mode import in_touch_mode
from explorer.ui.widgets.wrapping_label import WrappingLabel

PICTURE_WIDTH = 460
PICTURE_HEIGHT = 380
READING_WIDTH = 640
MIN_TEXT_WIDTH = 440
"""Below this, the step's text goes under the picture rather than beside it."""
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)

PLAYER_STYLE = f"""
QProgressBar#storyProgress {{ background: {PALETTE.line}; border: none; border-radius: 3px; }}
QProgressBar#storyProgress::chunk {{ background: {PALETTE.sky_deep}; border-radius: 3px; }}
QLabel#storyPicture {{ background: {PALETTE.rail}; border-radius: 10px; color: {PALETTE.muted}; }}
"""


class StoryPlayer(QWidget):
    """``leave_requested`` asks for the list again; ``card_requested`` a card's page;
    ``step_shown`` tells the step shown (its period sets the timeline's range);
    ``timeline_requested`` and ``map_requested`` ask for those views at this step;
    ``take_home_requested`` for the story's sources as codes."""

    leave_requested = Signal()
    card_requested = Signal(str)
    step_shown = Signal(object)
    timeline_requested = Signal(object)
    map_requested = Signal(list, object)
    take_home_requested = Signal()

    def __init__(self, store: ContentStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.language = "en"
        self.story: Story | None = None
        self.pack = ""
        self.index = 0
        self.current: ResolvedStep | None = None
        self.has_sources = False
        self.setObjectName("page")
        self.setStyleSheet(PLAYER_STYLE)

        column = QVBoxLayout(self)
        column.setContentsMargins(40, 20, 40, 20)
        column.setSpacing(12)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.back_button = self._button()
        self.story_title = WrappingLabel("", self)
        self.progress_text = QLabel(self)
        self.progress_text.setObjectName("resultCount")
        self.progress_text.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.story_title, 1)
        top.addWidget(self.progress_text, 0, Qt.AlignmentFlag.AlignVCenter)
        self.sheet_button = self._button()
        top.addWidget(self.sheet_button, 0, Qt.AlignmentFlag.AlignTop)
        self.sheet_saver = None
        column.addLayout(top)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("storyProgress")
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        column.addWidget(self.progress)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("detailScroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("detailColumn")
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        row.setContentsMargins(0, 12, 0, 12)
        row.setSpacing(36)
        self.hero = row
        self.picture = QLabel(body)
        self.picture.setObjectName("storyPicture")
        self.picture.setTextFormat(Qt.TextFormat.PlainText)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFixedWidth(PICTURE_WIDTH)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(10)
        self.eyebrow = WrappingLabel("", body)
        self.eyebrow.setObjectName("eyebrow")
        self.card_title = WrappingLabel("", body)
        self.facts = WrappingLabel("", body)
        self.facts.setObjectName("muted")
        self.notice = WrappingLabel("", body, snug=True)
        self.notice.setObjectName("notice")
        self.narrative = WrappingLabel("", body)
        self.narrative.setMaximumWidth(READING_WIDTH)
        self.narrative.setStyleSheet(f"color: {PALETTE.ink};")
        self.narrative.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.eyebrow, self.card_title, self.facts, self.notice, self.narrative):
            text.addWidget(label)
        text.addSpacing(8)
        actions = FlowLayout(spacing=10)  # a long language wraps its buttons to a second row
        self.open_button = self._button(body)
        self.timeline_button = self._button(body)
        self.map_button = self._button(body)
        self.take_home_button = self._button(body)
        for button in (
            self.open_button,
            self.timeline_button,
            self.map_button,
            self.take_home_button,
        ):
            actions.addWidget(button)
        text.addLayout(actions)
        text.addStretch(1)
        row.addLayout(text, 1)
        self.scroll.setWidget(body)
        column.addWidget(self.scroll, 1)

        bottom = QHBoxLayout()
        self.previous_button = self._button()
        self.next_button = self._button()
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        column.addLayout(bottom)

        self.back_button.clicked.connect(self.leave_requested)
        self.previous_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.open_button.clicked.connect(self._open_card)
        self.timeline_button.clicked.connect(
            lambda: self.current and self.timeline_requested.emit(self.current.days)
        )
        self.map_button.clicked.connect(
            lambda: (
                self.current
                and self.map_requested.emit(list(self.current.places), self.current.route)
            )
        )
        self.take_home_button.clicked.connect(self.take_home_requested)
        self.sheet_button.clicked.connect(self.save_sheet)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)
        self._apply_fonts()
        self.retranslate()

    def _button(self, parent: QWidget | None = None) -> QPushButton:
        button = QPushButton(parent or self)
        button.setObjectName("chip")
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        return button

    def _apply_fonts(self) -> None:
        base = self.font()
        self.story_title.setFont(scaled_font(base, 18, serif=True))
        self.card_title.setFont(scaled_font(base, 26, serif=True, weight=QFont.Weight.DemiBold))
        self.facts.setFont(scaled_font(base, 10.5))
        self.notice.setFont(scaled_font(base, 9))
        self.narrative.setFont(scaled_font(base, 14, serif=True))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the kiosk's larger type
            self._apply_fonts()

    # ---- the story ------------------------------------------------------------------------

    def play(self, story: Story, index: int = 0) -> None:
        self.story = story
        self.pack = story_pack(self.store, story)
        self.show_step(index)

    def show_step(self, index: int) -> None:
        story = self.story
        if story is None or not story.steps:
            return
        self.index = max(0, min(index, len(story.steps) - 1))
        self.current = resolve_step(self.store, story, self.index, self.pack)
        self._show_current()
        self.step_shown.emit(self.current)

    def next(self) -> None:
        if self.story is not None and self.index + 1 < len(self.story.steps):
            self.show_step(self.index + 1)

    def previous(self) -> None:
        if self.index > 0:
            self.show_step(self.index - 1)

    def set_language(self, language: str) -> None:
        self.language = language
        self.retranslate()

    def set_has_sources(self, has_sources: bool) -> None:
        self.has_sources = has_sources
        self._show_buttons()

    def forget(self) -> None:
        self.story, self.current, self.index = None, None, 0

    def sheet_contents(self) -> tuple[list[str], dict[str, str]]:
        """The story's cards in the order of its steps (each once), and what the story says
        of each in the reader's language."""
        cards: list[str] = []
        lead_ins: dict[str, str] = {}
        story = self.story
        for index in range(len(story.steps) if story is not None else 0):
            resolved = resolve_step(self.store, story, index, self.pack)
            if resolved.card is None:
                continue
            said = pick(resolved.step.text, self.language)[0]
            if resolved.card.id in lead_ins:
                lead_ins[resolved.card.id] += "\n\n" + said
            else:
                cards.append(resolved.card.id)
                lead_ins[resolved.card.id] = said
        return cards, lead_ins

    def save_sheet(self) -> None:
        """The story as a study sheet (PDF): its cards, each after the story's words."""
        cards, lead_ins = self.sheet_contents()
        if not cards or self.story is None:
            return
        if self.sheet_saver is None:
            from explorer.ui.print.sheet_action import StudySheetSaver  # on demand only

            self.sheet_saver = StudySheetSaver(self, self.store)
            self.sheet_saver.busy.connect(lambda busy: self.sheet_button.setEnabled(not busy))
        self.sheet_saver.save(
            cards,
            title=pick(self.story.title, self.language)[0],
            language=self.language,
            subtitle=pick(self.story.summary, self.language)[0],
            lead_ins=lead_ins,
        )

    def _open_card(self) -> None:
        if self.current is not None and self.current.card is not None:
            self.card_requested.emit(self.current.card.id)

    # ---- showing --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("← All stories"))
        self.previous_button.setText(self.tr("← Previous"))
        self.next_button.setText(self.tr("Next →"))
        self.open_button.setText(self.tr("Open the card"))
        self.timeline_button.setText(self.tr("Show on the timeline"))
        self.map_button.setText(self.tr("Show on the map"))
        self.take_home_button.setText(self.tr("Take it home"))
        self.sheet_button.setText(self.tr("Study sheet (PDF)…"))
        self.sheet_button.setToolTip(self.tr("Save this story as a study sheet (PDF)"))
        self.sheet_button.setAccessibleName(self.tr("Study sheet (PDF)"))
        self.progress.setAccessibleName(self.tr("Progress through the story"))
        if self.current is not None:
            self._show_current()

    def _show_current(self) -> None:
        story, resolved = self.story, self.current
        if story is None or resolved is None:
            return
        language = self.language
        title = pick(story.title, language)[0]
        self.story_title.setText(title)
        self.setAccessibleName(title)
        count = len(story.steps)
        self.progress_text.setText(
            fill(self.tr("Step %1 of %2"), [str(self.index + 1), str(count)])
        )
        self.progress.setRange(0, count)
        self.progress.setValue(self.index + 1)
        self.progress.setAccessibleDescription(self.progress_text.text())
        card = resolved.card
        if card is None:
            self.eyebrow.setText("")
            self.card_title.setText(self.tr("This card is not in the collection."))
            self.facts.setText("")
        else:
            category = next((c for c in self.store.categories() if c.id == card.category), None)
            self.eyebrow.setText(pick(category.name, language)[0].upper() if category else "")
            self.eyebrow.setStyleSheet(f"color: {category.colour};" if category else "")
            self.card_title.setText(pick(card.title, language)[0])
            facts = []
            if card.start is not None:
                facts.append(span_text(card.start, card.end))
            places = [pick(place.name, language)[0] for place in self.store.places(card.places)]
            if places:
                facts.append(" · ".join(places))
            self.facts.setText("   ·   ".join(facts))
        self.facts.setVisible(bool(self.facts.text()))
        self.eyebrow.setVisible(bool(self.eyebrow.text()))
        text, fallback = pick(resolved.step.text, language)
        self.narrative.setText(text)
        self.narrative.setAccessibleName(text)
        notice = ""
        if fallback and text:
            notice = self.tr("Not yet translated: shown in English.")
        elif story.translation_status.get(base_language(language)) is TranslationStatus.DRAFT:
            notice = self.tr("Draft translation, not yet reviewed.")
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self._show_picture(card)
        self._show_buttons()
        self.scroll.verticalScrollBar().setValue(0)

    def _show_buttons(self) -> None:
        resolved, story = self.current, self.story
        stepping = [b for b in (self.previous_button, self.next_button) if b.hasFocus()]
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(story is not None and self.index + 1 < len(story.steps))
        if stepping and not stepping[0].isEnabled():
            # Qt would hand the focus to the next control, outside the story: keep it here,
            # so that the keys still step back from the last step (forward from the first).
            other = (
                self.next_button if stepping[0] is self.previous_button else self.previous_button
            )
            if other.isEnabled():
                other.setFocus(Qt.FocusReason.OtherFocusReason)
        self.open_button.setEnabled(resolved is not None and resolved.card is not None)
        self.timeline_button.setVisible(resolved is not None and resolved.days is not None)
        self.map_button.setVisible(resolved is not None and bool(resolved.places or resolved.route))
        self.take_home_button.setVisible(self.has_sources and in_touch_mode(self))
        self.sheet_button.setVisible(story is not None and not in_touch_mode(self))

    def resizeEvent(self, event) -> None:
        self._arrange_hero()
        super().resizeEvent(event)

    def _arrange_hero(self) -> None:
        """The picture beside the text while the text keeps a readable width, else above
        it (a narrow window, a long language, a kiosk's larger type)."""
        # The scroll area is fitted to the player after this event: measure the player.
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        readable = MIN_TEXT_WIDTH * text_scale(self.font())  # a kiosk's type is larger
        beside = width - PICTURE_WIDTH - self.hero.spacing() >= readable
        direction = QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        if self.hero.direction() != direction:
            self.hero.setDirection(direction)

    def _show_picture(self, card) -> None:
        self.picture.clear()
        image = QImage()
        if card is not None and card.image is not None:
            media = self.store.media(card.image)
            if not media.remote:
                image = QImage.fromData(self.store.media_data(card.image)[1])
            self.picture.setAccessibleName(pick(media.alt, self.language)[0])
        if image.isNull():
            self.picture.hide()
            return
        scaled = image.scaled(
            PICTURE_WIDTH,
            PICTURE_HEIGHT,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.picture.setPixmap(QPixmap.fromImage(scaled))
        self.picture.setFixedHeight(scaled.height())
        self.picture.show()

    # ---- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and self._key(event):
            return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        key = event.key()
        if not plain:
            return False
        if key in PREVIOUS_KEYS:
            self.previous()
        elif key in NEXT_KEYS:
            self.next()
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        else:
            return False
        return True
