"""The attract loop's pictures: decoded when a slide is shown, at the size it is shown."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtGui import QColor, QImage

from explorer.ui.kiosk.kiosk_phrasebook import Phrasebook
from explorer.ui.kiosk.kiosk_slides import SlideShow, load_slides

FEATURED = ["opera-abai-san-carlo", "marco-polo", "abai-bust-rome"]


def halves_picture(width: int = 600, height: int = 400) -> bytes:
    """A PNG whose left half is red and right half blue: where it lands shows at a glance."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    for x in range(width // 2, width):
        for y in range(height):
            image.setPixelColor(x, y, QColor("blue"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_a_picture_is_read_at_the_size_asked_and_never_larger_than_its_own(bundled_store):
    (slide,) = load_slides(bundled_store, FEATURED[:1])
    assert slide.size == QSize(1200, 800)  # from the file's header
    assert slide.image_at(QSize(300, 200)).size() == QSize(300, 200)
    assert slide.image_at(QSize(1800, 1200)).size() == QSize(1200, 800)  # a 4K screen
    assert slide.decoded_size == QSize(1200, 800)


def test_on_a_4k_screen_the_slide_holds_its_picture_at_its_own_size(qtbot, bundled_store):
    (slide,) = load_slides(bundled_store, FEATURED[:1])
    show = SlideShow([slide], Phrasebook(["en"]))
    qtbot.addWidget(show)
    show.resize(3840, 2160)
    show.grab()
    assert slide.decoded_size == QSize(1200, 800)


def test_only_the_slide_shown_is_decoded(qtbot, bundled_store):
    slides = load_slides(bundled_store, FEATURED)
    show = SlideShow(slides, Phrasebook(["en"]))
    qtbot.addWidget(show)
    show.resize(1000, 600)
    show.grab()
    assert [slide.decoded_size is not None for slide in slides] == [True, False, False]
    size = slides[0].decoded_size
    assert 0 < size.width() < 500 and size.height() < 600  # the left half of the slide


def test_the_picture_is_painted_the_right_way_round_in_the_left_half(qtbot, bundled_store):
    (slide,) = load_slides(bundled_store, FEATURED[:1])
    painted = replace(slide, picture=halves_picture())
    show = SlideShow([painted], Phrasebook(["en"]))
    qtbot.addWidget(show)
    show.resize(1000, 600)
    frame = show.grab().toImage()
    stage_height = 600 * 0.8
    middle = round(stage_height * 0.55)
    reds = [x for x in range(500) if frame.pixelColor(x, middle) == QColor("red")]
    blues = [x for x in range(500) if frame.pixelColor(x, middle) == QColor("blue")]
    assert reds and blues and max(reds) < min(blues)
    assert frame.pixelColor(750, middle) not in (QColor("red"), QColor("blue"))


def test_a_picture_that_cannot_be_read_leaves_the_slide_without_one(qtbot, bundled_store):
    (slide,) = load_slides(bundled_store, FEATURED[:1])
    broken = replace(slide, picture=b"not a picture")
    assert broken.size.isEmpty()
    show = SlideShow([broken], Phrasebook(["en"]))
    qtbot.addWidget(show)
    show.resize(1000, 600)
    frame = show.grab().toImage()  # painted without a picture, and without failing
    assert broken.decoded_size is None, "an unreadable header stops before any decoding"
    assert frame.pixelColor(250, round(600 * 0.8 * 0.55)) == frame.pixelColor(2, 2)
