"""The headless command-line verbs: validate and import."""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.content.importer import import_pack
from explorer.content.problems import PackInvalid
from explorer.content.validate import load_pack
from explorer.store.content_writer import PackConflict
from explorer.store.locations import content_database_path


def validate_command(pack: Path) -> int:
    try:
        collection = load_pack(pack)
    except PackInvalid as invalid:
        print(invalid, file=sys.stderr)
        return 1
    print(f"{pack}: valid pack '{collection.manifest.id}' with {len(collection.cards)} cards")
    return 0


def import_command(pack: Path) -> int:
    database = content_database_path()
    try:
        collection = import_pack(pack, database)
    except (PackInvalid, PackConflict) as error:
        print(error, file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return 1
    print(f"Imported '{collection.manifest.id}' ({len(collection.cards)} cards) into {database}")
    return 0
