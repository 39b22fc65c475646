"""Sheet rendering benchmark: the guide's question sheet PDF against a bare QTextDocument print.

    uv run python benchmarks/sheet_render.py                # 2 warm-up pairs + 20 measured pairs
    uv run python benchmarks/sheet_render.py --runs 40
    uv run python benchmarks/sheet_render.py --profile 20   # then cProfile 20 prints of each
    uv run python benchmarks/sheet_render.py --keep DIR     # keep the last PDFs in DIR
    uv run python benchmarks/sheet_render.py --sizes 200,1000,3000   # big sheets instead

Everything runs in this one process, on a QGuiApplication with ``QT_QPA_PLATFORM=offscreen``
(unless ``--platform`` says otherwise).

* **guide:** a family's sheet with 40 questions (36 from the English bank, 4 of their own, mixed
  in) and 8 of the 20 symptoms ticked, each with a note and a date. One timed run is what the
  question builder's "Save as PDF" does (``SheetActions.sheet_html`` + ``save_pdf``, without the
  file dialog): ``sheet_from_lists`` (with the UI's locale date format and ``sheet_labels()``),
  ``render_sheet_html`` and ``print_html_to_pdf``. The family's lists, the question bank and the
  symptoms are built or loaded once, before the timing, as the app does at start-up.
* **bare:** ``QTextDocument()``, ``setHtml(html)``, ``print_(printer)`` to a ``QPrinter`` in
  ``PdfFormat`` writing a file. The HTML is generated: a heading, a paragraph, 40 small tables
  (a numbered question and three empty rows), a heading and a 3-column table of 8 rows, and
  closing paragraphs; no style sheet. It has exactly as many characters as the guide's HTML, all
  of them markup and text (the guide's HTML is mostly markup and CSS, so the bare one holds about
  three times as much text). The printer has the guide's settings that change the amount of work
  (high resolution, the same paper size), and nothing else: default font, default margins, no
  page-break handling.
* **bare-same:** the same bare print (``QTextDocument``, ``setHtml``, ``print_``, the same
  printer settings) of the guide's own sheet HTML, as it comes out of ``render_sheet_html``: what
  issue 14 names as the baseline ("a bare ``QTextDocument.print_`` of the same HTML"). Qt lays it
  out once on the printer, with no page-break pass and the default font where the CSS names none.
* **bare-text** (for information; no budget): the same bare print, with about as much text as
  the guide's sheet (its mean question and note lengths), made up to the same number of
  characters with an HTML comment.

Runs are interleaved in rounds: guide, bare, bare-same, bare-text, then the other way round,
after two unmeasured warm-up rounds (the first guide run imports Jinja2 and compiles the template;
its time is shown apart). ``gc.collect()`` runs before every timed run, outside the timing.
Medians over the runs, min-max, and the ratio of the medians guide/bare, with "over budget" when
it is above 1.5, for both baselines (bare and bare-same). The exit status is 0 whenever the
measurements were made, within budget or not; 2 when a PDF was not written (nothing measured).

``--sizes`` measures something else instead: how the time grows with the number of questions.
For each size it writes a JSON list of that many questions (60-200 characters, like a family's
own) and times, each in a fresh process, (1) the command clinics run, ``guide-app sheet
--questions FILE.json --output FILE.pdf`` (it refuses more than 300, ``MAX_QUESTIONS``), and (2)
the layout and print alone, ``print_html_to_pdf`` of that sheet, which has no cap.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import os
import pstats
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from guide_app.core.family_lists import FamilyLists
    from guide_app.core.question_bank import QuestionBank
    from guide_app.core.symptoms import Symptom

BUDGET = 1.5  # the guide's sheet may take at most 1.5x the bare print
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # run from anywhere: import the checkout's guide_app

N_QUESTIONS = 40
OWN_QUESTIONS = {  # position in the list (0-based) -> the family's own question
    5: "Can Maya still go to her cousin's birthday party on the 14th if her counts are low?",
    14: "Who do we call at night if the central line dressing comes loose?",
    27: "Can her little brother get his usual vaccines while she is on treatment?",
    36: "How long will each hospital stay be, and can one of us sleep in the room?",
}
TICKED_SYMPTOMS = 8
SYMPTOM_NOTES = {  # symptom id -> the family's note (any 8 are ticked if these ids change)
    "fever": "Started on Sunday evening, 38.4 at 9 pm, down after a cool cloth. Not again since.",
    "bone-joint-pain": "Knees and shins at night; she woke up twice crying. Better in the morning.",
    "bruising-petechiae": "Small red dots on both ankles, and a bruise on her arm we cannot place.",
    "anemia": "Tired all the time, pale, naps after school. Eats less than usual.",
    "swollen-lymph-nodes": "Lump on the left of the neck, the size of a pea, not painful.",
    "belly-pain": "Tummy ache after meals for three days; no throwing up.",
    "central-line-problem": "Redness around the line, a little wet on the dressing on Tuesday.",
    "severe-headache-confusion": "Headache in the mornings this week, goes away after breakfast.",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20, help="measured rounds (default 20)")
    parser.add_argument("--warmups", type=int, default=2, help="unmeasured rounds (default 2)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (offscreen)")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="after measuring, cProfile N of each"
    )
    parser.add_argument("--keep", metavar="DIR", help="copy the last PDFs into DIR")
    parser.add_argument(
        "--sizes",
        metavar="N,N,...",
        help="instead: time sheets of N questions each (the command, and the layout alone)",
    )
    parser.add_argument(
        "--timeout", type=float, default=600, help="with --sizes: seconds per run (600)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmups < 1:
        parser.error("--runs and --warmups must be at least 1")
    if args.sizes:
        try:
            sizes = [int(n) for n in args.sizes.split(",")]
        except ValueError:
            parser.error("--sizes takes numbers separated by commas, like 200,1000,3000")
        return measure_sizes(sizes, args.platform, args.timeout)

    os.environ["QT_QPA_PLATFORM"] = args.platform
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])  # noqa: F841  # lives until the end of main()

    with tempfile.TemporaryDirectory(prefix="sheet-bench-") as tmp:
        bench = Bench(Path(tmp))
        try:
            result = bench.measure(args.runs, args.warmups)
        except PdfNotWritten as error:
            print(f"sheet_render: {error}", file=sys.stderr)
            return 2
        print_report(bench, result, args.runs)
        if args.profile:
            profile(bench, args.profile)
        if args.keep:
            keep = Path(args.keep)
            keep.mkdir(parents=True, exist_ok=True)
            for name in ("guide.pdf", "bare.pdf", "bare-same.pdf", "bare-text.pdf"):
                (keep / name).write_bytes((Path(tmp) / name).read_bytes())
            print(f"\nPDFs kept in {keep}")
    return 0


class PdfNotWritten(RuntimeError):
    pass


class Bench:
    """The two things being timed, with everything they need prepared up front."""

    def __init__(self, folder: Path) -> None:
        from guide_app.core.question_bank import load_question_bank
        from guide_app.core.symptoms import load_symptoms
        from guide_app.resources import content_dir
        from guide_app.ui.sheet_printer import default_paper

        self.folder = folder
        self.language = "en"
        self.bank = load_question_bank(content_dir("en") / "questions.toml")
        self.symptoms = load_symptoms(content_dir("en") / "symptoms.toml")
        self.lists = family_lists(self.bank, self.symptoms)
        self.paper = default_paper()  # what save_pdf passes
        self.guide_pdf = folder / "guide.pdf"
        self.bare_pdf = folder / "bare.pdf"
        self.bare_text_pdf = folder / "bare-text.pdf"
        self.bare_same_pdf = folder / "bare-same.pdf"
        self.guide_html = ""
        self.bare_html = ""
        self.bare_same_html = ""
        self.bare_text_html = ""

    # The guide: SheetActions.sheet_html() and save_pdf(path), without the window and dialog.
    def guide(self) -> None:
        from PySide6.QtCore import QDate, QLocale

        from guide_app import __version__
        from guide_app.core.sheet import render_sheet_html, sheet_from_lists
        from guide_app.ui.sheet_labels import sheet_labels
        from guide_app.ui.sheet_printer import print_html_to_pdf

        locale = QLocale(self.language)

        def format_date(date: dt.date) -> str:  # as in SheetActions.sheet_html
            return locale.toString(
                QDate(date.year, date.month, date.day), QLocale.FormatType.LongFormat
            )

        content = sheet_from_lists(
            self.lists,
            self.bank,
            self.symptoms,
            language=self.language,
            date=dt.date.today(),
            guide_version=__version__,
            format_date=format_date,
            labels=sheet_labels(),
        )
        html = render_sheet_html(content)
        print_html_to_pdf(html, self.guide_pdf, self.paper, sheet_labels()["title"])
        self.guide_html = html

    # The baseline: a plain QTextDocument printed to a PDF file.
    def bare(self) -> None:
        self._bare_print(self.bare_html, self.bare_pdf)

    # The same bare print of the guide's own HTML.
    def bare_same(self) -> None:
        self._bare_print(self.bare_same_html, self.bare_same_pdf)

    # The same, with about as much text as the guide's sheet (information only, no budget).
    def bare_text(self) -> None:
        self._bare_print(self.bare_text_html, self.bare_text_pdf)

    def _bare_print(self, html: str, pdf: Path) -> None:
        from PySide6.QtGui import QPageSize, QTextDocument
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        printer.setPageSize(QPageSize(_page_size_id(self.paper)))
        document = QTextDocument()
        document.setHtml(html)
        document.print_(printer)

    def _make_bare_html(self) -> None:
        """Both bare documents, sized on the guide's HTML (made by the first guide run)."""
        from statistics import mean

        questions = [text for _, text in self.lists.questions.resolved(self.bank)]
        notes = [e.note for _, e in self.lists.checklist.seen_entries(self.symptoms)]
        self.bare_html = bare_html(len(self.guide_html))
        self.bare_same_html = self.guide_html
        self.bare_text_html = bare_text_html(
            len(self.guide_html),
            round(mean(len(q) for q in questions)),
            round(mean(len(n) for n in notes)),
        )

    def measure(self, runs: int, warmups: int) -> Result:
        from guide_app.ui.sheet_printer import PrinterError

        runs_of = {
            "guide": self.guide,
            "bare": self.bare,
            "bare-same": self.bare_same,
            "bare-text": self.bare_text,
        }
        times: dict[str, list[float]] = {name: [] for name in runs_of}
        first_guide_ms = 0.0
        jinja_before = "jinja2" in sys.modules
        for i in range(warmups + runs):
            # guide, bare, bare-same, bare-text; then the other way round; ... (the guide first
            # of all, so that the bare documents can be sized on its HTML)
            order = list(runs_of) if i % 2 == 0 else list(reversed(runs_of))
            for which in order:
                if which != "guide" and not self.bare_html:
                    self._make_bare_html()
                gc.collect()
                try:
                    elapsed = _timed(runs_of[which])
                except PrinterError as error:
                    raise PdfNotWritten(f"the guide's sheet was not written: {error}") from None
                if i == 0 and which == "guide":
                    first_guide_ms = elapsed
                if i >= warmups:
                    times[which].append(elapsed)
        for pdf in (self.guide_pdf, self.bare_pdf, self.bare_same_pdf, self.bare_text_pdf):
            if not pdf.is_file() or pdf.stat().st_size == 0:
                raise PdfNotWritten(f"{pdf.name} was not written")
        if not len(self.guide_html) == len(self.bare_html) == len(self.bare_text_html):
            raise PdfNotWritten("the bare HTML does not match the guide's size")
        return Result(times, first_guide_ms, jinja_before)


