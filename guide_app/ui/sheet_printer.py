"""Printing the question sheet: HTML -> QTextDocument -> QPrinter (a PDF file or a named queue).

The document is laid out on the printer itself (its resolution and page), so what is measured is
what is printed, and the margins are ours (15 mm) rather than QTextDocument's fixed 2 cm extra.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from guide_app.core.atomic_write import replacing
from guide_app.core.sheet import Paper
from guide_app.ui.fonts import FAMILY, load_fonts

PAGE_MARGIN_MM = 15.0
SHEET_FONT_POINTS = 11.0
# Tried in order: the guide's own font (bundled, so a machine without fonts still prints text),
# then common system ones for letters it lacks (Qt falls back to its default sans serif).
SHEET_FONT_FAMILIES = [FAMILY, "Noto Sans", "DejaVu Sans", "Liberation Sans", "Segoe UI", "Arial"]
PDF_CREATOR = "The family guide to relapsed childhood ALL"
# Tables shorter than this part of a page (a question with its answer lines, a short symptom
# list) are moved whole to the next page rather than split; longer ones may split.
KEEP_TOGETHER_PAGE_FRACTION = 0.4
# A border drawn a hair (this part of a page) past the page's end is not a split: it prints in
# the margin.
_HAIR = 0.005

_PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class PrinterError(RuntimeError):
    """The sheet could not be printed; the message says why in one line."""


class NoSuchPrinterError(PrinterError):
    """The named print queue is not known on this machine."""


class PrinterOfflineError(PrinterError):
    """The named print queue is stopped, disabled or offline: a job would wait, unprinted."""


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
    load_fonts()  # ``guide-app sheet`` prints without opening the guide
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
    so a question never loses its answer lines; a heading just before a table moves with it.

    Setting a page break makes Qt lay out the whole document again, so the breaks are not found
    by setting them one at a time and looking again (minutes for a few thousand questions). They
    are planned from two layouts instead, set all at once, and checked on the real pages:

    * the natural layout, on one endless page: where each table and heading sits, and how tall
      it is, when nothing is moved to a new page;
    * how far below a page's top each one begins when it starts a page (its margin, its cells'
      padding).

    Only what comes after a break moves, and it all moves down by the same amount, so the plan
    knows where everything lands. What it cannot know is how Qt splits a long table (a row that
    does not fit moves to the next page, and with it everything after); from there, and from
    anything else on the real pages that the plan got wrong, it plans again. A sheet of a few
    hundred questions is laid out three times in all, whatever the number of breaks.
    """
    page = document.pageSize()
    units = _units(document)
    if not units:
        return
    natural = _extents(document, units, QSizeF(page.width(), -1))
    # Short by the natural height: on the page, a table Qt has split measures more.
    short = [n.bottom - n.top <= page.height() * KEEP_TOGETHER_PAGE_FRACTION for n in natural]
    offsets = _page_top_offsets(document, units, page)
    start, shift, forced = 0, 0.0, False
    while True:
        planned, stop = _plan(
            natural[start:], short[start:], offsets[start:], page.height(), shift, forced
        )
        _set_breaks(document, units[start:], set(planned))
        placed = _extents(document, units, page)
        # A unit given a break because the plan got it wrong is at the top of a page: nothing
        # more can be done for it, so it is not looked at again (and the loop always ends).
        first_unchecked = start + 1 if forced else start
        problem = next(
            (
                i
                for i in range(first_unchecked, len(units))
                if _needs_break(placed[i], short[i], page.height())
            ),
            None,
        )
        # Everything before the new start is final. The first unit the plan got wrong needs a
        # break, as the real pages show; after a long table, go on from where Qt ended it.
        if problem is not None:
            start, forced = problem, True
        elif stop is not None:
            start, forced = start + stop + 1, False
        else:
            return
        shift = placed[start - 1].bottom - natural[start - 1].bottom if start else 0.0


class _Unit(NamedTuple):
    """A table and the heading just before it (if any): they start a page together."""

    frame: QTextFrame
    heading: QTextBlock | None


class _Extent(NamedTuple):
    """Where a unit sits: the top of its heading (or its table), its table's top and bottom."""

    lead: float
    top: float
    bottom: float

    def moved(self, shift: float) -> _Extent:
        return _Extent(self.lead + shift, self.top + shift, self.bottom + shift)


def _units(document: QTextDocument) -> list[_Unit]:
    units = []
    for frame in document.rootFrame().childFrames():
        # (Not frame.firstCursorPosition(): a cursor costs time in proportion to the document.)
        heading = document.findBlock(frame.firstPosition()).previous()
        is_heading = heading.isValid() and heading.blockFormat().headingLevel() > 0
        units.append(_Unit(frame, heading if is_heading else None))
    return units


def _extents(document: QTextDocument, units: list[_Unit], page: QSizeF) -> list[_Extent]:
    """Every unit's extent, laid out on pages of ``page`` (a height of -1: one endless page)."""
    if document.pageSize() != page:  # setting it lays the whole document out, even if equal
        document.setPageSize(page)
    layout = document.documentLayout()
    extents = []
    for frame, heading in units:
        rect = layout.frameBoundingRect(frame)
        lead = layout.blockBoundingRect(heading).top() if heading is not None else rect.top()
        extents.append(_Extent(lead, rect.top(), rect.bottom()))
    return extents


