"""The real CUPS queue the printing tests print to (``guide-pdf``, a cups-pdf queue made by
.ci/cups-setup.sh with a stopped one, ``guide-offline``), and how to find what it printed."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

QUEUE = os.environ.get("GUIDE_CUPS_QUEUE", "guide-pdf")
OFFLINE_QUEUE = os.environ.get("GUIDE_CUPS_OFFLINE_QUEUE", "guide-offline")
SPOOL = Path(os.environ.get("GUIDE_CUPS_PDF_DIR", "/var/spool/cups-pdf"))
# cups-pdf turns the job into PostScript and back through Ghostscript: seconds, not minutes.
PRINT_TIMEOUT_MS = 60_000


def require_queue(name: str) -> None:
    """Skip without the queue, except in CI (``CI`` set), where its absence fails the test."""
    from guide_app.ui.sheet_printer import available_printers

    if name not in available_printers():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the CUPS queue {name!r}: run .ci/cups-setup.sh as root")
        pytest.skip(f"no CUPS queue {name!r} here (.ci/cups-setup.sh makes one)")


class SpoolWatch:
    """The PDFs in the spool when made; ``wait_for`` finds the new one holding a marker."""

    def __init__(self) -> None:
        self.started = time.time_ns()
        self.before = _pdfs()

    def wait_for(self, marker: str, qtbot: QtBot, pdf_text: Callable[[Path], str]) -> Path:
        found: list[Path] = []

        def arrived() -> bool:
            for path, mtime in _pdfs().items():
                if self.before.get(path) == mtime or mtime < self.started - 2_000_000_000:
                    continue
                try:
                    if marker in pdf_text(path):
                        found.append(path)
                        return True
                except Exception:  # cups-pdf may still be writing it; look again
                    continue
            return False

        qtbot.waitUntil(arrived, timeout=PRINT_TIMEOUT_MS)
        return found[0]


def _pdfs() -> dict[Path, int]:
    return (
        {path: path.stat().st_mtime_ns for path in SPOOL.rglob("*.pdf")} if SPOOL.is_dir() else {}
    )
