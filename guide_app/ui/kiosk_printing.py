"""Printing on a kiosk: "Print my questions" sends the sheet straight to the clinic's printer (no
dialog, which could print to a file), says "Printing…", then where to collect the sheet, or, when
the printer fails, says so plainly and offers the QR code instead. Printer errors go to the staff
log (the printer's name and Qt's message, never the family's words)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from guide_app.core.staff_log import log_printer_error
from guide_app.ui.languages import Retranslated
from guide_app.ui.sheet_printer import (
    NoSuchPrinterError,
    PrinterError,
    PrinterOfflineError,
    default_paper,
    print_html_to_printer,
)

MIN_TOUCH = 44


class KioskPrintDialog(Retranslated, QMessageBox):
    """What the family sees while and after the sheet prints; its words follow the outcome."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Information)
        self.ok_button = self.addButton(QMessageBox.StandardButton.Ok)
        self.qr_button = QPushButton(self.tr("Show the QR code instead"), self)
        self.addButton(self.qr_button, QMessageBox.ButtonRole.ActionRole)
        for button in (self.ok_button, self.qr_button):
            button.setMinimumHeight(MIN_TOUCH)
        self.outcome = "printing"  # "printing", "printed", "no printer", "offline", "failed"
        self.collect_at = ""
        self.retranslate_ui()

    def show_outcome(self, outcome: str) -> None:
        self.outcome = outcome
        self.retranslate_ui()
        # Screen readers hear the new words, not only the first ones.
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Print my questions"))
        self.qr_button.setText(self.tr("Show the QR code instead"))
        busy = self.outcome == "printing"
        self.ok_button.setEnabled(not busy)
        self.qr_button.setVisible(self.outcome not in ("printing", "printed"))
        if busy:
            text = self.tr("Printing…")
        elif self.outcome == "printed":
            text = (
                self.tr("Please collect your sheet at %1.").replace("%1", self.collect_at)
                if self.collect_at
                else self.tr("Please ask the clinic's staff for your printed sheet.")
            )
        else:
            reason = {
                "no printer": self.tr("The printer could not be found."),
                "offline": self.tr("The printer is turned off or not working right now."),
            }.get(self.outcome, self.tr("The printer reported a problem."))
            text = (
                reason
                + " "
                + self.tr(
                    "Your sheet was not printed, and nothing in your list was lost. You can take "
                    "your questions home on your phone with the QR code instead, or ask the "
                    "clinic's staff for help."
                )
            )
        self.setText(text)
        self.setAccessibleName(text)


class KioskPrinting:
    """Prints the family's sheet to the kiosk's configured printer."""

    def __init__(
        self,
        printer: str,
        collect_at: str,
        sheet: Callable[[], tuple[str, str]],
        show_qr: Callable[[], object],
        window: QWidget,
        staff_log: logging.Logger,
    ) -> None:
        """``sheet()`` gives the sheet's HTML and title; ``show_qr()`` opens the QR hand-off."""
        self._printer = printer
        self._collect_at = collect_at
        self._sheet = sheet
        self._show_qr = show_qr
        self._window = window
        self._log = staff_log

    def print_sheet(self) -> KioskPrintDialog:
        dialog = KioskPrintDialog(self._window)
        dialog.collect_at = self._collect_at
        dialog.finished.connect(dialog.deleteLater)
        dialog.qr_button.clicked.connect(self._show_qr)
        dialog.open()
        # After "Printing…" is on screen: the print itself holds the event loop for a moment.
        QTimer.singleShot(0, dialog, lambda: self._print(dialog))
        return dialog

    def _print(self, dialog: KioskPrintDialog) -> None:
        html, title = self._sheet()
        try:
            print_html_to_printer(html, self._printer, default_paper(), title)
        except PrinterError as error:
            log_printer_error(self._log, self._printer, str(error))
            if isinstance(error, NoSuchPrinterError):
                dialog.show_outcome("no printer")
            elif isinstance(error, PrinterOfflineError):
                dialog.show_outcome("offline")
            else:
                dialog.show_outcome("failed")
            return
        dialog.show_outcome("printed")
