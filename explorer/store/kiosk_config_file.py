"""The kiosk configuration file: JSON on disk, read with clear errors.

The format is documented in docs/kiosk.md; the rules live in explorer.domain.kiosk_config.
"""

from __future__ import annotations

import json
from pathlib import Path

from explorer.domain.kiosk_config import (
    KioskConfig,
    KioskConfigError,
    parse_kiosk_config,
)


def load_kiosk_config(path: Path | str) -> KioskConfig:
    """Read and check the kiosk configuration at ``path``.

    Raises KioskConfigError (its ``source`` the path) when the file is missing or unreadable,
    is not valid JSON (with line and column), or breaks any rule (every problem listed).
    """
    path = Path(path)
    source = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KioskConfigError(["no kiosk configuration file here"], source) from None
    except IsADirectoryError:
        raise KioskConfigError(["this is a folder, not a configuration file"], source) from None
    except UnicodeDecodeError as error:
        raise KioskConfigError([f"the file is not UTF-8 text ({error.reason})"], source) from None
    except OSError as error:
        raise KioskConfigError([f"cannot read the file: {error.strerror}"], source) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise KioskConfigError(
            [f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"], source
        ) from None
    try:
        return parse_kiosk_config(data)
    except KioskConfigError as error:
        raise KioskConfigError(error.problems, source) from None
