"""The kiosk's lockdown: full screen and frameless; nothing a family can press closes or leaves
the window, no context menus, no text to drag out; typing still works; the staff chord asks for
the PIN; release() gives the window back. On a stand-in window, headless."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QMainWindow,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from guide_app.ui.lockdown import Lockdown

Mod = Qt.KeyboardModifier
NONE = Mod.NoModifier
CTRL, ALT, SHIFT, META = Mod.ControlModifier, Mod.AltModifier, Mod.ShiftModifier, Mod.MetaModifier

MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta}
ESCAPE_KEYS = [
    (Qt.Key.Key_F4, ALT),
    (Qt.Key.Key_F4, CTRL),
    (Qt.Key.Key_Q, CTRL),
    (Qt.Key.Key_W, CTRL),
    (Qt.Key.Key_Q, CTRL | SHIFT),
    (Qt.Key.Key_W, CTRL | SHIFT),
    (Qt.Key.Key_Escape, NONE),
    (Qt.Key.Key_F11, NONE),
    (Qt.Key.Key_F11, SHIFT),
    (Qt.Key.Key_Q, META),
    (Qt.Key.Key_D, META),
    (Qt.Key.Key_Super_L, NONE),
]


class Recorder(QWidget):
    """A focusable widget that notes the keys and context menus that reach it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.keys: list[int] = []
        self.context_menus = 0

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() not in MODIFIER_KEYS:  # keyClick presses Ctrl, Alt ... first
            self.keys.append(event.key())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        self.context_menus += 1


class StandIn(QMainWindow):
    """The guide's window as far as the lockdown sees it: a field, a text, shortcuts."""

    def __init__(self) -> None:
        super().__init__()
        central = QWidget(self)
        self.field = QLineEdit(central)
        self.browser = QTextBrowser(central)
        self.browser.setHtml("<p>Some words to select, and <a href='#x'>a link</a>.</p>")
        self.recorder = Recorder(central)
        layout = QVBoxLayout(central)
        for widget in (self.field, self.browser, self.recorder):
            layout.addWidget(widget)
        self.setCentralWidget(central)
        # Shortcuts an application might bind: the lockdown must stop those that leave.
        self.fired: list[str] = []
        for keys in ("Ctrl+Q", "Ctrl+W", "F11", "Ctrl+F"):
            QShortcut(QKeySequence(keys), self, lambda keys=keys: self.fired.append(keys))


@pytest.fixture
def window(qtbot) -> StandIn:  # type: ignore[no-untyped-def]
    window = StandIn()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def lockdown(window: StandIn) -> Iterator[Lockdown]:
    lockdown = Lockdown()
    lockdown.apply(window)
    yield lockdown
    lockdown.release()  # the filter is application-wide: never left for the next test


def _is_locked_look(window: QWidget) -> bool:
    flags = window.windowFlags()
    return (
        bool(window.windowState() & Qt.WindowState.WindowFullScreen)
        and bool(flags & Qt.WindowType.FramelessWindowHint)
        and bool(flags & Qt.WindowType.WindowStaysOnTopHint)
    )


def test_the_window_is_full_screen_frameless_and_on_top(window, lockdown) -> None:  # type: ignore[no-untyped-def]
    assert _is_locked_look(window)
    assert window.isVisible()
    assert lockdown.window is window


def test_a_window_locked_before_it_is_shown_opens_full_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = StandIn()
    qtbot.addWidget(window)
    lockdown = Lockdown()
    lockdown.apply(window)
    try:
        assert not window.isVisible()  # apply() leaves showing to the caller
        window.show()
        assert _is_locked_look(window)
    finally:
        lockdown.release()


