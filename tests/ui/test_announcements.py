"""What a screen reader is told without the focus moving: the meaning of a word as its popup
opens, the idle warning at once (assertively), and what became of a print or a saved PDF.

Qt hands these to the platform (AT-SPI on Linux; tests/ui/test_screen_reader.py reads that
tree); here the announcement events the guide sends are caught on their way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

from guide_app.ui.idle_overlay import IdleOverlay


@pytest.fixture
def announced(monkeypatch) -> Iterator[list[tuple[str, bool]]]:  # type: ignore[no-untyped-def]
    """Each announcement as (message, assertive)."""
    heard: list[tuple[str, bool]] = []
    real = QAccessible.updateAccessibility

    def catch(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            assertive = event.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            heard.append((event.message(), assertive))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", catch)
    yield heard


def test_the_glossary_popup_says_the_word_and_its_meaning(open_guide, announced) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide("es")
    term = guide.library.glossary().terms[0]
    guide.window.show_glossary_term(term.id)
    assert (f"{term.term}: {term.meaning}", False) in announced


def test_the_idle_warning_is_said_at_once(qtbot, announced) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    overlay = IdleOverlay(window)
    overlay.show_countdown(30)
    assert len(announced) == 1
    message, assertive = announced[0]
    assert assertive and "Are you still there?" in message and "30" in message


def test_a_saved_pdf_is_announced(open_guide, announced, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide("en")
    assert guide.sheet_actions is not None
    saved = guide.sheet_actions.save_pdf(tmp_path / "our-questions.pdf")
    assert saved is not None and saved.exists()
    assert ("Your questions were saved as our-questions.pdf.", False) in announced
