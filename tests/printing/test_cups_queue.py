"""Printing to a real CUPS queue: the sheet reaches ``guide-pdf`` (cups-pdf) and its PDF reads back.

.ci/cups-setup.sh makes the queue. In CI (``CI`` set) the queue must exist and the test fails
without it; elsewhere it is skipped when the machine has no such queue.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from guide_app.core.sheet import SheetContent, render_sheet_html
from guide_app.ui.sheet_labels import sheet_labels
from guide_app.ui.sheet_printer import available_printers, print_html_to_printer

QUEUE = os.environ.get("GUIDE_CUPS_QUEUE", "guide-pdf")
SPOOL = Path(os.environ.get("GUIDE_CUPS_PDF_DIR", "/var/spool/cups-pdf"))
# cups-pdf turns the job into PostScript and back through Ghostscript: seconds, not minutes.
PRINT_TIMEOUT_MS = 60_000


def _pdfs() -> dict[Path, int]:
    return (
        {path: path.stat().st_mtime_ns for path in SPOOL.rglob("*.pdf")} if SPOOL.is_dir() else {}
    )


def test_sheet_printed_to_the_cups_pdf_queue_arrives_whole(
    qtbot: QtBot, pdf_text: Callable[[Path], str]
) -> None:
    if QUEUE not in available_printers():
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the CUPS queue {QUEUE!r}: run .ci/cups-setup.sh as root")
        pytest.skip(f"no CUPS queue {QUEUE!r} here (.ci/cups-setup.sh makes one)")
    # Digits only: letter pairs like "ff" print as one ligature glyph, and text of ligatures does
    # not survive cups-pdf's PostScript round trip (the paper looks right; the PDF's text not).
    marker = f"Marker question {uuid.uuid4().int}?"
    content = SheetContent(
        labels=sheet_labels(),
        language="en",
        title="Questions for our care team",
        date_text="27 November 2026",
        guide_version="test",
        questions=("Where in the body did the leukemia come back?", marker),
    )
    before = _pdfs()
    started = time.time_ns()
    print_html_to_printer(render_sheet_html(content), QUEUE, "a4", f"guide-test-{uuid.uuid4().hex}")

    found: list[Path] = []

    def arrived() -> bool:
        for path, mtime in _pdfs().items():
            if before.get(path) == mtime or mtime < started - 2_000_000_000:
                continue
            try:
                if marker in pdf_text(path):
                    found.append(path)
                    return True
            except Exception:  # cups-pdf may still be writing it; look again
                continue
        return False

    qtbot.waitUntil(arrived, timeout=PRINT_TIMEOUT_MS)
    text = pdf_text(found[0])
    assert text.index("1. Where in the body") < text.index(f"2. {marker}")
    found[0].unlink()
