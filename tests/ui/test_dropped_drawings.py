"""A kiosk runs for days: what the style drew for one family's window must not stay behind."""

from __future__ import annotations

import ctypes
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QScrollBar

from guide_app.ui.theme import drop_cached_drawings


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in [
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        ]
    ]


def _heap_in_use_kib() -> float:
    mallinfo2 = ctypes.CDLL(None).mallinfo2
    mallinfo2.restype = _MallInfo2
    return float(mallinfo2().uordblks) / 1024


def _show_and_delete_a_scroll_bar(qapp) -> None:  # type: ignore[no-untyped-def]
    bar = QScrollBar()
    bar.resize(20, 300)
    bar.setRange(0, 100)
    bar.show()
    for _ in range(3):
        qapp.processEvents()
    bar.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallinfo2")
def test_the_drawings_of_deleted_widgets_are_let_go(qapp) -> None:  # type: ignore[no-untyped-def]
    # Under an application palette (every theme sets one) each new scroll bar is drawn and
    # cached anew: 300 of them, like a few hundred families' windows.
    saved = qapp.palette()
    themed = QPalette(saved)
    themed.setColor(QPalette.ColorRole.Highlight, QColor("#1d4f91"))
    qapp.setPalette(themed)
    try:
        for _ in range(10):
            _show_and_delete_a_scroll_bar(qapp)
        drop_cached_drawings(qapp)
        before = _heap_in_use_kib()
        for _ in range(300):
            _show_and_delete_a_scroll_bar(qapp)
        grown = _heap_in_use_kib() - before
        assert grown > 1000, "the drawings were not cached: this test would show nothing"
        drop_cached_drawings(qapp)
        # The pixmaps and the names Qt keeps of them (the names alone stay after
        # QPixmapCache.clear(): about a sixth of the growth).
        assert _heap_in_use_kib() - before < grown / 10
        assert qapp.palette().color(QPalette.ColorRole.Highlight) == QColor("#1d4f91")
    finally:
        qapp.setPalette(saved)
