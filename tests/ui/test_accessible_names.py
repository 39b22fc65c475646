"""Every control a family can use has a name a screen reader says, in the guide's language, and
can take the keyboard focus: walked widget by widget in each view (every section and tool page,
the dialogs, the kiosk's warning), in English and Spanish, on a laptop and on a kiosk.

The name is the one Qt hands to the screen reader (its accessibility interface), so a button's
text or a label's buddy counts; tests/ui/test_screen_reader.py checks the same through AT-SPI.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

from guide_app.app import Guide, GuideApp
from guide_app.core.kiosk_config import KioskConfig
from guide_app.core.staff_log import open_staff_log
from guide_app.ui.kiosk import KioskMode
from guide_app.ui.profile import Profile, ProfileKind

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _inside_another_control(widget: QWidget) -> bool:
    """Qt's own parts of a control (a line edit's clear button, a date field's editor, a
    combo box's list): reached through the control, not by Tab of their own."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, INTERACTIVE):
            return True
        parent = parent.parentWidget()
    return False


def problems_in(window: QWidget, view: str) -> list[str]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(window):
            continue
        what = f"{view}: {type(widget).__name__} {widget.objectName()!r}"
        if not accessible_name(widget):
            found.append(f"{what} has no accessible name")
        if _inside_another_control(widget):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            found.append(f"{what} cannot take the keyboard focus")
    return found


def walk_every_view(guide: Guide, label: str) -> list[str]:
    """Every page of the side list in turn, and the dialogs the guide opens."""
    window = guide.window
    found = problems_in(window, f"{label} top bar")
    # With something searched for: the field's clear button and the results show.
    window.search.field.setText("blood")
    QCoreApplication.processEvents()
    assert window.search.results.isVisibleTo(window)
    found += problems_in(window, f"{label} searching")
    for index in range(window.tabs.count()):
        window.tabs.set_current_index(index)
        QCoreApplication.processEvents()
        found += problems_in(window, f"{label} page {index} ({window.tabs.name(index)})")
    popup = window.show_glossary_term(guide.library.glossary().terms[0].id)
    assert popup is not None
    found += problems_in(popup, f"{label} glossary popup")
    popup.close()
    address = window.show_address("example.org")
    found += problems_in(address, f"{label} address dialog")
    address.close()
    return found


@pytest.fixture
def kiosk_guide(qtbot) -> Iterator[Callable[[str], GuideApp]]:  # type: ignore[no-untyped-def]
    made: list[GuideApp] = []

    def make(language: str) -> GuideApp:
        app_part = GuideApp(Profile(ProfileKind.KIOSK))
        config = KioskConfig(kiosk=True, idle_timeout_s=180, warning_s=30)
        app_part.kiosk = KioskMode(config, app_part.reset, open_staff_log(None), lambda: 0.0)
        guide = app_part.open_window(language)
        guide.window.show()
        qtbot.waitUntil(lambda: guide.is_loaded)
        made.append(app_part)
        return app_part

    yield make
    for app_part in made:
        assert app_part.kiosk is not None
        app_part.kiosk.lockdown.release()
        app_part.kiosk._activity.uninstall()  # noqa: SLF001 (the filter outlives no test)
        if app_part.guide is not None and shiboken6.isValid(app_part.guide.window):
            app_part.guide.window.close()
            app_part.guide.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_in_every_view_has_a_name_and_takes_focus(open_guide, language) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(language)
    assert not walk_every_view(guide, language)


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_control_of_a_kiosk_has_a_name_and_takes_focus(kiosk_guide, language) -> None:  # type: ignore[no-untyped-def]
    app_part = kiosk_guide(language)
    guide = app_part.guide
    assert guide is not None
    found = walk_every_view(guide, f"kiosk {language}")
    overlay = app_part.kiosk.overlay  # type: ignore[union-attr]
    assert overlay is not None
    overlay.show_countdown(30)
    found += problems_in(overlay, f"kiosk {language} idle warning")
    overlay.hide()
    # The staff's PIN prompt and the "Take your questions home" code.
    from guide_app.core.kiosk_pin import PinGate, hash_pin
    from guide_app.ui.staff_pin_dialog import StaffPinDialog

    prompt = StaffPinDialog(PinGate(hash_pin("2468"), lambda: 0.0), guide.window)
    prompt.show()
    found += problems_in(prompt, f"kiosk {language} staff PIN prompt")
    prompt.close()
    assert guide.sheet_actions is not None
    handoff = guide.sheet_actions.take_home()
    found += problems_in(handoff, f"kiosk {language} take your questions home")
    handoff.close()
    assert not found


def test_names_are_in_the_guides_language(open_guide) -> None:  # type: ignore[no-untyped-def]
    """The same controls, named in Spanish in the Spanish guide."""
    controls = ("smaller_button", "larger_button", "theme_switch")

    def names(window: QWidget) -> list[str]:
        clear = window.search.field.findChild(QToolButton)  # type: ignore[attr-defined]
        return [accessible_name(getattr(window, c)) for c in controls] + [accessible_name(clear)]

    in_english = names(open_guide("en").window)
    in_spanish = names(open_guide("es").window)  # (the English window is now in Spanish too)
    assert in_english[-1] == "Clear the search"
    assert all(in_spanish) and not set(in_english) & set(in_spanish)


def test_the_walk_finds_a_control_without_a_name(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The check itself: an unnamed icon button and an unfocusable field are reported."""
    from PySide6.QtWidgets import QHBoxLayout, QPushButton

    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton(holder)
    field = QLineEdit(holder)
    field.setAccessibleName("A field")
    field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout = QHBoxLayout(holder)
    layout.addWidget(button)
    layout.addWidget(field)
    found = problems_in(holder, "test")
    assert any("QPushButton" in p and "no accessible name" in p for p in found)
    assert any("QLineEdit" in p and "focus" in p for p in found)
