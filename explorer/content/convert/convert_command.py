"""``explorer convert FORMAT SOURCE OUT``: a timeline in another format made into a pack folder,
with a report of what could not be carried over beside it (``OUT.report.txt``)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from explorer.content.convert.collector_pause import collector_paused
from explorer.content.convert.drafts import Draft
from explorer.content.convert.errors import ConvertError
from explorer.content.convert.mapped_csv import read_mapped_csv
from explorer.content.convert.pack_builder import PackBuilder, PackOptions, pack_id_problem
from explorer.content.convert.pack_writer import out_problem, report_path, write_pack
from explorer.content.convert.report import ConversionReport
from explorer.content.convert.simile import read_simile
from explorer.content.convert.timelinejs import read_timelinejs
from explorer.content.convert.timelinejs_csv import read_timelinejs_csv
from explorer.content.field_parsers import LANGUAGE_PATTERN
from explorer.content.import_progress import READING, ImportProgress, quietly
from explorer.content.text_rules import url_problem

Reader = Callable[[Path, str, ConversionReport, ImportProgress], Draft]
READERS: dict[str, tuple[str, Reader]] = {
    "timelinejs": ("TimelineJS JSON", read_timelinejs),
    "timelinejs-csv": ("TimelineJS spreadsheet (CSV)", read_timelinejs_csv),
    "simile": ("SIMILE Timeline", read_simile),
}
FORMATS = (*READERS, "csv")


def convert(
    format_name: str,
    source: Path,
    out: Path,
    options: PackOptions,
    mapping: Path | None = None,
    progress: ImportProgress = quietly,
    *,
    checked: bool = True,
) -> ConversionReport:
    """Convert ``source`` into the pack folder ``out`` and write its report beside it;
    ``progress`` hears the steps ``READING`` as the source is read, then ``CONVERTING`` as
    records are made into cards. The pack is checked as ``explorer validate`` checks one
    unless ``checked`` is false (for a pack imported next, which the import checks as it
    reads it).

    Raises ConvertError naming the file, record and field; then nothing is written.
    """
    _check_arguments(format_name, out, options, mapping)
    report = ConversionReport(str(source), format_name)
    progress(READING, 0, None)
    with collector_paused():
        if format_name == "csv":
            report.format_name = "CSV with a mapping"
            draft = read_mapped_csv(source, mapping, options.language, report, progress)  # type: ignore[arg-type]
        else:
            report.format_name, reader = READERS[format_name]
            draft = reader(source, options.language, report, progress)
        builder = PackBuilder(draft, report, options, source.name, source.parent, progress)
        write_pack(builder, out, checked=checked)
    report_path(out).write_text(report.text(str(out)), encoding="utf-8")
    return report


def _check_arguments(
    format_name: str, out: Path, options: PackOptions, mapping: Path | None
) -> None:
    if format_name not in FORMATS:
        formats = ", ".join(FORMATS)
        raise ConvertError(format_name, None, None, f"is not a format; use one of {formats}")
    if (format_name == "csv") != (mapping is not None):
        wanted = "needs a" if format_name == "csv" else "takes no"
        problem = f"the format {format_name} {wanted} mapping file"
        raise ConvertError("--mapping", None, None, problem)
    problem = out_problem(out)
    if problem:
        raise ConvertError(str(out), None, None, problem)
    if options.pack_id is not None and (problem := pack_id_problem(options.pack_id)):
        raise ConvertError("--id", None, None, problem)
    if not LANGUAGE_PATTERN.fullmatch(options.language) or len(options.language) > 35:
        raise ConvertError(
            "--language", None, None, f"{options.language!r} is not a language code, e.g. en or it"
        )
    if options.source_url is not None and (
        url_problem(options.source_url)
        or not options.source_url.lower().startswith(("http://", "https://"))
    ):
        raise ConvertError(
            "--source-url", None, None, f"{options.source_url!r} is not an http or https address"
        )


def convert_command(
    format_name: str, source: Path, out: Path, options: PackOptions, mapping: Path | None
) -> int:
    try:
        report = convert(format_name, source, out, options, mapping)
    except ConvertError as error:
        print(f"explorer convert: {error}", file=sys.stderr)
        print("Nothing was written.", file=sys.stderr)
        return 1
    print(report.summary(str(out), str(report_path(out))))
    return 0
