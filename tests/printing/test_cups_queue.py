"""Printing to a real CUPS queue: the sheet reaches ``guide-pdf`` (cups-pdf) and its PDF reads back.

.ci/cups-setup.sh makes the queue. In CI (``CI`` set) the queue must exist and the test fails
without it; elsewhere it is skipped when the machine has no such queue.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from cups_spool import OFFLINE_QUEUE, QUEUE, SpoolWatch, require_queue
from pytestqt.qtbot import QtBot

from guide_app.core.sheet import SheetContent, render_sheet_html
from guide_app.ui.sheet_labels import sheet_labels
from guide_app.ui.sheet_printer import print_html_to_printer


def test_sheet_printed_to_the_cups_pdf_queue_arrives_whole(
    qtbot: QtBot, pdf_text: Callable[[Path], str]
) -> None:
    require_queue(QUEUE)
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
    watch = SpoolWatch()
    print_html_to_printer(render_sheet_html(content), QUEUE, "a4", f"guide-test-{uuid.uuid4().hex}")
    printed = watch.wait_for(marker, qtbot, pdf_text)
    text = pdf_text(printed)
    assert text.index("1. Where in the body") < text.index(f"2. {marker}")
    printed.unlink()


def test_a_stopped_printer_is_named_as_offline_and_nothing_is_sent() -> None:
    from guide_app.ui.sheet_printer import PrinterOfflineError

    require_queue(OFFLINE_QUEUE)
    content = SheetContent(
        labels=sheet_labels(),
        language="en",
        title="Questions for our care team",
        date_text="27 November 2026",
        guide_version="test",
        questions=("Who do we call at night?",),
    )
    with pytest.raises(PrinterOfflineError, match="stopped or offline"):
        print_html_to_printer(render_sheet_html(content), OFFLINE_QUEUE, "a4", "guide-test")
