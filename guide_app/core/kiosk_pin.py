"""The kiosk's staff PIN: stored only as a salted scrypt hash, checked in constant time, and
guarded by a gate that locks for a minute after three wrong tries (so a PIN cannot be guessed at
the waiting-room screen)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import os
import time
from collections.abc import Callable
from typing import Literal

SCHEME = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32
MAX_WRONG_TRIES = 3
LOCK_SECONDS = 60
# A stored value names its own cost; larger costs than these are refused rather than computed,
# so a damaged or hostile config cannot make a PIN check take seconds or gigabytes.
_MAX_N, _MAX_R, _MAX_P = 2**17, 32, 4
_MAX_MEMORY = 256 * 2**20

PinResult = Literal["ok", "wrong", "locked"]


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$16384$8$1$<salt base64>$<hash base64>``: a fresh random salt unless one is given."""
    salt = os.urandom(SALT_BYTES) if salt is None else salt
    digest = _scrypt(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P, HASH_BYTES)
    return "$".join((SCHEME, str(SCRYPT_N), str(SCRYPT_R), str(SCRYPT_P), _b64(salt), _b64(digest)))


def check_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches ``stored`` (a ``hash_pin`` value); False, never an error, when
    ``stored`` is malformed. The comparison takes the same time wherever the hashes differ."""
    parsed = _parse(stored)
    if parsed is None:
        return False
    n, r, p, salt, expected = parsed
    try:
        actual = _scrypt(pin, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):  # parameters OpenSSL refuses on this machine
        return False
    return hmac.compare_digest(actual, expected)


def is_pin_hash(stored: str) -> bool:
    """Whether ``stored`` is a well-formed PIN hash (what ``guide-app kiosk-pin`` prints)."""
    return _parse(stored) is not None


class PinGate:
    """The staff PIN prompt's gate: three wrong tries in a row lock it for ``LOCK_SECONDS``.

    ``clock`` gives seconds (``time.monotonic`` by default; tests pass a fake one). While locked,
    no PIN is checked, so a right one does not open it either.
    """

    def __init__(
        self,
        stored_hash: str,
        clock: Callable[[], float] = time.monotonic,
        *,
        max_wrong_tries: int = MAX_WRONG_TRIES,
        lock_seconds: float = LOCK_SECONDS,
    ) -> None:
        self._stored = stored_hash
        self._clock = clock
        self._max_wrong = max_wrong_tries
        self._lock_seconds = lock_seconds
        self._wrong = 0
        self._locked_until: float | None = None

    def try_pin(self, pin: str) -> PinResult:
        """``"ok"``, ``"wrong"``, or ``"locked"``: locked now, or this was the last wrong try
        (then the prompt can show the countdown at once)."""
        if self.seconds_locked() > 0:
            return "locked"
        if check_pin(pin, self._stored):
            self._wrong = 0
            return "ok"
        self._wrong += 1
        if self._wrong >= self._max_wrong:
            self._wrong = 0
            self._locked_until = self._clock() + self._lock_seconds
            return "locked"
        return "wrong"

    def seconds_locked(self) -> int:
        """Whole seconds until the gate takes a PIN again (rounded up); 0 when it takes one now."""
        if self._locked_until is None:
            return 0
        remaining = self._locked_until - self._clock()
        if remaining <= 0:
            self._locked_until = None
            return 0
        return math.ceil(min(remaining, self._lock_seconds))


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=_MAX_MEMORY
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _parse(stored: str) -> tuple[int, int, int, bytes, bytes] | None:
    """``(n, r, p, salt, hash)`` of a well-formed stored value, else ``None``."""
    if not isinstance(stored, str) or not stored.isascii():
        return None
    parts = stored.strip().split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return None
    if not all(part.isdigit() for part in parts[1:4]):
        return None
    n, r, p = (int(part) for part in parts[1:4])
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        return None
    try:
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(salt) < 8 or len(digest) < 16 or len(digest) > 64:
        return None
    return n, r, p, salt, digest
