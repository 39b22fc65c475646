"""A clearly visible ring round whatever has the keyboard focus, in every window of the guide.

One ``QFocusFrame`` for the application follows the focus: Qt keeps it beside its widget (it
scrolls and moves with it) and draws it outside the widget's own area. Its colour is the
theme's (3:1 at least on what it is drawn on: ``tests/ui/test_contrast.py``). The side list of
sections draws its own ring inside the open name (``side_tabs``), so it is left out here.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

from guide_app.ui.theme import current_theme

RING_WIDTH = 3
OWN_RING_PROPERTY = "guideDrawsOwnFocusRing"  # set on widgets that draw their own ring


class FocusRing(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        widget = self.widget()
        if widget is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(current_theme().focus_ring), RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 4, 4)


class FocusRingKeeper(QObject):
    """Moves the one ring to each widget that takes the focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, app.focusWidget())

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.ring is None or not shiboken6.isValid(self.ring):
            self.ring = FocusRing()
        if new is None or new.property(OWN_RING_PROPERTY) or new.isWindow():
            self.ring.setWidget(None)
            self.ring.hide()
            return
        self.ring.setWidget(new)
        self.ring.show()
        self.ring.update()


def install_focus_ring(app: QApplication) -> FocusRingKeeper:
    """Once per run."""
    keeper = app.findChild(FocusRingKeeper)
    return keeper if keeper is not None else FocusRingKeeper(app)
