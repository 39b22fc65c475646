"""The idle privacy reset on screen: input restarts the idle time, the "Are you still there?"
overlay counts down over a stand-in window, "I'm still here" continues, and the end comes once.
A fake clock drives it and the tests call ``tick()`` themselves: no sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QAccessibleEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from guide_app.core.idle import IdlePolicy
from guide_app.ui import idle_overlay
from guide_app.ui.idle_overlay import IdleOverlay
from guide_app.ui.idle_watch import COUNTDOWN_POLL_MS, POLL_MS, ActivityFilter, IdleController

TIMEOUT_S = 60
WARNING_S = 30


class FakeClock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@dataclass
class Kiosk:
    """A stand-in for the guide's window, wired as app.py is to wire the real one."""

    window: QMainWindow
    field: QLineEdit
    start_over: QPushButton
    overlay: IdleOverlay
    controller: IdleController
    clock: FakeClock
    resets: list[str] = field(default_factory=list)

    def wait(self, seconds: float) -> None:
        """Time passes with no input; the poll then runs."""
        self.clock.advance(seconds)
        self.controller.tick()

    def reach_warning(self) -> None:
        self.wait(TIMEOUT_S)
        assert self.overlay.isVisible()


@pytest.fixture
def kiosk(qtbot: QtBot) -> Iterator[Kiosk]:
    window = QMainWindow()
    qtbot.addWidget(window)
    central = QWidget(window)
    field_ = QLineEdit(central)
    field_.setAccessibleName("Search")
    start_over = QPushButton("Start over", central)
    layout = QVBoxLayout(central)
    layout.addWidget(field_)
    layout.addWidget(start_over)
    window.setCentralWidget(central)
    window.resize(800, 600)

    clock = FakeClock()
    controller = IdleController(IdlePolicy(TIMEOUT_S, WARNING_S), clock, window)
    overlay = IdleOverlay(window)
    kiosk = Kiosk(window, field_, start_over, overlay, controller, clock)

    # The wiring another engineer puts in app.py.
    activity = ActivityFilter(QApplication.instance(), controller.activity)
    controller.warning_started.connect(overlay.show_countdown)
    controller.countdown.connect(overlay.show_countdown)
    controller.warning_cancelled.connect(overlay.hide)
    controller.expired.connect(overlay.hide)
    controller.expired.connect(lambda: kiosk.resets.append("expired"))
    overlay.still_here.connect(controller.still_here)

    def start_over_now() -> None:  # GuideApp's reset, then:
        kiosk.resets.append("start over")
        controller.reset_done()

    start_over.clicked.connect(start_over_now)

    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field_.setFocus()
    qtbot.waitUntil(field_.hasFocus)
    try:
        yield kiosk
    finally:
        activity.uninstall()
        controller.timer.stop()


# Input restarts the idle time


