"""The theme in force (normal or high contrast): its palette on the application, and the colours
widgets built now take for their style sheets (``current_theme()``).

A change of theme opens a fresh window (as a language switch does), so each widget reads the
theme once, when it is made, and the section text is rendered again with the theme's style
sheet. The colours themselves are in ``guide_app.core.theme``.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPixmapCache
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit

from guide_app.core.contrast import TEXT_MINIMUM, contrast_ratio
from guide_app.core.theme import HIGH_CONTRAST, NORMAL, THEMES, Theme, ThemeName, mix

_THEME_PROPERTY = "guideTheme"
_SYSTEM_PALETTE_PROPERTY = "guideSystemPalette"
PLACEHOLDER_SHARE = 0.7  # of the text colour over the field's: readable, yet not typed text


def current_theme() -> Theme:
    app = QApplication.instance()
    name = app.property(_THEME_PROPERTY) if app is not None else None
    return THEMES.get(ThemeName(name), NORMAL) if isinstance(name, str) else NORMAL


def system_prefers_high_contrast() -> bool:
    """The desktop's high-contrast setting, where Qt can read it (Qt 6.10's accessibility
    hints: Windows and macOS report it; elsewhere it says "no preference")."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    return bool(accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast)


def apply_theme(app: QApplication, name: ThemeName) -> Theme:
    """Set the theme's palette on the application and remember it for widgets made later.

    The normal theme changes only the selection colours and the placeholder text (Qt's own is
    the text at half strength, under 4.5:1): the rest of the palette, a dark or high-contrast
    system theme, stays the system's. The high-contrast theme sets every role."""
    theme = THEMES[name]
    # Copies through the property (not QPalette's copy constructor: choosing among its
    # overloads builds PySide6's whole Qt namespace, ~12 ms, before the first paint).
    if not isinstance(app.property(_SYSTEM_PALETTE_PROPERTY), QPalette):
        app.setProperty(_SYSTEM_PALETTE_PROPERTY, app.palette())
    palette = app.property(_SYSTEM_PALETTE_PROPERTY)
    for role_name, colour in theme.palette.items():
        role = QPalette.ColorRole[role_name]
        palette.setColor(role, QColor(colour))
        # Disabled text keeps the system's dimming in the normal theme; in high contrast every
        # state is the theme's.
        if theme is HIGH_CONTRAST and role_name not in ("Text", "WindowText", "ButtonText"):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    if theme is HIGH_CONTRAST:
        for role in (
            QPalette.ColorRole.Text,
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_text))
    else:
        text = palette.color(QPalette.ColorRole.Text).name()
        base = palette.color(QPalette.ColorRole.Base).name()
        placeholder = mix(text, base, PLACEHOLDER_SHARE)
        if contrast_ratio(placeholder, base) < TEXT_MINIMUM:
            placeholder = text
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(placeholder))
    app.setPalette(palette)
    app.setProperty(_THEME_PROPERTY, theme.name.value)
    return theme


def field_border_style(theme: Theme) -> str:
    """Edges round the fields and lists where the style's own would not show (high contrast),
    for a window's style sheet (not the application's: Qt's style-sheet style then stops
    widgets following a change of the application's font, the text size)."""
    if not theme.field_border:
        return ""
    fields = "QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QListView, QTreeView"
    return f"{fields} {{ border: 2px solid {theme.field_border}; }}"


def check_box_style(theme: Theme) -> str:
    """Check boxes (and the question bank's ticks) with a square that shows (Fusion's light
    grey border is under 3:1) and grows with the text size (``em``)."""
    from guide_app.resources import style_root

    mark = (style_root() / theme.check_mark_file).as_posix()
    square = (
        f"width: 1.1em; height: 1.1em; border: 2px solid {theme.check_border}; border-radius: 3px;"
    )
    return f"""
QCheckBox::indicator, QTreeView::indicator {{ {square} background: transparent; }}
QCheckBox::indicator:checked, QTreeView::indicator:checked {{
    {square} background: {theme.check_fill}; image: url({mark});
}}
"""


def drop_cached_drawings(app: QApplication) -> None:
    """Drop the drawings Qt cached of widgets (scroll bars, buttons, check boxes, icons).

    Qt caches each drawing under the palette or icon it was drawn from, and under an application
    palette (the theme's) every new widget has a palette of its own: a kiosk's old windows'
    drawings are never used again. ``QPixmapCache.clear()`` drops the drawings, but the style
    (Qt 6.8 on) also keeps the name of every drawing it cached and forgets them only when the
    application's palette is set (about 1.3 KB a scroll bar): setting the same palette again
    does that, and changes nothing on screen."""
    QPixmapCache.clear()
    app.setPalette(app.palette())


def give_inner_editor_own_style(box: QAbstractSpinBox) -> None:
    """Give a spin box's (a date field's) inner text field a style sheet of its own, so that Qt
    forgets the field's style when it is deleted.

    Under any style sheet (the checklist's check boxes, the high-contrast edges), Qt's style-sheet
    style (6.11) remembers how to draw each field it meets, and forgets a field when the field is
    deleted, except a spin box's inner text field: Qt counts it as "not stylable by itself", so it
    never watches for its deletion. Each date field made and deleted left about 2 KB behind; a
    kiosk makes a checklist, a date field a sign, for every family (benchmarks/kiosk_soak.py). A
    field with a style sheet of its own counts as stylable. No border: the box draws the frame,
    and the window's high-contrast edge would otherwise draw a second one inside it."""
    editor = box.findChild(QLineEdit)
    if editor is not None:
        editor.setStyleSheet("QLineEdit { border: none; }")
