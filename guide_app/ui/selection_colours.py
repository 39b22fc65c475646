"""The colours of what is chosen: the open section's name, the chosen search result, selected
text. One place, so that all three look alike and keep their contrast.

The style's own highlight (Fusion's blue, #308cc6) gives white text a contrast of 3.7:1, under
the 4.5:1 WCAG AA asks for; the headings' dark blue gives it 11:1.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SELECTION_BACKGROUND = "#123a5e"  # the headings' colour (resources/style/guide.css)
SELECTION_TEXT = "#ffffff"


def apply_selection_colours(app: QApplication) -> None:
    """Only the two selection roles change: the rest of the palette (a dark or high-contrast
    system theme) stays the system's."""
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION_BACKGROUND))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor(SELECTION_TEXT))
    app.setPalette(palette)
