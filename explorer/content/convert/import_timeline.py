"""A timeline in another format imported as a pack: told its format, converted into a
temporary folder, imported from there as any pack (all or nothing), the folder removed.

The window's import runs this on its task's thread, as ``explorer import SOURCE --from
FORMAT`` does on the command line, with the options the person chose in its dialog.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from explorer.content.convert.convert_command import convert
from explorer.content.convert.detect_format import detect_format
from explorer.content.convert.pack_builder import PackOptions
from explorer.content.convert.report import ConversionReport
from explorer.content.import_progress import READING, ImportProgress
from explorer.content.library import ContentLibrary, ImportReport


@dataclass(frozen=True)
class TimelineImported:
    """A timeline imported: what the import did, and what its conversion could not carry
    over."""

    report: ImportReport
    conversion: ConversionReport


@contextmanager
def converted_pack(
    format_name: str,
    source: Path,
    options: PackOptions,
    mapping: Path | None,
    progress: ImportProgress,
) -> Iterator[tuple[Path, ConversionReport]]:
    """``source`` converted into a temporary pack folder, and the conversion's report; the
    folder is removed afterwards. Not checked as a pack: the import that follows checks
    every record as it reads it. Raises ConvertError, having written nothing."""
    with tempfile.TemporaryDirectory(prefix="explorer-import-") as folder:
        out = Path(folder) / "pack"
        yield out, convert(format_name, source, out, options, mapping, progress, checked=False)


def import_timeline(
    library: ContentLibrary,
    source: Path,
    *,
    replace: bool,
    progress: ImportProgress,
    options: PackOptions | None = None,
) -> TimelineImported:
    """Convert ``source`` with ``options`` (the command line's defaults when None) and
    import it into ``library``. Raises ConvertError (it could not be converted) or what
    ``ContentLibrary.import_pack`` raises, and whatever ``progress`` raises to stop it; in
    each case nothing was changed."""
    progress(READING, 0, None)
    format_name = detect_format(source)
    options = options or PackOptions()
    with converted_pack(format_name, source, options, None, progress) as (out, conversion):
        report = library.import_pack(out, replace=replace, progress=progress, origin=source)
    return TimelineImported(report, conversion)
