import io
import warnings

import pytest
from PIL import Image

from explorer.content.media_check import (
    MAX_PICTURE_PIXELS,
    MAX_PICTURE_SIDE,
    declared_size,
    image_problem,
)
from tests.content.bad_packs import bomb_png
from tests.content.pack_builder import huge_jpeg, jpeg_bytes, png_bytes


def _image_bytes(image: Image.Image, image_format: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=image_format)
    return buffer.getvalue()


@pytest.mark.parametrize("data", [png_bytes(), jpeg_bytes(), png_bytes(colour="white")])
def test_real_png_and_jpeg_pass(data: bytes) -> None:
    assert image_problem(data) is None


@pytest.mark.parametrize(
    "data",
    [
        b"A portrait of Abai, described in words.\n",
        b"",
        _image_bytes(Image.new("RGB", (4, 4)), "GIF"),
        _image_bytes(Image.new("RGB", (4, 4)), "BMP"),
    ],
    ids=["text", "empty", "gif", "bmp"],
)
def test_anything_but_png_or_jpeg_is_refused(data: bytes) -> None:
    assert image_problem(data) == "not a PNG or JPEG image (cannot identify image file)"


@pytest.mark.parametrize("data", [png_bytes((64, 64))[:-40], jpeg_bytes((64, 64))[:200]])
def test_a_truncated_picture_is_refused(data: bytes) -> None:
    problem = image_problem(data)
    assert problem is not None
    assert problem.startswith("damaged picture")


LIMITS = "at most 30,000 pixels on a side and 90 megapixels in all are allowed"


def test_a_picture_over_the_pixel_limit_is_refused_with_its_size() -> None:
    # Between MAX_IMAGE_PIXELS and twice that, Pillow only warns.
    assert Image.MAX_IMAGE_PIXELS < 10_000 * 10_000
    assert image_problem(bomb_png(10_000, 10_000)) == (
        f"the picture is too large: 10,000 × 10,000 pixels (100 megapixels); {LIMITS}"
    )


def test_a_picture_over_twice_the_pixel_limit_is_refused_with_its_size() -> None:
    # Beyond twice MAX_IMAGE_PIXELS, Pillow raises DecompressionBombError on opening:
    # the size is read from the header without it.
    assert 2 * Image.MAX_IMAGE_PIXELS < 13_500 * 13_500
    assert image_problem(bomb_png(13_500, 13_500)) == (
        f"the picture is too large: 13,500 × 13,500 pixels (182.2 megapixels); {LIMITS}"
    )


def test_a_picture_at_the_pixel_limit_passes_and_one_row_more_is_refused() -> None:
    assert MAX_PICTURE_PIXELS == 10_000 * 9_000
    assert image_problem(bomb_png(10_000, 9_000)) is None
    problem = image_problem(bomb_png(10_000, 9_001))
    assert problem is not None
    assert "10,000 × 9,001 pixels (90 megapixels)" in problem


@pytest.mark.parametrize("make", [png_bytes, jpeg_bytes], ids=["png", "jpeg"])
def test_a_side_over_the_limit_is_refused_however_few_the_pixels(make) -> None:
    assert MAX_PICTURE_SIDE == 30_000
    assert image_problem(make((30_000, 2))) is None
    assert image_problem(make((2, 30_001))) == (
        f"the picture is too large: 2 × 30,001 pixels (0.1 megapixels); {LIMITS}"
    )


def test_a_picture_too_large_for_qt_but_under_the_ceiling_passes() -> None:
    # 9,400 × 9,400 × 4 bytes is above Qt's 256 MB: display_image scales it down.
    assert image_problem(huge_jpeg()) is None


@pytest.mark.parametrize(
    ("data", "size"),
    [(png_bytes((16, 12)), (16, 12)), (jpeg_bytes((7, 9)), (7, 9)), (b"not a picture", None)],
)
def test_the_size_is_read_from_the_header(data: bytes, size: tuple[int, int] | None) -> None:
    assert declared_size(data) == size


def test_the_check_leaves_pillow_and_warnings_as_they_were() -> None:
    limit = Image.MAX_IMAGE_PIXELS
    filters = list(warnings.filters)
    image_problem(bomb_png())
    image_problem(png_bytes())
    assert limit == Image.MAX_IMAGE_PIXELS
    assert warnings.filters == filters
