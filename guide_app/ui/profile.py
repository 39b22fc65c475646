"""The profile, chosen once in ``run()``: the one owner of every write the guide can make.

- laptop: the family's lists, the remembered settings and the kept section HTML are files in the
  user's folders (data, config, cache);
- kiosk and self-test: all of it in memory only. Nothing is written under the home folder, the
  XDG folders or the temporary folder, so nothing of one family is left for the next.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QStandardPaths

from guide_app import APP_DIR_NAME
from guide_app.core.library import HtmlStore, MemoryHtmlStore
from guide_app.ui.settings import MemorySettings, SettingsStore

if TYPE_CHECKING:
    from guide_app.core.storage import ListsStore


class ProfileKind(StrEnum):
    LAPTOP = "laptop"
    KIOSK = "kiosk"
    SELF_TEST = "self-test"


class Profile:
    """Where the guide keeps what it writes; ``writes_files`` is False for kiosk and self-test."""

    def __init__(self, kind: ProfileKind = ProfileKind.LAPTOP) -> None:
        self.kind = kind
        # One of each for the whole run: the settings and the kept HTML outlive any window.
        self._memory_settings = MemorySettings()
        self._html_store: HtmlStore | None = None

    @property
    def writes_files(self) -> bool:
        return self.kind is ProfileKind.LAPTOP

    def install(self) -> None:
        """Point every user-scope QSettings (ours and Qt's own "QtProject", where the file dialog
        keeps its folder history) at the guide's own config folder, so nothing lands in
        ``~/.config/QtProject.conf``. Call once, before any QSettings is made; in memory profiles
        there is no such folder, and nothing of ours uses QSettings."""
        if not self.writes_files:
            return
        location = QStandardPaths.StandardLocation.GenericConfigLocation
        folder = str(Path(QStandardPaths.writableLocation(location)) / APP_DIR_NAME)
        # Qt's own use the native format: INI files on Linux, where a path applies (Windows keeps
        # them in the registry, macOS in property lists). Ours use the default format.
        for file_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(file_format, QSettings.Scope.UserScope, folder)

    def settings_store(self) -> SettingsStore:
        """What ``GuideSettings`` reads and writes (the text size)."""
        return QSettings() if self.writes_files else self._memory_settings

    def html_store(self) -> HtmlStore:
        """Where section HTML rendered live is kept: the user's cache folder, or memory."""
        if self._html_store is None:
            if self.writes_files:
                from guide_app.core.rendered_cache import RenderedCache

                location = QStandardPaths.StandardLocation.GenericCacheLocation
                cache = Path(QStandardPaths.writableLocation(location)) / APP_DIR_NAME
                self._html_store = RenderedCache(cache / "rendered")
            else:
                self._html_store = MemoryHtmlStore()
        return self._html_store

    def lists_store(self) -> ListsStore:
        """The family's lists: a locked JSON file in the user's data folder, or memory."""
        from guide_app.core.storage import JsonFileStore, MemoryStore, default_lists_path

        if not self.writes_files:
            return MemoryStore()
        from guide_app.ui.lists_lock import ListsLockFile

        path = default_lists_path()
        return JsonFileStore(path, lock=ListsLockFile(path))
