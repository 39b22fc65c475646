"""After a kiosk's wipe the freed heap goes back to the system (on Linux with glibc)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from guide_app.core.freed_memory import _malloc_trim, release_freed_memory


def _resident_kib() -> int:
    status = Path("/proc/self/status").read_text(encoding="ascii")
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmRSS:"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_memory_freed_in_small_pieces_is_given_back_to_the_system() -> None:
    # ~30 MiB in blocks malloc serves from its heap (over Python's own 512-byte allocator), with
    # one block after them still in use: freed below it, glibc keeps the memory for reuse.
    blocks = [bytearray(b"x" * 1000) for _ in range(30_000)]
    last = bytearray(b"x" * 1000)
    del blocks
    before = _resident_kib()
    assert release_freed_memory()
    assert before - _resident_kib() > 5 * 1024  # more than 5 MiB went back
    assert len(last) == 1000


def test_elsewhere_it_does_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    _malloc_trim.cache_clear()  # looked up once per run: look again on the "other" system
    monkeypatch.setattr(sys, "platform", "win32")
    try:
        assert release_freed_memory() is False
    finally:
        _malloc_trim.cache_clear()
