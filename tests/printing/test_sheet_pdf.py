"""The printed sheet as a clinician gets it: the PDF's text, page size and layout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from guide_app.core.sheet import LABEL_KEYS, Paper, SheetContent, render_sheet_html
from guide_app.ui.sheet_labels import sheet_labels
from guide_app.ui.sheet_printer import (
    SHEET_FONT_POINTS,
    NoSuchPrinterError,
    PrinterError,
    configure_printer,
    print_html_to_pdf,
    print_html_to_printer,
    sheet_document,
)

PdfText = Callable[[Path], str]
HOSTILE = "<script>alert(1)</script> <b>bold</b> &amp;"
QUESTIONS = (
    "Where in the body did the leukemia come back?",
    HOSTILE,
    "What treatment do you suggest now, and why this one over the others we could choose?",
    "Can my child go to school during treatment?",
)

pytestmark = pytest.mark.usefixtures("qapp")

LABELS = sheet_labels()  # the sheet's words, untranslated


def content(**changes: object) -> SheetContent:
    values: dict[str, object] = {
        "language": "en",
        "title": "Questions for our care team",
        "date_text": "27 November 2026",
        "guide_version": "1.2.3",
        "child_name": "Maya",
        "questions": QUESTIONS,
        "symptoms": [("Fever", "38.5 at night", "20 November 2026"), ("Bruises", "legs", "")],
        "clinic_phone": "(555) 010-0199",
        "labels": LABELS,
    }
    values.update(changes)
    return SheetContent(**values)  # type: ignore[arg-type]


def test_pdf_holds_the_questions_in_order_the_symptoms_and_escaped_text(
    tmp_path: Path, pdf_text: PdfText
) -> None:
    path = tmp_path / "sheet.pdf"
    print_html_to_pdf(render_sheet_html(content()), path, Paper.A4, "Questions")
    text = pdf_text(path)
    positions = [text.index(f"{n}. {q}") for n, q in enumerate(QUESTIONS, start=1)]
    assert positions == sorted(positions)
    assert HOSTILE in text
    assert "For: Maya" in text
    assert "Clinic phone: (555) 010-0199" in text
    symptoms = text[text.index(LABELS["symptoms"]) :]
    assert "Fever 20 November 2026 38.5 at night" in symptoms
    assert "Bruises legs" in symptoms
    assert LABELS["disclaimer"] in text
    assert "version 1.2.3" in text


def test_pdf_carries_the_title(tmp_path: Path) -> None:
    path = tmp_path / "sheet.pdf"
    print_html_to_pdf(render_sheet_html(content()), path, "a4", "Questions for Maya")
    assert PdfReader(path).metadata.title == "Questions for Maya"


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_sizes(tmp_path: Path, paper: str, size: tuple[int, int]) -> None:
    path = tmp_path / f"{paper}.pdf"
    print_html_to_pdf(render_sheet_html(content()), path, paper, "Questions")
    for page in PdfReader(path).pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size


def test_a_very_long_word_wraps_instead_of_running_off_the_page(
    tmp_path: Path, pdf_text: PdfText
) -> None:
    word = "W" * 400
    path = tmp_path / "long.pdf"
    print_html_to_pdf(render_sheet_html(content(questions=(word,))), path, "letter", "Q")
    pieces = [run for run in PdfReader(path).pages[0].extract_text().split() if set(run) == {"W"}]
    assert "".join(pieces) == word
    assert len(pieces) >= 5  # bold 12 pt W's: well under 100 fit on a line


def test_a_question_is_never_parted_from_its_answer_lines_nor_a_heading_from_its_table() -> None:
    symptoms = [("Fever", "38.5 at night", "20 November 2026"), ("Bruises", "legs", "")]
    for count in range(5, 13):  # page breaks fall at many different places
        questions = [
            "Short question?"
            if n % 2
            else "A longer question that wraps onto a second line of text "
            f"so that the page breaks fall in different places, number {n}?"
            for n in range(count)
        ]
        html = render_sheet_html(content(questions=questions, symptoms=symptoms))
        for paper in Paper:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            configure_printer(printer, paper, "Q")
            document = sheet_document(html, "Q", printer)
            layout = document.documentLayout()
            page = document.pageSize().height()
            assert document.pageCount() >= 2
            for frame in document.rootFrame().childFrames():
                rect = layout.frameBoundingRect(frame)
                first_page = int(rect.top() // page)
                assert first_page == int((rect.bottom() - page * 0.005) // page)
                heading = frame.firstCursorPosition().block().previous()
                if heading.blockFormat().headingLevel():
                    assert int(layout.blockBoundingRect(heading).top() // page) == first_page


def test_document_has_a_title_and_the_sheet_font_size() -> None:
    document = sheet_document("<p>Hello</p>", "Questions for Maya")
    title = document.metaInformation(document.MetaInformation.DocumentTitle)
    assert title == "Questions for Maya"
    assert document.defaultFont().pointSizeF() == SHEET_FONT_POINTS


def test_a_missing_folder_is_a_printer_error(tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match="does not exist"):
        print_html_to_pdf("<p>x</p>", tmp_path / "no" / "sheet.pdf", "a4", "Q")


def test_an_existing_pdf_is_replaced_whole(tmp_path: Path, pdf_text: PdfText) -> None:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(b"old")
    print_html_to_pdf(render_sheet_html(content()), path, "a4", "Q")
    assert QUESTIONS[0] in pdf_text(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_an_unknown_printer_is_named_in_the_error() -> None:
    with pytest.raises(NoSuchPrinterError, match="no-such-queue"):
        print_html_to_printer("<p>x</p>", "no-such-queue", "a4", "Q")


def test_untranslated_labels_are_the_core_english_ones() -> None:
    assert set(sheet_labels()) == set(LABEL_KEYS)
