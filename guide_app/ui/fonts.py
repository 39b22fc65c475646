"""The guide's own font, Atkinson Hyperlegible (``resources/fonts``, SIL Open Font License),
made for readers with low vision and complete for Spanish. Loaded at start, so the window and
the printed sheet use the same letters on every machine, even one with no fonts of its own
(where Qt would otherwise draw boxes and print empty pages).

Only the regular and bold files are loaded (a few milliseconds at start); Qt slants the regular
one where the sheet asks for italics.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from guide_app.resources import fonts_root

FAMILY = "Atkinson Hyperlegible"
FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf")

_loaded: list[str] = []  # the family, once its files are in Qt's font database


def load_fonts() -> bool:
    """Add the bundled font files to Qt's font database (once per run); False when they cannot
    be read (Qt then uses the system's fonts)."""
    if _loaded:
        return True
    ids = [QFontDatabase.addApplicationFont(str(fonts_root() / name)) for name in FILES]
    if any(font_id < 0 for font_id in ids):
        return False
    _loaded.append(FAMILY)
    return True


def use_bundled_font(app: QGuiApplication) -> None:
    """Make the bundled family the application's font, at the size the system chose."""
    if load_fonts():
        font = QFont(app.font())
        font.setFamilies([FAMILY])
        app.setFont(font)
