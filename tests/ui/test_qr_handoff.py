"""The QR hand-off as a phone would read it: each code is decoded with zxing-cpp and must give back
exactly the text the core made, accents and emoji included."""

from __future__ import annotations

import datetime

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QPushButton
from qr_decode import decoded, grayscale

from guide_app.core.family_lists import FamilyLists
from guide_app.core.handoff_text import (
    MAX_QR_BYTES,
    MAX_QR_VERSION,
    TooLongForOneQrError,
    fits_one_qr,
    handoff_text,
)
from guide_app.core.question_bank import load_question_bank
from guide_app.core.symptoms import load_symptoms
from guide_app.resources import content_dir
from guide_app.ui.languages import Languages
from guide_app.ui.qr_handoff import (
    MIN_CODE_SIDE,
    QUIET_ZONE,
    TOUCH_TARGET,
    QrHandoffDialog,
    module_size,
    qr_image,
)
from guide_app.ui.sheet_labels import sheet_date_text, sheet_labels


def _real_list(language: str, own: str, note: str) -> str:
    """The recommended questions, one of the family's own and three ticked symptoms with dates
    and notes, in ``language`` as the guide would show it."""
    Languages().install(language)
    bank = load_question_bank(content_dir(language) / "questions.toml")
    symptoms = load_symptoms(content_dir(language) / "symptoms.toml")
    lists = FamilyLists()
    for question_id in bank.default_ids():
        lists.questions.add_bank(question_id)
    lists.questions.add_own(own)
    for symptom in symptoms[:3]:
        lists.checklist.set_seen(symptom.id, True)
        lists.checklist.set_date(symptom.id, datetime.date(2026, 11, 20))
        lists.checklist.set_note(symptom.id, note)
    return handoff_text(
        lists,
        bank,
        symptoms,
        sheet_labels(),
        format_date=lambda date: sheet_date_text(date, language),
    )


def test_an_english_list_decodes_to_exactly_its_text(qapp) -> None:  # type: ignore[no-untyped-def]
    text = _real_list("en", "Can her brother visit? <b>soon</b> & often", "since Tuesday")
    assert fits_one_qr(text)
    image = qr_image(text, 3)
    assert image.format() == QImage.Format.Format_Grayscale8
    assert decoded(image) == text


def test_a_spanish_list_with_accents_and_emoji_decodes_exactly(qapp) -> None:  # type: ignore[no-untyped-def]
    text = _real_list("es", "¿Puede venir su hermano? 😀👨‍👩‍👧", "desde el martes, 38,5 °C")
    assert "Síntomas que hemos notado:" in text and "noviembre" in text and "👨‍👩‍👧" in text
    assert fits_one_qr(text)  # the recommended list fits, with room for more
    assert decoded(qr_image(text, 3)) == text


def test_the_largest_code_decodes_at_the_smallest_module(qapp) -> None:  # type: ignore[no-untyped-def]
    text = ("Pregunta ¿qué? 😀 " * 200).encode()[:MAX_QR_BYTES].decode(errors="ignore")
    image = qr_image(text, 3)
    modules = 17 + 4 * MAX_QR_VERSION + 2 * QUIET_ZONE
    assert (image.width(), image.height()) == (modules * 3, modules * 3)
    assert decoded(image) == text
    with pytest.raises(TooLongForOneQrError):
        qr_image("a" * (MAX_QR_BYTES + 1), 3)


def test_black_on_white_with_a_quiet_zone(qapp) -> None:  # type: ignore[no-untyped-def]
    pixels = grayscale(qr_image("Hello", 5))
    assert set(np.unique(pixels)) == {0, 255}
    border = QUIET_ZONE * 5
    assert (pixels[:border] == 255).all() and (pixels[:, :border] == 255).all()
    assert (pixels[-border:] == 255).all() and (pixels[:, -border:] == 255).all()
    assert pixels[border, border] == 0  # the finder pattern's corner, just inside the zone


def test_module_size_keeps_the_code_large_and_sharp() -> None:
    for modules in (21 + 8, 57 + 8, 17 + 4 * MAX_QR_VERSION + 8):
        for screen_height in (600, 768, 1080, 2160):
            scale = module_size(modules, screen_height)
            assert scale >= 3 and modules * scale >= MIN_CODE_SIDE
    assert module_size(29, 1080) * 29 > module_size(29, 768) * 29  # larger where there is room


def test_the_dialog_shows_a_large_code_of_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = "Questions for our care team\n\nOur questions:\n1. ¿Cuándo? 😀"
    dialog = QrHandoffDialog(text)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code.isVisible() and not dialog.print_button.isVisible()
    assert dialog.code.width() >= 300 and dialog.code.height() >= 300
    assert "Scan this with your phone's camera" in dialog.message.text()
    assert "Nothing is sent anywhere." in dialog.message.text()
    assert decoded(dialog.code.pixmap().toImage()) == text
    assert decoded(dialog.grab().toImage()) == text  # the whole dialog, as a camera sees it


def test_a_too_long_list_says_so_and_offers_printing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QrHandoffDialog("a" * (MAX_QR_BYTES + 1))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.code.isVisible() and dialog.print_button.isVisible()
    assert dialog.print_button.isDefault()
    assert dialog.message.text() == "Your list is too long for one code. Please print it instead."
    with qtbot.waitSignal(dialog.print_instead, timeout=1000):
        dialog.print_button.click()
    assert not dialog.isVisible()


def test_close_closes_without_printing(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QrHandoffDialog("Hello")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.assertNotEmitted(dialog.print_instead):
        dialog.close_button.click()
    assert not dialog.isVisible()


@pytest.mark.parametrize("text", ["Hello", "a" * (MAX_QR_BYTES + 1)])
def test_every_control_has_an_accessible_name_and_a_touch_size(qtbot, text) -> None:  # type: ignore[no-untyped-def]
    dialog = QrHandoffDialog(text)
    qtbot.addWidget(dialog)
    dialog.show()
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName() and "&" not in button.accessibleName()
        if button.isVisible():
            assert button.height() >= TOUCH_TARGET and button.width() >= TOUCH_TARGET
    for label in (dialog.code, dialog.message):
        assert isinstance(label, QLabel) and label.accessibleName()
    assert dialog.code.accessibleDescription() == dialog.message.text()
    assert dialog.windowTitle() == "Take your questions home"
