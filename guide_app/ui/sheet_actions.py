"""Print preview, print and save-as-PDF of the family's sheet, from the question builder.

Qt's printing module and the sheet printer are imported when the family prints, previews or
saves: made with the family's tools after the first paint, this object would otherwise load them
(1.7 MiB) for a family who never prints."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from guide_app import __version__
from guide_app.core.question_bank import QuestionBank
from guide_app.core.sheet import render_sheet_html, sheet_from_lists
from guide_app.core.symptoms import Symptom
from guide_app.resources import pictures_root
from guide_app.ui.announce import announce
from guide_app.ui.family_lists_model import FamilyListsModel
from guide_app.ui.sheet_labels import sheet_date_text, sheet_labels

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog


class SheetActions(QObject):
    def __init__(
        self,
        model: FamilyListsModel,
        bank: QuestionBank,
        symptoms: Sequence[Symptom],
        language: str,
        window: QWidget,
        english: tuple[QuestionBank, Sequence[Symptom]] | None = None,
    ) -> None:
        """``english``: the English bank and symptoms, for a bilingual sheet."""
        super().__init__(window)
        self._model = model
        self._bank = bank
        self._symptoms = list(symptoms)
        self._language = language
        self._window = window
        self._english = english
        self.bilingual = False  # each question and symptom with its English
        self.last_pdf: Path | None = None

    def set_bilingual(self, bilingual: bool) -> None:
        self.bilingual = bilingual

    def sheet_html(self) -> str:
        content = sheet_from_lists(
            self._model.lists,
            self._bank,
            self._symptoms,
            language=self._language,
            date=dt.date.today(),
            guide_version=__version__,
            format_date=lambda date: sheet_date_text(date, self._language),
            labels=sheet_labels(),
            pictures=pictures_root(),
            english=self._english_data(),
        )
        return render_sheet_html(content)

    def _english_data(self) -> tuple[QuestionBank, Sequence[Symptom], dict[str, str]] | None:
        if not (self.bilingual and self._english):
            return None
        bank, symptoms = self._english
        return bank, symptoms, sheet_labels(english=True)

    def _title(self) -> str:
        return sheet_labels()["title"]

    def sheet_and_title(self) -> tuple[str, str]:
        """The sheet's HTML and the print job's title, for a printer chosen elsewhere."""
        return self.sheet_html(), self._title()

    def _printer(self) -> QPrinter:
        from PySide6.QtPrintSupport import QPrinter

        from guide_app.ui.sheet_printer import configure_printer, default_paper

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        configure_printer(printer, default_paper(), self._title())
        return printer

    def take_home(self, print_instead: Callable[[], object] | None = None) -> QDialog:
        """ "Take your questions home": the list as a QR code of plain text for the family's own
        phone (nothing is sent anywhere); too long for one code, it offers ``print_instead``
        (a kiosk without a printer offers nothing)."""
        from guide_app.core.handoff_text import handoff_text
        from guide_app.ui.qr_handoff import QrHandoffDialog

        text = handoff_text(
            self._model.lists,
            self._bank,
            self._symptoms,
            sheet_labels(),
            format_date=lambda date: sheet_date_text(date, self._language),
        )
        dialog = QrHandoffDialog(text, self._window)
        if print_instead is not None:
            dialog.print_instead.connect(print_instead)
        else:  # a kiosk without a configured printer
            dialog.print_button.setVisible(False)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def preview(self) -> QPrintPreviewDialog:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        html, title, printer = self.sheet_html(), self._title(), self._printer()
        dialog = QPrintPreviewDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda target: self._print(html, target, title))
        dialog.open()
        dialog.finished.connect(dialog.deleteLater)
        dialog._printer = printer  # type: ignore[attr-defined]  # the dialog paints on it; keep it alive
        return dialog

    def print_sheet(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        printer = self._printer()
        dialog = QPrintDialog(printer, self._window)
        dialog.setWindowTitle(self.tr("Print your questions"))
        if dialog.exec() == QDialog.DialogCode.Accepted and self._print(
            self.sheet_html(), printer, self._title()
        ):
            announce(self._window, self.tr("Your questions were sent to the printer."))

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Save the sheet as a PDF; asks where unless ``path`` is given. Returns the file."""
        from guide_app.ui.sheet_printer import PrinterError, default_paper, print_html_to_pdf

        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self._window,
                self.tr("Save your questions as a PDF"),
                str(Path(folder) / self.tr("questions-for-our-care-team.pdf")),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
        try:
            print_html_to_pdf(self.sheet_html(), path, default_paper(), self._title())
        except PrinterError as error:
            self._tell_failure(str(error))
            return None
        self.last_pdf = path
        announce(self._window, self.tr("Your questions were saved as %1.").replace("%1", path.name))
        return path

    def _print(self, html: str, printer: QPrinter, title: str) -> bool:
        from guide_app.ui.sheet_printer import PrinterError, print_html

        try:
            print_html(html, printer, title)
        except PrinterError as error:
            self._tell_failure(str(error))
            return False
        return True

    def _tell_failure(self, detail: str) -> None:
        # The message box is read out as an alert when it opens (Qt sends it for a warning).
        QMessageBox.warning(
            self._window,
            self.tr("Could not print"),
            self.tr("The sheet could not be printed or saved. Nothing in your lists was lost.")
            + "\n\n"
            + detail,
        )
