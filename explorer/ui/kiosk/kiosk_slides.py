"""The attract loop: featured cards, or the steps of a story, one after another, inviting a
passer-by to touch."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import cached_property

from PySide6.QtCore import (
    QEasingCurve,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath
from PySide6.QtWidgets import QWidget

from explorer.domain.entities import Localized, Story, pick
from explorer.domain.kiosk_config import KioskConfig, unknown_story_problem
from explorer.store.content_store import ContentStore
from explorer.ui.kiosk.kiosk_phrasebook import BRAND, TOUCH_TO_EXPLORE, Phrasebook
from explorer.ui.kiosk.slide_pictures import SlidePictures, picture_size
from explorer.ui.shell.theme import PALETTE, SANS, SERIF

log = logging.getLogger("explorer.kiosk")

SLIDE_MS = 8000
FADE_MS = 700
FALLBACK_SLIDES = 8
FLAG_COLOURS = (PALETTE.sky, PALETTE.gold, PALETTE.green, "#ffffff", PALETTE.red)


@dataclass(frozen=True)
class Slide:
    """A featured card, its picture still encoded: a slide show decodes it off the UI thread
    when the slide is about to be shown (``SlidePictures``)."""

    card_id: str
    title: Localized
    summary: Localized
    category: Localized
    colour: str
    picture: bytes
    story_step: tuple[str, int] | None = None
    """(story id, step index) when the slide is a story's step: a touch starts it there."""

    @cached_property
    def size(self) -> QSize:
        """The picture's own size, read from its header (empty if it cannot be read)."""
        return picture_size(self.picture)


def load_slides(store: ContentStore, featured: tuple[str, ...] | list[str]) -> list[Slide]:
    """Slides for the featured cards that exist; without any, the first cards with pictures."""
    keys = {reference: store.resolve_card(reference) for reference in featured}
    missing = [reference for reference, key in keys.items() if key is None]
    if missing:
        log.warning("featured cards not in the content, left out: %s", ", ".join(missing))
    wanted = [key for key in keys.values() if key is not None]
    limit = len(wanted)
    if not wanted:
        wanted, limit = store.card_ids(), FALLBACK_SLIDES
    categories = {category.id: category for category in store.categories()}
    slides: list[Slide] = []
    for card_id in wanted:
        card = store.card(card_id)
        if card.image is None or store.media(card.image).remote:
            continue  # a slide needs a picture of its own; a remote one is never fetched
        category = categories.get(card.category)
        slides.append(
            Slide(
                card.id,
                card.title,
                card.summary,
                category.name if category else {},
                category.colour if category else PALETTE.sky_deep,
                store.media_data(card.image)[1],
            )
        )
        if len(slides) == limit:
            break
    return slides


def load_story_slides(store: ContentStore, story: Story) -> list[Slide]:
    """A slide for each step of ``story``, in order: its card's title and picture (when it
    has one of its own), the story's words at that step, the story's title above them.
    Steps whose card the content lacks are left out."""
    from explorer.ui.stories.story_step import resolve_step, story_pack

    pack = story_pack(store, story)
    slides: list[Slide] = []
    for index in range(len(story.steps)):
        resolved = resolve_step(store, story, index, pack)
        card = resolved.card
        if card is None:
            log.warning("story %s: step %d's card is not in the content", story.id, index + 1)
            continue
        picture = b""
        if card.image is not None and not store.media(card.image).remote:
            picture = store.media_data(card.image)[1]
        slides.append(
            Slide(
                card.id,
                card.title,
                resolved.step.text,
                story.title,
                PALETTE.sky_deep,
                picture,
                (story.id, index),
            )
        )
    return slides


def attract_slides(store: ContentStore, config: KioskConfig) -> list[Slide]:
    """The loop's slides: the steps of the configured story, else the featured cards."""
    if config.attract_story is not None:
        stories = store.stories()
        problem = unknown_story_problem(config.attract_story, [story.id for story in stories])
        if problem is None:
            story = next(
                s for s in stories if config.attract_story in (s.id, s.id.rpartition(":")[2])
            )
            slides = load_story_slides(store, story)
            if slides:
                return slides
            log.warning("attract_story %s has no step to show", config.attract_story)
        else:
            log.warning("%s; the featured cards are shown", problem)
    return load_slides(store, config.featured_cards)


