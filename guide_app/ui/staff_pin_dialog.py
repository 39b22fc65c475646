"""The staff's PIN prompt for leaving the kiosk: accepted only on the right PIN; after three wrong
ones it says how long the lock lasts, counting down, and takes no PIN until it ends.

The gate (the PIN check and its lock, guide_app.core.kiosk_config.PinGate) holds the clock and the
count of misses, so closing and opening the prompt again does not reset them.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_app.ui.languages import Retranslated

TOUCH_TARGET = 44  # px: the kiosk's smallest control (WCAG 2.5.5)
MAX_PIN_DIGITS = 12


class PinGate(Protocol):
    """What the prompt needs of a PIN gate."""

    def try_pin(self, pin: str) -> str:
        """``"ok"``, ``"wrong"`` or ``"locked"``."""
        ...

    def seconds_locked(self) -> int:
        """Whole seconds until the gate takes a PIN again; 0 when it does now."""
        ...


class StaffPinDialog(Retranslated, QDialog):
    """Emits ``accepted`` (QDialog's) only when the gate says "ok"; Cancel or Esc rejects."""

    def __init__(self, gate: PinGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._gate = gate
        self._prompt = QLabel(self)
        self._prompt.setWordWrap(True)
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_DIGITS}}}"), self)
        )
        self.pin.setMinimumHeight(TOUCH_TARGET)
        self._prompt.setBuddy(self.pin)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.ok_button = QPushButton(self)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        for button in (self.ok_button, self.cancel_button):
            button.setMinimumSize(TOUCH_TARGET * 2, TOUCH_TARGET)
        self.ok_button.clicked.connect(self._on_ok)
        self.cancel_button.clicked.connect(self.reject)
        self.pin.returnPressed.connect(self._on_ok)
        # While locked, the countdown is read again from the gate every second.
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.update_lock)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._prompt)
        layout.addWidget(self.pin)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(360)
        self._message_kind = ""
        self.retranslate_ui()
        self.update_lock()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Staff exit"))
        self._prompt.setText(self.tr("Staff PIN to leave the kiosk:"))
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.ok_button.setText(self.tr("OK"))
        self.ok_button.setAccessibleName(self.tr("OK: leave the kiosk"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel: stay in the kiosk"))
        self.message.setAccessibleName(self.tr("Message"))
        self._show_message()

    def update_lock(self) -> None:
        """Show the lock's countdown while the gate is locked, and take PINs again once it is
        over. (The countdown timer calls this every second.)"""
        locked = self._gate.seconds_locked() > 0
        self.pin.setEnabled(not locked)
        self.ok_button.setEnabled(not locked)
        if locked:
            self._message_kind = "locked"
            if not self.countdown.isActive():
                self.countdown.start()
        else:
            self.countdown.stop()
            if self._message_kind == "locked":
                self._message_kind = ""
                self.pin.setFocus()
        self._show_message()

    def _on_ok(self) -> None:
        if not self.ok_button.isEnabled():
            return
        result = self._gate.try_pin(self.pin.text())
        self.pin.clear()
        if result == "ok":
            self._message_kind = ""
            self._show_message()
            self.accept()
            return
        self._message_kind = "wrong"
        self.update_lock()  # the miss that locks the gate answers "locked"

    def _show_message(self) -> None:
        if self._message_kind == "locked":
            seconds = self._gate.seconds_locked()
            text = self.tr("Too many tries. Try again in %n seconds.", "", seconds)
        elif self._message_kind == "wrong":
            text = self.tr("Wrong PIN.")
        else:
            text = ""
        self.message.setText(text)
        self.message.setVisible(bool(text))
