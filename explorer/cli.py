"""The `explorer` command. Verbs that need no window never import Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


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
    import_.add_argument("pack", type=Path, help="a pack folder or .zip file")
    import_.add_argument(
        "--replace",
        action="store_true",
        help="replace a pack of the same id imported from elsewhere, or the bundled collection",
    )
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.verb == "validate":
        from explorer.content.commands import validate_command

        return validate_command(args.pack)
    if args.verb == "import":
        from explorer.content.commands import import_command

        return import_command(args.pack, replace=args.replace)
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


if __name__ == "__main__":
    sys.exit(main())
