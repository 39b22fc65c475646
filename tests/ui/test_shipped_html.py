"""Section HTML rendered when the guide is built: used while it matches, ignored when stale, and
enough for a frozen kiosk's first page to need no Markdown."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import guide_app.app
from guide_app.app import Guide
from guide_app.core.rendered_cache import FINGERPRINT_FILE, shipped_html
from guide_app.resources import resources_root
from guide_app.ui.profile import Profile, ProfileKind

REPO = Path(__file__).resolve().parents[2]


def _render_content(output: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "guide_app", "render-content", "--output", str(output)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("rendered")
    _render_content(folder)
    return folder


def test_html_rendered_at_build_time_is_shown_and_is_what_a_live_render_makes(
    open_guide: Callable[..., Guide], rendered: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = open_guide(profile=Profile(ProfileKind.KIOSK))
    monkeypatch.setattr(guide_app.app, "rendered_root", lambda: rendered)
    shipped = open_guide(profile=Profile(ProfileKind.KIOSK))
    assert shipped.library.render.rendered_live == []  # every section came from the build
    assert len(live.library.render.rendered_live) == len(live.library.bundle.sections)
    for section in live.library.bundle.sections:
        assert shipped.library.render(section) == live.library.render(section)


def test_html_left_by_another_renderer_is_ignored_in_a_checkout_and_trusted_frozen(
    rendered: Path, tmp_path: Path
) -> None:
    assert shipped_html(rendered, frozen=False) is not None
    stale = tmp_path / "stale"
    stale.mkdir()
    (stale / FINGERPRINT_FILE).write_text("0.0.1; render.py: 1 2", encoding="utf-8")
    assert shipped_html(stale, frozen=False) is None
    trusted = shipped_html(stale, frozen=True)
    assert trusted is not None and trusted[1] == "0.0.1; render.py: 1 2"
    assert shipped_html(tmp_path / "none", frozen=True) is None


_FROZEN_FIRST_PAINT = """
import os, sys
sys._MEIPASS = sys.argv[1]  # as a PyInstaller bundle starts: its files beside the program
from guide_app import app as guide_app

def report_then_exit(self):
    print("markdown-loaded", "markdown" in sys.modules)
    print("rendered-live", len(self.library.render.rendered_live))
    sys.stdout.flush()
    os._exit(0)

guide_app.Guide.finish_loading = report_then_exit
from guide_app.cli import main
main([])
"""


def test_a_frozen_guide_shows_its_first_page_without_markdown(
    rendered: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    for name in ("content", "style", "templates"):
        (bundle / "resources" / name).symlink_to(resources_root() / name)
    (bundle / "resources" / "rendered").symlink_to(rendered)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[variable] = str(tmp_path / variable.lower())  # nothing kept from an earlier start
    done = subprocess.run(
        [sys.executable, "-c", _FROZEN_FIRST_PAINT, str(bundle)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "markdown-loaded False" in done.stdout
    assert "rendered-live 0" in done.stdout