class Result:
    def __init__(
        self, times: dict[str, list[float]], first_guide: float, jinja_before: bool
    ) -> None:
        self.times = times
        self.guide, self.bare, self.bare_same = times["guide"], times["bare"], times["bare-same"]
        self.first_guide = first_guide
        self.jinja_before = jinja_before


def _timed(run: Callable[[], None]) -> float:
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) * 1000.0


def _page_size_id(paper: object) -> object:
    from guide_app.core.sheet import Paper
    from guide_app.ui.sheet_printer import _PAGE_SIZES

    return _PAGE_SIZES[Paper(paper)]


def family_lists(bank: QuestionBank, symptoms: Sequence[Symptom]) -> FamilyLists:
    """A family's lists: 36 bank questions with 4 of their own mixed in, 8 symptoms ticked."""
    from guide_app.core.family_lists import FamilyLists

    lists = FamilyLists()
    lists.set_child_name("Maya")
    # Every third bank question, then the rest in order, until 36: a spread over all topics.
    ids = [q.id for q in bank.questions]
    ordered = ids[::3] + [i for i in ids if i not in ids[::3]]
    bank_ids = iter(ordered[: N_QUESTIONS - len(OWN_QUESTIONS)])
    for position in range(N_QUESTIONS):
        if position in OWN_QUESTIONS:
            lists.questions.add_own(OWN_QUESTIONS[position])
        else:
            lists.questions.add_bank(next(bank_ids))
    # 8 of the 20 symptoms, each with a note and a date.
    known = [s for s in symptoms if s.id in SYMPTOM_NOTES]
    chosen = (known + [s for s in symptoms if s not in known])[:TICKED_SYMPTOMS]
    notes = [SYMPTOM_NOTES.get(s.id) for s in chosen]
    spare = iter(note for note in SYMPTOM_NOTES.values() if note not in notes)
    for n, symptom in enumerate(chosen):
        lists.checklist.set_seen(symptom.id, True)
        lists.checklist.set_note(symptom.id, SYMPTOM_NOTES.get(symptom.id) or next(spare))
        lists.checklist.set_date(symptom.id, dt.date(2026, 11, 10 + 2 * n))
    assert len(lists.questions) == N_QUESTIONS
    assert len(lists.checklist.seen_entries(symptoms)) == TICKED_SYMPTOMS
    return lists


