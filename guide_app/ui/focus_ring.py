"""A clearly visible ring round whatever has the keyboard focus, in every window of the guide.

One ``QFocusFrame`` for the application follows the focus: Qt keeps it beside its widget (it
scrolls and moves with it) and draws it outside the widget's own area. Its colour is the
theme's (3:1 at least on what it is drawn on: ``tests/ui/test_contrast.py``). The side list of
sections draws its own ring inside the open name (``side_tabs``), so it is left out here.

The keeper also lets Enter press a focused button, as Space does (Qt's buttons take Enter only
as a dialog's default): a key filter on each button as it takes the focus, not on the whole
application, so no other event passes through Python.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QFocusFrame, QWidget

from guide_app.ui.theme import current_theme

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

RING_WIDTH = 3
_ENTER_FILTER_PROPERTY = "guideEnterPresses"
OWN_RING_PROPERTY = "guideDrawsOwnFocusRing"  # set on widgets that draw their own ring


class FocusRing(QFocusFrame):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        # The painting types here, not at the top: the side list imports this module before the
        # first paint, which needs none of them (QPainter's enums alone take ~1.5 ms).
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QColor, QPainter, QPen

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
        if isinstance(new, QAbstractButton) and not new.property(_ENTER_FILTER_PROPERTY):
            new.setProperty(_ENTER_FILTER_PROPERTY, True)
            new.installEventFilter(self)
        if new is None or new.property(OWN_RING_PROPERTY) or new.isWindow():
            self.ring.setWidget(None)
            self.ring.hide()
            return
        self.ring.setWidget(new)
        self.ring.show()
        self.ring.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Enter or Return on a focused button presses it."""
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractButton):
            from PySide6.QtCore import Qt

            key = event.key() if isinstance(event, QKeyEvent) else None
            plain = isinstance(event, QKeyEvent) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            )
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain and watched.isEnabled():
                watched.animateClick()
                return True
        return False


def install_focus_ring(app: QApplication) -> FocusRingKeeper:
    """Once per run."""
    keeper = app.findChild(FocusRingKeeper)
    return keeper if keeper is not None else FocusRingKeeper(app)
