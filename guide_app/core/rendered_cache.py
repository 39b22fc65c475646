"""Section HTML kept between runs, so that a start can show its first page without Markdown.

Rendering a section needs Python-Markdown, whose import alone costs more than the rest of the
page. Each section's HTML is kept in a file after the key it was made from (``render_key``: the
section's text, the words around it and the renderer's code), compared whole. A start whose key
matches shows the kept HTML; any other start renders live and keeps the result. Only the guide's
own bundled content is kept here, never anything a family typed, so it is safe on a shared kiosk.
The files are trusted like the rest of the user's profile; even so, the section browser refuses
to load anything that is not bundled, whatever the HTML asks for.

Everything here is best effort: a folder that cannot be written, a file that cannot be read or
one that is damaged means rendering live, never an error.
"""

from __future__ import annotations

import re
from pathlib import Path

# The fingerprint of the renderer that filled a folder at build time (``guide-app render-content``).
FINGERPRINT_FILE = "renderer.txt"
# The file: this line, then the key (its length in characters is on the line), then the HTML.
_HEADER = "guide-rendered-section 1 {length}\n"
# Language codes and section ids become file names: nothing that could leave the folder.
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


class RenderedCache:
    """One file per language and section: ``<folder>/<language>/<section id>.html``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get(self, language: str, section_id: str, key: str) -> str | None:
        """The kept HTML when it was made from ``key``; otherwise ``None``."""
        path = self._path(language, section_id)
        if path is None:
            return None
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        header = _HEADER.format(length=len(key))
        if not text.startswith(header) or text[len(header) : len(header) + len(key)] != key:
            return None
        return text[len(header) + len(key) :]

    def put(self, language: str, section_id: str, key: str, html: str) -> bool:
        """Keep ``html`` for ``key``, replacing what was kept (atomically: a reader never sees
        half a file). False when it could not be written."""
        from guide_app.core.atomic_write import write_atomically  # most starts only read

        path = self._path(language, section_id)
        if path is None:
            return False
        data = (_HEADER.format(length=len(key)) + key + html).encode("utf-8")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        except OSError:
            return False
        return True

    def _path(self, language: str, section_id: str) -> Path | None:
        if not (_SAFE_NAME.fullmatch(language) and _SAFE_NAME.fullmatch(section_id)):
            return None
        return self.folder / language / f"{section_id}.html"


def shipped_html(folder: Path, *, frozen: bool) -> tuple[RenderedCache, str] | None:
    """The section HTML rendered when the guide was built, with the renderer fingerprint to look
    it up by; ``None`` when there is none, or when it was made by another renderer than this one.

    A frozen build cannot fingerprint its renderer (its source files are not there) and trusts
    the HTML built with it; a checkout compares, so HTML left from older code is never shown.
    """
    from guide_app.core.render_inputs import renderer_fingerprint

    try:
        fingerprint = (folder / FINGERPRINT_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if not frozen and fingerprint != renderer_fingerprint():
        return None
    return RenderedCache(folder), fingerprint
