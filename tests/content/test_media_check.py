import io
import warnings

import pytest
from PIL import Image

from explorer.content.media_check import image_problem
from tests.content.bad_packs import bomb_png
from tests.content.pack_builder import jpeg_bytes, png_bytes


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


def test_a_picture_over_the_pixel_limit_is_refused() -> None:
    # Between MAX_IMAGE_PIXELS and twice that, Pillow only warns.
    assert Image.MAX_IMAGE_PIXELS < 10_000 * 10_000
    problem = image_problem(bomb_png(10_000, 10_000))
    assert problem is not None
    assert "too large" in problem


def test_a_picture_over_twice_the_pixel_limit_is_refused() -> None:
    # Beyond twice MAX_IMAGE_PIXELS, Pillow raises DecompressionBombError instead.
    assert 2 * Image.MAX_IMAGE_PIXELS < 13_500 * 13_500
    problem = image_problem(bomb_png(13_500, 13_500))
    assert problem is not None
    assert "too large" in problem


def test_the_check_leaves_pillow_and_warnings_as_they_were() -> None:
    limit = Image.MAX_IMAGE_PIXELS
    filters = list(warnings.filters)
    image_problem(bomb_png())
    image_problem(png_bytes())
    assert limit == Image.MAX_IMAGE_PIXELS
    assert warnings.filters == filters
