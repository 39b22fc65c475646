"""The staff's PIN prompt: the right PIN accepts; wrong ones say so; three lock it for a minute,
with a countdown; after the minute it accepts again. A fake gate on a fake clock: no sleeps."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from guide_app.ui.staff_pin_dialog import TOUCH_TARGET, StaffPinDialog

RIGHT_PIN = "2468"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class FakeGate:
    """PinGate's contract (guide_app.core.kiosk_config): three misses lock it for 60 s."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.misses = 0
        self.locked_until = 0.0
        self.tried: list[str] = []

    def seconds_locked(self) -> int:
        return max(0, math.ceil(self.locked_until - self.clock()))

    def try_pin(self, pin: str) -> str:
        self.tried.append(pin)
        if self.seconds_locked():
            return "locked"
        if pin == RIGHT_PIN:
            self.misses = 0
            return "ok"
        self.misses += 1
        if self.misses >= 3:
            self.misses = 0
            self.locked_until = self.clock() + 60
            return "locked"
        return "wrong"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def gate(clock: FakeClock) -> FakeGate:
    return FakeGate(clock)


@pytest.fixture
def dialog(qtbot, gate: FakeGate) -> StaffPinDialog:  # type: ignore[no-untyped-def]
    dialog = StaffPinDialog(gate)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _enter(qtbot, dialog: StaffPinDialog, pin: str) -> None:  # type: ignore[no-untyped-def]
    dialog.pin.setFocus()
    qtbot.keyClicks(dialog.pin, pin)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_the_pin_field_hides_the_digits_and_takes_only_digits(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    assert dialog.pin.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.pin, "12a3-4")
    assert dialog.pin.text() == "1234"


def test_the_right_pin_accepts(qtbot, dialog, gate) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        _enter(qtbot, dialog, RIGHT_PIN)
    assert gate.tried == [RIGHT_PIN]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_enter_in_the_pin_field_tries_the_pin(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.pin, RIGHT_PIN)
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)


def test_a_wrong_pin_says_so_and_does_not_accept(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    _enter(qtbot, dialog, "1111")
    assert dialog.message.text() == "Wrong PIN."
    assert dialog.message.isVisible()
    assert dialog.pin.text() == ""  # ready for the next try
    assert dialog.isVisible() and not accepted


def test_cancel_rejects_and_never_accepts(qtbot, dialog, gate) -> None:  # type: ignore[no-untyped-def]
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.keyClicks(dialog.pin, RIGHT_PIN)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not accepted and gate.tried == []


def test_three_wrong_pins_lock_with_a_countdown_then_it_accepts_again(  # type: ignore[no-untyped-def]
    qtbot, dialog, gate, clock
) -> None:
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    for _ in range(3):
        _enter(qtbot, dialog, "1111")
    assert dialog.message.text() == "Too many tries. Try again in 60 seconds."
    assert not dialog.pin.isEnabled() and not dialog.ok_button.isEnabled()
    assert dialog.cancel_button.isEnabled()  # staff can always give up
    assert dialog.countdown.isActive()

    # Even the right PIN is not tried while locked (the button and Enter do nothing).
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
    assert gate.tried == ["1111"] * 3 and not accepted

    clock.now += 58
    dialog.countdown.timeout.emit()
    assert dialog.message.text() == "Too many tries. Try again in 2 seconds."
    assert not dialog.ok_button.isEnabled()

    clock.now += 2.5
    dialog.countdown.timeout.emit()
    assert not dialog.countdown.isActive()
    assert dialog.pin.isEnabled() and dialog.ok_button.isEnabled()
    assert dialog.message.text() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        _enter(qtbot, dialog, RIGHT_PIN)


def test_a_prompt_opened_while_the_gate_is_locked_shows_the_lock(qtbot, gate, clock) -> None:  # type: ignore[no-untyped-def]
    # Closing the prompt and pressing the chord again does not start the count afresh.
    for _ in range(3):
        gate.try_pin("0000")
    clock.now += 20
    dialog = StaffPinDialog(gate)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == "Too many tries. Try again in 40 seconds."
    assert not dialog.ok_button.isEnabled()


def test_every_control_has_an_accessible_name_and_is_a_touch_target(dialog) -> None:  # type: ignore[no-untyped-def]
    controls = dialog.findChildren(QLineEdit) + dialog.findChildren(QPushButton)
    assert {dialog.pin, dialog.ok_button, dialog.cancel_button} <= set(controls)
    for control in controls:
        assert control.accessibleName(), control
        assert control.height() >= TOUCH_TARGET, control
    for button in dialog.findChildren(QPushButton):
        assert button.width() >= TOUCH_TARGET, button
    assert dialog.message.accessibleName()
