"""A page of its own for one of the family's tools (the symptom checklist, the question list),
in the section list beside the chapters.

The tool fills the page; a bar of actions (print, PDF, QR code) may sit under it, outside any
scrolling, so it is always in sight. The tool is built the first time the page is shown: none of
it is needed for the first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore  # QtCore.Qt only inside functions: see guide_app/ui/main_window.py
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from guide_app.core.family_tools import CHECKLIST, QUESTIONS, TOOL_IDS

__all__ = ["CHECKLIST", "QUESTIONS", "TOOL_IDS", "ToolPage"]


class ToolPage(QWidget):
    def __init__(self, tool_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tool_id = tool_id
        self.tool: QWidget | None = None
        self._factory: Callable[[], tuple[QWidget, QWidget | None]] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)

    def set_tool(self, factory: Callable[[], tuple[QWidget, QWidget | None]]) -> None:
        """``factory`` makes the tool and, if it has one, the bar of actions shown under it."""
        self._factory = factory

    @property
    def is_ready(self) -> bool:
        """The tool can be built (the family's lists are loaded)."""
        return self._factory is not None

    def ensure_built(self) -> QWidget | None:
        """The tool, built on first need; None until ``set_tool`` was called."""
        if self.tool is None and self._factory is not None:
            tool, bar = self._factory()
            self.tool = tool
            # In a scroll area for the largest text sizes on a small screen; at ordinary sizes
            # the tool fits and only its own lists scroll.
            holder = QScrollArea(self)
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            # Not a Tab stop of its own: Tab goes straight into the tool (seen under Xvfb: two
            # presses on frames before the first check box).
            holder.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
            holder.setWidget(tool)
            self._layout.addWidget(holder, 1)
            if bar is not None:
                self._layout.addWidget(bar)
            # A child added to a page already on screen is shown by its layout only later
            # (queued); show it now, so that the tool is usable as soon as this returns.
            holder.show()
            if bar is not None:
                bar.show()
        return self.tool
