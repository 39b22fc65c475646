"""The one owner of the app's remembered choices (QSettings keys live here and nowhere else)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Signal

from guide_app import APP_DIR_NAME

ORGANIZATION = "Family Guide Project"
APPLICATION = "Relapsed ALL Family Guide"

MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200
TEXT_SCALE_STEP = 10
_TEXT_SCALE_KEY = "view/text_scale_percent"


def keep_settings_in_guide_folder() -> None:
    """Keep every user-scope QSettings file in ``<config>/relapsed-all-family-guide``: ours, and
    Qt's own "QtProject" (the file dialog's folder history), which otherwise lands in
    ``~/.config/QtProject.conf``, outside anything the guide owns. Call before any QSettings."""
    location = QStandardPaths.StandardLocation.GenericConfigLocation
    folder = str(Path(QStandardPaths.writableLocation(location)) / APP_DIR_NAME)
    # Qt's own use the native format: INI files on Linux, where a path applies (Windows keeps
    # them in the registry, macOS in property lists). Ours use the default format.
    for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(file_format, QSettings.Scope.UserScope, folder)


class GuideSettings(QObject):
    """Typed settings with one change signal each (kiwix-desktop's settingsmanager shape)."""

    text_scale_changed = Signal(int)

    def __init__(self, store: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store if store is not None else QSettings()

    @property
    def text_scale(self) -> int:
        try:
            value = int(self._store.value(_TEXT_SCALE_KEY, MIN_TEXT_SCALE))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            value = MIN_TEXT_SCALE
        return clamp_text_scale(value)

    def set_text_scale(self, percent: int) -> None:
        percent = clamp_text_scale(percent)
        if percent != self.text_scale:
            self._store.setValue(_TEXT_SCALE_KEY, percent)
            self._store.sync()
        self.text_scale_changed.emit(percent)


def clamp_text_scale(percent: int) -> int:
    return max(MIN_TEXT_SCALE, min(MAX_TEXT_SCALE, percent))
