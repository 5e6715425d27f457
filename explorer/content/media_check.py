"""Check that a picture file is a real, reasonably sized PNG or JPEG."""

from __future__ import annotations

import io
import warnings

from PIL import Image, UnidentifiedImageError

ACCEPTED_FORMATS = ("PNG", "JPEG")


def image_problem(data: bytes) -> str | None:
    """What is wrong with the picture in ``data``, or None if it is a usable PNG or JPEG.

    Pillow's global settings are left alone: its decompression-bomb warning is turned
    into an error only here, and only for this check.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as image:
                image.verify()
            # verify() checks the structure but decodes no pixels, so a truncated
            # picture would pass it; decoding once catches that.
            with Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS) as image:
                image.load()
        except (Image.DecompressionBombWarning, Image.DecompressionBombError):
            return (
                f"the picture is too large: more than {Image.MAX_IMAGE_PIXELS:,} pixels, "
                "the most allowed, to protect against decompression bombs"
            )
        except UnidentifiedImageError:
            return "not a PNG or JPEG image (cannot identify image file)"
        except Exception as error:  # Pillow raises many kinds for damaged files
            return f"damaged picture ({error})"
    return None