# ----------------------------------------------------------------------------- sheet sizes

_CONTEXT = [
    "She has been very tired since the last round and sleeps most of the afternoon.",
    "We live two hours away, so we need to plan the trips.",
    "His school asked us what to tell his class.",
    "We read about this online and are not sure it applies to her.",
    "Our other child has a cold this week.",
]

# The layout alone, in a fresh process: the sheet of the JSON file's questions, printed to a PDF.
_LAYOUT_CHILD = """
import json, sys, time
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from guide_app.core.sheet import SheetContent, render_sheet_html
from guide_app.ui.sheet_labels import sheet_labels
from guide_app.ui.sheet_printer import print_html_to_pdf
questions = json.loads(open(sys.argv[1], encoding="utf-8").read())
content = SheetContent(
    language="en",
    title="Questions",
    date_text="",
    guide_version="bench",
    questions=questions,
    labels=sheet_labels(),
)
html = render_sheet_html(content)
start = time.perf_counter()
print_html_to_pdf(html, sys.argv[2], "a4", "Questions")
print((time.perf_counter() - start) * 1000.0)
"""


def size_questions(bank: QuestionBank, n: int) -> list[str]:
    """``n`` questions of 60-200 characters: the bank's, some with a family's context added."""
    texts = [q.text for q in bank.questions]
    result = []
    for i in range(n):
        text = texts[i % len(texts)]
        if i % 3 or len(text) < 60:
            text = f"{text} {_CONTEXT[i % len(_CONTEXT)]}"
        if i % 7 == 0:
            text = f"{text} {_CONTEXT[(i + 2) % len(_CONTEXT)]}"
        result.append(text[:200])
    return result


