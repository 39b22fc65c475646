"""Opening the guide as a family would: a shown window, with the after-first-paint work done."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from guide_app.app import Guide
from guide_app.core.storage import ListsStore


@pytest.fixture
def open_guide(qtbot) -> Callable[..., Guide]:  # type: ignore[no-untyped-def]
    # Kept for the whole test: qtbot.addWidget holds the window only weakly, and a test that
    # keeps just a child widget would otherwise lose the window to Python's garbage collector.
    opened: list[Guide] = []

    def open_(
        language: str = "en",
        root: Path | None = None,
        store_factory: Callable[[], ListsStore] | None = None,
        show: bool = True,
    ) -> Guide:
        guide = Guide(language, root, store_factory)
        opened.append(guide)
        qtbot.addWidget(guide.window)
        if show:
            guide.window.show()
            qtbot.waitUntil(lambda: guide.is_loaded)
        return guide

    return open_
