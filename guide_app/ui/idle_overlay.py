"""The kiosk's "Are you still there?" warning: covers the whole window with a countdown and one
large "I'm still here" button (WCAG 2.2.1: warned, at least 20 seconds, one simple action).

Opaque on purpose: while it shows, a passer-by sees no part of the family's lists. It says
nothing about the countdown itself; ``IdleController`` decides when it shows and what it says.
"""

from __future__ import annotations

import shiboken6
from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QHideEvent
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from guide_app.core.theme import NORMAL, Theme
from guide_app.ui.announce import announce
from guide_app.ui.heading_label import HeadingLabel
from guide_app.ui.languages import Retranslated
from guide_app.ui.theme import current_theme
from guide_app.ui.window_cover import WindowCover

BUTTON_HEIGHT = 88  # twice the 44 px touch target: the one thing to find in a hurry
BUTTON_WIDTH = 280
TEXT_SCALE = 1.3

# Calm colours, WCAG AA and more (tests/ui/test_idle_overlay.py checks the ratios): dark text on
# a pale blue-grey (12.9:1), white on a quiet blue (7.0:1). The focus ring takes the place of a
# border in the page colour, so focusing changes those pixels from the page to the ring (16:1).
# The colours are the theme's (guide_app/core/theme.py; normal shown here for the tests).
PAGE = NORMAL.overlay_page
TEXT = NORMAL.overlay_text
BUTTON = NORMAL.overlay_button
BUTTON_HOVER = NORMAL.overlay_button_hover
BUTTON_PRESSED = NORMAL.overlay_button_pressed
BUTTON_TEXT = NORMAL.overlay_button_text
FOCUS_RING = NORMAL.overlay_focus_ring


def overlay_style(theme: Theme) -> str:
    return f"""
#idleOverlay {{ background-color: {theme.overlay_page}; }}
#idleOverlay QLabel {{ color: {theme.overlay_text}; background: transparent; }}
#idleOverlay QPushButton {{
    color: {theme.overlay_button_text}; background-color: {theme.overlay_button};
    background-clip: padding; border: 4px solid {theme.overlay_page}; border-radius: 14px;
    padding: 8px 32px;
}}
#idleOverlay QPushButton:hover {{ background-color: {theme.overlay_button_hover}; }}
#idleOverlay QPushButton:pressed {{ background-color: {theme.overlay_button_pressed}; }}
#idleOverlay QPushButton:focus {{ border-color: {theme.overlay_focus_ring}; }}
"""


STYLE = overlay_style(NORMAL)


class IdleOverlay(Retranslated, WindowCover):
    """Covers the whole window while it shows."""

    still_here = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, "idleOverlay")
        Qt = QtCore.Qt  # noqa: N806 (looked up here, never at import: main_window.py's note)
        self.setStyleSheet(overlay_style(current_theme()))
        self._seconds = 0
        self._focus_before: QWidget | None = None

        self.heading = HeadingLabel(2.0, self)
        self.message = QLabel(self)
        self.button = QPushButton(self)
        for label in (self.heading, self.message):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button.setMinimumSize(BUTTON_WIDTH, BUTTON_HEIGHT)
        # Default: Enter presses it as well as Space (QPushButton takes Enter when default).
        self.button.setDefault(True)
        self.button.setAutoDefault(True)
        self.button.clicked.connect(self.still_here)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

        self._apply_fonts()
        QApplication.instance().fontChanged.connect(self._apply_fonts)  # type: ignore[union-attr]
        self.hide()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        heading = self.tr("Are you still there?")
        message = self.tr(
            "To keep your information private, the guide will start over in %n seconds.",
            "",
            self._seconds,
        )
        button = self.tr("I'm still here")
        self.heading.setText(heading)
        self.heading.setAccessibleName(heading)
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self.button.setAccessibleDescription(message)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(message)

    def show_countdown(self, seconds: int) -> None:
        """Show the warning with ``seconds`` left (or just change the number if it shows)."""
        self._seconds = seconds
        self.retranslate_ui()
        if self.isVisible():
            return
        self._focus_before = QApplication.focusWidget()
        self.cover()
        self.button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        # Screen readers: an alert for the overlay; the focus then reads the button's name and
        # its description (the countdown line).
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))
        # And said out loud at once (AT-SPI passes Qt's alert on as a plain state change).
        announce(self, f"{self.heading.text()} {self.message.text()}", assertive=True)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        """Focus goes back where it was before the warning (when that widget still shows)."""
        before, self._focus_before = self._focus_before, None
        if before is not None and shiboken6.isValid(before) and before.isVisible():
            before.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        super().hideEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab stays on the button while the warning shows: the window underneath is hidden."""
        return True if self.isVisible() else super().focusNextPrevChild(next)

    def _apply_fonts(self) -> None:
        for widget, bold in ((self.message, False), (self.button, True)):
            font = QFont(QApplication.font())
            font.setBold(bold)
            font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
            widget.setFont(font)
