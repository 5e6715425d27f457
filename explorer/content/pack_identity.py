"""What a pack says it is, read from its manifest alone."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.content.problems import PackInvalid
from explorer.domain.wording import PackProblems

if TYPE_CHECKING:
    from explorer.content.pack_reader import Limits


@dataclass(frozen=True)
class PackIdentity:
    """What a pack says it is, read from its manifest without checking the rest."""

    id: str
    version: str
    title: str

    def describe(self) -> str:
        return PackProblems.tr("%1 (%2) version %3").arg(self.title, self.id, self.version)


def read_pack_identity(pack: Path, limits: Limits | None = None) -> PackIdentity | None:
    """The id, version and English title in ``pack``'s manifest; None when they cannot be read.

    Only the manifest is read: a pack with an identity may still be invalid.
    """
    # Imported here: a start finds the bundled collection's identity remembered.
    from explorer.content.pack_reader import Limits, PackReadError, open_pack

    try:
        with open_pack(pack, limits or Limits()) as reader:
            manifest = json.loads(reader.read_bytes("manifest.json"))
    except (PackInvalid, PackReadError, OSError, ValueError):
        return None
    if not isinstance(manifest, dict):
        return None
    pack_id, version, title = manifest.get("id"), manifest.get("version"), manifest.get("title")
    if not isinstance(pack_id, str) or not isinstance(version, str):
        return None
    english = title.get("en") if isinstance(title, dict) else None
    return PackIdentity(pack_id, version, english if isinstance(english, str) else pack_id)