def _page_top_offsets(document: QTextDocument, units: list[_Unit], page: QSizeF) -> list[float]:
    """How far below a page's top each unit begins when it starts that page (its margin, its
    cells' padding), measured by starting one unit of each look on a new page: units whose
    heading, table and first cell have the same formats start a page the same way.

    (Not every unit at once: a page per unit would make the document longer than Qt lays out,
    2^23 device units or 665 A4 pages at 1200 dpi, for a few thousand questions.)
    """
    looks: list[tuple[QTextFormat, ...]] = []
    look_of = []
    for unit in units:
        look = _look(unit)
        if look not in looks:
            looks.append(look)
        look_of.append(looks.index(look))
    firsts = [look_of.index(k) for k in range(len(looks))]
    _set_breaks(document, units, set(firsts))
    placed = _extents(document, units, page)
    offsets = [placed[i].lead % page.height() for i in firsts]
    return [offsets[k] for k in look_of]


def _look(unit: _Unit) -> tuple[QTextFormat, ...]:
    if unit.heading is not None:
        return (unit.heading.blockFormat(),)
    if isinstance(unit.frame, QTextTable):
        cell_format = unit.frame.cellAt(0, 0).format()
        cell_format.setObjectIndex(-1)  # which table it belongs to, not how it looks
        return (unit.frame.frameFormat(), cell_format)
    return (unit.frame.frameFormat(),)


def _plan(
    natural: list[_Extent],
    short: list[bool],
    offsets: list[float],
    page_height: float,
    shift: float,
    break_first: bool = False,
) -> tuple[list[int], int | None]:
    """The units (indices into ``natural``) that must start a new page, the first one being
    ``shift`` below its natural place (and starting a page, with ``break_first``); and the index
    of a long table that crosses a page, where the plan stops (Qt splits it its own way)."""
    breaks = []
    for i, (extent, is_short, offset) in enumerate(zip(natural, short, offsets, strict=True)):
        where = extent.moved(shift)
        if (break_first and i == 0) or _needs_break(where, is_short, page_height, offset):
            # It starts the page after the one it would have begun on, and everything after it
            # moves down by as much.
            next_page = _page_of(where.lead - offset, page_height) + 1
            shift += next_page * page_height + offset - where.lead
            breaks.append(i)
            where = extent.moved(shift)
        if _page_of(where.lead - offset, page_height) != _page_of_end(where, page_height):
            return breaks, i
    return breaks, None


def _needs_break(extent: _Extent, short: bool, page_height: float, offset: float = 0.0) -> bool:
    """A short table split across pages, or a heading on another page than its table.

    ``offset`` (for a planned place) counts a unit whose margin alone reaches the next page as
    split: Qt would move it to that page itself.
    """
    first_page = _page_of(extent.lead - offset, page_height)
    split = first_page != _page_of_end(extent, page_height)
    orphaned = _page_of(extent.lead, page_height) != _page_of(extent.top, page_height)
    return orphaned or (split and short)


def _page_of(y: float, page_height: float) -> int:
    return int(y // page_height)


def _page_of_end(extent: _Extent, page_height: float) -> int:
    return _page_of(extent.bottom - page_height * _HAIR, page_height)


def _set_breaks(document: QTextDocument, units: list[_Unit], breaking: set[int]) -> None:
    """Start the units at these indices on a new page, and no others.

    The formats are changed with no page size: Qt then does not lay the document out again
    after each change (a whole layout per break), and lays it out once, from the start, when
    ``_extents`` sets the page size again. (A block changed while Qt is still laying out in
    steps, as it does after a new page size, can also lose its lines: seen with PySide6 6.11.)
    """
    document.setPageSize(QSizeF(0, 0))
    for i, (frame, heading) in enumerate(units):
        policy = (
            QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
            if i in breaking
            else QTextFormat.PageBreakFlag.PageBreak_Auto
        )
        if heading is not None:
            if heading.blockFormat().pageBreakPolicy() != policy:
                block_format = QTextBlockFormat()
                block_format.setPageBreakPolicy(policy)
                QTextCursor(heading).mergeBlockFormat(block_format)
        elif frame.frameFormat().pageBreakPolicy() != policy:
            frame_format = frame.frameFormat()
            frame_format.setPageBreakPolicy(policy)
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
    try:
        with replacing(path) as partial:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(partial))
            configure_printer(printer, paper, title)
            print_html(html, printer, title)
            if partial.stat().st_size == 0:
                raise PrinterError(f"could not write {path}")
    except OSError as error:
        raise PrinterError(f"could not write {path}: {error.strerror or error}") from error


def available_printers() -> list[str]:
    """The names of the print queues this machine knows (CUPS queues on Linux and macOS)."""
    return list(QPrinterInfo.availablePrinterNames())


def print_html_to_printer(html: str, printer_name: str, paper: Paper | str, title: str) -> None:
    """Send the sheet to a named print queue; ``PrinterError`` when it is missing or fails."""
    names = available_printers()
    if printer_name not in names:
        known = ", ".join(names) if names else "none"
        raise NoSuchPrinterError(f"there is no printer named {printer_name!r} (printers: {known})")
    info = QPrinterInfo.printerInfo(printer_name)
    if info.state() == QPrinter.PrinterState.Error:
        raise PrinterOfflineError(f"the printer {printer_name!r} is stopped or offline")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
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
