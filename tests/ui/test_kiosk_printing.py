"""Printing on a kiosk: "Print my questions" goes straight to the clinic's printer (a real CUPS
queue), with no dialog that could write a file; the family is told where to collect the sheet,
or, when the printer fails, that nothing was printed and that the QR code can take its place."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from cups_spool import OFFLINE_QUEUE, QUEUE, SpoolWatch, require_queue
from PySide6.QtCore import QCoreApplication, QEvent

from guide_app.app import GuideApp
from guide_app.core.kiosk_config import KioskConfig
from guide_app.ui.kiosk import KioskMode
from guide_app.ui.kiosk_printing import KioskPrintDialog
from guide_app.ui.profile import Profile, ProfileKind
from guide_app.ui.qr_handoff import QrHandoffDialog
from guide_app.ui.question_builder import QuestionBuilder
from guide_app.ui.tool_page import QUESTIONS


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def kiosk_with(qtbot) -> Iterator[Callable[..., tuple[GuideApp, QuestionBuilder, Records]]]:  # type: ignore[no-untyped-def]
    made: list[GuideApp] = []

    def make(**config: object) -> tuple[GuideApp, QuestionBuilder, Records]:
        app_part = GuideApp(Profile(ProfileKind.KIOSK))
        log = logging.getLogger(f"guide-app-test-{uuid.uuid4().hex}")
        records = Records()
        log.addHandler(records)
        app_part.kiosk = KioskMode(KioskConfig(kiosk=True, **config), app_part.reset, log)  # type: ignore[arg-type]
        made.append(app_part)
        guide = app_part.open_window("en")
        guide.window.show()
        qtbot.waitUntil(lambda: guide.is_loaded)
        app_part.kiosk.welcome.questions_button.click()
        builder = guide.window.tool(QUESTIONS)
        assert isinstance(builder, QuestionBuilder)
        return app_part, builder, records

    yield make
    for app_part in made:
        app_part.kiosk.lockdown.release()
        app_part.kiosk._activity.uninstall()  # noqa: SLF001 (the filter outlives no test)
        if shiboken6.isValid(app_part.guide.window):
            app_part.guide.window.close()
            app_part.guide.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _print(builder: QuestionBuilder, qtbot) -> KioskPrintDialog:  # type: ignore[no-untyped-def]
    builder.print_button.click()
    dialog = builder.window().findChild(KioskPrintDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.outcome != "printing", timeout=30_000)
    return dialog


def test_print_my_questions_prints_to_the_clinics_printer_and_says_where_to_collect_it(
    kiosk_with, qtbot, pdf_text: Callable[[Path], str]
) -> None:  # type: ignore[no-untyped-def]
    require_queue(QUEUE)
    app_part, builder, records = kiosk_with(printer=QUEUE, printer_location="the front desk")
    assert builder.print_button.isVisible() and builder.print_button.text() == "Print my questions"
    assert not builder.pdf_button.isVisible() and not builder.preview_button.isVisible()
    marker = f"Can we print {uuid.uuid4().int}?"  # digits: they survive cups-pdf's round trip
    app_part.lists_model().add_own_question(marker)
    watch = SpoolWatch()
    dialog = _print(builder, qtbot)
    assert dialog.outcome == "printed"
    assert dialog.text() == "Please collect your sheet at the front desk."
    assert not dialog.qr_button.isVisible()
    printed = watch.wait_for(marker, qtbot, pdf_text)
    assert "Questions for our care team" in pdf_text(printed)
    printed.unlink()
    assert records.lines == []  # nothing of the family's in the staff log, and no error


@pytest.mark.parametrize(
    ("printer", "outcome", "reason"),
    [
        ("no-such-printer-here", "no printer", "The printer could not be found."),
        (OFFLINE_QUEUE, "offline", "The printer is turned off or not working right now."),
    ],
)
def test_a_failed_print_says_so_offers_the_qr_code_and_tells_the_staff_log(
    kiosk_with, qtbot, printer: str, outcome: str, reason: str
) -> None:  # type: ignore[no-untyped-def]
    if printer == OFFLINE_QUEUE:
        require_queue(OFFLINE_QUEUE)
    app_part, builder, records = kiosk_with(printer=printer)
    app_part.lists_model().add_own_question("Who do we call at night?")
    dialog = _print(builder, qtbot)
    assert dialog.outcome == outcome
    assert dialog.text().startswith(reason) and "nothing in your list was lost" in dialog.text()
    assert dialog.qr_button.isVisible()
    assert len(records.lines) == 1 and printer in records.lines[0]
    assert "Who do we call" not in records.lines[0]
    dialog.qr_button.click()
    qr = builder.window().findChild(QrHandoffDialog)
    assert qr is not None and qr.isVisible()
    assert app_part.lists_model().lists.questions.items[0].own_text == "Who do we call at night?"


def test_a_kiosk_without_a_printer_offers_only_the_qr_code(kiosk_with, qtbot) -> None:  # type: ignore[no-untyped-def]
    app_part, builder, _ = kiosk_with()
    assert not builder.print_button.isVisible()
    assert not builder.pdf_button.isVisible() and not builder.preview_button.isVisible()
    assert "take your list home on your phone with the QR code" in builder.hint.text()
    assert "print" not in builder.hint.text().lower()  # nothing here prints or saves
    assert not builder.take_home_button.isEnabled()  # an empty list: nothing to take home
    app_part.lists_model().add_own_question("Who do we call at night?")
    assert builder.take_home_button.isEnabled()
    builder.take_home_button.click()
    qr = builder.window().findChild(QrHandoffDialog)
    assert qr is not None and not qr.print_button.isVisible()