def test_a_key_press_restarts_the_idle_time(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.wait(50)
    qtbot.keyClick(kiosk.field, "a")
    kiosk.wait(50)
    assert not kiosk.overlay.isVisible()
    kiosk.wait(10)
    assert kiosk.overlay.isVisible()


def test_a_mouse_click_restarts_the_idle_time(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.wait(59)
    qtbot.mouseClick(kiosk.field, Qt.MouseButton.LeftButton)
    kiosk.wait(59)
    assert not kiosk.overlay.isVisible()
    kiosk.wait(1)
    assert kiosk.overlay.isVisible()


def test_a_mouse_move_restarts_the_idle_time(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.wait(59)
    qtbot.mouseMove(kiosk.field, QPoint(5, 5))
    qtbot.mouseMove(kiosk.field, QPoint(20, 8))
    kiosk.wait(59)
    assert not kiosk.overlay.isVisible()


def test_an_event_the_guide_sends_itself_is_not_a_person(kiosk: Kiosk) -> None:
    kiosk.wait(59)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QCoreApplication.sendEvent(kiosk.field, key)  # not spontaneous
    kiosk.wait(1)
    assert kiosk.overlay.isVisible()


def test_the_filter_never_takes_the_input_it_sees(kiosk: Kiosk, qtbot: QtBot) -> None:
    qtbot.keyClicks(kiosk.field, "fever")
    assert kiosk.field.text() == "fever"


def test_the_timer_polls_about_once_a_second_and_faster_in_the_warning(kiosk: Kiosk) -> None:
    assert kiosk.controller.timer.isActive()
    assert kiosk.controller.timer.interval() == POLL_MS == 1000
    kiosk.reach_warning()
    assert kiosk.controller.timer.interval() == COUNTDOWN_POLL_MS
    kiosk.overlay.button.click()
    assert kiosk.controller.timer.interval() == POLL_MS


# The warning


def test_at_the_timeout_the_overlay_shows_the_countdown_with_the_button_focused(
    kiosk: Kiosk, qtbot: QtBot
) -> None:
    kiosk.wait(TIMEOUT_S - 1)
    assert not kiosk.overlay.isVisible()
    with qtbot.waitSignal(kiosk.controller.warning_started) as started:
        kiosk.wait(1)
    assert started.args == [WARNING_S]
    overlay = kiosk.overlay
    assert overlay.isVisible()
    assert overlay.heading.text() == "Are you still there?"
    assert overlay.message.text() == (
        "To keep your information private, the guide will start over in 30 seconds."
    )
    assert overlay.button.text() == "I'm still here"
    assert overlay.button.hasFocus()
    assert overlay.geometry() == kiosk.window.rect()


def test_the_countdown_goes_down_each_second(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.reach_warning()
    shown = []
    kiosk.controller.countdown.connect(shown.append)
    for _ in range(4 * (WARNING_S - 1)):  # polled four times a second, as the timer does
        kiosk.wait(0.25)
    assert shown == list(range(WARNING_S - 1, 0, -1))
    assert "in 1 " in kiosk.overlay.message.text()
    assert kiosk.overlay.accessibleDescription() == kiosk.overlay.message.text()


def test_a_touch_on_the_overlay_does_not_continue(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.reach_warning()
    qtbot.mouseClick(kiosk.overlay, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.keyClick(kiosk.overlay.button, Qt.Key.Key_A)
    kiosk.wait(WARNING_S)
    assert kiosk.resets == ["expired"]


def test_tab_stays_on_the_button_during_the_warning(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.reach_warning()
    qtbot.keyClick(kiosk.overlay.button, Qt.Key.Key_Tab)
    assert kiosk.overlay.button.hasFocus()
    qtbot.keyClick(kiosk.overlay.button, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert kiosk.overlay.button.hasFocus()


# "I'm still here"


@pytest.mark.parametrize("press", ["click", "Return", "Enter", "Space"])
def test_im_still_here_hides_the_overlay_and_restarts(
    kiosk: Kiosk, qtbot: QtBot, press: str
) -> None:
    kiosk.reach_warning()
    kiosk.wait(WARNING_S - 1)
    button = kiosk.overlay.button
    with qtbot.waitSignal(kiosk.controller.warning_cancelled):
        if press == "click":
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(button, getattr(Qt.Key, f"Key_{press}"))
    assert not kiosk.overlay.isVisible()
    assert kiosk.field.hasFocus()  # back where the family was
    kiosk.wait(TIMEOUT_S - 1)
    assert not kiosk.overlay.isVisible()
    assert kiosk.resets == []
    kiosk.wait(1)
    assert kiosk.overlay.isVisible()
    assert "in 30 seconds" in kiosk.overlay.message.text()


# The end


def test_at_zero_expired_comes_once_and_the_overlay_goes(kiosk: Kiosk) -> None:
    kiosk.reach_warning()
    kiosk.wait(WARNING_S - 0.001)
    assert kiosk.resets == []
    kiosk.wait(0.001)
    assert kiosk.resets == ["expired"]
    assert not kiosk.overlay.isVisible()
    for _ in range(5):
        kiosk.wait(1)
    kiosk.overlay.button.click()  # too late, and hidden anyway
    kiosk.wait(1)
    assert kiosk.resets == ["expired"]


def test_after_the_reset_a_new_idle_period_begins(kiosk: Kiosk) -> None:
    kiosk.reach_warning()
    kiosk.wait(WARNING_S)
    kiosk.controller.reset_done()
    kiosk.wait(TIMEOUT_S - 1)
    assert not kiosk.overlay.isVisible()
    kiosk.wait(1)
    assert kiosk.overlay.isVisible()
    kiosk.wait(WARNING_S)
    assert kiosk.resets == ["expired", "expired"]


def test_start_over_during_the_warning_hides_it(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.reach_warning()
    with qtbot.waitSignal(kiosk.controller.warning_cancelled):
        kiosk.start_over.click()  # as the staff or the reset code would, under the overlay
    assert not kiosk.overlay.isVisible()
    kiosk.wait(WARNING_S)
    assert kiosk.resets == ["start over"]


# The overlay itself


def test_the_overlay_covers_the_window_after_a_resize(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.reach_warning()
    kiosk.window.resize(1024, 700)
    qtbot.waitUntil(lambda: kiosk.window.size().width() == 1024)
    assert kiosk.overlay.geometry() == kiosk.window.rect()
    kiosk.window.resize(500, 900)
    qtbot.waitUntil(lambda: kiosk.window.size().height() == 900)
    assert kiosk.overlay.geometry() == kiosk.window.rect()


def test_a_resize_while_hidden_is_followed_too(kiosk: Kiosk, qtbot: QtBot) -> None:
    kiosk.window.resize(640, 480)
    qtbot.waitUntil(lambda: kiosk.window.size().width() == 640)
    kiosk.reach_warning()
    assert kiosk.overlay.geometry() == kiosk.window.rect()


def test_every_control_has_an_accessible_name(kiosk: Kiosk) -> None:
    kiosk.reach_warning()
    overlay = kiosk.overlay
    assert overlay.accessibleName() == "Are you still there?"
    assert "start over in 30 seconds" in overlay.accessibleDescription()
    for widget in overlay.findChildren(QWidget):
        if isinstance(widget, (QPushButton, QLabel)):
            assert widget.accessibleName(), widget
    assert overlay.button.accessibleName() == "I'm still here"
    assert overlay.button.accessibleDescription() == overlay.message.text()


def test_the_button_is_a_large_touch_target_and_the_default(kiosk: Kiosk) -> None:
    kiosk.reach_warning()
    button = kiosk.overlay.button
    assert button.width() >= 44 and button.height() >= 44
    assert button.height() >= 88
    assert button.isDefault()


def test_the_overlay_is_announced_to_screen_readers(
    kiosk: Kiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    announced: list[tuple[object, object]] = []

    class Recorder:
        Event = idle_overlay.QAccessible.Event

        @staticmethod
        def updateAccessibility(event: QAccessibleEvent) -> None:  # noqa: N802 (Qt's name)
            announced.append((event.object(), event.type()))

    monkeypatch.setattr(idle_overlay, "QAccessible", Recorder)
    kiosk.reach_warning()
    kiosk.wait(1)  # the countdown changes the text, it does not announce again
    assert announced == [(kiosk.overlay, Recorder.Event.Alert)]


def _contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two #RRGGBB colours."""

    def luminance(colour: str) -> float:
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("foreground", "background", "needed"),
    [
        (idle_overlay.TEXT, idle_overlay.PAGE, 4.5),
        (idle_overlay.BUTTON_TEXT, idle_overlay.BUTTON, 4.5),
        (idle_overlay.BUTTON_TEXT, idle_overlay.BUTTON_HOVER, 4.5),
        (idle_overlay.BUTTON_TEXT, idle_overlay.BUTTON_PRESSED, 4.5),
        (idle_overlay.BUTTON, idle_overlay.PAGE, 3.0),  # the button's shape (WCAG 1.4.11)
        (idle_overlay.FOCUS_RING, idle_overlay.PAGE, 3.0),  # the focus ring (WCAG 2.4.13)
    ],
)
def test_the_colours_meet_wcag_aa_contrast(foreground: str, background: str, needed: float) -> None:
    assert _contrast(foreground, background) >= needed


def test_a_touch_restarts_the_idle_time(kiosk: Kiosk) -> None:
    from PySide6.QtTest import QTest

    screen = QTest.createTouchDevice()
    kiosk.wait(59)
    QTest.touchEvent(kiosk.field, screen).press(0, QPoint(5, 5)).commit()
    QTest.touchEvent(kiosk.field, screen).release(0, QPoint(5, 5)).commit()
    kiosk.wait(59)
    assert not kiosk.overlay.isVisible()


def test_a_language_change_keeps_the_number_shown(kiosk: Kiosk) -> None:
    kiosk.reach_warning()
    kiosk.wait(18)
    QCoreApplication.sendEvent(kiosk.overlay, QEvent(QEvent.Type.LanguageChange))
    assert "start over in 12 seconds" in kiosk.overlay.message.text()
