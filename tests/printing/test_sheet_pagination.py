"""Long sheets on real pages: no question parted from its answer lines, no heading left behind,
no question sent to a new page that would have fitted on the one before, and no more work for
many questions than for a few."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from guide_app.core.question_list import MAX_OWN_QUESTION_LENGTH
from guide_app.core.sheet import Paper, SheetContent, render_sheet_html
from guide_app.ui.sheet_labels import sheet_labels
from guide_app.ui.sheet_printer import configure_printer, sheet_document

pytestmark = pytest.mark.usefixtures("qapp")

HAIR = 0.005  # a border drawn this part of a page past its end prints in the margin
SENTENCE = "when will we know if the new treatment is working and what happens if it is not"


def questions(count: int) -> list[str]:
    """Questions of 60 to the longest a family can write, so that breaks fall everywhere."""
    lengths = [60, 95, 140, 200, 330, MAX_OWN_QUESTION_LENGTH]
    result = []
    all_words = SENTENCE.split()
    for n in range(count):
        words = (all_words[n % len(all_words) :] + all_words) * 10
        result.append(" ".join(words)[: lengths[n % len(lengths)] - 1].strip() + "?")
    return result


def laid_out(
    paper: Paper, tmp_path: Path, texts: list[str], symptoms: int = 30
) -> tuple[QTextDocument, QPrinter]:
    content = SheetContent(
        labels=sheet_labels(),
        language="en",
        title="Questions for our care team",
        date_text="27 November 2026",
        guide_version="1.2.3",
        child_name="Maya",
        questions=tuple(texts),
        symptoms=[
            (f"Symptom {n}", "seen twice at night, " * (n % 4), "20 Nov") for n in range(symptoms)
        ],
    )
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    configure_printer(printer, paper, "Q")
    return sheet_document(render_sheet_html(content), "Q", printer), printer


def split_questions(document: QTextDocument, count: int) -> list[int]:
    """The numbers of the questions whose table runs onto a second page."""
    layout = document.documentLayout()
    height = document.pageSize().height()
    tables = document.rootFrame().childFrames()[1 : count + 1]  # after the name-and-date table
    return [
        n
        for n, rect in enumerate((layout.frameBoundingRect(t) for t in tables), start=1)
        if int(rect.top() // height) != int((rect.bottom() - height * HAIR) // height)
    ]


@pytest.mark.parametrize("paper", list(Paper))
def test_four_hundred_questions_each_on_one_page_with_no_page_broken_early(
    paper: Paper, tmp_path: Path
) -> None:
    document, printer = laid_out(paper, tmp_path, questions(400))
    layout = document.documentLayout()
    height = document.pageSize().height()

    def page(y: float) -> int:
        return int(y // height)

    assert split_questions(document, 400) == []
    frames = document.rootFrame().childFrames()
    rects = [layout.frameBoundingRect(table) for table in frames[1:401]]
    for n, (before, rect) in enumerate(zip(rects, rects[1:], strict=False), start=2):
        if page(rect.top()) != page(before.top()):
            # Moved to a new page: it would have been split had it followed on the page before.
            # (Question tables follow each other with no space between their rectangles.)
            fits_before = page(before.bottom() + rect.height() - height * HAIR)
            assert fits_before != page(before.top()), f"question {n} started a page too soon"
    for frame in frames:
        heading = document.findBlock(frame.firstPosition()).previous()
        if heading.blockFormat().headingLevel():
            heading_page = page(layout.blockBoundingRect(heading).top())
            assert heading_page == page(layout.frameBoundingRect(frame).top()), heading.text()
    document.print_(printer)
    assert len(PdfReader(tmp_path / "sheet.pdf").pages) == document.pageCount() > 60


def test_the_widest_question_a_family_can_write_is_never_split(tmp_path: Path) -> None:
    # 500 capital Ws with their answer lines take 0.396 of an A4 page: short enough to be kept
    # whole. When Qt had moved its last lines to the next page, the table measured more than
    # that on the page and was once taken for a long table that may be split.
    texts = [
        "W" * MAX_OWN_QUESTION_LENGTH if n % 2 else "Who do we call at night?" for n in range(40)
    ]
    document, _ = laid_out(Paper.A4, tmp_path, texts, symptoms=0)
    assert split_questions(document, 40) == []


def test_many_questions_are_laid_out_no_more_times_than_a_few(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each layout of the sheet costs time in proportion to its length; were the number of
    layouts to grow with the questions too (one per page break), the time would grow with the
    square of the questions: minutes for a few thousand."""
    import guide_app.ui.sheet_printer as printing

    keep_together = printing._keep_tables_together
    layouts: list[int] = []

    def counted(document: QTextDocument) -> None:
        layouts.append(0)
        document.documentLayout().update.connect(lambda: layouts.__setitem__(-1, layouts[-1] + 1))
        keep_together(document)

    monkeypatch.setattr(printing, "_keep_tables_together", counted)
    for count in (40, 400):
        laid_out(Paper.A4, tmp_path, questions(count), symptoms=0)
    few, many = layouts
    assert many == few <= 4
