"""The high-contrast switch in the top bar, beside the text size: white on black, links in
yellow, for every part of the guide at once. ``app.py`` applies the theme (a fresh window)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from guide_app.ui.languages import Retranslated

MIN_TOUCH = 44


class HighContrastSwitch(Retranslated, QPushButton):
    """A toggle button: pressed in while the high-contrast theme is on."""

    def __init__(self, on: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("high-contrast-switch")
        self.setCheckable(True)
        self.setChecked(on)
        self.setMinimumSize(MIN_TOUCH, MIN_TOUCH)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.tr("High contrast"))
        self.setAccessibleName(self.tr("High contrast"))
        self.setAccessibleDescription(
            self.tr("White text on black, for every part of the guide (Ctrl+Shift+H)")
        )
        self.setToolTip(self.tr("White text on black (Ctrl+Shift+H)"))
