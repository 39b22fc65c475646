"""``guide-app render-content``: render every section of every language into a folder, for a
build to ship read-only beside the content, so that a packaged guide's first page needs no
Markdown. The guide uses that HTML while its renderer and content are the ones it was made
from, and renders live otherwise."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from guide_app.core.rendered_cache import FINGERPRINT_FILE, RenderedCache

PROG = "guide-app render-content"


def add_render_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output",
        metavar="DIR",
        required=True,
        help="folder to fill (a build ships it as resources/rendered)",
    )


def run_render_command(args: argparse.Namespace) -> int:
    """Render into ``--output``; print what was written, or one line on stderr and exit 1."""
    from PySide6.QtCore import QCoreApplication

    from guide_app.app import render_labels
    from guide_app.core.content import languages
    from guide_app.core.library import Library
    from guide_app.core.render_inputs import renderer_fingerprint
    from guide_app.resources import content_root
    from guide_app.ui.languages import Languages

    output = Path(args.output)
    try:
        output.mkdir(parents=True, exist_ok=True)
        (output / FINGERPRINT_FILE).write_text(renderer_fingerprint(), encoding="utf-8")
    except OSError as error:
        print(f"{PROG}: cannot write to {output}: {error}", file=sys.stderr)
        return 1
    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else PROG])
    translators = Languages()
    store = RenderedCache(output)
    total = 0
    for language in languages(content_root()):
        translators.install(language)  # the words around the content, as that reader sees them
        library = Library(content_root(), language, render_labels(), kept=store)
        for section in library.bundle.sections:
            library.render(section)
        total += len(library.bundle.sections)
        print(f"{PROG}: {language}: {len(library.bundle.sections)} sections")
    del app
    print(f"{PROG}: wrote {total} sections to {output}")
    return 0
