"""The one place that knows where bundled files (content, templates, style) live.

Frozen (PyInstaller) builds carry them in ``sys._MEIPASS/resources``; an installed wheel carries
them inside the package (``guide_app/resources``); a source checkout has them beside the package.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_root() -> Path:
    """The folder holding ``content/``, ``templates/`` and ``style/``."""
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir is not None:
        return Path(frozen_dir) / "resources"
    installed = _PACKAGE_DIR / "resources"
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / "resources"


def content_root() -> Path:
    """The folder with one content folder per language (``content/en``, ...)."""
    return resources_root() / "content"


def content_dir(lang: str) -> Path:
    """The content folder of one language (it may not exist; callers check)."""
    return content_root() / lang


def templates_dir() -> Path:
    """The Jinja2 templates (the printed question sheet)."""
    return resources_root() / "templates"


def pictures_root() -> Path:
    """The guide's drawings (SVG), for the section text and the printed sheet."""
    return resources_root() / "pictures"


def fonts_root() -> Path:
    """The guide's own font files and their licence."""
    return resources_root() / "fonts"


def style_root() -> Path:
    """Style sheets for the section text."""
    return resources_root() / "style"


def is_frozen() -> bool:
    """True in a PyInstaller bundle."""
    return getattr(sys, "frozen", False) is True or hasattr(sys, "_MEIPASS")


def rendered_root() -> Path:
    """Section HTML rendered when the guide was built (``guide-app render-content``); a
    checkout has none until that command is run."""
    return resources_root() / "rendered"


def translations_root() -> Path:
    """Compiled .qm files: built beside the sources in a checkout, bundled when frozen."""
    return resources_root() / "translations"