def measure_sizes(sizes: list[int], platform: str, timeout: float) -> int:
    """One run of each size: the command as clinics run it, then the layout alone."""
    import subprocess
    from statistics import mean

    from guide_app.core.question_bank import load_question_bank
    from guide_app.resources import content_dir

    bank = load_question_bank(content_dir("en") / "questions.toml")
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    print("questions  chars/q   command (s)  exit  pages    layout+print (s)  pages")
    with tempfile.TemporaryDirectory(prefix="sheet-sizes-") as tmp:
        for n in sizes:
            questions = size_questions(bank, n)
            source = Path(tmp) / f"questions-{n}.json"
            source.write_text(json.dumps(questions), encoding="utf-8")
            cells = [f"{n:9,}", f"{mean(len(q) for q in questions) if n else 0:8.0f}"]
            pdf = Path(tmp) / f"command-{n}.pdf"
            command = [sys.executable, str(REPO / "main.py"), "sheet", "--paper", "a4"]
            command += ["--questions", str(source), "--output", str(pdf)]
            start = time.perf_counter()
            try:
                done = subprocess.run(
                    command, env=env, cwd=REPO, capture_output=True, timeout=timeout
                )
                cells += [f"{time.perf_counter() - start:12.2f}", _exit(done.returncode)]
            except subprocess.TimeoutExpired:
                cells += [f"{'> ' + str(timeout):>12}", "  -"]
            cells.append(f"{_pdf_pages(pdf) if pdf.is_file() else '-':>6}")
            pdf = Path(tmp) / f"layout-{n}.pdf"
            child = [sys.executable, "-c", _LAYOUT_CHILD, str(source), str(pdf)]
            try:
                done = subprocess.run(
                    child, env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout
                )
                ok = done.returncode == 0
                failed = f"failed: {_exit(done.returncode).strip()}"
                layout = f"{float(done.stdout) / 1000:.2f}" if ok else failed
            except subprocess.TimeoutExpired:
                layout = f"> {timeout}"
            cells += [f"{layout:>19}", f"{_pdf_pages(pdf) if pdf.is_file() else '-':>6}"]
            print("  ".join(cells), flush=True)
    print(f"paper: a4; platform: {platform}; one run of each, each in a fresh process")
    return 0


