"""The attract loop's pictures: decoded off the UI thread when a slide is about to be shown,
at the size it is shown; the fade to a slide waits for its picture."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QSize
from PySide6.QtGui import QColor, QImage

from explorer.ui.kiosk import slide_pictures
from explorer.ui.kiosk.kiosk_phrasebook import Phrasebook
from explorer.ui.kiosk.kiosk_slides import SlideShow, load_slides
from explorer.ui.kiosk.slide_pictures import decode_picture

FEATURED = ["opera-abai-san-carlo", "marco-polo", "abai-bust-rome"]
STAGE_MIDDLE = round(600 * 0.8 * 0.55)  # a row through the picture of a 1000 × 600 show


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


def shown(qtbot, slides, size=(1000, 600), languages=("en",)) -> SlideShow:
    """A slide show of ``slides`` on screen at ``size``, its first picture decoded."""
    show = SlideShow(slides, Phrasebook(list(languages)))
    qtbot.addWidget(show)
    show.resize(*size)
    show.show()
    show.go_to(0)
    qtbot.waitUntil(lambda: not show.pictures.busy)
    return show


@pytest.fixture
def decodes(monkeypatch) -> list[bool]:
    """For every picture decoded: whether it was decoded on the UI thread."""
    on_ui_thread: list[bool] = []
    decode = slide_pictures.decode_picture

    def watched(*args):
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        return decode(*args)

    monkeypatch.setattr(slide_pictures, "decode_picture", watched)
    return on_ui_thread


def test_a_picture_is_decoded_at_the_size_asked_and_never_larger_than_its_own(bundled_store):
    (slide,) = load_slides(bundled_store, FEATURED[:1])
    assert slide.size == QSize(1200, 800)  # from the file's header
    assert decode_picture(slide.picture, slide.size, QSize(300, 200)).size() == QSize(300, 200)
    assert decode_picture(slide.picture, slide.size, QSize(1800, 1200)).size() == QSize(1200, 800)


def test_on_a_4k_screen_the_slide_holds_its_picture_at_its_own_size(qtbot, bundled_store):
    show = shown(qtbot, load_slides(bundled_store, FEATURED[:1]), size=(3840, 2160))
    assert show.pictures.held(0).size() == QSize(1200, 800)


def test_only_the_slide_shown_is_decoded_and_off_the_ui_thread(qtbot, bundled_store, decodes):
    show = shown(qtbot, load_slides(bundled_store, FEATURED))
    show.grab()
    assert [show.pictures.held(index) is not None for index in range(3)] == [True, False, False]
    size = show.pictures.held(0).size()
    assert 0 < size.width() < 500 and size.height() < 600  # the left half of the slide
    assert decodes and not any(decodes)


def test_the_picture_is_painted_the_right_way_round_in_the_left_half(qtbot, bundled_store):
    (slide,) = load_slides(bundled_store, FEATURED[:1])
    show = shown(qtbot, [replace(slide, picture=halves_picture())])
    frame = show.grab().toImage()
    reds = [x for x in range(500) if frame.pixelColor(x, STAGE_MIDDLE) == QColor("red")]
    blues = [x for x in range(500) if frame.pixelColor(x, STAGE_MIDDLE) == QColor("blue")]
    assert reds and blues and max(reds) < min(blues)
    assert frame.pixelColor(750, STAGE_MIDDLE) not in (QColor("red"), QColor("blue"))


def test_a_picture_that_cannot_be_read_leaves_the_slide_without_one(qtbot, bundled_store, decodes):
    (slide,) = load_slides(bundled_store, FEATURED[:1])
    broken = replace(slide, picture=b"not a picture")
    assert broken.size.isEmpty()
    show = shown(qtbot, [broken])
    frame = show.grab().toImage()  # painted without a picture, and without failing
    assert decodes == [], "an unreadable header stops before any decoding"
    assert frame.pixelColor(250, STAGE_MIDDLE) == frame.pixelColor(2, 2)


def test_the_fade_to_the_next_slide_waits_for_its_picture(qtbot, bundled_store, decodes):
    show = shown(qtbot, load_slides(bundled_store, FEATURED))
    show.advance()
    assert show.position == 0 and show.fade.state() != show.fade.State.Running
    assert show.pictures.busy, "the next picture is being decoded"
    qtbot.waitUntil(lambda: show.position == 1)
    assert show.fade.state() == show.fade.State.Running
    assert show.pictures.held(1) is not None and not any(decodes)


def test_only_the_pictures_of_a_fade_are_held(qtbot, bundled_store):
    show = shown(qtbot, load_slides(bundled_store, FEATURED))
    for position in (1, 2):
        show.advance()
        qtbot.waitUntil(lambda position=position: show.position == position)
    assert [show.pictures.held(index) is not None for index in range(3)] == [False, True, True]


def test_a_stopped_show_does_not_fade_when_a_picture_comes(qtbot, bundled_store):
    show = shown(qtbot, load_slides(bundled_store, FEATURED))
    show.advance()
    show.stop()
    qtbot.waitUntil(lambda: not show.pictures.busy)
    assert show.position == 0 and show.fade.state() != show.fade.State.Running


def test_a_picture_that_fails_to_decode_still_lets_its_slide_come(qtbot, bundled_store):
    slides = load_slides(bundled_store, FEATURED[:2])
    cut = replace(slides[1], picture=halves_picture()[:120])  # its header whole, its pixels not
    assert not cut.size.isEmpty()
    show = shown(qtbot, [slides[0], cut])
    show.advance()
    qtbot.waitUntil(lambda: show.position == 1)
    show.fade.stop()
    frame = show.grab().toImage()
    assert show.pictures.held(1).isNull()
    assert frame.pixelColor(250, STAGE_MIDDLE) == frame.pixelColor(2, 2)


def test_one_slide_in_several_languages_fades_at_once(qtbot, bundled_store):
    show = shown(qtbot, load_slides(bundled_store, FEATURED[:1]), languages=("en", "kk"))
    show.advance()  # the same picture, at the same size: nothing to wait for
    assert show.position == 1 and show.fade.state() == show.fade.State.Running
