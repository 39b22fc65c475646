"""``guide-app check-content``: every content mistake a writer can make, as ``file:line``.

Checked per language: section headers, unique ids, links to sections, anchors and glossary terms,
the Key points box first and a "What you can do" box, no raw HTML, reading level, and the
glossary, symptom and question data files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from guide_app.core.content import FALLBACK_LANGUAGE, Section, languages, load_language
from guide_app.core.figure_check import PICTURES_FOLDER, figure_problems
from guide_app.core.glossary import GLOSSARY_FILE, check_glossary
from guide_app.core.link_check import link_problems
from guide_app.core.problems import Problem
from guide_app.core.question_bank import check_question_bank
from guide_app.core.raw_html_check import raw_html_problems
from guide_app.core.readability import ReadingLevel, reading_level
from guide_app.core.symptoms import check_symptoms
from guide_app.core.translation_status import translation_problems

SYMPTOMS_FILE = "symptoms.toml"
QUESTIONS_FILE = "questions.toml"
_BOX_START = re.compile(r'^!!!\s+(?P<kind>[a-z-]+)(?:\s+"[^"]*")?\s*$')


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    levels: list[tuple[Section, ReadingLevel]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_content(content_root: Path, *, with_reading_level: bool = True) -> CheckReport:
    report = CheckReport()
    codes = languages(content_root)
    if FALLBACK_LANGUAGE not in codes:
        report.problems.append(
            Problem(content_root / FALLBACK_LANGUAGE, 0, "the English content folder is missing")
        )
        return report
    english_ids = {s.id for s in load_language(content_root, FALLBACK_LANGUAGE).sections}
    for code in codes:
        _check_language(content_root, code, english_ids, report, with_reading_level)
    return report


def _check_language(
    content_root: Path, code: str, english_ids: set[str], report: CheckReport, with_level: bool
) -> None:
    folder = content_root / code
    bundle = load_language(content_root, code)
    report.problems.extend(bundle.problems)

    glossary_path = folder / GLOSSARY_FILE
    if glossary_path.exists():
        glossary, glossary_problems = check_glossary(glossary_path)
        report.problems.extend(glossary_problems)
        term_ids = glossary.ids()
    else:
        term_ids = set()
        if code == FALLBACK_LANGUAGE:
            report.problems.append(Problem(glossary_path, 0, "the glossary file is missing"))
    if code != FALLBACK_LANGUAGE:  # a translation may lean on English for missing terms
        english_glossary, _ = check_glossary(content_root / FALLBACK_LANGUAGE / GLOSSARY_FILE)
        term_ids |= english_glossary.ids()

    for name, check in ((SYMPTOMS_FILE, check_symptoms), (QUESTIONS_FILE, check_question_bank)):
        path = folder / name
        if path.exists():
            report.problems.extend(check(path))
        elif code == FALLBACK_LANGUAGE:
            report.problems.append(Problem(path, 0, f"{name} is missing"))

    report.problems.extend(link_problems(bundle.sections, term_ids, english_ids))
    report.problems.extend(translation_problems(content_root, code))
    for section in bundle.sections:
        if section.id not in english_ids:
            report.problems.append(
                Problem(section.path, 2, f"id '{section.id}' has no English section")
            )
        report.problems.extend(_check_boxes(section))
        report.problems.extend(raw_html_problems(section))
        report.problems.extend(figure_problems(section, content_root.parent / PICTURES_FOLDER))
        if with_level:
            level = reading_level(section.body, code, prose=section.generated is None)
            report.levels.append((section, level))
            if not level.acceptable:
                report.problems.append(
                    Problem(section.path, section.body_line, f"reading level {level.describe()}")
                )


def _check_boxes(section: Section) -> list[Problem]:
    lines = section.body.splitlines()
    first = next(((n, text) for n, text in enumerate(lines) if text.strip()), None)
    problems = []
    box_kinds = {m.group("kind") for m in map(_BOX_START.match, lines) if m}
    if first is None or not (m := _BOX_START.match(first[1])) or m.group("kind") != "key-points":
        line = section.body_line + (first[0] if first else 0)
        problems.append(Problem(section.path, line, "the body must start with a Key points box"))
    if "to-do" not in box_kinds:
        problems.append(
            Problem(section.path, section.body_line, "no 'What you can do' (to-do) box")
        )
    return problems


def report_lines(report: CheckReport, relative_to: Path | None = None) -> list[str]:
    """Reading levels first (one line a section), then the problems."""

    def show(path: Path) -> str:
        if relative_to is not None:
            try:
                return str(path.resolve().relative_to(relative_to.resolve()))
            except ValueError:
                pass
        return str(path)

    lines = [
        f"{show(section.path)}: {level.describe()}, {level.words} words, "
        f"{level.words_per_sentence:.1f} words a sentence"
        for section, level in report.levels
    ]
    lines += [f"{show(p.path)}:{p.line}: {p.message}" for p in report.problems]
    return lines
