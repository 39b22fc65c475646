"""The high-contrast switch: the palette, the widgets' colours and the section text change
together, the choice is remembered on a laptop, and a kiosk's wipe puts the next family back in
the kiosk's own look."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from guide_app.app import GuideApp
from guide_app.core.symptoms import Urgency
from guide_app.core.theme import HIGH_CONTRAST, NORMAL, ThemeName
from guide_app.ui.checklist_widget import ChecklistWidget
from guide_app.ui.theme import apply_theme, current_theme
from guide_app.ui.tool_page import CHECKLIST
from tests.ui.test_accessible_names import kiosk_guide  # noqa: F401 (a fixture)


@pytest.fixture(autouse=True)
def back_to_normal(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, ThemeName.NORMAL)  # the palette is the application's: leave it as found


def looks(app_part: GuideApp) -> dict[str, str]:
    """What the family sees of the theme: the window, a section's text, an urgency tag."""
    guide = app_part.guide
    assert guide is not None
    window = guide.window
    window.show_section(CHECKLIST)
    checklist = window.tool(CHECKLIST)
    assert isinstance(checklist, ChecklistWidget)
    row = next(r for r in checklist.rows if r.symptom.urgency is Urgency.CALL_NOW)
    section = window.pages()[0]
    section.ensure_rendered()
    return {
        "window": QApplication.palette().color(QPalette.ColorRole.Window).name(),
        "text": section.browser.document().defaultStyleSheet(),
        "tag": row.urgency.styleSheet(),
    }


def test_the_switch_changes_everything_at_once_and_is_remembered(open_guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide("en")
    app_part = guide.app_part
    assert current_theme() is NORMAL
    before = looks(app_part)
    assert HIGH_CONTRAST.urgency[Urgency.CALL_NOW].text not in before["tag"]
    guide.window.theme_switch.click()
    qtbot.waitUntil(lambda: app_part.guide is not guide and app_part.guide.is_loaded)
    assert current_theme() is HIGH_CONTRAST
    after = looks(app_part)
    assert after["window"] == HIGH_CONTRAST.palette["Window"]
    assert "background-color: #000000" in after["text"]
    assert HIGH_CONTRAST.urgency[Urgency.CALL_NOW].text in after["tag"]
    assert app_part.guide.window.theme_switch.isChecked()
    # Fields and lists get an edge that shows on black (the style's own is black there).
    edge = HIGH_CONTRAST.field_border
    assert f"border: 2px solid {edge}" in app_part.guide.window.styleSheet()
    assert app_part.settings.high_contrast is True
    # The next start on this laptop opens in high contrast.
    again = open_guide("en")
    assert current_theme() is HIGH_CONTRAST and again.window.theme_switch.isChecked()
    # And off again.
    again.window.theme_switch.click()
    qtbot.waitUntil(lambda: again.app_part.guide is not again and again.app_part.guide.is_loaded)
    assert current_theme() is NORMAL
    assert looks(again.app_part)["window"] == before["window"]
    assert again.app_part.settings.high_contrast is False


def test_a_kiosk_wipe_goes_back_to_the_kiosks_own_look(kiosk_guide, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    app_part = kiosk_guide("en")
    app_part.set_high_contrast(True)
    assert current_theme() is HIGH_CONTRAST
    app_part.reset("start over")
    assert current_theme() is NORMAL
    assert app_part.settings.high_contrast is None
    assert not app_part.guide.window.theme_switch.isChecked()


def test_the_desktops_setting_is_followed_until_the_family_chooses(
    open_guide, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import guide_app.ui.theme as theme_module

    monkeypatch.setattr(theme_module, "system_prefers_high_contrast", lambda: True)
    guide = open_guide("en")
    qtbot.waitUntil(lambda: current_theme() is HIGH_CONTRAST)
    # The family turns it off: that choice wins over the desktop's from now on.
    app_part = guide.app_part
    qtbot.waitUntil(lambda: app_part.guide.is_loaded)
    app_part.guide.window.theme_switch.click()
    assert current_theme() is NORMAL
    assert open_guide("en") and current_theme() is NORMAL
