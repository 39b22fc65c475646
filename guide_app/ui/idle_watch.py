"""Watching for input and for the kiosk's idle time: the Qt side of ``guide_app.core.idle``.

``ActivityFilter`` sees the family's input anywhere in the application and reports it;
``IdleController`` polls an ``IdleTracker`` with a timer and turns its states into signals for
the "Are you still there?" overlay and the reset.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from guide_app.core.idle import IdlePolicy, IdleState, IdleTracker

# What a person does: press, move, touch, type, scroll, draw. (ShortcutOverride: a key that a
# shortcut takes never arrives as a KeyPress; InputMethod: typing through an input method.)
_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)


class ActivityFilter(QObject):
    """An application-wide event filter that calls ``on_activity`` for each input; it only
    watches, never consumes. Installs itself on ``app`` (its parent) at once.

    Only spontaneous events count (those from the window system, and Qt's test input): Qt and
    widgets also send themselves synthetic mouse moves (hover updates when a widget appears
    under a still pointer) that are not a person at the screen.
    """

    def __init__(self, app: QCoreApplication, on_activity: Callable[[], None]) -> None:
        super().__init__(app)
        self._app = app
        self._on_activity = on_activity
        app.installEventFilter(self)

    def uninstall(self) -> None:
        """Stop watching (the guide quits, or a test ends)."""
        self._app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # spontaneous() first: most events are Qt's own, and it is cheaper than type().
        if event.spontaneous() and event.type() in _ACTIVITY:
            self._on_activity()
        return False


POLL_MS = 1000
"""How often the idle state is read while nothing shows: about once a second is soon enough,
since the warning's 20+ seconds run from when it is shown (IdleTracker)."""

COUNTDOWN_POLL_MS = 250
"""How often during the warning: a poll once a second, landing near each whole second, would
now and then show one number twice and skip the next."""


class IdleController(QObject):
    """Owns the ``IdleTracker`` and the timer that reads it, and says what changed.

    ``warning_started(seconds)`` once when the warning begins, ``countdown(seconds)`` each time
    the number left goes down, ``warning_cancelled`` when the family answers (``still_here()``)
    or the guide starts over during the warning, ``expired`` once at the end of the warning.
    After ``expired`` nothing more happens until ``reset_done()``.

    The timer is the only time source; ``now`` (monotonic seconds) is injectable so tests set
    the time and call ``tick()`` themselves.
    """

    warning_started = Signal(int)
    countdown = Signal(int)
    warning_cancelled = Signal()
    expired = Signal()

    def __init__(
        self,
        policy: IdlePolicy,
        now: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tracker = IdleTracker(policy, now)
        # What has been announced by signal; the tracker's state can run ahead until tick().
        self.phase: IdleState = "active"
        self._shown_seconds = 0
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def activity(self) -> None:
        """Input anywhere (``ActivityFilter``): a new idle period, unless the warning shows."""
        self.tracker.activity()

    def still_here(self) -> None:
        """The warning's "I'm still here": back to active. Too late once expired."""
        if self.tracker.still_here() and self.phase == "warning":
            self._enter_active()
            self.warning_cancelled.emit()

    def reset_done(self) -> None:
        """The guide has started over (after ``expired``, or at "Start over"): a new period."""
        was_warning = self.phase == "warning"
        self.tracker.restart()
        self._enter_active()
        if was_warning:
            self.warning_cancelled.emit()

    def tick(self) -> None:
        """Read the tracker and emit what changed since the last tick."""
        state = self.tracker.state()
        if state == "warning":
            seconds = self.tracker.seconds_left_in_warning()
            if self.phase != "warning":
                self.phase, self._shown_seconds = "warning", seconds
                self.timer.setInterval(COUNTDOWN_POLL_MS)
                self.warning_started.emit(seconds)
            elif seconds != self._shown_seconds:
                self._shown_seconds = seconds
                self.countdown.emit(seconds)
        elif state == "expired" and self.phase != "expired":
            self.phase = "expired"
            self.timer.setInterval(POLL_MS)
            self.expired.emit()

    def _enter_active(self) -> None:
        self.phase = "active"
        self.timer.setInterval(POLL_MS)
