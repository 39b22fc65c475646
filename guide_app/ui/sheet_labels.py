"""The printed sheet's labels in the current interface language (Qt translators), for the core's
template: the one home of their words."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def sheet_labels(*, english: bool = False) -> dict[str, str]:
    """Every label of ``guide_app.core.sheet.LABEL_KEYS``, translated at call time. The "When to
    call" rows say word for word what the "When to call" chart of Signs and symptoms says (in
    each language), so the printed sheet and the guide never give a family two lists."""
    # Spelled out call by call so lupdate finds each string under the "Sheet" context. English
    # (for a bilingual sheet) is the source text itself, whatever translator is installed.
    translate = _source_text if english else QCoreApplication.translate
    return {
        "title": translate("Sheet", "Questions for our care team"),
        "for": translate("Sheet", "For:"),
        "date": translate("Sheet", "Date:"),
        "clinic_phone": translate("Sheet", "Clinic phone:"),
        "questions": translate("Sheet", "Our questions"),
        "blank_questions": translate("Sheet", "Our questions and the answers"),
        "symptoms": translate("Sheet", "Symptoms we have noticed"),
        "symptom": translate("Sheet", "Symptom"),
        "noticed_on": translate("Sheet", "Noticed on"),
        "note": translate("Sheet", "Our note"),
        "version": translate("Sheet", "Family guide to relapsed childhood ALL, version"),
        "disclaimer": translate(
            "Sheet", "This sheet is not medical advice. It helps you talk with your care team."
        ),
        "care_team": translate("Sheet", "Our care team"),
        "care_phone": translate("Sheet", "Day and night phone:"),
        "fever_number": translate("Sheet", "Our fever number:"),
        "care_team_names": translate("Sheet", "Team:"),
        "when_to_call": translate("Sheet", "When to call"),
        "emergency": translate("Sheet", "Call emergency services (911 in the US)"),
        "emergency_signs": translate(
            "Sheet",
            "Your child is not breathing or has lips that are turning blue, has a seizure, cannot "
            "be woken up, has serious trouble breathing (struggles very hard to breathe), or "
            "faints or has cold, clammy skin that looks pale or gray.",
        ),
        "when_to_call_rule": translate(
            "Sheet",
            "If what you see fits more than one row, follow the top one. If you are not sure, "
            "call your care team.",
        ),
        "call_now": translate("Sheet", "Call your care team now, day or night"),
        "call_now_signs": translate(
            "Sheet",
            "A fever at or above the temperature your care team gave you (a common example is "
            "100.4°F/38°C), signs of infection, a problem with the central line, bleeding, "
            "changes in breathing or thinking, trouble keeping fluids down, very bad pain, or "
            "being near someone with chickenpox, shingles or measles.",
        ),
        "contact_team": translate("Sheet", "Contact your care team soon"),
        "own_question": translate("Sheet", "our own question"),
        "contact_team_signs": translate(
            "Sheet",
            "Signs that the leukemia may be back: pale skin and unusual tiredness, bone or joint "
            "pain, bruises or tiny red spots, infections that keep coming back, belly pain, "
            "swollen glands, or headaches and morning vomiting that keep coming back.",
        ),
    }


def _source_text(context: str, text: str) -> str:
    return text


def sheet_date_text(date: datetime.date, language: str) -> str:
    """A date as the sheet prints it: the language's long date without the weekday
    ("November 20, 2026", "20 de noviembre de 2026")."""
    locale = QLocale(language)
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"^dddd[,،]?\s*|[,،]?\s*dddd$", "", pattern)
    return locale.toString(QDate(date.year, date.month, date.day), pattern)
