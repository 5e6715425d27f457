"""Writing a kiosk configuration file, as staff would set one up."""

from __future__ import annotations

import json
from pathlib import Path

from explorer.domain.kiosk_config import KioskConfig, kiosk_config_to_dict


def write_kiosk_config(path: Path | str, config: KioskConfig) -> None:
    text = json.dumps(kiosk_config_to_dict(config), indent=2, ensure_ascii=False) + "\n"
    Path(path).write_text(text, encoding="utf-8")
