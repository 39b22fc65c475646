"""Test set-up shared by every test: headless Qt, isolated settings and data, no network."""

from __future__ import annotations

import os
import socket
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

# Before any Qt import: tests run headless unless a test starts its own X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parent.parent


class NetworkUsedError(AssertionError):
    pass


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """The guide is offline: any attempt to open an internet socket fails the test that made it."""
    real_socket = socket.socket

    class GuardedSocket(real_socket):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
            if family in (socket.AF_INET, socket.AF_INET6, -1):
                raise NetworkUsedError("a test opened an internet socket; the guide is offline")
            super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]

    socket.socket = GuardedSocket  # type: ignore[misc]
    try:
        yield
    finally:
        socket.socket = real_socket  # type: ignore[misc]


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and user data of each test live in its own folder, never the real profile."""
    profile = tmp_path / "profile"
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(profile / variable.lower()))
    monkeypatch.setenv("HOME", str(profile / "home"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # the Qt-free core tests still run without Qt
        return profile
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(profile / "settings")
    )
    return profile


@pytest.fixture(scope="session")
def labels():  # type: ignore[no-untyped-def]
    """The words the renderer adds around the content, as the guide gives them (untranslated)."""
    from guide_app.app import render_labels

    return render_labels()


def bundled_section_count() -> int:
    """How many sections the bundled English guide has (its .md files)."""
    from guide_app.resources import content_dir

    return len(list(content_dir("en").glob("[0-9][0-9]-*.md")))


@pytest.fixture
def section_count() -> int:
    return bundled_section_count()


@pytest.fixture
def good_bundle() -> Path:
    """A small, valid content folder (English with a partial Spanish translation)."""
    return FIXTURES / "bundles" / "good"


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    # NFKC: the PDF's font may draw "fi" as one ligature glyph.
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture
def pdf_text() -> Callable[[Path], str]:
    """Reads all text of a PDF as a reader would scan it: whitespace runs made single spaces."""
    return _pdf_text


@pytest.fixture(autouse=True)
def no_translator_left_behind() -> Iterator[None]:
    """A test that switches the guide to Spanish must not leave later tests in Spanish: the
    translators (parented to the application, as guide_app.ui.languages installs them) and the
    default locale are put back after each test."""
    yield
    try:
        from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
    except ImportError:
        return
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())
