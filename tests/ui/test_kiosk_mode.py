"""A kiosk as a family leaves it: after the idle warning, or on "Start over", nothing of theirs
is left on screen or in memory; and there is no way out without the staff PIN."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)

from guide_app.app import Guide, GuideApp, base_font
from guide_app.core.kiosk_config import KioskConfig
from guide_app.core.staff_log import open_staff_log
from guide_app.ui.checklist_widget import ChecklistWidget
from guide_app.ui.kiosk import KIOSK_TEXT_SCALE, KioskMode
from guide_app.ui.profile import Profile, ProfileKind
from guide_app.ui.question_builder import QuestionBuilder
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def kiosk(qtbot) -> Iterator[tuple[GuideApp, FakeClock]]:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    config = KioskConfig(kiosk=True, idle_timeout_s=180, warning_s=30)
    app_part = GuideApp(Profile(ProfileKind.KIOSK))
    app_part.kiosk = KioskMode(config, app_part.reset, open_staff_log(None), clock)
    guide = app_part.open_window("en")
    guide.window.show()
    qtbot.waitUntil(lambda: guide.is_loaded)
    yield app_part, clock
    kiosk_mode = app_part.kiosk
    kiosk_mode.lockdown.release()
    kiosk_mode._activity.uninstall()  # noqa: SLF001 (the filter outlives no test)
    if app_part.guide is not None and shiboken6.isValid(app_part.guide.window):
        app_part.guide.window.close()
        app_part.guide.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _use_the_guide_as_a_family(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = guide.window
    window.show_section(CHECKLIST)
    checklist = window.tool(CHECKLIST)
    assert isinstance(checklist, ChecklistWidget)
    checklist.row("fever").tick.setChecked(True)
    qtbot.keyClicks(checklist.row("fever").note, "38.5 last night")
    window.show_section(QUESTIONS)
    builder = window.tool(QUESTIONS)
    assert isinstance(builder, QuestionBuilder)
    qtbot.keyClicks(builder.own_text, "Can Ana see her grandmother?")
    builder.add_button.click()
    builder.child_name.setText("Ana")
    builder.child_name.textEdited.emit("Ana")
    window.search.field.setText("marrow")
    window.larger_button.click()
    window.show_glossary_term("bone-marrow")


def _nothing_of_the_family_is_left(app_part: GuideApp) -> None:
    window = app_part.guide.window
    assert app_part.lists_model().lists.is_empty()
    assert window.current_section_id() == "start-here"
    assert (
        app_part.settings.text_scale == KIOSK_TEXT_SCALE
    )  # larger than a laptop's, for reading at arm's length
    app = QApplication.instance()
    assert app.font().pointSizeF() == pytest.approx(
        base_font(app).pointSizeF() * KIOSK_TEXT_SCALE / 100
    )
    assert app_part.languages.current == "en"
    typed = [w for w in window.findChildren(QLineEdit) if w.text() and not w.isReadOnly()]
    for kind in (QPlainTextEdit, QTextEdit):  # a section's text browser is read-only
        typed += [w for w in window.findChildren(kind) if w.toPlainText() and not w.isReadOnly()]
    assert typed == []
    assert [b for b in window.findChildren(QCheckBox) if b.isChecked()] == []


def test_the_kiosk_opens_on_the_welcome_screen_with_three_choices_and_the_languages(
    kiosk, qtbot
) -> None:  # type: ignore[no-untyped-def]
    app_part, _ = kiosk
    welcome = app_part.kiosk.welcome
    assert welcome is not None and welcome.isVisible()
    assert welcome.geometry() == app_part.guide.window.rect()  # it covers the whole window
    choices = [b.text() for b in welcome.choices.values()]
    assert choices == ["Read about relapse", "Check symptoms", "Make my question list"]
    assert [b.text() for b in welcome.language_buttons.values()] == ["English", "Español"]
    assert all(b.height() >= 44 for b in welcome.choices.values())
    assert welcome.read_button.hasFocus()


@pytest.mark.parametrize(
    ("choice", "opens"),
    [
        ("read_button", "what-is-relapsed-all"),
        ("symptoms_button", CHECKLIST),
        ("questions_button", QUESTIONS),
    ],
)
def test_each_welcome_choice_opens_its_page(kiosk, qtbot, choice: str, opens: str) -> None:  # type: ignore[no-untyped-def]
    app_part, _ = kiosk
    welcome = app_part.kiosk.welcome
    getattr(welcome, choice).click()
    assert not welcome.isVisible()
    assert app_part.guide.window.current_section_id() == opens


def test_a_language_on_the_welcome_screen_shows_the_guide_and_welcome_in_it(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    app_part, _ = kiosk
    app_part.kiosk.welcome.language_buttons["es"].click()
    qtbot.waitUntil(lambda: app_part.guide.is_loaded)
    assert app_part.guide.language == "es"
    welcome = app_part.kiosk.welcome
    assert welcome.isVisible() and welcome.read_button.text() == "Leer sobre la recaída"
    assert welcome.language_buttons["es"].isChecked()


def test_the_welcome_screen_comes_back_after_a_wipe_with_the_clinics_name_as_plain_text(
    qtbot,
) -> None:  # type: ignore[no-untyped-def]
    config = KioskConfig(kiosk=True, clinic_name="<b>Lakeside</b> Children's Clinic")
    app_part = GuideApp(Profile(ProfileKind.KIOSK))
    app_part.kiosk = KioskMode(config, app_part.reset, open_staff_log(None), FakeClock())
    try:
        guide = app_part.open_window("en")
        guide.window.show()
        qtbot.waitUntil(lambda: guide.is_loaded)
        app_part.kiosk.welcome.symptoms_button.click()
        _use_the_guide_as_a_family(app_part.guide, qtbot)
        app_part.kiosk.start_over.click()
        qtbot.waitUntil(lambda: app_part.guide.is_loaded)
        welcome = app_part.kiosk.welcome
        assert welcome.isVisible() and welcome.parentWidget() is app_part.guide.window
        assert welcome.clinic.text() == "<b>Lakeside</b> Children's Clinic"
        assert welcome.clinic.textFormat() == Qt.TextFormat.PlainText
    finally:
        app_part.kiosk.lockdown.release()
        app_part.kiosk._activity.uninstall()  # noqa: SLF001
        app_part.guide.window.close()
        app_part.guide.window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_after_the_idle_warning_everything_is_wiped(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    app_part, clock = kiosk
    first = app_part.guide
    _use_the_guide_as_a_family(first, qtbot)
    clock.now += 179
    app_part.kiosk.idle.tick()
    assert not app_part.kiosk.overlay.isVisible()
    clock.now += 2  # past the idle time: the warning, with its countdown
    app_part.kiosk.idle.tick()
    assert app_part.kiosk.overlay.isVisible()
    clock.now += 31  # nobody pressed "I'm still here"
    app_part.kiosk.idle.tick()
    assert app_part.guide is not first
    qtbot.waitUntil(lambda: app_part.guide.is_loaded)
    _nothing_of_the_family_is_left(app_part)


def test_im_still_here_keeps_the_familys_work(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    app_part, clock = kiosk
    first = app_part.guide
    _use_the_guide_as_a_family(first, qtbot)
    clock.now += 181
    app_part.kiosk.idle.tick()
    app_part.kiosk.overlay.still_here.emit()
    assert not app_part.kiosk.overlay.isVisible()
    clock.now += 100
    app_part.kiosk.idle.tick()
    assert app_part.guide is first and not app_part.lists_model().lists.is_empty()


def test_start_over_wipes_at_once(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    app_part, _ = kiosk
    _use_the_guide_as_a_family(app_part.guide, qtbot)
    app_part.kiosk.start_over.click()
    qtbot.waitUntil(lambda: app_part.guide.is_loaded)
    _nothing_of_the_family_is_left(app_part)
    assert app_part.kiosk.start_over.isVisible()  # the new window has its own


def test_the_window_cannot_be_closed_and_offers_no_file_dialogs(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    app_part, _ = kiosk
    window = app_part.guide.window
    window.close()
    assert window.isVisible()
    window.show_section(QUESTIONS)
    builder = window.tool(QUESTIONS)
    assert not builder.pdf_button.isVisible() and not builder.print_button.isVisible()
    assert not builder.preview_button.isVisible()


def test_a_laptop_reads_no_kiosk_file_and_kiosk_true_makes_a_kiosk(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from guide_app.app import _kiosk_config

    missing = tmp_path / "nowhere" / "kiosk.toml"
    assert _kiosk_config(missing, forced=False) is None
    assert not missing.parent.exists()  # no log written for a laptop
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text("kiosk = false\n", encoding="utf-8")
    assert _kiosk_config(config_file, forced=False) is None
    config_file.write_text("kiosk = true\nidle_timeout_s = 60\n", encoding="utf-8")
    setup = _kiosk_config(config_file, forced=False)
    assert setup is not None and setup[0].idle_timeout_s == 60
    assert "started guide-app" in (tmp_path / "guide-app.log").read_text(encoding="utf-8")


def test_a_web_address_shows_as_a_qr_code_with_the_address_underneath(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    from qr_decode import decoded

    app_part, _ = kiosk
    address = "https://www.cancer.gov/types/leukemia/patient/child-all-treatment-pdq"
    dialog = app_part.guide.window.show_address(address)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.code is not None and dialog.code.isVisible()
    assert decoded(dialog.code.grab().toImage()) == address
    assert dialog.findChildren(QLineEdit) == []  # plain text: nothing to select or drag out
    assert address in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.reject()
