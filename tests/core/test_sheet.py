"""The question sheet's HTML: what is printed, what is left out, and that every text is escaped."""

from __future__ import annotations

import dataclasses
import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from guide_app.core.family_lists import FamilyLists
from guide_app.core.question_bank import load_question_bank
from guide_app.core.sheet import (
    ANSWER_LINES,
    SheetContent,
    SheetSymptom,
    render_sheet_html,
    sheet_from_lists,
)
from guide_app.core.symptoms import load_symptoms
from guide_app.ui.sheet_labels import sheet_labels

CONTENT = Path(__file__).parents[1] / "fixtures" / "content" / "en"
HOSTILE = ["<script>alert(1)</script>", "<b>bold</b>", "&amp;", "\"quoted\" & 'single'"]

LABELS = sheet_labels()  # the sheet's words, untranslated


class _Text(HTMLParser):
    """The text a reader sees, and the tags used, to check escaping from the outside."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._skip += tag in ("style", "title")

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in ("style", "title")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.text.append(data)


def parse(html: str) -> _Text:
    parser = _Text()
    parser.feed(html)
    return parser


ISOLATES = str.maketrans("", "", "\u2068\u2069")


def visible(html: str) -> str:
    """What a reader sees: the text, its white space folded; the invisible isolates dropped."""
    return " ".join(" ".join(parse(html).text).translate(ISOLATES).split())


def sheet(**changes: object) -> SheetContent:
    values: dict[str, object] = {
        "language": "en",
        "title": "Questions for our care team",
        "date_text": "27 November 2026",
        "guide_version": "1.2.3",
        "questions": ("First question?", "Second question?"),
        "labels": LABELS,
    }
    values.update(changes)
    return SheetContent(**values)  # type: ignore[arg-type]


def test_title_date_questions_in_order_and_footer() -> None:
    text = visible(render_sheet_html(sheet()))
    assert text.startswith("Questions for our care team Date: 27 November 2026")
    assert text.index("1. First question?") < text.index("2. Second question?")
    assert "version 1.2.3" in text
    assert text.endswith(LABELS["disclaimer"])


def test_each_piece_of_typed_text_runs_in_its_own_direction() -> None:
    # Between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: an Arabic name beside the
    # English "For:", or a question that begins in Hebrew, cannot reorder the text around it.
    content = sheet(
        child_name="مريم",
        questions=("שאלה 1?", "Second question?"),
        symptoms=[SheetSymptom("Fever", "ليلا 38.5", "20 November 2026")],
    )
    text = " ".join(parse(render_sheet_html(content)).text)
    for typed in ("مريم", "שאלה 1?", "Second question?", "ليلا 38.5"):
        assert f"\u2068{typed}\u2069" in text
    assert "\u2068Questions for our care team" not in text  # the guide's own words are not


def test_each_question_has_ruled_answer_lines() -> None:
    html = render_sheet_html(sheet())
    assert html.count('class="line"') == 2 * ANSWER_LINES


def test_hostile_text_is_escaped_everywhere() -> None:
    content = sheet(
        title=HOSTILE[0],
        child_name=HOSTILE[1],
        questions=tuple(HOSTILE),
        symptoms=[SheetSymptom(HOSTILE[0], HOSTILE[2], HOSTILE[1])],
        clinic_phone=HOSTILE[2],
        date_text=HOSTILE[1],
        labels={**LABELS, "disclaimer": HOSTILE[0]},
    )
    html = render_sheet_html(content)
    parsed = parse(html)
    assert "script" not in parsed.tags
    assert parsed.tags.count("b") == 3  # only the template's own: name, phone, symptom
    text = visible(html)
    for hostile in HOSTILE:
        assert hostile in text
    assert "&amp;amp;" in html


def test_optional_parts_are_left_out_when_empty() -> None:
    text = visible(render_sheet_html(sheet()))
    for label in ("for", "clinic_phone", "symptoms"):
        assert LABELS[label] not in text


def test_child_name_clinic_phone_and_symptoms_when_given() -> None:
    content = sheet(
        child_name="Maya",
        clinic_phone="(555) 010-0199",
        symptoms=[("Fever", "38.5 at night\ntwice", "20 November 2026"), ("Bruises", "", "")],
    )
    text = visible(render_sheet_html(content))
    assert "For: Maya" in text
    assert "Clinic phone: (555) 010-0199" in text
    symptoms = text[text.index("Symptoms we have noticed") :]
    assert "Fever 20 November 2026 38.5 at night twice" in symptoms
    assert symptoms.index("Fever") < symptoms.index("Bruises")


def test_blank_sheet_has_ruled_lines_and_a_date_to_fill_in() -> None:
    html = render_sheet_html(sheet(questions=(), blank_lines=12, date_text=""))
    assert html.count('class="line"') == 12
    assert 'class="meta fill"' in html
    text = visible(html)
    assert LABELS["blank_questions"] in text
    assert "1. " not in text


def test_translated_labels_are_used_and_a_missing_one_is_an_error() -> None:
    content = sheet(language="es", labels={**LABELS, "questions": "Nuestras preguntas"})
    html = render_sheet_html(content)
    assert 'lang="es"' in html
    assert "Nuestras preguntas" in visible(html)
    with pytest.raises(ValueError, match="date"):
        sheet(labels={**LABELS, "date": ""})


def test_right_to_left_languages_get_rtl_direction() -> None:
    assert 'dir="rtl"' in render_sheet_html(sheet(language="ar"))
    assert 'dir="ltr"' in render_sheet_html(sheet(language="es"))


def test_sheet_from_lists_takes_the_familys_order_and_ticked_symptoms() -> None:
    bank = load_question_bank(CONTENT / "questions.toml")
    symptoms = load_symptoms(CONTENT / "symptoms.toml")
    lists = FamilyLists()
    lists.set_child_name("Maya")
    lists.questions.add_bank("school")
    lists.questions.add_own("Who do we call at night?")
    lists.questions.add_bank("relapse-where")
    lists.checklist.set_seen("breathing", True)
    lists.checklist.set_seen("fever", True)
    lists.checklist.set_note("fever", "at night")
    lists.checklist.set_date("fever", datetime.date(2026, 11, 20))
    lists.checklist.set_note("bruises", "not ticked, not printed")
    content = sheet_from_lists(
        lists,
        bank,
        symptoms,
        language="en",
        date=datetime.date(2026, 11, 27),
        guide_version="1.2.3",
        format_date=lambda d: d.strftime("%d/%m/%Y"),
        labels=LABELS,
    )
    assert tuple(q.text for q in content.questions) == (
        "Can my child go to school during treatment?",
        "Who do we call at night?",
        "Where in the body did the leukemia come back?",
    )
    assert content.symptoms == (
        SheetSymptom("Fever", "at night", "20/11/2026"),
        SheetSymptom("Trouble breathing", "", ""),
    )
    assert content.date_text == "27/11/2026"
    assert content.child_name == "Maya"
    assert content.title == LABELS["title"]


def test_a_bilingual_sheet_gives_the_english_beside_and_the_familys_own_words_once() -> None:
    english_bank = load_question_bank(CONTENT / "questions.toml")
    english_symptoms = load_symptoms(CONTENT / "symptoms.toml")
    # A stand-in translation: the same ids, other words.
    spanish_bank = type(english_bank)(
        english_bank.topics,
        tuple(dataclasses.replace(q, text=f"ES {q.text}") for q in english_bank.questions),
    )
    spanish_symptoms = [dataclasses.replace(s, name=f"ES {s.name}") for s in english_symptoms]
    spanish_labels = {key: f"ES {value}" for key, value in LABELS.items()}
    lists = FamilyLists()
    lists.questions.add_bank("school")
    lists.questions.add_own("¿Quién nos atiende de noche?")
    lists.checklist.set_seen("fever", True)
    content = sheet_from_lists(
        lists,
        spanish_bank,
        spanish_symptoms,
        language="es",
        date=datetime.date(2026, 11, 27),
        guide_version="1.2.3",
        labels=spanish_labels,
        english=(english_bank, english_symptoms, LABELS),
    )
    school, own = content.questions
    assert school.text == "ES Can my child go to school during treatment?"
    assert school.english == "Can my child go to school during treatment?"
    assert own == ("¿Quién nos atiende de noche?", "", True)
    text = visible(render_sheet_html(content))
    assert "ES Our questions / Our questions" in text
    [fever] = content.symptoms
    assert (fever.name, fever.english_name) == ("ES Fever", "Fever")
    assert "ES Fever Fever" in text  # the name, and its English under it
    assert text.count("¿Quién nos atiende de noche?") == 1
    assert f"{spanish_labels['own_question']} / {LABELS['own_question']}" in text
