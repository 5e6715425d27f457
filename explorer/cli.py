"""The `explorer` command. Verbs that need no window never import Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CONVERT_FORMATS = ("timelinejs", "timelinejs-csv", "simile", "csv")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="explorer",
        description="Italy–Kazakhstan Cultural Explorer: cards, timeline and map of the "
        "links between Italy and Kazakhstan.",
    )
    parser.add_argument(
        "--screenshot",
        metavar="DIR",
        type=Path,
        help="render the main views offscreen to PNG files in DIR, then exit",
    )
    parser.add_argument(
        "--kiosk", action="store_true", help="run as an exhibit kiosk (same as the kiosk verb)"
    )
    verbs = parser.add_subparsers(dest="verb")
    kiosk = verbs.add_parser("kiosk", help="run full screen and locked, for an exhibit")
    kiosk.add_argument(
        "--config",
        type=Path,
        default=None,
        help="kiosk settings (JSON, see docs/kiosk.md); default: kiosk.json in the data folder",
    )
    validate = verbs.add_parser("validate", help="check a content pack and list every problem")
    validate.add_argument("pack", type=Path, help="a pack folder or .zip file")
    import_ = verbs.add_parser("import", help="validate a content pack and add it to the explorer")
    import_.add_argument(
        "pack", type=Path, help="a pack folder or .zip file (with --from: the file to convert)"
    )
    import_.add_argument(
        "--replace",
        action="store_true",
        help="replace a pack of the same id imported from elsewhere, or the bundled collection",
    )
    import_.add_argument(
        "--from",
        dest="source_format",
        choices=CONVERT_FORMATS,
        help="convert the file from this format first, then import it (see explorer convert)",
    )
    _add_pack_options(import_)
    _add_convert(verbs)
    export = verbs.add_parser(
        "export", help="write a pack, the library or a search as TimelineJS JSON or CSV"
    )
    export.add_argument("format", choices=["timelinejs", "csv"], help="what to write")
    export.add_argument("out", type=Path, help="the file to write (its pictures go beside it)")
    export.add_argument("--pack", help="only this pack's cards (its id)")
    export.add_argument("--search", help="only the cards this search finds, best first")
    export.add_argument("--language", default="en", help="the language to write (default en)")
    stats = verbs.add_parser("stats", help="show the anonymous daily usage counts")
    stats.add_argument(
        "--csv", action="store_true", help="print one CSV row per day instead of a summary"
    )
    return parser


def _add_convert(verbs: argparse._SubParsersAction) -> None:
    convert = verbs.add_parser(
        "convert",
        help="make a content pack folder from a TimelineJS, SIMILE or CSV timeline",
        description="Convert a timeline into a content pack folder; what could not be carried "
        "over is listed in OUT.report.txt (see docs/importing.md).",
    )
    convert.add_argument("format", choices=CONVERT_FORMATS, help="the format")
    convert.add_argument("source", type=Path, help="the file to convert")
    convert.add_argument("out", type=Path, help="the pack folder to make (new or empty)")
    _add_pack_options(convert)


def _add_pack_options(verb: argparse.ArgumentParser) -> None:
    """What ``convert`` (and ``import --from``) take to make the pack."""
    verb.add_argument("--mapping", type=Path, help="for csv: which column holds what (JSON)")
    verb.add_argument("--id", dest="pack_id", help="the pack's id (default: from its title)")
    verb.add_argument("--title", help="the pack's title (default: the timeline's own)")
    verb.add_argument("--language", default="en", help="the texts' language (default en)")
    verb.add_argument("--licence", help="the licence of the texts")
    verb.add_argument("--source-url", help="a web address for the source every card cites")
    verb.add_argument("--source-title", help="a title for that source (default: file name)")


def _pack_options(args: argparse.Namespace):  # -> PackOptions, imported only when needed
    from explorer.content.convert.pack_builder import PackOptions

    return PackOptions(
        pack_id=args.pack_id,
        title=args.title,
        language=args.language,
        licence=args.licence,
        source_url=args.source_url,
        source_title=args.source_title,
    )


def _converting_options_without_from(args: argparse.Namespace) -> list[str]:
    """The options of ``import`` that only ``--from`` uses, given without it."""
    names = ("mapping", "pack_id", "title", "licence", "source_url", "source_title")
    given = [name for name in names if getattr(args, name) is not None]
    if args.language != "en":
        given.append("language")
    return [f"--{'id' if name == 'pack_id' else name.replace('_', '-')}" for name in given]


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.verb == "validate":
        from explorer.content.commands import validate_command

        return validate_command(args.pack)
    if args.verb == "import":
        return _import(args)
    if args.verb == "convert":
        from explorer.content.convert.convert_command import convert_command

        return convert_command(
            args.format, args.source, args.out, _pack_options(args), args.mapping
        )
    if args.verb == "export":
        from explorer.content.export.export_command import export_command

        return export_command(
            args.format, args.out, pack=args.pack, query=args.search, language=args.language
        )
    if args.verb == "stats":
        from explorer.content.commands import stats_command

        return stats_command(as_csv=args.csv)
    if args.verb == "kiosk" or args.kiosk:
        from explorer.ui.shell.app import run_kiosk

        return run_kiosk(getattr(args, "config", None))
    from explorer.ui.shell.app import run_app

    return run_app(screenshot_dir=args.screenshot)


def _import(args: argparse.Namespace) -> int:
    if args.source_format is not None:
        from explorer.content.convert.import_source import import_source_command

        return import_source_command(
            args.source_format, args.pack, _pack_options(args), args.mapping, replace=args.replace
        )
    stray = _converting_options_without_from(args)
    if stray:
        print(
            f"explorer import: {', '.join(stray)} converts a file and needs --from FORMAT",
            file=sys.stderr,
        )
        return 2
    from explorer.content.commands import import_command

    return import_command(args.pack, replace=args.replace)


if __name__ == "__main__":
    sys.exit(main())
