"""Bold labels sized relative to the reader's text size, so headings grow with it.

An explicitly set font stops following the application font; these labels set theirs again
whenever the application font changes (the text-size control changes it).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class HeadingLabel(QLabel):
    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._apply_font()
        QApplication.instance().fontChanged.connect(self._apply_font)  # type: ignore[union-attr]

    def _apply_font(self) -> None:
        font = QFont(QApplication.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * self._scale)
        self.setFont(font)


def bold() -> QFont:
    """A font that only asks for bold: its size still follows the text-size control."""
    font = QFont()  # a new QFont marks nothing as set ...
    font.setBold(True)  # ... but the weight
    return font
