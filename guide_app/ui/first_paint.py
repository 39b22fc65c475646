"""Run work after a widget's first paint, so what is not needed to show it does not delay it.

``QTimer.singleShot(0, ...)`` is not enough: it fires before the window's first paint.

That work imports most of the guide's modules. PySide6's import hook reads the source of every
module imported after PySide6 (``inspect.getsource``), and Python's line cache keeps it for the
run: 3.7 MiB of lines once the guide is loaded, that nothing needs (a traceback reads its lines
again). So the cache is emptied once the work is done.
"""

from __future__ import annotations

import linecache
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaintWatcher(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Posted, so the paint pass (and its flush to the screen) finishes first.
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        try:
            self._callback()
        finally:
            linecache.clearcache()
            self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    _FirstPaintWatcher(widget, callback)
