"""``explorer import SOURCE --from FORMAT``: a timeline in another format converted into a
temporary pack folder and imported from there, all or nothing; the folder is removed after."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from explorer.content.commands import import_with_progress
from explorer.content.convert.convert_command import convert
from explorer.content.convert.errors import ConvertError
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
    with tempfile.TemporaryDirectory(prefix="explorer-import-") as folder:
        out = Path(folder) / "pack"
        try:
            # Not checked here: the import checks every record as it reads the pack.
            report = convert(format_name, source, out, options, mapping, progress, checked=False)
        except ConvertError as error:
            progress.end_line()
            print(f"explorer import: {error}", file=sys.stderr)
            print("Nothing was imported.", file=sys.stderr)
            return 1
        progress.end_line()
        print(report.text(None), end="")
        return import_with_progress(out, progress, replace=replace, origin=source)
