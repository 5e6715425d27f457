"""Check that a picture file is a real PNG or JPEG of a size the explorer can show.

A picture may have at most MAX_PICTURE_SIDE pixels on a side and MAX_PICTURE_PIXELS in all.
Its size is read from its header before anything is decoded, so a picture that would take
too much memory is refused with its dimensions, without decoding it. Below that ceiling a
picture may still be too large for Qt to show as it is; ``display_image`` makes every
picture showable.
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, JpegImagePlugin, PngImagePlugin, UnidentifiedImageError

from explorer.content.system_words import picture_words
from explorer.domain.wording import PackProblems, Wording

ACCEPTED_FORMATS = ("PNG", "JPEG")
MAX_PICTURE_SIDE = 30_000
MAX_PICTURE_PIXELS = 90_000_000
"""90 megapixels: a little above Pillow's own decompression-bomb warning (about 89.5)."""

_HEADER_READERS = (PngImagePlugin.PngImageFile, JpegImagePlugin.JpegImageFile)


def image_problem(data: bytes) -> Wording | None:
    """What is wrong with the picture in ``data``, or None if it is a usable PNG or JPEG.

    Pillow's global settings are left alone: its decompression-bomb warning is silenced
    only here, and only for this check, where the ceiling above replaces it.
    """
    size = declared_size(data)
    if size is not None and (problem := size_problem(size)):
        return problem
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as image:
                if problem := size_problem(image.size):
                    return problem
                image.verify()
            # verify() checks the structure but decodes no pixels, so a truncated
            # picture would pass it; decoding once catches that.
            with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as image:
                image.load()
        except Image.DecompressionBombError:
            return PackProblems.tr(
                "the picture is too large: more than %1 pixels, the most allowed, to protect "
                "against decompression bombs"
            ).arg(2 * Image.MAX_IMAGE_PIXELS)
        except UnidentifiedImageError:
            return PackProblems.tr("not a PNG or JPEG image (cannot identify image file)")
        except Exception as error:  # Pillow raises many kinds for damaged files
            return picture_words(error)
    return None


def declared_size(data: bytes) -> tuple[int, int] | None:
    """The width and height a PNG's or JPEG's header gives; None when it has none.

    Only the header is read, and without Pillow's decompression-bomb check (which
    ``Image.open`` makes), so that even a picture of billions of pixels gets its size named.
    """
    for read_header in _HEADER_READERS:
        try:
            with read_header(io.BytesIO(data)) as image:
                return image.size
        except Exception:  # not this format, or a damaged header: Image.open will tell
            continue
    return None


def size_problem(size: tuple[int, int]) -> Wording | None:
    """Why a picture of ``size`` (width, height) is too large; None if it is not."""
    width, height = size
    if max(width, height) > MAX_PICTURE_SIDE or width * height > MAX_PICTURE_PIXELS:
        megapixels = round(width * height / 1_000_000, 1)
        return PackProblems.tr(
            "the picture is too large: %1 × %2 pixels (%3 megapixels); at most %4 pixels on a "
            "side and %5 megapixels in all are allowed"
        ).arg(width, height, megapixels, MAX_PICTURE_SIDE, MAX_PICTURE_PIXELS // 1_000_000)
    return None
