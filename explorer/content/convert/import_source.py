"""``explorer import SOURCE --from FORMAT``: a timeline in another format converted into a
temporary pack folder and imported from there, all or nothing; the folder is removed after."""

from __future__ import annotations

import sys
from pathlib import Path

from explorer.content.commands import import_with_progress
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.import_timeline import converted_pack
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.progress_line import ProgressLine


def import_source_command(
    format_name: str,
    source: Path,
    options: PackOptions,
    mapping: Path | None,
    *,
    replace: bool = False,
) -> int:
    """Convert ``source``, print the conversion's report, then import the pack; 0 when
    imported, 1 (said why on standard error) when nothing was."""
    progress = ProgressLine()
    try:
        with converted_pack(format_name, source, options, mapping, progress) as (out, report):
            progress.end_line()
            print(report.text(None), end="")
            return import_with_progress(out, progress, replace=replace, origin=source)
    except ConvertError as error:
        progress.end_line()
        print(f"explorer import: {error}", file=sys.stderr)
        print("Nothing was imported.", file=sys.stderr)
        return 1