def _font(family: str, pixels: float, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    result = QFont(family)
    result.setPixelSize(max(8, round(pixels)))
    result.setWeight(weight)
    return result


class SlideShow(QWidget):
    """Shows each slide for a while in the next offered language, fading between them.
    The next slide's picture is decoded off the UI thread first, and the fade starts when it
    is ready. Any touch emits ``touched``."""

    touched = Signal()

    def __init__(self, slides: list[Slide], phrasebook: Phrasebook, parent: QWidget | None = None):
        super().__init__(parent)
        self.slides = slides
        self.phrasebook = phrasebook
        self.position = 0
        self.previous: int | None = None
        self.fade = QVariantAnimation(self)
        self.fade.setDuration(FADE_MS)
        self.fade.setStartValue(0.0)
        self.fade.setEndValue(1.0)
        self.fade.setEasingCurve(QEasingCurve.Type.InOutQuad)
        self.fade.valueChanged.connect(lambda _value: self.update())
        self.timer = QTimer(self)
        self.timer.setInterval(SLIDE_MS)
        self.timer.timeout.connect(self.advance)
        self.pictures = SlidePictures(self)
        self.pictures.ready.connect(self._picture_ready)
        self._coming: int | None = None  # the position whose picture the next fade waits for
        self.setAccessibleName(self.phrasebook.say(self.language(0), TOUCH_TO_EXPLORE))

    def start(self) -> None:
        self.go_to(0)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.fade.stop()
        self._coming = None

    def go_to(self, position: int) -> None:
        """Show the slide at ``position`` at once, without a fade."""
        self.fade.stop()
        self.position, self.previous, self._coming = position, None, None
        self._ask_picture(position)
        self.update()

    def language(self, position: int) -> str:
        languages = self.phrasebook.languages
        return languages[position % len(languages)]

    def advance(self) -> None:
        """Fade to the next slide once its picture is ready."""
        if len(self.slides) < 2 and len(self.phrasebook.languages) < 2:
            return
        self._coming = self.position + 1
        if self._ask_picture(self._coming):
            self._fade_to(self._coming)

    def _picture_ready(self, index: int) -> None:
        coming = self._coming
        if coming is not None and self._slide_index(coming) == index:
            self._fade_to(coming)
        else:
            self.update()

    def _fade_to(self, position: int) -> None:
        self.previous, self.position, self._coming = self.position, position, None
        self.pictures.keep_only({self._slide_index(self.previous), self._slide_index(position)})
        self.fade.start()

    def _slide_index(self, position: int) -> int:
        return position % len(self.slides) if self.slides else 0

    def _ask_picture(self, position: int) -> bool:
        """True when the picture of the slide at ``position`` can be drawn at the size it is
        shown (or it has none); otherwise its decoding starts."""
        if not self.slides:
            return True
        slide = self.slides[self._slide_index(position)]
        target = self._picture_target(slide)
        if target is None:
            return True
        size = (target.size() * self.devicePixelRatioF()).toSize()
        return self.pictures.ask(self._slide_index(position), slide.picture, slide.size, size)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.touched.emit()

    # ---- painting ------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor(PALETTE.ground))
        stage = self._stage()
        band = self.height() - stage.height()
        fading = self.fade.state() == QVariantAnimation.State.Running
        progress = float(self.fade.currentValue()) if fading else 1.0
        if fading and self.previous is not None:
            painter.setOpacity(1 - progress)
            self._paint_slide(painter, stage, self.previous)
        painter.setOpacity(progress)
        self._paint_slide(painter, stage, self.position)
        painter.setOpacity(1.0)
        self._paint_band(painter, QRectF(0, stage.bottom(), self.width(), band))

    def _stage(self) -> QRectF:
        """Where a slide is shown: all but the band at the bottom."""
        return QRectF(0, 0, self.width(), self.height() * 0.8)

    @staticmethod
    def _picture_area(stage: QRectF) -> QRectF:
        """The left half of the stage, within its margins."""
        unit = stage.height() / 100
        margin, top = unit * 7, unit * 14
        return QRectF(margin, top, stage.width() * 0.5 - margin, stage.bottom() - top - margin)

    def _picture_target(self, slide: Slide) -> QRectF | None:
        """Where the slide's whole picture goes: as large as fits, centred in its area; None
        when it cannot be read."""
        size = slide.size
        if size.isEmpty():
            return None
        area = self._picture_area(self._stage())
        scale = min(area.width() / size.width(), area.height() / size.height())
        target = QRectF(0, 0, size.width() * scale, size.height() * scale)
        target.moveCenter(area.center())
        return target

    def _paint_slide(self, painter: QPainter, stage: QRectF, position: int) -> None:
        unit = stage.height() / 100
        language = self.language(position)
        margin = unit * 7
        if not self.slides:
            painter.setPen(QColor(PALETTE.ink))
            painter.setFont(_font(SERIF, unit * 7, QFont.Weight.DemiBold))
            brand = self.phrasebook.say(language, BRAND[1], BRAND[0])
            painter.drawText(stage, Qt.AlignmentFlag.AlignCenter, brand)
            return
        slide = self.slides[position % len(self.slides)]
        brand = QRectF(margin, unit * 3, stage.width() - 2 * margin, unit * 7)
        self._paint_brand(painter, brand, self.phrasebook.say(language, BRAND[1], BRAND[0]))
        area = self._picture_area(stage)
        picture = self._paint_picture(painter, area, position, unit * 1.5)
        text = QRectF(area.right() + margin, picture.top(), 0, 0)
        text.setRight(stage.width() - margin)
        text.setBottom(stage.bottom() - margin)
        painter.setPen(QColor(slide.colour))
        eyebrow = _font(SANS, unit * 2.6, QFont.Weight.DemiBold)
        eyebrow.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, unit * 0.25)
        painter.setFont(eyebrow)
        category = pick(slide.category, language)[0].upper()
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, category)
        text.setTop(text.top() + unit * 6)
        painter.setPen(QColor(PALETTE.ink))
        painter.setFont(_font(SERIF, unit * 6.4, QFont.Weight.DemiBold))
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(text, flags, pick(slide.title, language)[0])
        painter.drawText(text, flags, pick(slide.title, language)[0])
        text.setTop(used.bottom() + unit * 3.5)
        painter.setPen(QColor(PALETTE.muted))
        painter.setFont(_font(SERIF, unit * 3.4))
        painter.drawText(text, flags, pick(slide.summary, language)[0])

    def _paint_picture(
        self, painter: QPainter, area: QRectF, position: int, radius: float
    ) -> QRectF:
        """The slide's picture in ``area`` (see ``_picture_target``); returns where it goes.
        A picture not decoded yet leaves its place empty, and one decoded at another size
        (the window was resized) is drawn scaled until it is decoded again."""
        target = self._picture_target(self.slides[self._slide_index(position)])
        if target is None:
            return QRectF(area.topLeft(), area.topLeft())
        self._ask_picture(position)
        image = self.pictures.held(self._slide_index(position))
        if image is None or image.isNull():
            return target if image is None else QRectF(area.topLeft(), area.topLeft())
        clip = QPainterPath()
        clip.addRoundedRect(target, radius, radius)
        painter.save()
        painter.setClipPath(clip)
        painter.drawImage(target, image)
        painter.restore()
        return target

    @staticmethod
    def _paint_brand(painter: QPainter, area: QRectF, title: str) -> None:
        stripe = area.height() * 0.07
        width = area.height() * 0.5
        for i, colour in enumerate(FLAG_COLOURS):
            painter.fillRect(
                QRectF(area.left() + i * width, area.bottom() - stripe, width, stripe),
                QColor(colour),
            )
        painter.setPen(QColor(PALETTE.ink))
        painter.setFont(_font(SERIF, area.height() * 0.42, QFont.Weight.DemiBold))
        painter.drawText(
            area.adjusted(0, 0, 0, -stripe * 3),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            title,
        )

    def _paint_band(self, painter: QPainter, band: QRectF) -> None:
        painter.fillRect(band, QColor(PALETTE.ink))
        stripe = band.height() * 0.04
        width = band.width() / len(FLAG_COLOURS)
        for i, colour in enumerate(FLAG_COLOURS):
            painter.fillRect(QRectF(i * width, band.top(), width + 1, stripe), QColor(colour))
        phrases = self.phrasebook.in_every_language(TOUCH_TO_EXPLORE)
        current = self.phrasebook.say(self.language(self.position), TOUCH_TO_EXPLORE)
        unit = band.height() / 10
        size, gap = unit * 2.6, unit * 2.4
        painter.setFont(_font(SANS, size, QFont.Weight.DemiBold))
        widths = [painter.fontMetrics().horizontalAdvance(phrase) for phrase in phrases]
        total = sum(widths) + gap * (len(phrases) - 1)
        room = band.width() * 0.92
        if total > room:  # many languages: smaller type rather than phrases off the screen
            painter.setFont(_font(SANS, size * room / total, QFont.Weight.DemiBold))
            gap *= room / total
            widths = [painter.fontMetrics().horizontalAdvance(phrase) for phrase in phrases]
            total = sum(widths) + gap * (len(phrases) - 1)
        metrics = painter.fontMetrics()
        x = (band.width() - total) / 2
        baseline = band.center().y() + metrics.capHeight() / 2 + stripe / 2
        for phrase, width in zip(phrases, widths, strict=True):
            painter.setPen(QColor(PALETTE.gold if phrase == current else "#f6f1e7"))
            painter.drawText(round(x), round(baseline), phrase)
            x += width + gap
        self._paint_dots(painter, band, unit)

    def _paint_dots(self, painter: QPainter, band: QRectF, unit: float) -> None:
        count = len(self.slides)
        if count < 2:
            return
        radius, spacing = unit * 0.35, unit * 1.4
        x = band.center().x() - spacing * (count - 1) / 2
        y = band.bottom() - unit * 1.4
        painter.setPen(Qt.PenStyle.NoPen)
        for i in range(count):
            active = i == self.position % count
            painter.setBrush(QColor(PALETTE.gold if active else "#6f655b"))
            painter.drawEllipse(
                QRectF(x + i * spacing - radius, y - radius, 2 * radius, 2 * radius)
            )
