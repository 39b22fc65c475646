"""The kiosk's idle privacy reset, as a small state machine over an injected clock (no Qt).

After ``timeout_s`` with no input the guide warns "Are you still there?" for ``warning_s``
seconds; at the end of the warning it starts over, so the next family never sees this family's
lists. WCAG 2.2.1 (Timing Adjustable) asks that such a warning last at least 20 seconds and
that one simple action continue: here, the "I'm still here" button (``still_here()``).

States: ``active`` -> (idle for timeout_s) -> ``warning`` -> (warning_s more) -> ``expired``;
``still_here()`` goes from the warning back to ``active``; ``restart()`` (after the reset) from
anywhere to ``active``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

IdleState = Literal["active", "warning", "expired"]

MIN_WARNING_S = 20.0
"""WCAG 2.2.1: a warning before a time limit gives at least 20 seconds to act."""


@dataclass(frozen=True)
class IdlePolicy:
    """How long the guide waits for input (``timeout_s``), then how long it warns
    (``warning_s``, raised to ``MIN_WARNING_S`` when shorter: a configuration can never make
    the warning too short to act on)."""

    timeout_s: float
    warning_s: float = MIN_WARNING_S

    def __post_init__(self) -> None:
        if not (math.isfinite(self.timeout_s) and self.timeout_s > 0):
            raise ValueError(f"the idle timeout must be a positive number, not {self.timeout_s}")
        if not math.isfinite(self.warning_s):
            raise ValueError(f"the warning must be a number of seconds, not {self.warning_s}")
        object.__setattr__(self, "warning_s", max(MIN_WARNING_S, float(self.warning_s)))


class IdleTracker:
    """Where the idle period stands, read from ``now`` (seconds, monotonic) when asked.

    The warning begins when ``state()`` first sees the idle time run out, not at the moment it
    ran out: whoever polls ``state()`` shows the warning then, so the family always gets the full
    ``warning_s`` to answer, even when polling was late (a busy or suspended machine). For the
    same reason input before that moment still counts as activity: nobody has been warned yet.

    During the warning only ``still_here()`` continues; ``activity()`` is ignored. The warning
    covers the screen, so a touch on it is most likely a passer-by, a child's stray tap or a
    new family touching the screen to start: none of these should silently keep the last
    family's lists on show. Continuing takes the one deliberate action the warning asks for.
    Once ``expired``, nothing but ``restart()`` leaves it: a press that arrives after the end
    of the countdown is too late, and the reset goes ahead.
    """

    def __init__(self, policy: IdlePolicy, now: Callable[[], float]) -> None:
        self.policy = policy
        self._now = now
        self._state: IdleState = "active"
        # When the current period began: the idle period while active, the warning while warning.
        self._since = now()

    def _advance(self, t: float) -> IdleState:
        if self._state == "active" and t - self._since >= self.policy.timeout_s:
            self._state, self._since = "warning", t
        if self._state == "warning" and t - self._since >= self.policy.warning_s:
            self._state = "expired"
        return self._state

    def state(self) -> IdleState:
        """The state now; moves the machine on when its time has come (see the class note)."""
        return self._advance(self._now())

    def seconds_left_in_warning(self) -> int:
        """Whole seconds left before the reset, rounded up (the countdown shown): the full
        warning while active, 0 once expired."""
        full = math.ceil(self.policy.warning_s)
        t = self._now()
        state = self._advance(t)
        if state == "active":
            return full
        if state == "expired":
            return 0
        left = self._since + self.policy.warning_s - t
        # Rounded first, so float noise (19.0000000001) does not show one second too many.
        return max(1, min(full, math.ceil(round(left, 6))))

    def activity(self) -> None:
        """Any input: starts the idle period again, unless a warning shows or it has expired."""
        t = self._now()
        # Not _advance(): input before the warning was seen still counts (see the class note).
        if self._state == "active":
            self._since = t

    def still_here(self) -> bool:
        """The family answered the warning: back to active with a new idle period. True when it
        took effect (also from active, as ordinary activity); False once expired."""
        t = self._now()
        if self._advance(t) == "expired":
            return False
        self._state, self._since = "active", t
        return True

    def restart(self) -> None:
        """After the guide has started over (or at "Start over"): a new idle period."""
        self._state, self._since = "active", self._now()