def _exit(code: int) -> str:
    return f"{code:4}" if code >= 0 else f"signal {-code}"


# ----------------------------------------------------------------------------- the bare HTML

_WORDS = [
    "the",
    "child",
    "doctor",
    "team",
    "blood",
    "cells",
    "marrow",
    "test",
    "week",
    "treatment",
    "plan",
    "family",
    "nurse",
    "medicine",
    "care",
    "clinic",
    "visit",
    "question",
    "answer",
    "chance",
    "trial",
    "option",
    "body",
    "fever",
    "infection",
    "rest",
    "school",
    "home",
    "parent",
    "sibling",
    "help",
    "time",
    "day",
    "result",
    "sample",
    "count",
    "platelet",
    "red",
    "white",
    "leukemia",
    "relapse",
    "remission",
    "therapy",
    "dose",
    "side",
    "effect",
    "hospital",
    "room",
    "talk",
    "support",
    "friend",
    "feel",
    "tired",
    "eat",
    "drink",
    "sleep",
    "play",
    "learn",
    "read",
    "write",
    "call",
    "ask",
    "listen",
    "watch",
    "wait",
    "plan",
    "next",
    "step",
    "goal",
]


def _text(seed: int, length: int) -> str:
    """Words, exactly ``length`` characters, never ending in a space."""
    if length <= 0:
        return ""
    words: list[str] = []
    i = 0
    while sum(len(w) + 1 for w in words) < length + 1:
        words.append(_WORDS[(seed * 7 + i * 13 + (i * i) % 11) % len(_WORDS)])
        i += 1
    text = " ".join(words)[:length]
    return text[:-1] + "s" if text.endswith(" ") else text


