"""The QR hand-off's text: the family's list as plain text for a phone, and the one-code limit."""

from __future__ import annotations

import datetime

import pytest
import segno

from guide_app.core.family_lists import FamilyLists
from guide_app.core.handoff_text import (
    HANDOFF_LABEL_KEYS,
    MAX_QR_BYTES,
    MAX_QR_VERSION,
    TooLongForOneQrError,
    fits_one_qr,
    handoff_qr,
    handoff_text,
)
from guide_app.core.question_bank import BankQuestion, QuestionBank, Topic
from guide_app.core.symptoms import Symptom, Urgency

LABELS = {
    "title": "Questions for our care team",
    "questions": "Our questions",
    "symptoms": "Symptoms we have noticed",
    "disclaimer": "This sheet is not medical advice.",
}
BANK = QuestionBank(
    (Topic("t", "Topic"),),
    (
        BankQuestion("q-where", "t", "Where did it come back?", True),
        BankQuestion("q-how-long", "t", "How long will treatment last?", True),
        BankQuestion("q-trial", "t", "Is there a clinical trial?", False),
    ),
)
SYMPTOMS = [
    Symptom("fever", "Fever", "A temperature.", Urgency.CALL_NOW, "Call.", True),
    Symptom("bruises", "Bruises", "New bruises.", Urgency.CONTACT_TEAM, "Call.", True),
    Symptom("pale", "Pale skin", "Pale.", Urgency.CONTACT_TEAM, "Call.", True),
]


def _text(lists: FamilyLists, labels: dict[str, str] = LABELS) -> str:
    return handoff_text(lists, BANK, SYMPTOMS, labels)


def test_questions_in_the_familys_order_then_the_closing_line() -> None:
    lists = FamilyLists()
    lists.questions.add_bank("q-how-long")
    own = lists.questions.add_own("  Can her brother visit?  ")
    lists.questions.add_bank("q-where")
    lists.questions.move(own.id, 0)
    assert _text(lists) == (
        "Questions for our care team\n\n"
        "Our questions:\n"
        "1. Can her brother visit?\n"
        "2. How long will treatment last?\n"
        "3. Where did it come back?\n\n"
        "This sheet is not medical advice."
    )


def test_own_questions_once_as_typed_and_gone_bank_questions_left_out() -> None:
    lists = FamilyLists()
    lists.questions.add_own("¿Puede venir su hermano? 😀")
    lists.questions.add_bank("q-removed-since")
    text = _text(lists)
    assert text.count("¿Puede venir su hermano? 😀") == 1
    assert "1. ¿Puede venir su hermano? 😀\n" in text
    assert "2." not in text


def test_ticked_symptoms_in_the_datas_order_with_dates_and_notes() -> None:
    lists = FamilyLists()
    for symptom_id in ("pale", "fever", "bruises"):
        lists.checklist.set_seen(symptom_id, True)
    lists.checklist.set_date("fever", datetime.date(2026, 11, 20))
    lists.checklist.set_note("fever", "38.5 at night")
    lists.checklist.set_note("pale", "since Tuesday")
    lists.checklist.set_seen("bruises", False)  # unticked: its note stays, but is not taken
    lists.checklist.set_note("bruises", "on her legs")
    text = handoff_text(
        lists, BANK, SYMPTOMS, LABELS, format_date=lambda date: date.strftime("%d/%m/%Y")
    )
    assert text == (
        "Questions for our care team\n\n"
        "Symptoms we have noticed:\n"
        "- Fever (20/11/2026): 38.5 at night\n"
        "- Pale skin: since Tuesday\n\n"
        "This sheet is not medical advice."
    )


def test_a_symptom_with_a_date_and_no_note_and_the_default_date_form() -> None:
    lists = FamilyLists()
    lists.checklist.set_seen("bruises", True)
    lists.checklist.set_date("bruises", datetime.date(2026, 1, 2))
    assert "- Bruises (2026-01-02)\n" in _text(lists)


def test_hostile_text_as_the_core_keeps_it_and_html_as_literal_text() -> None:
    lists = FamilyLists()
    lists.questions.add_own("Dose: \u202e2 tablets\u202c <b>now</b> & <script>x</script>")
    lists.checklist.set_seen("fever", True)
    lists.checklist.set_note("fever", "line one\nline two\u2067 <i>hot</i>\x00")
    text = _text(lists)
    assert "\u202e" not in text and "\u2067" not in text and "\x00" not in text
    assert "1. Dose: 2 tablets <b>now</b> & <script>x</script>\n" in text
    assert "- Fever: line one line two <i>hot</i>\n" in text
    assert "&amp;" not in text and "&lt;" not in text


def test_every_label_is_needed_and_no_english_is_made_up() -> None:
    for key in HANDOFF_LABEL_KEYS:
        labels = {k: v for k, v in LABELS.items() if k != key}
        with pytest.raises(ValueError, match=key):
            _text(FamilyLists(), labels)
    spanish = {
        "title": "Preguntas para nuestro equipo",
        "questions": "Nuestras preguntas",
        "symptoms": "Síntomas que hemos notado",
        "disclaimer": "Esta hoja no es un consejo médico.",
    }
    lists = FamilyLists()
    lists.questions.add_own("¿Cuándo?")
    lists.checklist.set_seen("fever", True)
    text = handoff_text(lists, BANK, SYMPTOMS, spanish)
    assert text == (
        "Preguntas para nuestro equipo\n\n"
        "Nuestras preguntas:\n1. ¿Cuándo?\n\n"
        "Síntomas que hemos notado:\n- Fever\n\n"
        "Esta hoja no es un consejo médico."
    )


def test_empty_lists_give_only_the_title_and_the_closing_line() -> None:
    assert (
        _text(FamilyLists()) == "Questions for our care team\n\nThis sheet is not medical advice."
    )


def _version(text: str) -> int:
    code = segno.make(text, error="m", micro=False, boost_error=False, mode="byte")
    return int(code.version)


def test_the_limit_is_what_segno_fits_in_the_largest_version_we_show() -> None:
    # The limit's bytes fill exactly a version MAX_QR_VERSION code at level M; one more does not.
    assert _version("a" * MAX_QR_BYTES) == MAX_QR_VERSION
    assert _version("a" * (MAX_QR_BYTES + 1)) == MAX_QR_VERSION + 1
    assert fits_one_qr("a" * MAX_QR_BYTES)
    assert not fits_one_qr("a" * (MAX_QR_BYTES + 1))
    # Counted in UTF-8 bytes, not characters: an emoji takes four.
    emoji = "😀" * (MAX_QR_BYTES // 4)
    assert fits_one_qr(emoji) and not fits_one_qr(emoji + "😀")


def test_the_code_is_utf8_byte_mode_at_level_m() -> None:
    text = "Fiebre de 38,5 °C, niño 😀"
    code = handoff_qr(text)
    assert (code.mode, code.error, code.is_micro) == ("byte", "M", False)
    # "é" * n would be Kanji mode, in Shift_JIS, if segno chose; a phone would not read it.
    assert handoff_qr("é" * 100).mode == "byte"
    assert int(handoff_qr("a" * MAX_QR_BYTES).version) == MAX_QR_VERSION
    with pytest.raises(TooLongForOneQrError):
        handoff_qr("a" * (MAX_QR_BYTES + 1))
