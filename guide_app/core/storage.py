"""Where the family's lists live between uses: a JSON file (laptop) or memory only (kiosk).

The file is replaced atomically, so a crash leaves the old lists or the new ones, never half of
each. A file this version cannot read is never overwritten: it is moved aside or left alone, and
``load`` says so in a ``StorageNotice``. A lock beside the file lets one guide at a time write it:
a second guide opened at the same time shows the lists but saves nothing, so it cannot overwrite
the first one's changes with its stale copy.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from guide_app import APP_DIR_NAME
from guide_app.core.atomic_write import temporary_files_of, write_atomically
from guide_app.core.family_lists import FamilyLists, NewerSchemaError, UnreadableListsError

LISTS_FILE_NAME = "family-lists.json"
# The largest lists the guide writes (300 questions and 200 notes of 500 characters, each
# character at most 12 bytes as JSON escapes) fit in 3 MiB; a larger file is not ours to load.
MAX_LISTS_FILE_BYTES = 4 * 1024 * 1024


def default_lists_path(data_dir: Path | None = None) -> Path:
    """The lists file in ``data_dir``, by default the user's data folder for this app."""
    if data_dir is None:
        from platformdirs import user_data_dir

        data_dir = Path(user_data_dir(APP_DIR_NAME, appauthor=False))
    return data_dir / LISTS_FILE_NAME


class NoticeKind(StrEnum):
    """What ``load`` found that the family must be told; the sentences are the UI's (behind tr)."""

    MOVED_ASIDE = "moved-aside"  # unreadable; the file was renamed to ``file_name``
    LEFT_UNREADABLE = "left-unreadable"  # unreadable and could not be moved; saving is off
    NEWER_VERSION = "newer-version"  # written by a newer guide; left alone, saving is off
    OPEN_ELSEWHERE = "open-elsewhere"  # another guide holds the lock; shown, saving is off


@dataclass(frozen=True)
class StorageNotice:
    """Something the family should be told once after loading; ``file_name`` has no folder."""

    kind: NoticeKind
    file_name: str
    detail: str = ""  # the technical reason, for logs, not for the family


@dataclass(frozen=True)
class LoadResult:
    lists: FamilyLists
    notice: StorageNotice | None = None


class StorageError(Exception):
    """The lists could not be saved or cleared; what was saved before is still there."""


class ListsLock(Protocol):
    """Lets one guide at a time write the lists (the UI's is a QLockFile beside the file)."""

    def acquire(self) -> bool:
        """``True`` unless another running guide holds the lock (a dead one's lock is stale)."""
        ...

    def release(self) -> None: ...


class ListsStore(Protocol):
    """What the app needs from storage: ``MemoryStore`` on kiosks, ``JsonFileStore`` on laptops."""

    @property
    def read_only(self) -> bool: ...

    def load(self) -> LoadResult: ...

    def save(self, lists: FamilyLists) -> None: ...

    def clear(self) -> None: ...

    def close(self) -> None:
        """Done with the lists (the app quits): another guide may write them now."""
        ...


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

    def close(self) -> None:
        pass


class JsonFileStore:
    """The lists in one JSON file, written by atomic replace.

    A symbolic link at ``path`` is kept: the file it points to is the one replaced.
    """

    def __init__(
        self,
        path: Path,
        clock: Callable[[], datetime.datetime] = datetime.datetime.now,
        lock: ListsLock | None = None,
    ) -> None:
        self.path = path
        self._clock = clock
        self._lock = lock
        self._read_only = False
        self._last_written: str | None = None

    @property
    def read_only(self) -> bool:
        """True after ``load`` found a file it must not overwrite; ``save`` then does nothing."""
        return self._read_only

    def load(self) -> LoadResult:
        """The saved lists; empty lists (and a notice when needed) if there are none to use."""
        self._read_only = False
        if self._lock is not None and not self._lock.acquire():
            return self._load_read_only()
        self._remove_stale_temporary_files()
        try:
            raw = _read_regular_file(self._target(), MAX_LISTS_FILE_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            # Nothing saved yet (or no folder to save in: ``save`` will say so when it fails).
            return LoadResult(FamilyLists())
        except _TooLargeError as error:
            return self._move_aside(str(error))
        except OSError as error:  # unreadable, or not a regular file (a folder, a FIFO)
            return self._left_alone(NoticeKind.LEFT_UNREADABLE, str(error))
        try:
            lists = FamilyLists.from_json(raw.decode("utf-8"))
        except NewerSchemaError as error:
            return self._left_alone(NoticeKind.NEWER_VERSION, str(error))
        except (UnicodeDecodeError, UnreadableListsError) as error:
            return self._move_aside(str(error))
        self._last_written = lists.to_json()
        return LoadResult(lists)

    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()

    def save(self, lists: FamilyLists) -> None:
        """Write the lists atomically; ``StorageError`` when the folder cannot be written."""
        if self._read_only:
            return
        text = lists.to_json()
        target = self._target()
        exists = target.exists()
        if exists and text == self._last_written or not exists and lists.is_empty():
            return  # nothing new, or nothing entered: no file to write
        folder = target.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_atomically(target, text.encode("utf-8"), durable=True)
        except OSError as error:
            raise StorageError(f"could not save the lists to {self.path}: {error}") from error
        self._last_written = text

    def clear(self) -> None:
        """Delete the saved lists (a file this version must not touch is left alone)."""
        if self._read_only:
            return
        target = self._target()
        try:
            target.unlink(missing_ok=True)
        except OSError as error:
            raise StorageError(f"could not remove {self.path}: {error}") from error
        self._last_written = None

    def _target(self) -> Path:
        """The file itself: where a symbolic link at ``path`` points, else ``path``."""
        return Path(os.path.realpath(self.path)) if self.path.is_symlink() else self.path

    def _load_read_only(self) -> LoadResult:
        """Another guide has the lists open: show them as saved, and never write."""
        self._read_only = True
        try:
            lists = FamilyLists.from_json(
                _read_regular_file(self._target(), MAX_LISTS_FILE_BYTES).decode("utf-8")
            )
        except (OSError, _TooLargeError, UnicodeDecodeError, ValueError):
            lists = FamilyLists()  # the other guide deals with a file it cannot read
        notice = StorageNotice(NoticeKind.OPEN_ELSEWHERE, self.path.name, "the lock is held")
        return LoadResult(lists, notice)

    def _remove_stale_temporary_files(self) -> None:
        """Temporary files a crash left mid-save hold family data; only the lock's holder may
        remove them (another guide may be writing one)."""
        target = self._target()
        with contextlib.suppress(OSError):
            for leftover in temporary_files_of(target):
                with contextlib.suppress(OSError):
                    leftover.unlink()

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
        return LoadResult(FamilyLists(), StorageNotice(NoticeKind.MOVED_ASIDE, target.name, detail))


class _TooLargeError(ValueError):
    """A file larger than the guide ever writes."""


def _read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes.

    Opened without blocking, so a FIFO at the path cannot hang the start; ``OSError`` for
    anything that is not a regular file, ``_TooLargeError`` past the limit.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            raise OSError(f"{path.name} is not a regular file")
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise _TooLargeError(f"{path.name} is larger than {limit} bytes")
    return data
