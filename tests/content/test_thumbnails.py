"""Thumbnails made with Pillow: exactly the size asked for, the picture upright and covering it."""

from __future__ import annotations

import io

from PIL import ExifTags, Image

from explorer.content.thumbnails import make_thumbnail


def _jpeg(size: tuple[int, int], orientation: int | None = None) -> bytes:
    """A JPEG whose stored top half is red and bottom half blue."""
    image = Image.new("RGB", size, "blue")
    image.paste("red", (0, 0, size[0], size[1] // 2))
    buffer = io.BytesIO()
    exif = Image.Exif()
    if orientation is not None:
        exif[ExifTags.Base.Orientation] = orientation
    image.save(buffer, format="JPEG", quality=95, exif=exif.tobytes())
    return buffer.getvalue()


def _colour(thumbnail: bytes, x: int, y: int) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(thumbnail)) as image:
        return image.convert("RGB").getpixel((x, y))


def test_a_large_photo_gives_exactly_the_size_asked_for():
    thumbnail = make_thumbnail(_jpeg((1600, 1000)), 420, 252)
    with Image.open(io.BytesIO(thumbnail)) as image:
        assert image.size == (420, 252)
    red, blue = _colour(thumbnail, 210, 20), _colour(thumbnail, 210, 230)
    assert red[0] > 200 > red[2] and blue[2] > 200 > blue[0]


def test_a_large_photo_turned_a_quarter_is_shown_upright():
    # Stored landscape with its top red; orientation 6 shows it turned a quarter clockwise,
    # portrait, the red half on the right.
    thumbnail = make_thumbnail(_jpeg((1600, 1000), orientation=6), 420, 252)
    with Image.open(io.BytesIO(thumbnail)) as image:
        assert image.size == (420, 252)
    left, right = _colour(thumbnail, 40, 126), _colour(thumbnail, 380, 126)
    assert left[2] > 200 > left[0], "blue on the left"
    assert right[0] > 200 > right[2], "red on the right"