def _bare_document(
    question_chars: int, note_chars: int, closing_chars: int, padding: int = 0
) -> str:
    parts = [
        "<html><body>",
        f"<h1>{_text(1, 28)}</h1>",
        f"<p>{_text(2, 40)}</p>",
        f"<h2>{_text(3, 14)}</h2>",
    ]
    for n in range(N_QUESTIONS):
        parts.append(
            '<table width="100%">'
            f'<tr><td width="6%">{n + 1}.</td><td><b>{_text(10 + n, question_chars)}</b></td></tr>'
            + "<tr><td></td><td>&nbsp;</td></tr>" * 3
            + "</table>"
        )
    parts.append(f"<h2>{_text(4, 24)}</h2>")
    parts.append('<table width="100%">')
    parts.append("<tr><th>Symptom</th><th>Noticed on</th><th>Our note</th></tr>")
    for n in range(TICKED_SYMPTOMS):
        parts.append(
            f"<tr><td><b>{_text(60 + n, 24)}</b></td><td>November {10 + 2 * n}, 2026</td>"
            f"<td>{_text(70 + n, note_chars)}</td></tr>"
        )
    parts.append("</table>")
    # The rest of the text closes the document, in paragraphs of at most 600 characters.
    seed = 100
    while closing_chars > 0:
        chunk = min(600, closing_chars)
        if 0 < closing_chars - chunk < 8:  # no paragraph too short for its own markup
            chunk = closing_chars - 8
        closing_chars -= chunk
        parts.append(f"<p>{_text(seed, chunk - 8)}</p>")  # 8 = "<p></p>" and its newline
        seed += 1
    if padding:  # a comment of ``padding`` characters, its newline included
        parts.append("<!--" + "x" * (padding - 8) + "-->")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def bare_html(target_chars: int) -> str:
    """Generated HTML of exactly ``target_chars`` characters, all of it markup and text.

    The text goes where the guide's goes (questions of at most 120 characters, notes of at most
    160); whatever is left closes the document as plain paragraphs.
    """
    free = target_chars - len(_bare_document(0, 0, 0))  # after the markup and the fixed text
    question_chars = max(0, min(120, free * 2 // 3 // N_QUESTIONS))
    note_chars = max(0, min(160, (free - question_chars * N_QUESTIONS) // TICKED_SYMPTOMS))
    closing = free - question_chars * N_QUESTIONS - note_chars * TICKED_SYMPTOMS
    html = _bare_document(question_chars, note_chars, closing)
    if len(html) != target_chars:
        raise ValueError(f"cannot make {target_chars} characters of bare HTML ({len(html)})")
    return html


def bare_text_html(target_chars: int, question_chars: int, note_chars: int) -> str:
    """Like ``bare_html``, with about as much text as the guide's sheet (its mean question and
    note lengths, and a closing paragraph the length of its footer); an HTML comment at the end
    makes up the same number of characters."""
    padding = target_chars - len(_bare_document(question_chars, note_chars, 120))
    if padding < 8:
        raise ValueError(f"{target_chars} characters is too short for the bare text document")
    html = _bare_document(question_chars, note_chars, 120, padding)
    if len(html) != target_chars:
        raise ValueError(f"cannot make {target_chars} characters of bare HTML ({len(html)})")
    return html


# ----------------------------------------------------------------------------- the report


def _pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def _plain_chars(html: str) -> int:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html)
    return len(document.toPlainText())


def print_report(bench: Bench, result: Result, runs: int) -> None:
    g, b = statistics.median(result.guide), statistics.median(result.bare)
    ratio = g / b
    verdict = "over budget" if ratio > BUDGET else "within budget"
    print(f"median of {runs} runs     guide     bare  guide/bare    guide min-max     bare min-max")
    print(
        f"sheet PDF (ms)     {g:8.1f} {b:8.1f} {ratio:10.3f}x"
        f"  {min(result.guide):7.1f}-{max(result.guide):<7.1f}"
        f"  {min(result.bare):7.1f}-{max(result.bare):<7.1f}  {verdict}"
    )
    s = statistics.median(result.bare_same)
    ratio_same = g / s
    verdict = "over budget" if ratio_same > BUDGET else "within budget"
    print(
        f"bare-same (ms)     {g:8.1f} {s:8.1f} {ratio_same:10.3f}x"
        f"  {min(result.guide):7.1f}-{max(result.guide):<7.1f}"
        f"  {min(result.bare_same):7.1f}-{max(result.bare_same):<7.1f}  {verdict}"
    )
    print(
        f"budget: guide/bare <= {BUDGET}x (bare: generated HTML of the same size; bare-same: "
        f"the guide's own HTML)"
    )
    t = result.times["bare-text"]
    bt = statistics.median(t)
    print(
        f"for information, bare-text (as much text as the guide, same size with a comment):"
        f" {bt:.1f} ms ({min(t):.1f}-{max(t):.1f}), guide/bare-text {g / bt:.3f}x"
    )
    print()
    what = "Jinja2 already imported" if result.jinja_before else "imports Jinja2"
    print(f"first guide run (warm-up; {what}, compiles the template): {result.first_guide:.1f} ms")
    for name, html, pdf in (
        ("guide", bench.guide_html, bench.guide_pdf),
        ("bare", bench.bare_html, bench.bare_pdf),
        ("bare-same", bench.bare_same_html, bench.bare_same_pdf),
        ("bare-text", bench.bare_text_html, bench.bare_text_pdf),
    ):
        print(
            f"{name:9}: HTML {len(html):,} chars ({_plain_chars(html):,} as plain text),"
            f" PDF {_pdf_pages(pdf)} pages, {pdf.stat().st_size:,} bytes"
        )
    print(f"paper: {bench.paper}; platform: {os.environ.get('QT_QPA_PLATFORM')}")


def profile(bench: Bench, n: int) -> None:
    """cProfile ``n`` runs of each (after the measurement, so everything is warm)."""
    for name, run in (("guide", bench.guide), ("bare", bench.bare)):
        profiler = cProfile.Profile()
        gc.collect()
        profiler.enable()
        for _ in range(n):
            run()
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats("tottime").print_stats(15)
        print(f"\n===== cProfile: {n} x {name}, by own time (ms are for all {n} runs) =====")
        print(_trim_profile(out.getvalue()))


def _trim_profile(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
    head = [line for line in lines[:start] if "function calls" in line]
    return "\n".join(head + lines[start:]).rstrip()


if __name__ == "__main__":
    sys.exit(main())
