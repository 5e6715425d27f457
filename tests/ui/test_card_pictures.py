"""Pictures that pass validation always show in the card view, and upright."""

from __future__ import annotations

import io

import pytest
from PIL import ExifTags, Image
from PySide6.QtWidgets import QLabel

from explorer.content.library import ContentLibrary
from explorer.store.locations import user_data_folder
from explorer.store.user_db import UserStore
from explorer.ui.app import create_application, open_window
from tests.content.pack_builder import huge_jpeg, write_valid_pack


def sideways_jpeg() -> bytes:
    """A 60 × 40 photo stored sideways; EXIF orientation 6 says to show it 40 × 60."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "red").save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


@pytest.fixture
def picture_window(qtbot, tmp_path):
    def open_with(portrait: bytes):
        pack = write_valid_pack(tmp_path, files={"media/abai-portrait.jpg": portrait})
        prepared = ContentLibrary(user_data_folder(), pack).prepare()
        user = UserStore.open_or_in_memory(user_data_folder() / "user.db")
        window = open_window(create_application(), prepared.database, user)
        qtbot.addWidget(window)
        window.show()
        window.open_card("abai")
        return window

    yield open_with


def shown_picture(window) -> QLabel:
    return window.detail.findChild(QLabel, "cardImage")


def test_an_exif_rotated_photo_shows_upright(picture_window):
    window = picture_window(sideways_jpeg())
    pixmap = shown_picture(window).pixmap()
    assert not pixmap.isNull()
    assert pixmap.height() > pixmap.width(), "portrait, as the camera meant it"
    window.thumbnails.wait()
    window.close()


def test_a_picture_larger_than_qt_can_decode_still_shows(picture_window):
    window = picture_window(huge_jpeg())
    pixmap = shown_picture(window).pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() == pixmap.height()
    window.thumbnails.wait()
    window.close()
