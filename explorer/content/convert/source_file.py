"""Reading a source file whole, within a size limit, and its JSON with a located error."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from explorer.content.convert.errors import ConvertError
from explorer.content.import_progress import READING, ImportProgress, quietly

MAX_SOURCE_BYTES = 256 * 1024 * 1024
"""A source file is read whole; no real timeline or spreadsheet comes near this size."""


def read_source(
    path: Path, limit: int = MAX_SOURCE_BYTES, progress: ImportProgress = quietly
) -> bytes:
    """The whole file; ``progress`` hears the step ``READING`` done once it is read."""
    try:
        with path.open("rb") as file:
            told = os.fstat(file.fileno()).st_size
            # Asked for by its size: a read of the limit would set aside the limit's memory.
            data = file.read(min(told, limit) + 1)
            if len(data) > told:  # a file that grew, or one that tells no size (a pipe)
                data += file.read(limit + 1 - len(data))
    except FileNotFoundError:
        raise ConvertError(str(path), None, None, "there is no such file") from None
    except IsADirectoryError:
        raise ConvertError(str(path), None, None, "is a folder, not a file") from None
    except OSError as error:
        raise ConvertError(str(path), None, None, f"cannot be read: {error.strerror}") from None
    if len(data) > limit:
        raise ConvertError(
            str(path), None, None, f"is larger than {limit // (1024 * 1024)} MB, the most read"
        )
    progress(READING, len(data), len(data))
    return data


def load_json(path: Path, data: bytes) -> Any:
    """The JSON in ``data`` (UTF-8, with or without a byte order mark)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConvertError(
            str(path), f"byte {error.start + 1}", None, "is not UTF-8 text, as JSON must be"
        ) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise ConvertError(
            str(path),
            f"line {error.lineno}, column {error.colno}",
            None,
            f"not valid JSON: {error.msg}",
        ) from None
    except RecursionError:
        raise ConvertError(str(path), None, None, "the JSON is nested too deeply") from None
