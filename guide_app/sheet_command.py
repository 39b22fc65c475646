"""``guide-app sheet``: write the question sheet (blank, the recommended questions, or a family's
saved list) as a PDF or to a print queue, with no window, for clinics printing in bulk."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import stat
import sys
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from guide_app import __version__
from guide_app.core.content import FALLBACK_LANGUAGE, language_file
from guide_app.core.family_lists import FamilyLists, NewerSchemaError, UnreadableListsError
from guide_app.core.problems import ContentError
from guide_app.core.question_bank import QuestionBank, load_question_bank
from guide_app.core.question_list import MAX_OWN_QUESTION_LENGTH, MAX_QUESTIONS
from guide_app.core.sheet import (
    BLANK_SHEET_LINES,
    Paper,
    SheetContent,
    SheetQuestion,
    render_sheet_html,
    sheet_from_lists,
)
from guide_app.core.storage import MAX_LISTS_FILE_BYTES
from guide_app.core.symptoms import Symptom, load_symptoms
from guide_app.core.typed_text import clean_typed_text

PROG = "guide-app sheet"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# A questions file may be a family's saved lists file, so it has the same cap (the largest
# lists the guide writes fit well under it). A larger file is not read into memory to find out
# what it is.
MAX_QUESTIONS_FILE_BYTES = MAX_LISTS_FILE_BYTES


class UsageError(Exception):
    """A wrong argument or input file; printed as one line, exit status 2."""


def add_sheet_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``sheet`` command's options (``parser`` is its sub-parser; ``--lang`` is the command
    line's own, checked against the shipped languages there)."""
    parser.add_argument("--output", metavar="FILE.pdf", help="write the sheet to this PDF file")
    parser.add_argument(
        "--paper",
        metavar="a4|letter",
        help="paper size (default: Letter where the system uses US units, else A4)",
    )
    parser.add_argument(
        "--questions",
        default="default",
        metavar="default|blank|FILE.json",
        help="the recommended questions (default), ruled lines to write on (blank), or a JSON "
        "file: a list of questions or a saved family-lists file",
    )
    parser.add_argument("--printer", metavar="NAME", help="also send the sheet to this print queue")
    parser.add_argument(
        "--bilingual",
        action="store_true",
        help="print each question, symptom and label in English too (with --lang other than en)",
    )


def run_sheet_command(args: argparse.Namespace) -> int:
    """Make the sheet; errors are one line on stderr (exit 2 for wrong input, 1 for failures)."""
    try:
        return _run(args)
    except UsageError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE


def _run(args: argparse.Namespace) -> int:
    from guide_app.resources import content_dir

    language = getattr(args, "lang", None) or FALLBACK_LANGUAGE
    paper = _paper(args.paper)
    if not args.output and not args.printer:
        raise UsageError("say where the sheet goes: --output FILE.pdf or --printer NAME")
    output = Path(args.output) if args.output else None
    if output is not None and not output.parent.is_dir():
        raise UsageError(f"the folder {output.parent} does not exist")
    folder = content_dir(language)
    if not folder.is_dir():
        raise UsageError(f"there is no content for the language {language!r}")
    questions_file = _content_file(language, "questions.toml")
    try:
        bank = load_question_bank(questions_file)
    except ContentError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_FAILED

    app = _gui_application()
    from guide_app.ui.languages import Languages
    from guide_app.ui.sheet_labels import sheet_labels

    translators = Languages()
    translators.install(language)  # the sheet's labels, and Qt's own, in the sheet's language
    from guide_app.ui.sheet_printer import (
        PrinterError,
        available_printers,
        default_paper,
        print_html_to_pdf,
        print_html_to_printer,
    )

    if args.printer and args.printer not in available_printers():
        known = ", ".join(available_printers()) or "none"
        raise UsageError(f"there is no printer named {args.printer!r} (printers: {known})")
    labels = sheet_labels()
    english = _english(language) if args.bilingual else None
    content = sheet_content(args.questions, language, bank, labels, english)
    html = render_sheet_html(content)
    chosen_paper = paper or default_paper()
    try:
        if output is not None:
            print_html_to_pdf(html, output, chosen_paper, content.title)
            print(f"{PROG}: wrote {output} ({chosen_paper}, {len(content.questions)} questions)")
        if args.printer:
            print_html_to_printer(html, args.printer, chosen_paper, content.title)
            print(f"{PROG}: sent the sheet to the printer {args.printer}")
    except PrinterError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        del app  # the application lives until the printing is done
    return EXIT_OK


def _paper(value: str | None) -> Paper | None:
    if value is None:
        return None
    try:
        return Paper(value.strip().lower())
    except ValueError:
        raise UsageError(f"unknown paper size {value!r}; use a4 or letter") from None


def _content_file(language: str, name: str) -> Path:
    """The language's file, or the English one (said on stderr) when it has none yet."""
    from guide_app.resources import content_root

    path = language_file(content_root(), language, name)
    if path.parent.name != language:
        print(f"{PROG}: no {name} in {language!r}; using the English one", file=sys.stderr)
    return path


