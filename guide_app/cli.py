"""``guide-app``: the command line. Kept light (argparse only) so the window starts fast."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from guide_app import __version__


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-app",
        description="The offline family guide to relapsed childhood acute lymphoblastic leukemia.",
    )
    parser.add_argument("--version", action="version", version=f"guide-app {__version__}")
    parser.add_argument("--lang", default="en", help="language code of the guide (default: en)")
    parser.add_argument("--section", help="open at this section id")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check-content",
        help="validate every content file; print file:line for each problem",
        description="Validate every content and data file. Exit 1 with file:line messages.",
    ).add_argument("--content", help="content folder to check (default: the bundled one)")
    sheet = commands.add_parser("sheet", help="write the question sheet as a PDF, with no window")
    if "sheet" in argv:
        # Only then: the sheet's options import the printing code, which opening the guide
        # does not need before its first paint.
        from guide_app.sheet_command import add_sheet_arguments

        add_sheet_arguments(sheet)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args, qt_args = _parser(argv).parse_known_args(argv)
    if args.command == "check-content":
        return _check_content(args.content)
    if args.command == "sheet":
        from guide_app.sheet_command import run_sheet_command

        return run_sheet_command(args)
    from guide_app.app import run

    return run(language=args.lang, section=args.section, argv=qt_args)


def _check_content(folder: str | None) -> int:
    from pathlib import Path

    from guide_app.core.check import check_content, report_lines
    from guide_app.resources import content_root

    root = Path(folder) if folder else content_root()
    report = check_content(root)
    for line in report_lines(report, relative_to=Path.cwd()):
        print(line)
    if report.ok:
        print(f"check-content: {len(report.levels)} sections checked, no problems")
        return 0
    print(f"check-content: {len(report.problems)} problem(s)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
