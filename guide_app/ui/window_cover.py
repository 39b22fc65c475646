"""A child of the window that covers all of it while it shows (the kiosk's idle warning and its
welcome screen): it follows the window's size, paints its own background, and keeps mouse input
and context menus to itself, so nothing underneath can be reached or seen."""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only inside functions: see guide_app/ui/main_window.py
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WindowCover(QWidget):
    def __init__(self, parent: QWidget, object_name: str) -> None:
        super().__init__(parent)
        Qt = QtCore.Qt  # noqa: N806 (looked up here, never at import: main_window.py's note)
        self.setObjectName(object_name)  # its style sheet's selector
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())

    def cover(self) -> None:
        """Over the whole window, on top of everything in it."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False
