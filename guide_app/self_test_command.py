"""``guide-app self-test``: open the guide offscreen in every language it ships and use every
part of it once, so a build (or a kiosk's install) can be checked without a screen or a person.

It runs in the self-test profile (everything in memory) and writes only the sheet PDFs, into a
temporary folder it removes. Each language gets a real window (never shown): every section is
rendered, with its pictures; every glossary term is opened; the symptom checklist, the question
builder and the care team's card are built; a sheet is printed to PDF through the same code as
``guide-app sheet``. Every interface translation (.qm) is loaded. It ends with ``self-test: ok
(N sections, M languages)`` (N: the sections each language shows) and exit 0, or one line for
each failure and exit 1.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import traceback
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from guide_app.app import Guide, GuideApp

PROG = "guide-app self-test"
EXIT_OK, EXIT_FAILED = 0, 1
# A one-page sheet with its text and embedded font is tens of kilobytes; an empty page is ~1 KB.
MIN_PDF_BYTES = 4096
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_TEXT_OPERATOR = re.compile(rb"(?:\)|>|\])\s*T[jJ]\b")
_IMAGE_SOURCE = re.compile(r"<img[^>]*\ssrc=\"([^\"]+)\"")
T = TypeVar("T")


class SelfTestError(Exception):
    """One check failed; the message says what, in one line."""


def run_self_test_command(args: argparse.Namespace) -> int:
    """Run every check; print each failure (or the ok line) and return the exit status."""
    # Offscreen whatever the machine has: nothing is shown, and IT can run it over ssh.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="guide-app-self-test-") as folder:
        counts = _run_checks(Path(folder), failures)
    for failure in failures:
        print(f"{PROG}: FAILED: {failure}", file=sys.stderr)
    if failures or counts is None:
        print(f"{PROG}: {len(failures)} check(s) failed", file=sys.stderr)
        return EXIT_FAILED
    sections, languages = counts
    print(f"self-test: ok ({sections} sections, {languages} languages)")
    return EXIT_OK


def _run_checks(folder: Path, failures: list[str]) -> tuple[int, int] | None:
    """The checks, each recorded in ``failures`` when it fails; the counts for the ok line."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from guide_app import __version__
    from guide_app.app import GuideApp
    from guide_app.ui.profile import Profile, ProfileKind
    from guide_app.ui.settings import APPLICATION, ORGANIZATION

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else PROG])
    _quiet_offscreen_notes()
    _check(failures, "bundled font", _check_font, app)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    profile = Profile(ProfileKind.SELF_TEST)
    guide_app = _check(failures, "starting the guide", GuideApp, profile)
    if guide_app is None:
        return None
    languages = guide_app.shipped_languages()
    if not languages:
        failures.append(f"no language's content in {guide_app.root}")
        return None
    sections = 0
    for language in languages:
        guide = _check(failures, f"{language}: opening a window", _open, guide_app, language)
        if guide is None:
            continue
        _check(failures, f"{language}: content", _check_content, guide)
        shown = _check(failures, f"{language}: sections", _check_sections, guide, failures)
        sections = max(sections, shown or 0)
        _check(failures, f"{language}: glossary", _check_glossary, guide)
        _check(failures, f"{language}: family tools", _check_family_tools, guide)
        pdf = folder / f"sheet-{language}.pdf"
        _check(failures, f"{language}: sheet", _check_sheet, guide_app, guide, pdf)
        app.processEvents()
    _check(failures, "translations", _check_translations, languages)
    if guide_app.guide is not None:
        guide_app.guide.window.close()
        guide_app.guide.window.deleteLater()
    app.processEvents()
    return sections, len(languages)


def _quiet_offscreen_notes() -> None:
    """Qt's offscreen platform says, for each dialog, that it cannot do what a window manager
    does (size hints): true, and nothing to do with the guide. Its other messages pass on."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _check(failures: list[str], what: str, check: Callable[..., T], *args: object) -> T | None:
    """Run one check; a failure (or any exception) is recorded as one line and gives None."""
    try:
        return check(*args)
    except SelfTestError as error:
        failures.append(f"{what}: {error}")
    except Exception as error:  # noqa: BLE001 (any error is a failed check, said in one line)
        where = traceback.extract_tb(error.__traceback__)[-1]
        failures.append(
            f"{what}: {type(error).__name__}: {error} ({Path(where.filename).name}:{where.lineno})"
        )
    return None


def _open(guide_app: GuideApp, language: str) -> Guide:
    """A fresh window in ``language`` (not shown), with what the first paint defers done now."""
    guide = guide_app.open_window(language, keep_section=False)
    guide.finish_loading()
    return guide


def _check_content(guide: Guide) -> None:
    """No problem in the language's content, data or links (what clinic staff would see in the
    window's banner)."""
    problems = guide.library.problems(with_links=True)
    if problems:
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        raise SelfTestError("; ".join(str(problem) for problem in problems[:5]) + more)


def _check_sections(guide: Guide, failures: list[str]) -> int:
    """Show every section; each must have text, and each of its pictures must load."""
    from guide_app.resources import is_frozen

    window = guide.window
    pages = window.pages()
    if not pages:
        raise SelfTestError("no sections")
    for page in pages:
        if not window.show_section(page.section.id):
            failures.append(f"{guide.language}: {page.section.id}: could not be opened")
            continue
        if not page.browser.toPlainText().strip():
            failures.append(f"{guide.language}: {page.section.id}: no text")
        for source in _IMAGE_SOURCE.findall(guide.library.render(page.section)):
            if not _picture_loads(page.browser, source):
                failures.append(f"{guide.language}: {page.section.id}: picture {source} not shown")
    live = guide.library.render.rendered_live
    if is_frozen() and live:
        # A build ships every section's HTML (render-content): none should need Markdown.
        raise SelfTestError(f"not in the bundle's rendered HTML: {', '.join(live)}")
    return len(pages)


