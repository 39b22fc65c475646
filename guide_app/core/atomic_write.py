"""Replacing a file so that a reader, or a crash, sees the old file or the new one, never half.

The new content is written to a temporary file beside the target (same folder, same file
system), then renamed over it; a failure removes the temporary file and leaves the target as it
was. Temporary names are ``.<name>.<random>.tmp``, so leftovers of a crash can be found.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

TEMPORARY_SUFFIX = ".tmp"


def temporary_files_of(path: Path) -> Iterator[Path]:
    """Temporary files a crash may have left beside ``path``."""
    return path.parent.glob(f".{path.name}.*{TEMPORARY_SUFFIX}")


@contextlib.contextmanager
def replacing(path: Path, *, durable: bool = False) -> Iterator[Path]:
    """A temporary path beside ``path`` for the caller to write; when the block ends without an
    error it replaces ``path``. ``durable`` syncs the file and its folder to disk first (the
    family's data), at the cost of a wait on slow disks."""
    handle, name = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX
    )
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        if durable:
            _sync(temporary, os.O_RDWR)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    if durable:
        _sync(path.parent, os.O_RDONLY)


def write_atomically(path: Path, data: bytes, *, durable: bool = False) -> None:
    """Replace ``path`` with ``data``; ``OSError`` (and the old file untouched) on failure."""
    with replacing(path, durable=durable) as temporary:
        temporary.write_bytes(data)


def _sync(path: Path, flags: int) -> None:
    """Flush a file, or a folder after a rename, to disk where the system allows it (Windows
    does not open folders)."""
    try:
        handle = os.open(path, flags)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
