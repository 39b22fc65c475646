"""The guide with the keyboard alone: moving between sections, searching, ticking a symptom,
adding a question, following a link and closing its popup, with the focus always shown.

Only key presses drive these tests (QTest key events through qtbot), as a family with a keyboard
or a switch would use the guide.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QPlainTextEdit, QWidget

from guide_app.app import Guide
from guide_app.ui.checklist_widget import ChecklistWidget, SymptomRow
from guide_app.ui.focus_ring import FocusRingKeeper
from guide_app.ui.glossary_popup import GlossaryPopup
from guide_app.ui.question_builder import QuestionBuilder
from guide_app.ui.theme import current_theme
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS

MAX_TABS = 80  # a control further than this many Tab presses is not "reachable"


@pytest.fixture
def guide(open_guide, qtbot) -> Guide:  # type: ignore[no-untyped-def]
    guide = open_guide("en")
    window = guide.window
    window.activateWindow()
    qtbot.waitActive(window)
    window.tabs.names.setFocus()
    qtbot.waitUntil(window.tabs.names.hasFocus)
    return guide  # type: ignore[no-any-return]


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:  # type: ignore[no-untyped-def]
    """A key to whatever has the focus, as the keyboard sends it; returns what has it then."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()  # type: ignore[return-value]


def tab_until(qtbot, wanted: Callable[[QWidget], bool]) -> QWidget:  # type: ignore[no-untyped-def]
    for _ in range(MAX_TABS):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if widget is not None and wanted(widget):
            return widget
    raise AssertionError(f"not reached with {MAX_TABS} presses of Tab")