def _picture_loads(browser: object, source: str) -> bool:
    """The section's own loader finds the picture, and Qt's image plugins decode it (SVG)."""
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtGui import QImage, QTextDocument

    kind = QTextDocument.ResourceType.ImageResource.value
    data = browser.loadResource(kind, QUrl(source))  # type: ignore[attr-defined]
    if not isinstance(data, QByteArray | bytes) or not data:
        return False  # refused or missing: a placeholder image
    return not QImage.fromData(data).isNull()


def _check_glossary(guide: Guide) -> None:
    """Open every term's meaning, as a tap on a glossary link does."""
    terms = guide.library.glossary().terms
    if not terms:
        raise SelfTestError("no terms")
    empty = []
    for term in terms:
        popup = guide.window.show_glossary_term(term.id)
        if popup is None or not popup.meaning_text.strip():
            empty.append(term.id)
        if popup is not None:
            popup.close()
    if empty:
        raise SelfTestError(f"no meaning shown for {', '.join(empty[:10])}")


def _check_family_tools(guide: Guide) -> None:
    """Every page of the window shown once (sections and the family's tools alike), as a family
    going down the list does; then the checklist, the question builder and the care team's card
    must each be there, with every symptom and question of the language."""
    from guide_app.ui.care_team_card import CareTeamCard
    from guide_app.ui.checklist_widget import ChecklistWidget
    from guide_app.ui.question_builder import QuestionBuilder

    window, library = guide.window, guide.library
    for index in range(window.tabs.count()):
        window.tabs.set_current_index(index)
    for kind in (ChecklistWidget, QuestionBuilder, CareTeamCard):
        if not window.findChildren(kind):
            raise SelfTestError(f"no {kind.__name__} was built")
    checklist = window.findChildren(ChecklistWidget)[0]
    rows = len(checklist.rows)
    if not library.symptoms or rows != len(library.symptoms):
        raise SelfTestError(f"the checklist shows {rows} of {len(library.symptoms)} symptoms")
    tree = window.findChildren(QuestionBuilder)[0].bank_tree
    topics = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    shown = sum(topic.childCount() for topic in topics if topic is not None)
    questions = len(library.question_bank.questions)
    if not questions or shown != questions:
        raise SelfTestError(f"the question builder shows {shown} of {questions} questions")


def _check_sheet(guide_app: GuideApp, guide: Guide, pdf: Path) -> None:
    """The recommended questions' sheet (bilingual beside English), printed to a PDF by the
    code ``guide-app sheet`` uses, in the window's language (its translator is installed)."""
    from guide_app.app import DEFAULT_LANGUAGE
    from guide_app.core.sheet import Paper, render_sheet_html
    from guide_app.sheet_command import sheet_content
    from guide_app.ui.sheet_labels import sheet_labels
    from guide_app.ui.sheet_printer import print_html_to_pdf

    language, library = guide.language, guide.library
    english = None
    if language != DEFAULT_LANGUAGE:
        in_english = guide_app.library(DEFAULT_LANGUAGE)
        english = (in_english.question_bank, list(in_english.symptoms), sheet_labels(english=True))
    content = sheet_content("default", language, library.question_bank, sheet_labels(), english)
    print_html_to_pdf(render_sheet_html(content), pdf, Paper.A4, content.title)
    check_pdf(pdf)


def check_pdf(path: Path) -> int:
    """The number of pages of a PDF that has pages with text on them; ``SelfTestError`` if not.

    Read from its bytes (the guide ships no PDF reader): page objects, and text-showing
    operators in its (Flate-compressed) content streams."""
    if not path.is_file():
        raise SelfTestError(f"{path.name} was not written")
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise SelfTestError(f"{path.name} is not a PDF")
    if len(data) < MIN_PDF_BYTES:
        raise SelfTestError(f"{path.name} is only {len(data)} bytes")
    pages = len(_PAGE_OBJECT.findall(data))
    if pages < 1:
        raise SelfTestError(f"{path.name} has no pages")
    if not any(_TEXT_OPERATOR.search(_inflated(stream)) for stream in _STREAM.findall(data)):
        raise SelfTestError(f"{path.name} has no text")
    return pages


def _inflated(stream: bytes) -> bytes:
    try:
        return zlib.decompress(stream)
    except zlib.error:
        return stream  # not compressed (or not Flate): looked at as it is


def _check_font(app: QApplication) -> None:
    """The bundled font is loaded and is the application's font (the window and the sheet
    use it: a machine with no fonts of its own would otherwise show boxes)."""
    from PySide6.QtGui import QFontInfo

    from guide_app.resources import fonts_root
    from guide_app.ui.fonts import FAMILY, use_bundled_font

    use_bundled_font(app)
    shown = QFontInfo(app.font()).family()
    if shown != FAMILY:
        raise SelfTestError(f"the interface is drawn in {shown!r}, not {FAMILY!r} ({fonts_root()})")


def _check_translations(languages: list[str]) -> None:
    """Every shipped language's interface translation loads."""
    from PySide6.QtCore import QTranslator

    from guide_app.resources import translations_root

    folder = translations_root()
    names = {f"guide_app_{language}.qm" for language in languages}
    names |= {path.name for path in folder.glob("*.qm")}
    failed = sorted(name for name in names if not QTranslator().load(name, str(folder)))
    if failed:
        raise SelfTestError(f"cannot load {', '.join(failed)} from {folder}")
