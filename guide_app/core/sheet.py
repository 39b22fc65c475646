"""The printed question sheet as HTML: what goes on it (``SheetContent``) and the Jinja2 template.

The HTML is written for Qt's rich-text engine (QTextDocument), which knows a subset of HTML and
CSS: layout is done with tables, ruled answer lines are table cells with a bottom border.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from guide_app.core.family_lists import CareTeam, FamilyLists
from guide_app.core.question_bank import QuestionBank
from guide_app.core.symptoms import Symptom

if TYPE_CHECKING:
    import jinja2

TEMPLATE_NAME = "sheet.html.j2"

# Ruled lines under each question, and on a blank sheet (one page of A4 or Letter).
ANSWER_LINES = 3
# With the care team card and the full "When to call" chart: one page (Letter and A4, en and es).
BLANK_SHEET_LINES = 6

# Languages written right to left, so the sheet's text runs the right way.
_RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "yi"})


class Paper(StrEnum):
    """The paper sizes the sheet is laid out for."""

    A4 = "a4"
    LETTER = "letter"


# What the sheet's labels are called; their words have one home, behind tr(): sheet_labels() in
# guide_app/ui/sheet_labels.py.
LABEL_KEYS = (
    "title", "for", "date", "clinic_phone", "questions", "blank_questions", "symptoms",
    "symptom", "noticed_on", "note", "version", "disclaimer", "care_team", "care_phone",
    "fever_number", "care_team_names", "when_to_call", "emergency", "emergency_signs",
    "call_now", "call_now_signs", "contact_team", "contact_team_signs", "own_question",
    "when_to_call_rule",
)  # fmt: skip

# The "When to call" chart's three levels: their icon (resources/pictures) and label keys.
WHEN_TO_CALL = (
    ("when-to-call-emergency.svg", "emergency", "emergency_signs"),
    ("when-to-call-now.svg", "call_now", "call_now_signs"),
    ("when-to-call-soon.svg", "contact_team", "contact_team_signs"),
)


class SheetQuestion(NamedTuple):
    """A question as printed: its text, on a bilingual sheet its English beside it (a bank
    question's), and whether the family wrote it (printed once, as typed)."""

    text: str
    english: str = ""
    own: bool = False


class SheetSymptom(NamedTuple):
    """A ticked symptom as printed: its name, the family's note and the date (already formatted),
    and on a bilingual sheet its English name."""

    name: str
    note: str
    date_text: str
    english_name: str = ""


@dataclass(frozen=True)
class SheetContent:
    """Everything printed on one sheet, as display text; the template escapes all of it."""

    language: str
    title: str
    date_text: str  # "" prints a blank to fill in by hand
    guide_version: str
    child_name: str | None = None
    questions: tuple[SheetQuestion, ...] = ()  # plain texts are taken as bank questions
    blank_lines: int = 0  # ruled lines for questions written by hand (the clinics' blank sheet)
    symptoms: tuple[SheetSymptom, ...] = ()
    clinic_phone: str | None = None
    labels: Mapping[str, str] = field(default_factory=dict)  # every key of LABEL_KEYS
    care_team: CareTeam = field(default_factory=CareTeam)  # blanks where the family wrote none
    pictures: Path | None = None  # the folder of the chart's icons; None prints no chart
    # A bilingual sheet (a clinician who reads only English can follow): the English labels.
    english_labels: Mapping[str, str] | None = None

    def __post_init__(self) -> None:
        # Accept lists from callers but keep the value immutable.
        questions = (SheetQuestion(q) if isinstance(q, str) else q for q in self.questions)
        object.__setattr__(self, "questions", tuple(questions))
        object.__setattr__(self, "symptoms", tuple(SheetSymptom(*s) for s in self.symptoms))
        missing = [key for key in LABEL_KEYS if not self.labels.get(key)]
        if missing:
            raise ValueError(f"the sheet's labels lack {', '.join(missing)}")

    def label(self, key: str) -> str:
        return self.labels[key]

    def english(self, key: str) -> str:
        """On a bilingual sheet, the label in English where it differs; else nothing."""
        if self.english_labels is None or self.english_labels[key] == self.labels[key]:
            return ""
        return self.english_labels[key]

    def when_to_call(self) -> list[tuple[str, str, str]]:
        """The chart's rows: the icon's file address, the level and what a parent sees."""
        if self.pictures is None:
            return []
        return [
            (str((self.pictures / icon).as_uri()), self.label(level), self.label(signs))
            for icon, level, signs in WHEN_TO_CALL
        ]

    def when_to_call_english(self) -> list[tuple[str, str]]:
        """On a bilingual sheet, the chart's words in English, row by row."""
        return [(self.english(level), self.english(signs)) for _, level, signs in WHEN_TO_CALL]


def sheet_from_lists(
    lists: FamilyLists,
    bank: QuestionBank,
    symptoms: Iterable[Symptom],
    *,
    language: str,
    date: datetime.date,
    guide_version: str,
    labels: Mapping[str, str],
    format_date: Callable[[datetime.date], str] = datetime.date.isoformat,
    clinic_phone: str | None = None,
    pictures: Path | None = None,
    english: tuple[QuestionBank, Iterable[Symptom], Mapping[str, str]] | None = None,
) -> SheetContent:
    """The family's sheet: their questions in order, the symptoms they ticked and their care
    team's card.

    ``format_date`` turns dates into the reader's form (the UI passes its locale's format).
    ``english`` (the English bank, symptoms and labels) makes a bilingual sheet: each bank
    question, symptom and label with its English; the family's own questions once, as typed.
    """
    english_bank, english_symptoms, english_labels = english or (None, (), None)
    english_names = {symptom.id: symptom.name for symptom in english_symptoms}
    ticked = [
        SheetSymptom(
            symptom.name,
            entry.note,
            format_date(entry.date) if entry.date else "",
            _differing(english_names.get(symptom.id, ""), symptom.name),
        )
        for symptom, entry in lists.checklist.seen_entries(symptoms)
    ]
    questions = []
    for item in lists.questions.items:
        if item.own_text is not None:
            questions.append(SheetQuestion(item.own_text, own=english is not None))
        elif (question := bank.get(item.id)) is not None:
            in_english = english_bank.get(item.id) if english_bank is not None else None
            text = in_english.text if in_english is not None else ""
            questions.append(SheetQuestion(question.text, _differing(text, question.text)))
    return SheetContent(
        language=language,
        title=labels["title"],
        date_text=format_date(date),
        guide_version=guide_version,
        child_name=lists.child_name,
        questions=tuple(questions),
        symptoms=tuple(ticked),
        clinic_phone=clinic_phone,
        labels=labels,
        care_team=lists.care_team,
        pictures=pictures,
        english_labels=english_labels,
    )


def _differing(english: str, text: str) -> str:
    return english if english != text else ""


def render_sheet_html(content: SheetContent) -> str:
    """The sheet as HTML for QTextDocument; every piece of text is escaped."""
    direction = "rtl" if content.language.split("-")[0].lower() in _RTL_LANGUAGES else "ltr"
    return (
        _environment()
        .get_template(TEMPLATE_NAME)
        .render(
            sheet=content,
            direction=direction,
            answer_lines=range(ANSWER_LINES),
            blank_lines=range(max(0, content.blank_lines)),
        )
    )


@functools.cache
def _environment() -> jinja2.Environment:
    # Imported here: Jinja2 is only needed when someone prints, not at start-up.
    import jinja2

    from guide_app.resources import templates_dir

    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["zip"] = zip  # the bilingual chart walks two lists side by side
    return environment
