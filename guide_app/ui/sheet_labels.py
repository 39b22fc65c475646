"""The printed sheet's labels in the current interface language (Qt translators), for the core's
template; without a translator they are the core's English ``DEFAULT_LABELS``."""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def sheet_labels() -> dict[str, str]:
    """Every label of ``guide_app.core.sheet.DEFAULT_LABELS``, translated at call time."""
    # Spelled out call by call so lupdate finds each string under the "Sheet" context.
    translate = QCoreApplication.translate
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
    }


def sheet_date_text(date: datetime.date, language: str) -> str:
    """A date as the sheet prints it: the language's long date without the weekday
    ("November 20, 2026", "20 de noviembre de 2026")."""
    locale = QLocale(language)
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"^dddd[,،]?\s*|[,،]?\s*dddd$", "", pattern)
    return locale.toString(QDate(date.year, date.month, date.day), pattern)
