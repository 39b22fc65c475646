"""Printing the question sheet: HTML -> QTextDocument -> QPrinter (a PDF file or a named queue).

The document is laid out on the printer itself (its resolution and page), so what is measured is
what is printed, and the margins are ours (15 mm) rather than QTextDocument's fixed 2 cm extra.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from guide_app.core.sheet import Paper

PAGE_MARGIN_MM = 15.0
SHEET_FONT_POINTS = 11.0
# Tried in order; the first one installed is used (Qt falls back to its default sans serif).
SHEET_FONT_FAMILIES = ["Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial"]
PDF_CREATOR = "The family guide to relapsed childhood ALL"
# Tables shorter than this part of a page (a question with its answer lines, a short symptom
# list) are moved whole to the next page rather than split; longer ones may split.
KEEP_TOGETHER_PAGE_FRACTION = 0.4

_PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class PrinterError(RuntimeError):
    """The sheet could not be printed; the message says why in one line."""


class NoSuchPrinterError(PrinterError):
    """The named print queue is not known on this machine."""


def configure_printer(printer: QPrinter, paper: Paper | str, title: str) -> None:
    """Paper size, portrait, 15 mm margins and the job's title (the PDF title, the job name)."""
    printer.setPageSize(QPageSize(_PAGE_SIZES[Paper(paper)]))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    margins = QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM)
    printer.setPageMargins(margins, QPageLayout.Unit.Millimeter)
    printer.setDocName(title)
    printer.setCreator(PDF_CREATOR)


def sheet_document(html: str, title: str, printer: QPrinter | None = None) -> QTextDocument:
    """The sheet as a document; with ``printer``, laid out on that printer's page.

    The printer must outlive the document (it is the document's paint device).
    """
    document = QTextDocument()
    font = QFont()
    font.setFamilies(SHEET_FONT_FAMILIES)
    font.setPointSizeF(SHEET_FONT_POINTS)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    if printer is not None:
        document.documentLayout().setPaintDevice(printer)
        document.setPageSize(QSizeF(printer.width(), printer.height()))
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    if printer is not None:
        _keep_tables_together(document)
    return document


def _keep_tables_together(document: QTextDocument) -> None:
    """Start a short table on a new page when it would be split (Qt splits tables anywhere),
    so a question never loses its answer lines; a heading just before a table moves with it."""
    page_height = document.pageSize().height()
    layout = document.documentLayout()

    def page_of(y: float) -> int:
        return int(y // page_height)

    for frame in document.rootFrame().childFrames():
        layout.documentSize()  # lays out everything, including the breaks set so far
        rect = layout.frameBoundingRect(frame)
        first_page = page_of(rect.top())
        # A border drawn a hair past the page's end is not a split (it prints in the margin).
        split = first_page != page_of(rect.bottom() - page_height * 0.005)
        short = rect.height() <= page_height * KEEP_TOGETHER_PAGE_FRACTION
        heading = frame.firstCursorPosition().block().previous()
        if heading.isValid() and heading.blockFormat().headingLevel() > 0:
            orphaned = page_of(layout.blockBoundingRect(heading).top()) != first_page
            if orphaned or (split and short):
                brk = QTextBlockFormat()
                brk.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(heading).mergeBlockFormat(brk)
        elif split and short:
            _break_before(frame)


def _break_before(frame: QTextFrame) -> None:
    frame_format = frame.frameFormat()
    frame_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    frame.setFrameFormat(frame_format)


def print_html(html: str, printer: QPrinter, title: str) -> None:
    """Print onto a printer the caller configured (the print dialog's, or a preview's)."""
    document = sheet_document(html, title, printer)
    document.print_(printer)
    if printer.printerState() == QPrinter.PrinterState.Error:
        raise PrinterError(f"the printer {printer.printerName() or 'PDF'} reported an error")


def print_html_to_pdf(html: str, path: Path, paper: Paper | str, title: str) -> None:
    """Write the sheet to a PDF file; ``PrinterError`` when the file could not be written."""
    path = Path(path)
    if not path.parent.is_dir():
        raise PrinterError(f"the folder {path.parent} does not exist")
    # Written beside the target and renamed, so a failed print never leaves half a PDF.
    partial = path.with_name(f".{path.name}.partial")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(partial))
    configure_printer(printer, paper, title)
    try:
        partial.unlink(missing_ok=True)
        print_html(html, printer, title)
        if not partial.is_file() or partial.stat().st_size == 0:
            raise PrinterError(f"could not write {path}")
        partial.replace(path)
    except OSError as error:
        raise PrinterError(f"could not write {path}: {error.strerror or error}") from error
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def available_printers() -> list[str]:
    """The names of the print queues this machine knows (CUPS queues on Linux and macOS)."""
    return list(QPrinterInfo.availablePrinterNames())


def print_html_to_printer(html: str, printer_name: str, paper: Paper | str, title: str) -> None:
    """Send the sheet to a named print queue; ``PrinterError`` when it is missing or fails."""
    names = available_printers()
    if printer_name not in names:
        known = ", ".join(names) if names else "none"
        raise NoSuchPrinterError(f"there is no printer named {printer_name!r} (printers: {known})")
    printer = QPrinter(QPrinterInfo.printerInfo(printer_name), QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(printer_name)
    if not printer.isValid():
        raise PrinterError(f"the printer {printer_name!r} cannot be used")
    configure_printer(printer, paper, title)
    print_html(html, printer, title)


def default_paper() -> Paper:
    """Letter where the system's locale measures in US units, A4 everywhere else."""
    from PySide6.QtCore import QLocale

    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return Paper.LETTER if imperial else Paper.A4
