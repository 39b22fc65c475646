"""At 200% text, nothing is cut off: every label's and button's text fits its widget (the
font's metrics against the widget's geometry) on every page, in English and Spanish, on a
1280 x 800 screen, and on a kiosk (full screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QWidget

from guide_app.ui.settings import MAX_TEXT_SCALE
from tests.ui.test_accessible_names import kiosk_guide  # noqa: F401 (a fixture)

SCREEN = (1280, 800)
SLACK = 1  # px: rounding between the metrics and the layout


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(widget: QWidget) -> str | None:
    """Why ``widget``'s text does not fit it, or None when it does."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QLabel):
        text = widget.text()
        if not text or widget.textFormat() == Qt.TextFormat.RichText or widget.pixmap():
            return None
        area = widget.contentsRect()
        if widget.wordWrap():
            flags = int(Qt.TextFlag.TextWordWrap) | int(widget.alignment())
            needed = metrics.boundingRect(QRect(0, 0, area.width(), 100_000), flags, text)
            too_small = needed.height() > area.height() + SLACK
        else:
            width = max(metrics.horizontalAdvance(line) for line in _plain(text).split("\n"))
            lines = text.count("\n") + 1
            too_small = width > area.width() + SLACK or metrics.height() * lines > area.height()
        return f"label {text[:40]!r}" if too_small else None
    if isinstance(widget, QAbstractButton):
        text = _plain(widget.text())
        if not text:
            return None
        hint = widget.sizeHint()
        if isinstance(widget, QPushButton | QCheckBox) and (
            hint.width() > widget.width() + SLACK or metrics.height() > widget.height()
        ):
            return f"button {text[:40]!r} ({widget.width()} < {hint.width()})"
    return None


def settle() -> None:
    """Let the layouts catch up with a new font (they do it in posted events, in turns)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()


def problems(window: QWidget, view: str) -> list[str]:
    settle()
    found = []
    for widget in window.findChildren(QWidget):
        if widget.isVisibleTo(window) and widget.width() > 0 and (why := clipped(widget)):
            found.append(f"{view}: {why}")
    return found


@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_is_cut_off_at_200_percent(open_guide, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(language)
    window = guide.window
    window.resize(*SCREEN)
    guide.app_part.settings.set_text_scale(MAX_TEXT_SCALE)
    found: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.set_current_index(index)
        found += problems(window, f"{language} page {index} ({window.tabs.name(index)})")
    # The dialogs at that size too.
    popup = window.show_glossary_term(guide.library.glossary().terms[0].id)
    assert popup is not None
    qtbot.waitExposed(popup)
    found += problems(popup, f"{language} glossary popup")
    popup.close()
    assert not found, "\n".join(dict.fromkeys(found))


def test_the_check_sees_a_cut_off_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("A name far too long for the room it has been given")
    qtbot.addWidget(label)
    label.resize(60, 20)
    assert clipped(label)
    label.resize(label.sizeHint())
    assert clipped(label) is None


def test_nothing_is_cut_off_on_a_kiosk_at_200_percent(kiosk_guide) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The kiosk's top bar holds "Start over" too."""
    app_part = kiosk_guide("es")
    window = app_part.guide.window
    app_part.settings.set_text_scale(MAX_TEXT_SCALE)
    found: list[str] = []
    for index in range(window.tabs.count()):
        window.tabs.set_current_index(index)
        found += problems(window, f"kiosk page {index} ({window.tabs.name(index)})")
    assert not found, "\n".join(dict.fromkeys(found))
