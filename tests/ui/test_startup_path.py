"""What the first page needs, and only that, runs before the window is first painted.

The start-up budget (benchmarks/README.md) rests on what the first paint does without:
Python-Markdown and the renderer (the shown section comes from HTML kept by an earlier start), the
glossary, links and search code, PySide6's ``Qt`` namespace (about 12 ms to build on first
look-up) and its ``QStyle`` types (about 5 ms). Ruff keeps them out of the start path's
module-level imports (TID253 in pyproject.toml); these tests check what no linter sees, what runs
before the paint: a function the window calls, an import inside it, a look-up of ``QtCore.Qt``.
How fast it is stays the benchmark's business, not theirs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from guide_app.app import Guide

REPO = Path(__file__).resolve().parents[2]

# A child process starts the guide as `guide-app` does and reports what is loaded when the work
# the guide leaves until after its first paint is about to start. (Not an event filter on the
# application: PySide6 would set up Python types for every object whose events it is shown.)
_FIRST_PAINT_PROBE = """
import os, sys
from PySide6 import QtCore, QtWidgets
from guide_app import app as guide_app

def report_then_exit(self):
    later = ("markdown", "guide_app.core.render", "guide_app.core.glossary",
             "guide_app.core.links", "guide_app.core.search", "guide_app.core.link_check")
    print("loaded", [name for name in later if name in sys.modules])
    print("qt-namespace", "Qt" in QtCore.__dict__)
    print("qstyle", "QStyle" in QtWidgets.__dict__)
    sys.stdout.flush()
    os._exit(0)

guide_app.Guide.finish_loading = report_then_exit
from guide_app.cli import main
main([])
"""

_FULL_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from guide_app import app as guide_app

app = QApplication([])
original = guide_app.Guide.finish_loading
def finish_then_quit(self):
    original(self)
    print("rendered-live", len(self.library.render.rendered_live))
    QTimer.singleShot(0, app.quit)
guide_app.Guide.finish_loading = finish_then_quit
sys.exit(guide_app.run())
"""


def _run(code: str, home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(home / variable.lower())
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)


def test_a_second_start_paints_without_what_the_first_page_does_not_need(
    tmp_path: Path, section_count: int
) -> None:
    first = _run(_FULL_START, tmp_path)
    # The first start renders every section and keeps it ...
    assert first["rendered-live"] == str(section_count)
    second = _run(_FULL_START, tmp_path)
    assert second["rendered-live"] == "0"  # ... so the next one renders none
    at_first_paint = _run(_FIRST_PAINT_PROBE, tmp_path)
    assert at_first_paint == {"loaded": "[]", "qt-namespace": "False", "qstyle": "False"}


def test_kept_html_is_the_html_a_live_render_makes(
    open_guide: Callable[..., Guide],
) -> None:
    live = open_guide()
    assert len(live.library.render.rendered_live) == len(live.library.bundle.sections)
    kept = open_guide()
    assert kept.library.render.rendered_live == []
    for section in live.library.bundle.sections:
        assert kept.library.render(section) == live.library.render(section)
    assert kept.window.page("start-here").browser.toPlainText().startswith("Start here")


def test_an_edited_section_is_rendered_again_on_the_next_start(
    open_guide: Callable[..., Guide], good_bundle: Path, tmp_path: Path
) -> None:
    root = tmp_path / "content"
    shutil.copytree(good_bundle, root)
    open_guide(root=root)
    marrow = root / "en" / "02-marrow.md"
    marrow.write_text(
        marrow.read_text(encoding="utf-8") + "\nA sentence added by the writer.\n",
        encoding="utf-8",
    )
    guide = open_guide(root=root)
    assert guide.library.render.rendered_live == ["marrow"]
    guide.window.show_section("marrow")
    assert "A sentence added by the writer." in guide.window.page("marrow").browser.toPlainText()
