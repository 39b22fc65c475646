"""Kiosk mode: the building blocks wired to each window of a run (``GuideApp`` calls
``attach`` with every window ``open_window`` makes).

- lockdown: full screen, no way out by keys, close or context menu; the staff chord opens the
  PIN prompt, and the right PIN quits;
- the idle privacy reset: any input restarts the idle time; after ``idle_timeout_s`` the "Are you
  still there?" overlay counts down ``warning_s``; at zero, or on the always-visible "Start over"
  button, ``GuideApp.reset()`` wipes everything (a fresh window at Start here, in the default
  language, over emptied lists) and nothing was ever written to disk (the kiosk profile);
- no file dialogs: Save as PDF, Print and Print preview (whose dialogs can print to a file) are
  not offered;
- the welcome screen at the start and after every wipe: what the guide is, three large choices,
  the languages and the clinic's name.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from guide_app.core.freed_memory import release_freed_memory
from guide_app.core.idle import IdlePolicy
from guide_app.core.kiosk_config import KioskConfig
from guide_app.core.kiosk_pin import PinGate
from guide_app.core.staff_log import log_reset, log_staff_exit
from guide_app.ui.idle_overlay import IdleOverlay
from guide_app.ui.idle_watch import ActivityFilter, IdleController
from guide_app.ui.languages import Retranslated
from guide_app.ui.lockdown import Lockdown
from guide_app.ui.theme import drop_cached_drawings
from guide_app.ui.welcome_screen import WelcomeScreen

if TYPE_CHECKING:
    import logging

    from guide_app.ui.main_window import MainWindow

MIN_TOUCH = 44
# Text a little larger than a laptop's at the start and after each wipe: a kiosk is read from
# arm's length, often standing (the family can still change it).
KIOSK_TEXT_SCALE = 120
RELEASE_AFTER_MS = 1000  # after a wipe: give the old window's memory back to the system


def release_after_wipe() -> None:
    """What the old window leaves behind once it is deleted: the style's drawings of it (never
    used again), then the freed memory."""
    drop_cached_drawings(QApplication.instance())  # type: ignore[arg-type]
    release_freed_memory()


class StartOverButton(Retranslated, QPushButton):
    """Always visible in a kiosk's top bar: wipes everything at once."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(MIN_TOUCH * 3, MIN_TOUCH)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("Start over"))
        self.setAccessibleName(self.tr("Start over"))
        self.setAccessibleDescription(
            self.tr("Clears everything on this screen, for the next family.")
        )


class KioskMode(QObject):
    """One per run: the lockdown, the idle controller and the staff exit, over each window."""

    def __init__(
        self,
        config: KioskConfig,
        reset: Callable[[str], None],
        staff_log: logging.Logger,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        """``reset(cause)`` wipes the run ("idle" or "start over")."""
        super().__init__(QCoreApplication.instance())
        self.config = config
        self.text_scale = KIOSK_TEXT_SCALE
        self._reset = reset
        self._log = staff_log
        self.lockdown = Lockdown(self)
        self.lockdown.staff_exit_requested.connect(self._on_staff_exit_requested)
        policy = IdlePolicy(config.idle_timeout_s, config.warning_s)
        self.idle = IdleController(policy, now, self)
        self.idle.expired.connect(lambda: self.reset("idle"))
        self._activity = ActivityFilter(QCoreApplication.instance(), self.idle.activity)
        self._gate = PinGate(config.exit_pin_hash, now) if config.exit_pin_hash else None
        self._pin_dialog_open = False
        self.overlay: IdleOverlay | None = None
        self.start_over: StartOverButton | None = None
        self.welcome: WelcomeScreen | None = None
        # The welcome screen shows at the start and after each wipe, until the family chooses
        # (a language chosen on it opens a new window that shows it again).
        self._welcome_pending = True

    def attach(self, window: MainWindow) -> None:
        """Lock a new window and give it the overlay and the Start over button."""
        self.start_over = StartOverButton()
        self.start_over.clicked.connect(lambda: self.reset("start over"))
        window.add_to_top_bar(self.start_over)
        overlay = IdleOverlay(window)
        self.idle.warning_started.connect(overlay.show_countdown)
        self.idle.countdown.connect(overlay.show_countdown)
        self.idle.warning_cancelled.connect(overlay.hide)
        self.idle.expired.connect(overlay.hide)
        overlay.still_here.connect(self.idle.still_here)
        self.overlay = overlay
        self.lockdown.apply(window)
        window.addresses_as_qr = True  # a family opens a page on their own phone, not here
        self.welcome = None
        if self._welcome_pending:
            self._welcome(window)

    def _welcome(self, window: MainWindow) -> None:
        welcome = WelcomeScreen(window, window.languages, window.language, self.config.clinic_name)

        def chosen(target: str) -> None:
            self._welcome_pending = False
            window.show_section(target)

        welcome.section_chosen.connect(chosen)
        welcome.language_chosen.connect(window.language_chosen)
        welcome.present()
        if self.overlay is not None:
            self.overlay.raise_()  # the idle warning covers the welcome screen too
        self.welcome = welcome

    @property
    def staff_log(self) -> logging.Logger:
        return self._log

    def reset(self, cause: str) -> None:
        """Wipe everything for the next family, then watch for idleness afresh."""
        log_reset(self._log, "idle" if cause == "idle" else "start over")
        self._welcome_pending = True
        self._reset(cause)
        self.idle.reset_done()
        # Once the old window is deleted (on a later turn of the event loop).
        QTimer.singleShot(RELEASE_AFTER_MS, self, release_after_wipe)

    def _on_staff_exit_requested(self) -> None:
        if self._gate is None or self._pin_dialog_open:
            return  # no PIN configured: the chord does nothing (the config says so at start)
        from guide_app.ui.staff_pin_dialog import StaffPinDialog

        self._pin_dialog_open = True
        dialog = StaffPinDialog(self._gate, self.lockdown.window)
        try:
            if dialog.exec():
                log_staff_exit(self._log)
                self.lockdown.release()
                QApplication.quit()
        finally:
            self._pin_dialog_open = False
            dialog.deleteLater()
