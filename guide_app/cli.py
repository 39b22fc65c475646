"""``guide-app``: the command line. Kept light (argparse only) so the window starts fast."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from guide_app import __version__

# Qt's own options (QGuiApplication's and QApplication's), passed on to Qt. Qt reads them with one
# dash or two; everything else is ours, and an option we do not know is an error, not ignored.
_QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "display",
        "geometry",
        "style",
        "stylesheet",
    }
)
_QT_OPTIONS_WITH_VALUE_AFTER_EQUALS = frozenset({"dialogs", "fontengine", "qmljsdebugger"})
_QT_OPTIONS = _QT_OPTIONS_WITH_VALUE | _QT_OPTIONS_WITH_VALUE_AFTER_EQUALS
_QT_FLAGS = frozenset({"reverse", "widgetcount"})


def split_qt_arguments(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """``(ours, Qt's)``: Qt's options with their values, taken out of the command line."""
    ours: list[str] = []
    qt: list[str] = []
    remaining = iter(argv)
    for argument in remaining:
        name, has_value, _ = argument.removeprefix("-").removeprefix("-").partition("=")
        if not argument.startswith("-") or argument == "--":
            ours.append(argument)
        elif (name in _QT_FLAGS and not has_value) or (name in _QT_OPTIONS and has_value):
            qt.append(argument)
        elif name in _QT_OPTIONS_WITH_VALUE and (value := next(remaining, None)) is not None:
            qt.extend([argument, value])
        else:
            ours.append(argument)  # ours, or a Qt option without its value: argparse says so
    return ours, qt


def shipped_language(code: str) -> str:
    """An argparse type: a language the guide ships (a content folder's name, never a path)."""
    from guide_app.core.content import languages
    from guide_app.resources import content_root

    shipped = languages(content_root())
    if code not in shipped:
        raise argparse.ArgumentTypeError(
            f"{code!r} is not a language of the guide (languages: {', '.join(shipped)})"
        )
    return code


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="guide-app",
        description="The offline family guide to relapsed childhood acute lymphoblastic leukemia.",
        epilog="Qt's own options (-platform, -style, -reverse ...) are passed on to Qt.",
    )
    parser.add_argument("--version", action="version", version=f"guide-app {__version__}")
    parser.add_argument(
        "--lang",
        type=shipped_language,
        help="language of the guide (default: the last one chosen, else the system's, else en)",
    )
    parser.add_argument("--section", help="open at this section id")
    parser.add_argument(
        "--kiosk", action="store_true", help="run as a clinic's kiosk (locked, private, resets)"
    )
    parser.add_argument(
        "--config",
        metavar="PATH",
        help="the kiosk's configuration file (default: the machine-wide kiosk.toml)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "check-content",
        help="validate every content file; print file:line for each problem",
        description="Validate every content and data file. Exit 1 with file:line messages.",
    ).add_argument("--content", help="content folder to check (default: the bundled one)")
    sheet = commands.add_parser("sheet", help="write the question sheet as a PDF, with no window")
    # SUPPRESS: without it this default would hide a --lang given before "sheet".
    sheet.add_argument(
        "--lang",
        default=argparse.SUPPRESS,
        type=shipped_language,
        help="language of the sheet (default: en)",
    )
    render = commands.add_parser(
        "render-content",
        help="render every section of every language into a folder, for packaging",
        description="Render every section of every language into DIR (a build ships it as "
        "resources/rendered), so a packaged guide's first page needs no Markdown.",
    )
    commands.add_parser(
        "self-test",
        help="open every section, language and the sheet offscreen; exit 0 when all is well",
        description="Use every part of the guide once, offscreen, writing nothing (the sheet "
        "PDFs go to a temporary folder it removes). Exit 1 with what failed.",
    )
    kiosk_pin = commands.add_parser("kiosk-pin", help="print the exit_pin_hash line for kiosk.toml")
    if "kiosk-pin" in argv:
        from guide_app.kiosk_command import add_kiosk_pin_arguments

        add_kiosk_pin_arguments(kiosk_pin)
    if "render-content" in argv:
        from guide_app.render_command import add_render_arguments

        add_render_arguments(render)
    if "sheet" in argv:
        # Only then: the sheet's options import the printing code, which opening the guide
        # does not need before its first paint.
        from guide_app.sheet_command import add_sheet_arguments

        add_sheet_arguments(sheet)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; a wrong option or value exits 2 with the usage line (argparse's way)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    ours, qt_args = split_qt_arguments(argv)
    if not ours:
        # The usual start, with no options: the guide opens without building the parser (about
        # 8 ms: argparse's help texts and its translations are set up at the first parser).
        from guide_app.app import run

        return run(None, None, qt_args)
    parser = _parser(ours)
    args = parser.parse_args(ours)
    if args.command is not None and qt_args:
        parser.error(f"Qt's options only go with opening the guide: {' '.join(qt_args)}")
    if args.command == "check-content":
        return _check_content(parser, args.content)
    if args.command == "kiosk-pin":
        from guide_app.kiosk_command import run_kiosk_pin_command

        return run_kiosk_pin_command(args)
    if args.command == "render-content":
        from guide_app.render_command import run_render_command

        return run_render_command(args)
    if args.command == "self-test":
        from guide_app.self_test_command import run_self_test_command

        return run_self_test_command(args)
    if args.command == "sheet":
        from guide_app.sheet_command import run_sheet_command

        return run_sheet_command(args)
    from pathlib import Path

    from guide_app.app import run

    config = Path(args.config) if args.config else None
    return run(args.lang, args.section, qt_args, kiosk=args.kiosk, config=config)


def _check_content(parser: argparse.ArgumentParser, folder: str | None) -> int:
    from pathlib import Path

    from guide_app.core.check import check_content, report_lines
    from guide_app.core.readability import load_textstat
    from guide_app.resources import content_root

    try:
        load_textstat()
    except ImportError:
        parser.error(
            "check-content scores reading levels with textstat, which only a checkout has "
            "(a development dependency): run `uv run guide-app check-content` there"
        )
    root = Path(folder) if folder else content_root()
    if not root.is_dir():
        parser.error(f"the content folder {root} does not exist")
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
