"""Where the family's lists live between uses: a JSON file (laptop) or memory only (kiosk).

The file is replaced atomically, so a crash leaves the old lists or the new ones, never half of
each. A file this version cannot read is never overwritten: it is moved aside or left alone, and
``load`` says so in a ``StorageNotice``.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from guide_app.core.family_lists import FamilyLists, NewerSchemaError, UnreadableListsError

APP_DIR_NAME = "relapsed-all-family-guide"
LISTS_FILE_NAME = "family-lists.json"


def default_lists_path(data_dir: Path | None = None) -> Path:
    """The lists file in ``data_dir``, by default the user's data folder for this app."""
    if data_dir is None:
        from platformdirs import user_data_dir

        data_dir = Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    return data_dir / LISTS_FILE_NAME


class NoticeKind(StrEnum):
    """Why ``load`` started with empty lists; the UI picks its translated sentence from this."""

    MOVED_ASIDE = "moved-aside"  # unreadable; the file was renamed to ``file_name``
    LEFT_UNREADABLE = "left-unreadable"  # unreadable and could not be moved; saving is off
    NEWER_VERSION = "newer-version"  # written by a newer guide; left alone, saving is off


_MESSAGES = {
    NoticeKind.MOVED_ASIDE: (
        "Your saved lists could not be read, so the guide started with empty lists."
        " The old file was kept as {name}."
    ),
    NoticeKind.LEFT_UNREADABLE: (
        "Your saved lists could not be read, so the guide started with empty lists."
        " The file {name} was left as it is, and changes you make now will not be saved."
    ),
    NoticeKind.NEWER_VERSION: (
        "Your saved lists were made by a newer version of the guide, so this version started"
        " with empty lists. The file {name} was left as it is, and changes you make now will"
        " not be saved."
    ),
}


@dataclass(frozen=True)
class StorageNotice:
    """Something the family should be told once after loading; ``file_name`` has no folder."""

    kind: NoticeKind
    file_name: str
    detail: str = ""  # the technical reason, for logs, not for the family

    def message(self) -> str:
        """The English sentence; the UI shows its own translation of the same text."""
        return _MESSAGES[self.kind].format(name=self.file_name)


@dataclass(frozen=True)
class LoadResult:
    lists: FamilyLists
    notice: StorageNotice | None = None


class StorageError(Exception):
    """The lists could not be saved or cleared; what was saved before is still there."""


class ListsStore(Protocol):
    """What the app needs from storage: ``MemoryStore`` on kiosks, ``JsonFileStore`` on laptops."""

    @property
    def read_only(self) -> bool: ...

    def load(self) -> LoadResult: ...

    def save(self, lists: FamilyLists) -> None: ...

    def clear(self) -> None: ...


class MemoryStore:
    """Keeps the lists in memory only and writes nothing, for kiosks shared by many families."""

    def __init__(self) -> None:
        self._saved: dict[str, object] | None = None

    @property
    def read_only(self) -> bool:
        return False

    def load(self) -> LoadResult:
        return LoadResult(FamilyLists.from_dict(self._saved) if self._saved else FamilyLists())

    def save(self, lists: FamilyLists) -> None:
        self._saved = lists.to_dict()

    def clear(self) -> None:
        self._saved = None


class JsonFileStore:
    """The lists in one JSON file, written by atomic replace."""

    def __init__(
        self, path: Path, clock: Callable[[], datetime.datetime] = datetime.datetime.now
    ) -> None:
        self.path = path
        self._clock = clock
        self._read_only = False
        self._last_written: str | None = None

    @property
    def read_only(self) -> bool:
        """True after ``load`` found a file it must not overwrite; ``save`` then does nothing."""
        return self._read_only

    def load(self) -> LoadResult:
        """The saved lists; empty lists (and a notice when needed) if there are none to use."""
        self._read_only = False
        try:
            raw = self.path.read_bytes()
        except (FileNotFoundError, NotADirectoryError):
            # Nothing saved yet (or no folder to save in: ``save`` will say so when it fails).
            return LoadResult(FamilyLists())
        except OSError as error:
            return self._left_alone(NoticeKind.LEFT_UNREADABLE, str(error))
        try:
            lists = FamilyLists.from_json(raw.decode("utf-8"))
        except NewerSchemaError as error:
            return self._left_alone(NoticeKind.NEWER_VERSION, str(error))
        except (UnicodeDecodeError, UnreadableListsError) as error:
            return self._move_aside(str(error))
        self._last_written = lists.to_json()
        return LoadResult(lists)

    def save(self, lists: FamilyLists) -> None:
        """Write the lists atomically; ``StorageError`` when the folder cannot be written."""
        if self._read_only:
            return
        text = lists.to_json()
        if text == self._last_written and self.path.exists():
            return
        folder = self.path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _write_atomically(self.path, text.encode("utf-8"))
        except OSError as error:
            raise StorageError(f"could not save the lists to {self.path}: {error}") from error
        self._last_written = text
        _sync_folder(folder)

    def clear(self) -> None:
        """Delete the saved lists (a file this version must not touch is left alone)."""
        if self._read_only:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError as error:
            raise StorageError(f"could not remove {self.path}: {error}") from error
        self._last_written = None
        _sync_folder(self.path.parent)

    def _left_alone(self, kind: NoticeKind, detail: str) -> LoadResult:
        self._read_only = True
        return LoadResult(FamilyLists(), StorageNotice(kind, self.path.name, detail))

    def _move_aside(self, detail: str) -> LoadResult:
        stamp = self._clock().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}.json")
        number = 2
        while target.exists():
            target = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}-{number}.json")
            number += 1
        try:
            os.rename(self.path, target)
        except OSError as error:
            return self._left_alone(NoticeKind.LEFT_UNREADABLE, f"{detail}; not moved: {error}")
        _sync_folder(self.path.parent)
        return LoadResult(FamilyLists(), StorageNotice(NoticeKind.MOVED_ASIDE, target.name, detail))


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, sync it, then rename it over ``path``."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _sync_folder(folder: Path) -> None:
    """Make a rename durable where the system allows syncing a folder (not on Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
