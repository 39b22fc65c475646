"""Opening the guide as a family would: a shown window, with the after-first-paint work done."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent

from guide_app.app import Guide, GuideApp
from guide_app.core.storage import ListsStore
from guide_app.ui.profile import Profile


@pytest.fixture
def open_guide(qtbot) -> Iterator[Callable[..., Guide]]:  # type: ignore[no-untyped-def]
    # Each run is kept for the whole test (a test that keeps just a child widget would otherwise
    # lose the window to Python's garbage collector), and its window, whichever one it has open
    # now (a language switch replaces it), is closed at the end.
    opened: list[GuideApp] = []

    def open_(
        language: str = "en",
        root: Path | None = None,
        store_factory: Callable[[], ListsStore] | None = None,
        show: bool = True,
        profile: Profile | None = None,
    ) -> Guide:
        """A new run of the guide (its own lists, settings and libraries) with its window."""
        app_part = GuideApp(profile, root, store_factory)
        opened.append(app_part)
        guide = app_part.open_window(language)
        if show:
            guide.window.show()
            qtbot.waitUntil(lambda: guide.is_loaded)
        return guide

    yield open_
    # Windows go before the runs that own their settings and lists (as when the app quits).
    for app_part in opened:
        if app_part.guide is not None and shiboken6.isValid(app_part.guide.window):
            app_part.guide.window.close()
            app_part.guide.window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
