"""Printing tests: headless Qt, the small fixture content, and reading text back from PDFs."""

from __future__ import annotations

import os
import unicodedata

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

FIXTURE_CONTENT = Path(__file__).parents[1] / "fixtures" / "content"


@pytest.fixture
def fixture_content(monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the app's content folder at tests/fixtures/content (English only)."""
    import guide_app.resources

    monkeypatch.setattr(guide_app.resources, "content_root", lambda: FIXTURE_CONTENT)
    return FIXTURE_CONTENT


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    # NFKC: the PDF's font may draw "fi" as one ligature glyph.
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def pdf_text() -> Callable[[Path], str]:
    """Reads all text of a PDF as a reader would scan it: whitespace runs made single spaces."""
    return _pdf_text
