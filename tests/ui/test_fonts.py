"""The guide's own font (Atkinson Hyperlegible, bundled): the window and the printed sheet use
it, also on a machine with no fonts of its own, where Qt would otherwise draw boxes and print
empty pages."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from guide_app.ui.fonts import FAMILY

# The guide as `guide-app` starts it; once its window is up, it prints the families Qt resolved
# for the application's font, the title and the open section's text, and quits.
PRINT_THE_FONTS_AND_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])

def report():
    from guide_app.ui.main_window import MainWindow
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    page = window.pages()[0]
    print("application:", QFontInfo(app.font()).family())
    print("title:", QFontInfo(window.title_label.font()).family())
    print("section:", QFontInfo(page.browser.document().defaultFont()).family())
    app.quit()

QTimer.singleShot(0, report)
from guide_app.app import run
sys.exit(run())
"""


def _no_fonts_config(folder: Path) -> dict[str, str]:
    """Environment for a machine whose fontconfig knows no font folder at all."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(config)}


def _run(code_or_args: list[str], tmp_path: Path, extra: dict[str, str]) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        **extra,
    }
    done = subprocess.run(
        [sys.executable, *code_or_args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.parametrize("system_fonts", [True, False], ids=["system fonts", "no system fonts"])
def test_the_window_draws_in_the_bundled_font(tmp_path: Path, system_fonts: bool) -> None:
    extra = {} if system_fonts else _no_fonts_config(tmp_path / "fontconfig")
    shown = _run(["-c", PRINT_THE_FONTS_AND_QUIT], tmp_path, extra).splitlines()
    assert shown == [f"application: {FAMILY}", f"title: {FAMILY}", f"section: {FAMILY}"]


def _pdf_fonts(pdf: Path) -> list[tuple[str, str]]:
    """(name, embedded yes/no) of each font in the PDF, as poppler's pdffonts lists them."""
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    rows = [line.split() for line in listing.stdout.splitlines()[2:]]
    # name, type (two words: "CID TrueType"), encoding, emb, sub, uni, object, generation
    return [(row[0], row[-5]) for row in rows]


@pytest.mark.parametrize("system_fonts", [True, False], ids=["system fonts", "no system fonts"])
def test_the_printed_sheet_embeds_the_bundled_font_and_has_text(
    tmp_path: Path, system_fonts: bool
) -> None:
    extra = {} if system_fonts else _no_fonts_config(tmp_path / "fontconfig")
    sheet = tmp_path / "hoja.pdf"
    args = ["sheet", "--lang", "es", "--bilingual", "--output", str(sheet)]
    _run(["-m", "guide_app", *args], tmp_path, extra)
    assert _pdf_fonts(sheet) == [
        ("AtkinsonHyperlegible-Bold", "yes"),
        ("AtkinsonHyperlegible-Regular", "yes"),
    ]
    text = subprocess.run(["pdftotext", str(sheet), "-"], capture_output=True, text=True)
    assert "Preguntas para nuestro equipo de atención" in text.stdout
    assert "¿En qué parte del cuerpo regresó la leucemia?" in text.stdout
