"""Display derivatives: every picture upright and small enough for Qt to decode.

Qt is not imported here (the content layer is Qt-free): "Qt could load it" is checked as
Qt decides it, by the decoded size against its default allocation limit of 256 MB.
"""

from __future__ import annotations

import functools
import io

import pytest
from PIL import ExifTags, Image

from explorer.content.display_image import JPEG_QUALITY, MAX_DISPLAY_SIDE, display_derivative
from explorer.content.media_check import image_problem
from tests.content.pack_builder import huge_jpeg, jpeg_bytes, png_bytes

QT_ALLOCATION_LIMIT = 256 * 1024 * 1024
ORIENTATION = ExifTags.Base.Orientation


@functools.cache
def _huge_derivative() -> bytes:
    return display_derivative(huge_jpeg())


def _open(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _qt_could_load(image: Image.Image) -> bool:
    """Whether Qt's reader would allocate it: 4 bytes a pixel within its default limit."""
    width, height = image.size
    return width * height * 4 <= QT_ALLOCATION_LIMIT


def _saved(image: Image.Image, image_format: str, orientation: int | None = None) -> bytes:
    options = {}
    if orientation is not None:
        exif = Image.Exif()
        exif[ORIENTATION] = orientation
        exif[ExifTags.Base.Make] = "Test camera"
        options["exif"] = exif.tobytes()
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def _rotated_photo(size: tuple[int, int] = (60, 40), orientation: int = 6) -> bytes:
    """A JPEG stored sideways: its left half red, its right half blue, EXIF says turn it."""
    image = Image.new("RGB", size, "red")
    image.paste("blue", (size[0] // 2, 0, size[0], size[1]))
    return _saved(image, "JPEG", orientation)


def test_a_picture_qt_refuses_becomes_one_it_can_load() -> None:
    data = huge_jpeg()
    original = Image.open(io.BytesIO(data))
    assert original.size == (9_400, 9_400)
    assert not _qt_could_load(original)
    assert image_problem(data) is None, "validation accepts it: the derivative makes it showable"

    derivative = _open(_huge_derivative())
    assert derivative.format == "JPEG"
    assert derivative.size == (MAX_DISPLAY_SIDE, MAX_DISPLAY_SIDE) == (4096, 4096)
    assert _qt_could_load(derivative)
    assert image_problem(_huge_derivative()) is None


def test_a_large_picture_keeps_its_proportions_and_format() -> None:
    wide_png = png_bytes((8_200, 410))
    derivative = _open(display_derivative(wide_png))
    assert derivative.format == "PNG"
    assert derivative.size == (4096, 205)
    assert derivative.getpixel((2000, 100)) == (0x1F, 0x77, 0xB4)

    tall_jpeg = jpeg_bytes((300, 6_000))
    assert _open(display_derivative(tall_jpeg)).size == (205, 4096)


def test_an_exif_rotated_photo_comes_out_upright_without_its_orientation() -> None:
    data = _rotated_photo(orientation=6)  # "turn 90° clockwise to show"
    assert _open(data).getexif()[ORIENTATION] == 6

    derivative = _open(display_derivative(data))
    assert derivative.format == "JPEG"
    assert derivative.size == (40, 60), "width and height swap"
    assert ORIENTATION not in derivative.getexif()
    top, bottom = derivative.getpixel((20, 5)), derivative.getpixel((20, 55))
    assert top[0] > 200 > top[2], "the red left half is now on top"
    assert bottom[2] > 200 > bottom[0]


@pytest.mark.parametrize(
    ("orientation", "size"),
    [(2, (60, 40)), (3, (60, 40)), (4, (60, 40)), (5, (40, 60)), (7, (40, 60)), (8, (40, 60))],
)
def test_every_orientation_is_applied(orientation: int, size: tuple[int, int]) -> None:
    derivative = _open(display_derivative(_rotated_photo(orientation=orientation)))
    assert derivative.size == size
    assert ORIENTATION not in derivative.getexif()


def test_a_rotated_and_large_photo_is_both_turned_and_scaled() -> None:
    derivative = _open(display_derivative(_rotated_photo((6_000, 1_000), orientation=8)))
    assert derivative.size == (683, 4096)
    assert ORIENTATION not in derivative.getexif()


@pytest.mark.parametrize(
    "data",
    [
        png_bytes((16, 12)),
        jpeg_bytes((16, 12)),
        png_bytes((MAX_DISPLAY_SIDE, 8)),
        _rotated_photo(orientation=1),
    ],
    ids=["small-png", "small-jpeg", "png-at-the-limit", "jpeg-marked-upright"],
)
def test_an_upright_picture_small_enough_comes_back_byte_for_byte(data: bytes) -> None:
    assert display_derivative(data) is data


@pytest.mark.parametrize(
    "make",
    [
        _huge_derivative,
        lambda: display_derivative(_rotated_photo()),
        lambda: display_derivative(png_bytes((5_000, 50))),
    ],
    ids=["huge", "rotated", "wide-png"],
)
def test_deriving_twice_changes_nothing_more(make) -> None:
    once = make()
    assert display_derivative(once) == once


def test_photos_are_written_at_the_documented_quality_without_camera_data() -> None:
    image = Image.new("RGB", (5_000, 100), "green")
    derivative = _open(display_derivative(_saved(image, "JPEG", orientation=1)))
    assert JPEG_QUALITY == 90
    assert dict(derivative.getexif()) == {}, "camera data (and any position) are left out"


def test_the_colour_profile_is_kept() -> None:
    profile = b"fake-icc-profile-bytes" * 10
    image = Image.new("RGB", (5_000, 100), "green")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", icc_profile=profile)
    assert _open(display_derivative(buffer.getvalue())).info.get("icc_profile") == profile


@pytest.mark.parametrize(
    ("mode", "options", "expected_mode"),
    [
        ("P", {"transparency": 0}, "RGBA"),
        ("1", {}, "L"),
        ("I;16", {}, "L"),
        ("LA", {}, "LA"),
    ],
)
def test_pngs_of_every_kind_are_scaled_smoothly(
    mode: str, options: dict, expected_mode: str
) -> None:
    buffer = io.BytesIO()
    Image.new(mode, (5_000, 20)).save(buffer, format="PNG", **options)
    derivative = _open(display_derivative(buffer.getvalue()))
    assert (derivative.format, derivative.mode) == ("PNG", expected_mode)
    assert derivative.size == (4096, 16)


def test_a_cmyk_photo_stays_a_jpeg() -> None:
    data = _saved(Image.new("CMYK", (5_000, 20), (0, 255, 0, 0)), "JPEG")
    derivative = _open(display_derivative(data))
    assert (derivative.format, derivative.size) == ("JPEG", (4096, 16))


def test_sixteen_bit_grey_is_scaled_to_eight_bits_not_clipped() -> None:
    buffer = io.BytesIO()
    Image.new("I;16", (5_000, 20), 32_768).save(buffer, format="PNG")
    assert _open(display_derivative(buffer.getvalue())).getpixel((100, 10)) == 128
