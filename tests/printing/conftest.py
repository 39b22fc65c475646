"""Printing tests: the small fixture content (reading PDFs back is in tests/conftest.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

FIXTURE_CONTENT = Path(__file__).parents[1] / "fixtures" / "content"


@pytest.fixture
def fixture_content(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's content folder at tests/fixtures/content (English only)."""
    import guide_app.resources

    monkeypatch.setattr(guide_app.resources, "content_root", lambda: FIXTURE_CONTENT)
    return FIXTURE_CONTENT
