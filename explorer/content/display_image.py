"""Pictures as the explorer shows them: upright, and small enough for Qt to decode.

Qt ignores EXIF orientation when it reads a picture from bytes, and refuses pictures above
its allocation limit (256 MB by default: about 8,192 × 8,192 pixels at 4 bytes a pixel),
which validation still accepts (up to ``media_check.MAX_PICTURE_PIXELS``). The content
database therefore stores each picture's *display derivative*:

* turned upright by its EXIF orientation (``ImageOps.exif_transpose``);
* scaled down, keeping its proportions, so that its longer side is at most
  ``MAX_DISPLAY_SIDE`` pixels (4,096: 64 MB decoded, a quarter of Qt's limit);
* written in the format it came in: a JPEG as a JPEG of quality ``JPEG_QUALITY``, a PNG as
  a PNG, with its colour profile but without EXIF data (the orientation is applied, and
  camera data or a GPS position are not for showing).

A picture that is upright (no orientation, or orientation 1) and small enough is returned
as it is, byte for byte; since a derivative is always such a picture, deriving twice gives
the same bytes as deriving once.
"""

from __future__ import annotations

import io
import warnings
from typing import Any

from PIL import ExifTags, Image, ImageOps

from explorer.content.media_check import ACCEPTED_FORMATS

MAX_DISPLAY_SIDE = 4096
JPEG_QUALITY = 90
_TURNED = range(2, 9)
"""EXIF orientations other than upright (1): mirrored, rotated or both."""
_KEPT_MODES = {"PNG": ("RGB", "RGBA", "L", "LA"), "JPEG": ("RGB", "L", "CMYK")}


def display_derivative(data: bytes) -> bytes:
    """The picture in ``data`` upright and at most MAX_DISPLAY_SIDE pixels on a side.

    ``data`` must be a picture that passed validation (``media_check.image_problem``);
    Pillow's errors pass through for anything else.
    """
    with warnings.catch_warnings():
        # Validation has its own ceiling, above Pillow's decompression-bomb warning.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as image:
            if orientation(image) not in _TURNED and max(image.size) <= MAX_DISPLAY_SIDE:
                return data
            return _derive(image)


def orientation(image: Image.Image) -> int:
    """The picture's EXIF orientation, 1 (upright) when it has none or it cannot be read."""
    try:
        value = image.getexif().get(ExifTags.Base.Orientation, 1)
    except Exception:  # a damaged EXIF block: show the picture as it is stored
        return 1
    return value if isinstance(value, int) else 1


def _derive(image: Image.Image) -> bytes:
    output_format = "PNG" if image.format == "PNG" else "JPEG"
    icc_profile = image.info.get("icc_profile")
    picture = _displayable_mode(image, output_format)
    # thumbnail keeps the proportions and, for a JPEG, decodes at a reduced scale first.
    picture.thumbnail((MAX_DISPLAY_SIDE, MAX_DISPLAY_SIDE), Image.Resampling.LANCZOS)
    picture = ImageOps.exif_transpose(picture)
    options: dict[str, Any] = {"icc_profile": icc_profile} if icc_profile else {}
    if output_format == "JPEG":
        options["quality"] = JPEG_QUALITY
    buffer = io.BytesIO()
    picture.save(buffer, format=output_format, **options)
    return buffer.getvalue()


def _displayable_mode(image: Image.Image, output_format: str) -> Image.Image:
    """``image`` in a mode that scales smoothly and that ``output_format`` can hold."""
    if image.mode in _KEPT_MODES[output_format] and "transparency" not in image.info:
        return image
    if image.mode in ("I", "I;16", "I;16B", "I;16L", "I;16N"):
        # 16-bit grey: scale to 8 bits (converting directly would clip everything above 255).
        return image.convert("I").point(lambda value: value / 256).convert("L")
    has_alpha = "A" in image.getbands() or "transparency" in image.info
    if output_format == "PNG" and has_alpha:
        return image.convert("RGBA")
    return image.convert("RGB" if image.mode not in ("1", "L") else "L")
