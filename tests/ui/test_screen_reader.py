"""The guide as a screen reader gets it: the real AT-SPI tree of the running guide, on a real X
server, read through pyatspi as Orca reads it. Every interactive node that shows has a name, on
every page of the side list and while searching, in English and Spanish, on a laptop and on a
kiosk (``--kiosk --config`` with a configuration of its own).

Needs Xvfb, xdotool, dbus-run-session, at-spi2-core and Debian's python3-pyatspi (.ci/run
installs them). In CI (``CI`` set) a missing piece fails the test; elsewhere it is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
RUN_TIMEOUT_S = 240


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "xdotool", "dbus-run-session") if not shutil.which(tool)]
    if not Path(BUS_LAUNCHER).exists():
        missing.append("at-spi2-core")
    has_pyatspi = Path(SYSTEM_PYTHON).exists() and (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True).returncode == 0
    )
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture(scope="module")
def display() -> Iterator[str]:
    """A private X server for this module's runs (its number chosen by Xvfb itself)."""
    if missing := _missing():
        message = f"the screen-reader test needs {', '.join(missing)} (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as numbers:
        number = numbers.readline().strip()  # Xvfb writes it once it accepts connections
    assert number, "Xvfb did not start"
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def read_the_guide(display: str, *guide_args: str, once: bool = False) -> dict:  # type: ignore[type-arg]
    command = ["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER)]
    command += ["--once"] if once else []
    command += ["--", sys.executable, *guide_args]
    env = dict(os.environ, DISPLAY=display)
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=RUN_TIMEOUT_S, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the walker said nothing:\n{done.stdout}\n{done.stderr[-3000:]}"
    result = json.loads(lines[-1])
    assert "error" not in result, f"{result['error']}\n{done.stderr[-3000:]}"
    return result  # type: ignore[no-any-return]


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("mode", ["laptop", "kiosk"])
def test_every_interactive_node_has_a_name(
    display: str, tmp_path: Path, language: str, mode: str
) -> None:
    args = ["-m", "guide_app", "--lang", language]
    if mode == "kiosk":
        config = tmp_path / "kiosk.toml"
        config.write_text("kiosk = true\n", encoding="utf-8")
        args += ["--kiosk", "--config", str(config)]
    result = read_the_guide(display, *args)
    # Every page was read (the sections, the two tools' pages, and a search), not just one.
    assert len(result["visited"]) >= 12 and result["visited"][-1] == "search"
    assert len(set(result["visited"])) == len(result["visited"])
    assert not result["problems"], "\n".join(result["problems"])


def test_the_walk_reports_an_unnamed_control(display: str) -> None:
    """The check itself: a window with an icon-only button and no name fails it."""
    program = (
        "from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget\n"
        "app = QApplication([])\n"
        "window = QWidget()\n"
        "window.setWindowTitle('A window')\n"
        "QVBoxLayout(window).addWidget(QPushButton())\n"
        "window.show()\n"
        "app.exec()\n"
    )
    result = read_the_guide(display, "-c", program, once=True)
    assert any("push button has no name" in p for p in result["problems"]), result
