"""The idle privacy reset's state machine, on a fake clock (no Qt, no sleeps)."""

from __future__ import annotations

import math

import pytest

from guide_app.core.idle import MIN_WARNING_S, IdlePolicy, IdleTracker


class FakeClock:
    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def tracker(clock: FakeClock, timeout_s: float = 60, warning_s: float = 30) -> IdleTracker:
    return IdleTracker(IdlePolicy(timeout_s, warning_s), clock)


# The policy


@pytest.mark.parametrize(("asked", "got"), [(0, 20), (5, 20), (19.9, 20), (20, 20), (45, 45)])
def test_the_warning_is_never_shorter_than_20_seconds(asked: float, got: float) -> None:
    assert IdlePolicy(60, asked).warning_s == got


def test_the_default_warning_is_the_minimum() -> None:
    assert IdlePolicy(60).warning_s == MIN_WARNING_S == 20


@pytest.mark.parametrize("timeout", [0, -1, math.inf, math.nan])
def test_a_timeout_that_is_not_a_positive_number_is_refused(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        IdlePolicy(timeout)


@pytest.mark.parametrize("warning", [math.inf, math.nan])
def test_a_warning_that_is_not_a_number_is_refused(warning: float) -> None:
    with pytest.raises(ValueError, match="warning"):
        IdlePolicy(60, warning)


# Active


def test_a_new_tracker_is_active_with_the_full_warning_ahead(clock: FakeClock) -> None:
    idle = tracker(clock)
    assert idle.state() == "active"
    assert idle.seconds_left_in_warning() == 30


def test_it_stays_active_until_the_timeout(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(59.999)
    assert idle.state() == "active"


def test_activity_while_active_starts_the_idle_period_again(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(50)
    idle.activity()
    clock.advance(50)  # 100 s since start, 50 s since the input
    assert idle.state() == "active"
    clock.advance(10)
    assert idle.state() == "warning"


def test_input_before_the_warning_was_seen_still_counts(clock: FakeClock) -> None:
    # The idle time ran out but nobody has looked (so nothing was shown): input now is activity.
    idle = tracker(clock)
    clock.advance(61)
    idle.activity()
    assert idle.state() == "active"
    clock.advance(59)
    assert idle.state() == "active"


# Warning


def test_the_warning_starts_exactly_at_the_timeout(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(60)
    assert idle.state() == "warning"
    assert idle.seconds_left_in_warning() == 30


def test_the_countdown_goes_down_by_whole_seconds_rounded_up(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(60)
    assert idle.state() == "warning"
    seen = []
    for _ in range(30):
        seen.append(idle.seconds_left_in_warning())
        clock.advance(0.5)
        seen.append(idle.seconds_left_in_warning())
        clock.advance(0.5)
    assert seen == [n for n in range(30, 0, -1) for _ in (0, 1)]
    assert idle.seconds_left_in_warning() == 0
    assert idle.state() == "expired"


def test_activity_during_the_warning_does_not_continue(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(60)
    assert idle.state() == "warning"
    clock.advance(10)
    idle.activity()
    assert idle.state() == "warning"
    assert idle.seconds_left_in_warning() == 20
    clock.advance(20)
    assert idle.state() == "expired"


def test_still_here_goes_back_to_active_with_a_new_idle_period(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(60)
    assert idle.state() == "warning"
    clock.advance(29)
    assert idle.still_here() is True
    assert idle.state() == "active"
    assert idle.seconds_left_in_warning() == 30
    clock.advance(59)
    assert idle.state() == "active"
    clock.advance(1)
    assert idle.state() == "warning"


def test_still_here_while_active_is_ordinary_activity(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(30)
    assert idle.still_here() is True
    clock.advance(59)
    assert idle.state() == "active"


def test_a_late_look_still_gives_the_whole_warning(clock: FakeClock) -> None:
    # Polling was late (a busy or suspended machine): the warning runs from when it is seen,
    # so the family never loses part of its 20+ seconds.
    idle = tracker(clock)
    clock.advance(60 + 30 + 100)
    assert idle.state() == "warning"
    assert idle.seconds_left_in_warning() == 30
    clock.advance(29.9)
    assert idle.state() == "warning"
    clock.advance(0.1)
    assert idle.state() == "expired"


def test_the_clamped_warning_lasts_20_seconds(clock: FakeClock) -> None:
    idle = tracker(clock, timeout_s=10, warning_s=3)
    clock.advance(10)
    assert idle.state() == "warning"
    assert idle.seconds_left_in_warning() == 20
    clock.advance(19.999)
    assert idle.state() == "warning"
    clock.advance(0.001)
    assert idle.state() == "expired"


def test_a_fractional_warning_counts_down_from_its_next_whole_second(clock: FakeClock) -> None:
    idle = tracker(clock, timeout_s=10, warning_s=20.5)
    clock.advance(10)
    assert idle.state() == "warning"
    assert idle.seconds_left_in_warning() == 21
    clock.advance(20)
    assert idle.seconds_left_in_warning() == 1


# Expired


def test_it_expires_exactly_at_timeout_plus_warning(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(60)
    assert idle.state() == "warning"
    clock.advance(29.999)
    assert idle.state() == "warning"
    assert idle.seconds_left_in_warning() == 1
    clock.advance(0.001)
    assert idle.state() == "expired"
    assert idle.seconds_left_in_warning() == 0


def test_expired_stays_expired_whatever_comes_in(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(60)
    idle.state()
    clock.advance(30)
    assert idle.state() == "expired"
    idle.activity()
    assert idle.still_here() is False
    clock.advance(1000)
    assert idle.state() == "expired"


def test_still_here_after_the_countdown_ended_is_too_late(clock: FakeClock) -> None:
    # Nobody polled at the exact end, but the time has passed: the reset goes ahead.
    idle = tracker(clock)
    clock.advance(60)
    idle.state()
    clock.advance(30)
    assert idle.still_here() is False
    assert idle.state() == "expired"


def test_restart_after_the_reset_begins_a_new_idle_period(clock: FakeClock) -> None:
    idle = tracker(clock)
    clock.advance(60)
    idle.state()
    clock.advance(30)
    assert idle.state() == "expired"
    clock.advance(5)
    idle.restart()
    assert idle.state() == "active"
    clock.advance(59)
    assert idle.state() == "active"
    clock.advance(1)
    assert idle.state() == "warning"


@pytest.mark.parametrize("before", [0, 30, 75])
def test_restart_from_any_state_is_active(clock: FakeClock, before: float) -> None:
    idle = tracker(clock)
    clock.advance(min(before, 60))
    idle.state()
    clock.advance(max(0, before - 60))
    idle.restart()
    assert idle.state() == "active"
    assert idle.seconds_left_in_warning() == 30
