"""What outlives a window: a fresh window over the same lists keeps what the family entered, and
every widget with texts builds them again when the language changes."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QTranslator

from guide_app.app import Guide
from guide_app.ui.checklist_widget import ChecklistWidget
from guide_app.ui.question_builder import QuestionBuilder
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS


def test_a_fresh_window_keeps_the_familys_lists_and_the_open_section(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    guide.window.show_section(CHECKLIST)
    checklist = guide.window.tool(CHECKLIST)
    assert isinstance(checklist, ChecklistWidget)
    checklist.row("fever").tick.setChecked(True)
    guide.window.show_section(QUESTIONS)
    builder = guide.window.tool(QUESTIONS)
    assert isinstance(builder, QuestionBuilder)
    qtbot.keyClicks(builder.own_text, "Can she go to school?")
    builder.add_button.click()

    again = guide.app_part.open_window("en")  # what a language switch or "Start over" builds
    qtbot.waitUntil(lambda: again.is_loaded)
    assert again.window is not guide.window and again.window.isVisible()
    assert again.window.current_section_id() == QUESTIONS
    builder = again.window.tool(QUESTIONS)
    assert isinstance(builder, QuestionBuilder)
    assert builder.chosen.item(0).text() == "1. Can she go to school?"
    again.window.show_section(CHECKLIST)
    checklist = again.window.tool(CHECKLIST)
    assert isinstance(checklist, ChecklistWidget)
    assert checklist.row("fever").tick.isChecked()
    qtbot.waitUntil(lambda: not shiboken6.isValid(guide.window))  # the old window is gone


class MarkingTranslator(QTranslator):
    """A stand-in language: every interface text comes back in «marks»."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"«{source}»"

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name; an empty translator is skipped)
        return False


@pytest.fixture
def marking_translator() -> Iterator[QTranslator]:
    translator = MarkingTranslator()
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_every_widget_with_texts_builds_them_again_when_the_language_changes(
    open_guide: Callable[..., Guide], marking_translator: QTranslator, qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    window = guide.window
    window.show_section(CHECKLIST)
    checklist = window.tool(CHECKLIST)
    window.show_section(QUESTIONS)
    builder = window.tool(QUESTIONS)
    assert isinstance(checklist, ChecklistWidget) and isinstance(builder, QuestionBuilder)

    QCoreApplication.installTranslator(marking_translator)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("«"))
    texts = [
        window.larger_button.accessibleName(),
        window.search.field.placeholderText(),
        checklist.heading.text(),
        checklist.row("fever").urgency.text(),
        checklist.row("fever").note_label.text(),
        builder.add_button.text(),
        builder.list_box.title(),
    ]
    assert all(text.startswith("«") and text.endswith("»") for text in texts), texts


def test_the_family_switches_language_and_keeps_everything(
    open_guide: Callable[..., Guide], good_bundle, qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide("en", good_bundle)
    window = guide.window
    assert window.language_box.isVisible()
    names = [window.language_box.itemText(i) for i in range(window.language_box.count())]
    assert names == ["English", "Español"]  # each language by its own name
    guide.lists_model.set_seen("fever", True)
    guide.lists_model.add_own_question("¿Puede ir a la escuela?")
    window.show_section("marrow")

    window.language_box.setCurrentIndex(1)  # what a tap or the keyboard does
    app_part = guide.app_part
    spanish = app_part.guide
    assert spanish is not guide and spanish.language == "es"
    qtbot.waitUntil(lambda: spanish.is_loaded)
    assert spanish.window.current_section_id() == "marrow"
    assert spanish.window.language_box.currentText() == "Español"
    assert spanish.lists_model.lists.checklist.entry("fever").seen
    assert spanish.lists_model.lists.questions.items[0].own_text == "¿Puede ir a la escuela?"
    assert app_part.settings.language == "es"  # remembered for the next start
    marrow = spanish.window.page("marrow").browser.toPlainText()
    assert "médula" in marrow.lower()
    assert "27 de noviembre de 2026" in marrow  # the review date as a Spanish reader writes it
    names = [spanish.window.tabs.name(i) for i in range(spanish.window.tabs.count())]
    assert "Médula" in names  # the section list is in Spanish too


def test_the_start_language_is_asked_then_remembered_then_the_systems_then_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QLocale

    from guide_app.ui.languages import start_language

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_MX")))
    shipped = ["en", "es"]
    assert start_language("en", "es", shipped) == "en"  # --lang
    assert start_language(None, "en", shipped) == "en"  # the family's last choice
    assert start_language(None, None, shipped) == "es"  # the system's, shipped
    assert start_language(None, "fr", ["en"]) == "en"  # nothing usable: English


def test_a_bilingual_sheet_is_offered_only_in_another_language(
    open_guide: Callable[..., Guide], tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from guide_app.resources import content_dir

    root = tmp_path / "content"
    root.mkdir()
    (root / "en").symlink_to(content_dir("en"))
    (root / "es").mkdir()  # a translation begun: every section stands in from English

    def builder_of(guide: Guide) -> QuestionBuilder:
        guide.window.show_section(QUESTIONS)
        return guide.window.tool(QUESTIONS)

    english = open_guide("en", root)
    assert builder_of(english).bilingual_box.isHidden()
    spanish = english.app_part.switch_language("es")
    qtbot.waitUntil(lambda: spanish.is_loaded)
    box = builder_of(spanish).bilingual_box
    assert box.isVisible() and box.text()
    box.setChecked(True)
    assert spanish.sheet_actions.bilingual
