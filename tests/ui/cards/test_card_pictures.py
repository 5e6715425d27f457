"""Pictures that pass validation always show in the card view, and upright."""

from __future__ import annotations

import io

from PIL import ExifTags, Image
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from explorer.content.library import ContentLibrary
from explorer.store.locations import user_data_folder
from explorer.store.user_db import UserStore
from explorer.ui.shell.app import create_application, open_window
from tests.content.pack_builder import huge_jpeg, write_valid_pack
from tests.ui.windows import shown


def sideways_jpeg() -> bytes:
    """A 60 × 40 photo stored sideways; EXIF orientation 6 says to show it 40 × 60."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), "red").save(buffer, format="JPEG", exif=exif.tobytes())
    return buffer.getvalue()


def shown_picture(qtbot, tmp_path, portrait: bytes) -> QPixmap:
    """The picture of the card whose image is ``portrait``, as the card page shows it."""
    pack = write_valid_pack(tmp_path, files={"media/abai-portrait.jpg": portrait})
    prepared = ContentLibrary(user_data_folder(), pack).prepare()
    user = UserStore.open_or_in_memory(user_data_folder() / "user.db")
    with shown(qtbot, open_window(create_application(), prepared.database, user)) as window:
        window.open_card("abai")
        return window.detail.findChild(QLabel, "cardImage").pixmap()


def test_an_exif_rotated_photo_shows_upright(qtbot, tmp_path):
    pixmap = shown_picture(qtbot, tmp_path, sideways_jpeg())
    assert not pixmap.isNull()
    assert pixmap.height() > pixmap.width(), "portrait, as the camera meant it"


def test_a_picture_larger_than_qt_can_decode_still_shows(qtbot, tmp_path):
    pixmap = shown_picture(qtbot, tmp_path, huge_jpeg())
    assert not pixmap.isNull()
    assert pixmap.width() == pixmap.height()
