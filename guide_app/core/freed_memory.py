"""Giving memory back to the system after a kiosk's wipe.

A kiosk makes a fresh window for every family and deletes the old one. glibc keeps the freed
memory in the process's heap for reuse, in pieces the next window does not fit exactly, so the
resident size of a kiosk that runs for days creeps up (benchmarks/kiosk_soak.py: about four
times the growth without it). ``malloc_trim`` hands the free pieces back."""

from __future__ import annotations

import ctypes
import functools
import sys
from collections.abc import Callable


def release_freed_memory() -> bool:
    """Return the heap's free memory to the system; True when some was returned. Does nothing
    (False) where the C library has no ``malloc_trim``: Windows, macOS, musl."""
    trim = _malloc_trim()
    return trim is not None and bool(trim(0))


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    # Looked up once: each ctypes.CDLL makes a new class for its functions, kept for good.
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