def sheet_content(
    choice: str,
    language: str,
    bank: QuestionBank,
    labels: Mapping[str, str],
    english: tuple[QuestionBank, list[Symptom], Mapping[str, str]] | None = None,
) -> SheetContent:
    """The sheet for ``--questions``: blank and default sheets leave the date to fill in.

    ``english`` (the English bank, symptoms and labels) makes it bilingual. ``UsageError`` for a
    questions file that cannot be used (one line, naming the file).
    """
    from guide_app.resources import pictures_root

    base = SheetContent(
        language=language,
        title=labels["title"],
        date_text="",
        guide_version=__version__,
        labels=labels,
        pictures=pictures_root(),
        english_labels=english[2] if english else None,
    )
    if choice == "default":
        english_bank = english[0] if english else None
        return replace(
            base,
            questions=tuple(
                SheetQuestion(q.text, _english_text(english_bank, q.id, q.text))
                for q in bank.questions
                if q.default
            ),
        )
    if choice == "blank":
        return replace(base, blank_lines=BLANK_SHEET_LINES)
    from guide_app.ui.sheet_labels import sheet_date_text

    data = _read_json(Path(choice))
    if isinstance(data, list):
        # Typed by the family: printed once, as typed (marked as theirs on a bilingual sheet).
        typed = tuple(
            SheetQuestion(text, own=english is not None) for text in _questions(data, choice)
        )
        return replace(base, date_text=_today(language), questions=typed)
    try:
        lists = FamilyLists.from_dict(data)
    except (UnreadableListsError, NewerSchemaError) as error:
        raise UsageError(f"cannot use {choice}: {error}") from None
    return sheet_from_lists(
        lists,
        bank,
        _symptoms(lists, language),
        language=language,
        date=datetime.date.today(),
        guide_version=__version__,
        format_date=lambda date: sheet_date_text(date, language),
        labels=labels,
        pictures=pictures_root(),
        english=english,
    )


def _english(language: str) -> tuple[QuestionBank, list[Symptom], Mapping[str, str]]:
    """The English bank, symptoms and labels a bilingual sheet prints beside the language's."""
    if language == FALLBACK_LANGUAGE:
        raise UsageError("--bilingual prints English beside another language: add --lang es")
    from guide_app.resources import content_root
    from guide_app.ui.sheet_labels import sheet_labels

    root = content_root()
    try:
        bank = load_question_bank(language_file(root, FALLBACK_LANGUAGE, "questions.toml"))
        symptoms = load_symptoms(language_file(root, FALLBACK_LANGUAGE, "symptoms.toml"))
    except ContentError as error:
        raise UsageError(f"cannot make a bilingual sheet: {error}") from None
    return bank, symptoms, sheet_labels(english=True)


def _english_text(bank: QuestionBank | None, question_id: str, text: str) -> str:
    question = bank.get(question_id) if bank is not None else None
    return question.text if question is not None and question.text != text else ""


def _questions(data: list[object], choice: str) -> tuple[str, ...]:
    """A JSON list's questions, kept as a family's typed questions are; blank ones left out."""
    texts = [item for item in data if isinstance(item, str)]
    if len(texts) != len(data):
        raise UsageError(f"cannot use {choice}: the list must hold only question texts")
    questions = tuple(text for text in (clean_typed_text(t).strip() for t in texts) if text)
    if len(questions) > MAX_QUESTIONS:
        raise UsageError(
            f"cannot use {choice}: it holds {len(questions)} questions; a sheet holds at most "
            f"{MAX_QUESTIONS}"
        )
    for number, text in enumerate(questions, start=1):
        if len(text) > MAX_OWN_QUESTION_LENGTH:
            raise UsageError(
                f"cannot use {choice}: question {number} is {len(text)} characters long; at "
                f"most {MAX_OWN_QUESTION_LENGTH}"
            )
    return questions


def _read_json(path: Path) -> object:
    """The questions file as JSON: a regular file of at most ``MAX_QUESTIONS_FILE_BYTES``."""
    try:
        data = _read_small_file(path)
    except FileNotFoundError:
        raise UsageError(f"the questions file {path} does not exist") from None
    except OSError as error:
        reason = error.strerror or error
        raise UsageError(f"cannot read the questions file {path}: {reason}") from None
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as error:  # ValueError: not UTF-8, not JSON, huge numbers
        raise UsageError(f"cannot read the questions file {path}: {error}") from None


def _read_small_file(path: Path) -> bytes:
    """The file's bytes; ``UsageError`` when it is not a regular file or is too large.

    Never reads more than one byte past the limit, so ``/dev/zero`` or a file still being
    written cannot fill the memory. Opened without blocking: opening a FIFO (named pipe) would
    otherwise wait for a writer forever, before there is anything to look at.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise UsageError(f"{path} is a folder, not a questions file")
        if not stat.S_ISREG(mode):
            raise UsageError(f"the questions file {path} is not a regular file")
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_QUESTIONS_FILE_BYTES:
            chunk = os.read(descriptor, MAX_QUESTIONS_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    finally:
        os.close(descriptor)
    if size > MAX_QUESTIONS_FILE_BYTES:
        raise UsageError(
            f"the questions file {path} is larger than {MAX_QUESTIONS_FILE_BYTES // 2**20} MiB; "
            "a list of questions is far smaller"
        )
    return b"".join(chunks)


def _symptoms(lists: FamilyLists, language: str) -> list[Symptom]:
    """The symptom data to name the ticked ones; none needed (or usable) means none printed."""
    if lists.checklist.is_empty():
        return []
    try:
        return load_symptoms(_content_file(language, "symptoms.toml"))
    except ContentError as error:
        print(f"{PROG}: symptoms left out: {error}", file=sys.stderr)
        return []


def _today(language: str) -> str:
    from guide_app.ui.sheet_labels import sheet_date_text

    return sheet_date_text(datetime.date.today(), language)


def _gui_application() -> object:
    """The running QGuiApplication, or a new one; headless (offscreen) when there is no display."""
    from PySide6.QtGui import QGuiApplication

    existing = QGuiApplication.instance()
    if existing is not None:
        return existing
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication([sys.argv[0] if sys.argv else "guide-app"])
