"""The lock that lets one guide at a time write the family's lists: a QLockFile beside the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


class ListsLockFile:
    """``family-lists.json.lock``: held from loading the lists until the guide quits.

    A lock left by a guide that crashed is stale and taken over: QLockFile checks that the process
    named in it still runs. Age alone never makes it stale (a guide may stay open for days).
    """

    def __init__(self, lists_path: Path) -> None:
        self._path = lists_path.with_name(lists_path.name + ".lock")
        self._lock = QLockFile(str(self._path))
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        try:
            self._path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True  # no folder to lock in: saving will fail and say so
        if self._lock.tryLock(0):
            return True
        # Only another running guide means "open elsewhere"; a lock that cannot be made at all
        # (a read-only folder) must not stop the family, and saving then says what is wrong.
        return self._lock.error() != QLockFile.LockError.LockFailedError

    def release(self) -> None:
        self._lock.unlock()