def test_close_leaves_it_open(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    assert window.close() is False
    QApplication.processEvents()
    assert window.isVisible()


def _name(keys: tuple[Qt.Key, Mod]) -> str:
    if keys[0] == Qt.Key.Key_Super_L:
        return "Super"  # QKeySequence has no name for it
    return QKeySequence(keys[1].value | keys[0].value).toString()


@pytest.mark.parametrize(("key", "modifiers"), ESCAPE_KEYS, ids=[_name(k) for k in ESCAPE_KEYS])
def test_no_key_that_closes_or_leaves_does_anything(  # type: ignore[no-untyped-def]
    qtbot, window, lockdown, key, modifiers
) -> None:
    for target in (window.recorder, window.field, window):
        qtbot.keyClick(target, key, modifiers)
        QApplication.processEvents()
        assert window.isVisible()
        assert _is_locked_look(window)
    assert window.recorder.keys == []
    assert window.fired == []


def test_other_shortcuts_still_work(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.field, Qt.Key.Key_F, CTRL)
    assert window.fired == ["Ctrl+F"]


def test_back_to_full_screen_when_something_takes_it_out(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    window.showNormal()
    qtbot.waitUntil(lambda: bool(window.windowState() & Qt.WindowState.WindowFullScreen))


def test_no_context_menus(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    for reason in (QContextMenuEvent.Reason.Mouse, QContextMenuEvent.Reason.Keyboard):
        position = QPoint(5, 5)
        event = QContextMenuEvent(reason, position, window.recorder.mapToGlobal(position), NONE)
        QApplication.sendEvent(window.recorder, event)
    assert window.recorder.context_menus == 0
    assert QApplication.activePopupWidget() is None


def test_text_browsers_show_links_but_no_text_to_select_or_drag(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    links_only = (
        Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    assert window.browser.textInteractionFlags() == links_only
    # Section browsers are made when first opened, after the lock.
    later = QTextBrowser(window.centralWidget())
    window.centralWidget().layout().addWidget(later)
    later.show()
    assert later.textInteractionFlags() == links_only


def test_typing_in_a_field_still_works(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    window.field.setFocus()
    qtbot.keyClicks(window.field, "abcd")
    qtbot.keyClick(window.field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(window.field, "ABC", SHIFT)
    assert window.field.text() == "abcABC"
    with qtbot.waitSignal(window.field.returnPressed, timeout=1000):
        qtbot.keyClick(window.field, Qt.Key.Key_Return)
    window.activateWindow()
    qtbot.waitActive(window)
    window.field.setFocus()
    qtbot.keyClick(window.field, Qt.Key.Key_Tab)
    assert not window.field.hasFocus()


def test_esc_still_closes_a_popup(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    # Like the glossary popup: a dialog of its own, which Esc closes as in laptop mode.
    popup = QDialog(window)
    popup.show()
    qtbot.waitExposed(popup)
    with qtbot.waitSignal(popup.rejected, timeout=1000):
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.isVisible()


def test_the_staff_chord_asks_for_the_staff_exit(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    window.field.setFocus()
    with qtbot.waitSignal(lockdown.staff_exit_requested, timeout=1000):
        qtbot.keyClick(window.field, Qt.Key.Key_X, CTRL | ALT | SHIFT)
    assert window.field.text() == ""
    assert window.isVisible()


def test_release_gives_the_window_back(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    selectable = window.browser.textInteractionFlags()
    lockdown.release()
    assert lockdown.window is None
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert selectable != window.browser.textInteractionFlags()
    signals: list[bool] = []
    lockdown.staff_exit_requested.connect(lambda: signals.append(True))
    qtbot.keyClick(window.field, Qt.Key.Key_X, CTRL | ALT | SHIFT)
    assert signals == []
    assert window.close()
    assert not window.isVisible()


def test_locking_a_new_window_lets_the_old_one_close(qtbot, window, lockdown) -> None:  # type: ignore[no-untyped-def]
    # As GuideApp.open_window does: a fresh window, then the old one closed and deleted.
    fresh = StandIn()
    qtbot.addWidget(fresh)
    lockdown.apply(fresh)
    fresh.show()
    assert _is_locked_look(fresh)
    assert window.close()
    assert fresh.close() is False
    assert fresh.isVisible()


def test_a_deleted_window_leaves_no_filter_behind(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = StandIn()
    lockdown = Lockdown()
    lockdown.apply(window)
    window.deleteLater()
    qtbot.waitUntil(lambda: lockdown.window is None)
    other = QMainWindow()
    qtbot.addWidget(other)
    other.show()
    assert other.close()
