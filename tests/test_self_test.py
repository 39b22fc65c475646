"""``guide-app self-test``, run as IT and CI run it: a separate process, from the sources (CI
runs the frozen build's own the same way). It passes on the shipped guide, writes nothing that
outlives it, and names what is broken in a broken copy of the guide."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from guide_app.self_test_command import SelfTestError, check_pdf

REPO_ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 300


def _run_self_test(
    home: Path, cwd: Path, pythonpath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m guide_app self-test`` with HOME, the XDG folders and TMPDIR under ``home``."""
    env = dict(os.environ)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return subprocess.run(
        [sys.executable, "-m", "guide_app", "self-test"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )


@pytest.fixture(scope="module")
def passing_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    home = tmp_path_factory.mktemp("self-test-home")
    return _run_self_test(home, cwd=REPO_ROOT), home


def test_the_shipped_guide_passes_and_says_how_much_it_checked(
    passing_run: tuple[subprocess.CompletedProcess[str], Path], section_count: int
) -> None:
    result, _ = passing_run
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"self-test: ok ({section_count} sections, 2 languages)"]
    assert "Traceback" not in result.stderr
    assert "FAILED" not in result.stderr


def test_it_leaves_nothing_behind(
    passing_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    """The sheet PDFs went to a temporary folder that is gone; nothing else was written under
    the home folder, the XDG folders or the temporary folder."""
    result, home = passing_run
    assert result.returncode == 0, result.stderr
    left = sorted(str(path.relative_to(home)) for path in home.rglob("*") if path.is_file())
    assert left == []
    assert sorted(path.name for path in home.iterdir()) == sorted(
        ["home", "xdg_config_home", "xdg_data_home", "xdg_cache_home", "tmpdir"]
    )


def _guide_copy(folder: Path) -> Path:
    """The guide's code and resources, copied where a test may break them."""
    ignore = shutil.ignore_patterns("__pycache__", "rendered")
    shutil.copytree(REPO_ROOT / "guide_app", folder / "guide_app", ignore=ignore)
    shutil.copytree(REPO_ROOT / "resources", folder / "resources", ignore=ignore)
    return folder


def test_a_broken_guide_fails_and_names_each_broken_part(tmp_path: Path) -> None:
    copy = _guide_copy(tmp_path / "guide")
    resources = copy / "resources"
    # A Spanish section whose header is not TOML, a picture gone, a translation gone.
    section = sorted((resources / "content" / "es").glob("02-*.md"))[0]
    section.write_text("+++\nid = \n+++\n\nBroken.\n", encoding="utf-8")
    (resources / "pictures" / "car-t-steps.svg").unlink()
    (resources / "translations" / "guide_app_es.qm").unlink()

    result = _run_self_test(tmp_path / "home", cwd=copy, pythonpath=copy)

    assert result.returncode == 1
    assert "self-test: ok" not in result.stdout
    assert "Traceback" not in result.stderr
    failures = [line for line in result.stderr.splitlines() if "FAILED" in line]
    assert any(
        line.startswith("guide-app self-test: FAILED: es:") and section.name in line
        for line in failures
    ), result.stderr
    assert any("car-t-steps.svg" in line for line in failures), result.stderr
    assert any("guide_app_es.qm" in line for line in failures), result.stderr


def test_a_sheet_pdf_is_checked_for_pages_and_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPainter, QPdfWriter

    from guide_app.core.sheet import Paper
    from guide_app.ui.sheet_printer import print_html_to_pdf

    sheet = tmp_path / "sheet.pdf"
    print_html_to_pdf("<p>What is the plan for the next month?</p>" * 80, sheet, Paper.A4, "t")
    pages = subprocess.run(["pdfinfo", str(sheet)], capture_output=True, text=True, check=True)
    assert check_pdf(sheet) == int(pages.stdout.split("Pages:")[1].split()[0]) > 1
    text = subprocess.run(
        ["pdftotext", str(sheet), "-"], capture_output=True, text=True, check=True
    )
    assert "What is the plan for the next month?" in text.stdout

    drawing_only = tmp_path / "drawing.pdf"
    writer = QPdfWriter(str(drawing_only))
    painter = QPainter(writer)
    for _ in range(40):  # large enough to pass the size check: only the text check fails
        painter.drawEllipse(10, 10, 4000, 4000)
        writer.newPage()
    painter.end()
    with pytest.raises(SelfTestError, match="no text"):
        check_pdf(drawing_only)
    with pytest.raises(SelfTestError, match="not written"):
        check_pdf(tmp_path / "missing.pdf")
    (tmp_path / "not.pdf").write_bytes(b"<html>" + b" " * 10000)
    with pytest.raises(SelfTestError, match="not a PDF"):
        check_pdf(tmp_path / "not.pdf")
