"""The one owner of the app's remembered choices (QSettings keys live here and nowhere else)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal

ORGANIZATION = "Family Guide Project"
APPLICATION = "Relapsed ALL Family Guide"

MIN_TEXT_SCALE = 100
MAX_TEXT_SCALE = 200
TEXT_SCALE_STEP = 10
_TEXT_SCALE_KEY = "view/text_scale_percent"
_LANGUAGE_KEY = "view/language"
_HIGH_CONTRAST_KEY = "view/high_contrast"


class SettingsStore(Protocol):
    """What ``GuideSettings`` needs of QSettings; ``MemorySettings`` is the same in memory."""

    def value(self, key: str, default: object = ..., /) -> object: ...

    def setValue(self, key: str, value: object, /) -> None: ...  # noqa: N802 (Qt's name)

    def sync(self) -> None: ...


class MemorySettings:
    """Settings kept for the run only (the kiosk and self-test profiles write no files)."""

    def __init__(self) -> None:
        self._values: dict[str, object] = {}

    def value(self, key: str, default: object = None, /) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object, /) -> None:  # noqa: N802 (Qt's name)
        self._values[key] = value

    def sync(self) -> None:
        pass


class GuideSettings(QObject):
    """Typed settings with one change signal each (kiwix-desktop's settingsmanager shape)."""

    text_scale_changed = Signal(int)
    high_contrast_changed = Signal(bool)

    def __init__(self, store: SettingsStore | None = None, parent: QObject | None = None) -> None:
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

    @property
    def language(self) -> str | None:
        """The language the family chose last (a code), or None."""
        value = self._store.value(_LANGUAGE_KEY, None)
        return value if isinstance(value, str) and value else None

    def set_language(self, code: str) -> None:
        if code != self.language:
            self._store.setValue(_LANGUAGE_KEY, code)
            self._store.sync()

    @property
    def high_contrast(self) -> bool | None:
        """The family's choice of the high-contrast theme; None when they never chose (the
        desktop's own setting decides)."""
        value = self._store.value(_HIGH_CONTRAST_KEY, None)
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value in ("true", "false"):  # QSettings' INI files
            return value == "true"
        return None

    def set_high_contrast(self, on: bool | None) -> None:
        """Remember the choice (None forgets it: the desktop's setting decides again)."""
        if on != self.high_contrast:
            self._store.setValue(_HIGH_CONTRAST_KEY, on)
            self._store.sync()
        self.high_contrast_changed.emit(bool(on))


def clamp_text_scale(percent: int) -> int:
    return max(MIN_TEXT_SCALE, min(MAX_TEXT_SCALE, percent))
