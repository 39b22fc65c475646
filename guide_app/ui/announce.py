"""Tell a screen reader something that happened, without moving the focus (Qt 6.8's
announcement event: AT-SPI's "announcement" on Linux, UIA's notification on Windows)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent


def announce(source: QObject, message: str, *, assertive: bool = False) -> None:
    """``assertive`` interrupts what the reader is saying (a warning); else it waits its turn."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(source, message)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
