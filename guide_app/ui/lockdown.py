"""The kiosk's lockdown of the guide's window: full screen, frameless, no way out for a family.

One application-wide event filter swallows what would close, shrink or leave the window (its
close event, Alt+F4, Ctrl+Q, Ctrl+W, F11 ...), every context menu, and the key chord staff use to
leave (Ctrl+Alt+Shift+X), which it turns into ``staff_exit_requested``; the staff PIN prompt
(staff_pin_dialog.py) decides, and ``release()`` undoes it all. Ordinary typing is left alone.

Esc is swallowed only when it is aimed at the locked window itself: the glossary popup, the PIN
prompt and any other dialog are windows of their own, so Esc still closes them as in laptop mode
(and each of them also has a Close or Cancel button, for touch).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QMainWindow

# Kept on each text browser while locked: its own interaction flags, put back on release().
_SAVED_FLAGS = "_lockdown_text_interaction_flags"


class Lockdown(QObject):
    """Locks one window at a time; ``apply()`` to a new window moves the lock there."""

    staff_exit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Qt is looked up here, not at import: the enum namespace is slow to build (pyproject's
        # TID253), and the filter below, which runs for every event, uses plain ints.
        from PySide6.QtCore import Qt

        key, mod, flag = Qt.Key, Qt.KeyboardModifier, Qt.WindowType
        self._modifier_mask = (mod.ShiftModifier | mod.ControlModifier | mod.AltModifier).value
        self._meta = mod.MetaModifier.value
        ctrl, alt, shift = mod.ControlModifier.value, mod.AltModifier.value, mod.ShiftModifier.value
        # (key, modifiers) that close, quit or leave full screen in common desktops and apps, and
        # their Shift variants a child mashing keys would hit.
        self._blocked = {
            (key.Key_F4.value, alt),
            (key.Key_F4.value, ctrl),
            (key.Key_Q.value, ctrl),
            (key.Key_Q.value, ctrl | shift),
            (key.Key_W.value, ctrl),
            (key.Key_W.value, ctrl | shift),
        }
        # With any modifiers: full screen toggles, and the Super/Meta keys (on their own they
        # open a desktop's launcher; the window manager may still take them first).
        self._blocked_any = {
            key.Key_F11.value,
            key.Key_Meta.value,
            key.Key_Super_L.value,
            key.Key_Super_R.value,
        }
        self._escape = key.Key_Escape.value
        self._staff_chord = (key.Key_X.value, ctrl | alt | shift)
        self._lock_flags = flag.FramelessWindowHint | flag.WindowStaysOnTopHint
        self._links_only = (
            Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self._full_screen = Qt.WindowState.WindowFullScreen
        self._window: QMainWindow | None = None
        self._flags_before = flag.Window

    @property
    def window(self) -> QMainWindow | None:
        """The window locked now, if any."""
        return self._window

    def apply(self, window: QMainWindow) -> None:
        """Lock ``window``: full screen, frameless and on top; the filter installed. A window
        already shown is shown again (changing its flags hides it); one not yet shown opens
        full screen when shown. A window locked before is let go as it is: it is the one being
        replaced (``GuideApp.open_window``), about to be closed and deleted."""
        if window is self._window:
            return
        if self._window is not None and shiboken6.isValid(self._window):
            self._window.destroyed.disconnect(self._on_window_destroyed)
        self._window = window
        self._flags_before = window.windowFlags()
        was_visible = window.isVisible()
        window.setWindowFlags(self._flags_before | self._lock_flags)
        # Without a window manager (a bare X session, as some kiosks run) full screen is only a
        # state: the window keeps its size. Covering the screen by geometry too works either way
        # (first: setting a geometry takes a window out of the full-screen state).
        screen = window.screen() or QApplication.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.setWindowState(window.windowState() | self._full_screen)
        window.destroyed.connect(self._on_window_destroyed)
        for browser in window.findChildren(QTextBrowser):
            self._lock_browser(browser)
        QApplication.instance().installEventFilter(self)
        if was_visible:
            window.show()

    def release(self) -> None:
        """Undo ``apply()``: the window may close again, with its frame, not full screen; its
        text browsers select text again. (For the staff exit.)"""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        window, self._window = self._window, None
        if window is None or not shiboken6.isValid(window):
            return
        window.destroyed.disconnect(self._on_window_destroyed)
        was_visible = window.isVisible()
        window.setWindowFlags(self._flags_before)
        window.setWindowState(window.windowState() & ~self._full_screen)
        for browser in window.findChildren(QTextBrowser):
            saved = browser.property(_SAVED_FLAGS)
            if saved is not None:
                browser.setTextInteractionFlags(type(self._links_only)(saved))
                browser.setProperty(_SAVED_FLAGS, None)
        if was_visible:
            window.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return self._filter_key(watched, event)  # type: ignore[arg-type]
        if kind == QEvent.Type.ContextMenu:
            return True  # no menus: "Copy", "Select all" or a browser's "Copy link location"
        if kind == QEvent.Type.Close and watched is self._window:
            event.ignore()  # an ignored close event keeps the window open (Qt's close())
            return True
        if kind == QEvent.Type.Show and isinstance(watched, QTextBrowser):
            # Section browsers are made when first needed, after apply().
            if self._window is not None and watched.window() is self._window:
                self._lock_browser(watched)
        elif kind == QEvent.Type.WindowStateChange and watched is self._window:
            # Something (a window manager's key) took it out of full screen: back, once this
            # change is done. (_restore_full_screen does nothing if it still is.)
            QTimer.singleShot(0, self._restore_full_screen)
        return False

    def _filter_key(self, watched: QObject, event: QKeyEvent) -> bool:
        """Swallow (True) the keys that would leave; a ShortcutOverride is accepted as well, so
        that no shortcut bound to the same keys fires, and the key press that follows is
        swallowed here too."""
        key = event.key()
        modifiers = event.modifiers().value
        if (key, modifiers & self._modifier_mask) == self._staff_chord and not modifiers & (
            self._meta
        ):
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.staff_exit_requested.emit()
            event.accept()
            return True
        blocked = (
            key in self._blocked_any
            or modifiers & self._meta
            or (key, modifiers & self._modifier_mask) in self._blocked
            or (key == self._escape and self._is_in_locked_window(watched))
        )
        if blocked:
            event.accept()
            return True
        return False

    def _is_in_locked_window(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and watched.window() is self._window

    def _lock_browser(self, browser: QTextBrowser) -> None:
        """Links only: no text selection, so nothing to drag out of the guide or to copy."""
        if browser.property(_SAVED_FLAGS) is None:
            browser.setProperty(_SAVED_FLAGS, browser.textInteractionFlags().value)
        browser.setTextInteractionFlags(self._links_only)

    def _restore_full_screen(self) -> None:
        window = self._window
        if window is not None and not window.windowState() & self._full_screen:
            window.setWindowState(window.windowState() | self._full_screen)

    def _on_window_destroyed(self) -> None:
        # The window was deleted while locked (a rebuilt window replaces it): nothing to undo.
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._window = None