def open_with_ctrl_number(qtbot, window, tool_id: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+<its place in the section list> opens the family tool's page."""
    index = window.tabs.index_of(window.tool_pages[tool_id])
    press(qtbot, getattr(Qt.Key, f"Key_{index + 1}"), Qt.KeyboardModifier.ControlModifier)


def tick_the_first_sign_with_keys(qtbot, window) -> SymptomRow:  # type: ignore[no-untyped-def]
    """Ctrl+<number> to the checklist, Tab to its first box, Space: the row ticked."""
    open_with_ctrl_number(qtbot, window, CHECKLIST)
    checklist = window.tool(CHECKLIST)
    assert isinstance(checklist, ChecklistWidget)
    box = tab_until(qtbot, lambda w: isinstance(w, QCheckBox) and checklist.isAncestorOf(w))
    row = next(r for r in checklist.rows if r.tick is box)
    press(qtbot, Qt.Key.Key_Space)
    return row


def test_sections_switch_with_ctrl_tab_ctrl_shift_tab_and_ctrl_numbers(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    tabs = guide.window.tabs
    ctrl = Qt.KeyboardModifier.ControlModifier
    browser = guide.window.pages()[0].browser
    browser.setFocus()  # from inside the text too, not only from the list
    qtbot.waitUntil(browser.hasFocus)
    press(qtbot, Qt.Key.Key_Tab, ctrl)
    assert tabs.current_index() == 1
    press(qtbot, Qt.Key.Key_Backtab, ctrl | Qt.KeyboardModifier.ShiftModifier)
    assert tabs.current_index() == 0
    press(qtbot, Qt.Key.Key_4, ctrl)
    assert tabs.current_index() == 3
    press(qtbot, Qt.Key.Key_1, ctrl)
    assert tabs.current_index() == 0
    press(qtbot, Qt.Key.Key_PageDown, ctrl)
    assert tabs.current_index() == 1
    # Down in the list of names opens the next one.
    tabs.names.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    assert tabs.current_index() == 2


def test_search_with_keys_only(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = guide.window
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.field.hasFocus()
    qtbot.keyClicks(window.search.field, "chickenpox")
    press(qtbot, Qt.Key.Key_Return)  # to the results
    assert window.search.results.hasFocus()
    press(qtbot, Qt.Key.Key_Return)  # open the first one
    page = window.tabs.current_page()
    first = window.search.results.item(0).data(Qt.ItemDataRole.UserRole + 1)
    assert page.section.id == first.section_id
    qtbot.waitUntil(page.browser.hasFocus)  # once the page shows
    assert "chickenpox" in page.browser.textCursor().selectedText().lower()


def test_tick_a_symptom_with_keys_only(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = tick_the_first_sign_with_keys(qtbot, guide.window)
    assert guide.lists_model is not None
    assert guide.lists_model.lists.checklist.entry(row.symptom.id).seen
    # The note field comes next; what is typed is kept.
    note = tab_until(qtbot, lambda w: w is row.note)
    qtbot.keyClicks(note, "Since Tuesday")
    assert guide.lists_model.lists.checklist.entry(row.symptom.id).note == "Since Tuesday"


def test_add_a_question_with_keys_only(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = guide.window
    open_with_ctrl_number(qtbot, window, QUESTIONS)
    builder = window.tool(QUESTIONS)
    assert isinstance(builder, QuestionBuilder)
    assert guide.lists_model is not None
    # One from the bank: Space ticks the current question in the tree.
    tree = tab_until(qtbot, lambda w: w is builder.bank_tree)
    press(qtbot, Qt.Key.Key_Down)
    if builder.bank_tree.currentItem().childCount():  # a topic: its first question
        press(qtbot, Qt.Key.Key_Down)
    assert tree.hasFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert len(guide.lists_model.lists.questions) == 1
    # One of their own: type it, Tab to "Add to my list", Space.
    tab_until(qtbot, lambda w: isinstance(w, QPlainTextEdit) and w is builder.own_text)
    qtbot.keyClicks(builder.own_text, "Can she go back to school?")
    tab_until(qtbot, lambda w: w is builder.add_button)
    press(qtbot, Qt.Key.Key_Space)
    assert len(guide.lists_model.lists.questions) == 2
    assert builder.chosen.item(1).text().endswith("Can she go back to school?")


def test_tab_moves_between_links_enter_follows_esc_closes(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = guide.window
    browser = window.pages()[0].browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    for _ in range(MAX_TABS):  # Tab goes from link to link inside the text
        press(qtbot, Qt.Key.Key_Tab)
        if browser.textCursor().charFormat().anchorHref().startswith("glossary:"):
            break
    else:
        raise AssertionError("Tab never reached a glossary link")
    assert browser.hasFocus()
    # The chosen link shows in the focus colours, not only by Qt's thin dotted line.
    marks = [m.format.background().color().name() for m in browser.extraSelections()]
    assert QColor(current_theme().focus_ring).name() in marks
    press(qtbot, Qt.Key.Key_Return)
    popup = window.findChild(GlossaryPopup)
    assert popup is not None and popup.isVisible()
    qtbot.waitUntil(lambda: popup.isAncestorOf(QApplication.focusWidget()))  # read first
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shiboken6.isValid(popup) or not popup.isVisible())


def test_the_focus_shows_a_ring_on_each_control(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = guide.window
    keeper = QApplication.instance().findChild(FocusRingKeeper)
    assert keeper is not None
    window.search.field.setFocus()
    qtbot.waitUntil(window.search.field.hasFocus)
    for _ in range(4):  # along the top bar
        widget = press(qtbot, Qt.Key.Key_Tab)
        ring = keeper.ring
        assert ring is not None and ring.widget() is widget and ring.isVisible()
        # The ring's colour is painted round the control, outside its own area.
        image = ring.grab().toImage()
        colour = QColor(current_theme().focus_ring).name()
        edge = {image.pixelColor(x, image.height() // 2).name() for x in range(0, 4)}
        assert colour in edge, type(widget).__name__


def test_enter_presses_a_focused_button_as_space_does(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = guide.window
    settings = guide.app_part.settings
    window.larger_button.setFocus()
    qtbot.waitUntil(window.larger_button.hasFocus)
    before = settings.text_scale
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: settings.text_scale > before)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: settings.text_scale > before + 10)


def test_tab_goes_on_past_a_date_field_with_no_date(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = tick_the_first_sign_with_keys(qtbot, guide.window)
    tab_until(qtbot, lambda w: w is row.date)
    assert row.date.text() == "No date"
    after = press(qtbot, Qt.Key.Key_Tab)
    assert after is not row.date and not row.date.isAncestorOf(after)
