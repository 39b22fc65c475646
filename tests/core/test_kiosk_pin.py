"""The staff PIN: a salted scrypt hash that names its own parameters, a check that never raises,
and a gate that locks for a minute after three wrong tries (a fake clock, never a sleep)."""

from __future__ import annotations

import base64

import pytest

from guide_app.core.kiosk_pin import LOCK_SECONDS, PinGate, check_pin, hash_pin, is_pin_hash


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def stored() -> str:
    return hash_pin("2468")


def test_a_hash_describes_itself(stored: str) -> None:
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert len(base64.b64decode(salt, validate=True)) == 16
    assert len(base64.b64decode(digest, validate=True)) == 32
    assert "2468" not in stored


def test_the_right_pin_matches_and_a_wrong_one_does_not(stored: str) -> None:
    assert check_pin("2468", stored)
    assert not check_pin("2469", stored)
    assert not check_pin("", stored)
    assert not check_pin("24680", stored)


def test_surrounding_spaces_in_the_stored_value_are_ignored(stored: str) -> None:
    assert check_pin("2468", f"  {stored}\n")


def test_salts_differ_so_equal_pins_hash_differently() -> None:
    first, second = hash_pin("2468"), hash_pin("2468")
    assert first != second
    assert first.split("$")[4] != second.split("$")[4]
    assert check_pin("2468", first) and check_pin("2468", second)


def test_a_given_salt_gives_the_same_hash() -> None:
    assert hash_pin("2468", b"0123456789abcdef") == hash_pin("2468", b"0123456789abcdef")


@pytest.mark.parametrize(
    "malformed",
    [
        "",
        "2468",
        "scrypt",
        "scrypt$16384$8$1$$",
        "bcrypt$16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,
        "scrypt$16384$8$1$not base64!$" + "A" * 44,
        "scrypt$16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$short",
        "scrypt$16385$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,  # n not a power of two
        "scrypt$1073741824$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,  # far too costly
        "scrypt$16384$x$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,
        "scrypt$16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44 + "$extra",
        "scrypt$16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$ÄÄÄÄ",
        "scrypt$-16384$8$1$MDEyMzQ1Njc4OWFiY2RlZg==$" + "A" * 44,
    ],
)
def test_a_malformed_stored_value_never_raises_and_never_matches(malformed: str) -> None:
    assert check_pin("2468", malformed) is False
    assert is_pin_hash(malformed) is False


def test_a_well_formed_value_is_a_pin_hash(stored: str) -> None:
    assert is_pin_hash(stored)


def test_the_gate_opens_with_the_right_pin(stored: str) -> None:
    gate = PinGate(stored, FakeClock())
    assert gate.try_pin("2468") == "ok"
    assert gate.seconds_locked() == 0


def test_three_wrong_pins_lock_the_gate_for_a_minute(stored: str) -> None:
    clock = FakeClock()
    gate = PinGate(stored, clock)
    assert gate.try_pin("0000") == "wrong"
    assert gate.try_pin("1111") == "wrong"
    assert gate.try_pin("2222") == "locked"  # the third miss locks at once
    assert gate.seconds_locked() == LOCK_SECONDS == 60
    clock.now += 0.5
    assert gate.seconds_locked() == 60  # rounded up: the countdown never shows 0 while locked
    clock.now += 30
    assert gate.seconds_locked() == 30
    assert gate.try_pin("2468") == "locked"  # even the right PIN waits
    clock.now += 29.4
    assert gate.seconds_locked() == 1
    assert gate.try_pin("2468") == "locked"


def test_the_gate_takes_pins_again_after_the_minute(stored: str) -> None:
    clock = FakeClock()
    gate = PinGate(stored, clock)
    for pin in ("0000", "1111", "2222"):
        gate.try_pin(pin)
    clock.now += 60
    assert gate.seconds_locked() == 0
    assert gate.try_pin("2468") == "ok"


def test_after_the_lock_there_are_three_fresh_tries(stored: str) -> None:
    clock = FakeClock()
    gate = PinGate(stored, clock)
    for pin in ("0000", "1111", "2222"):
        gate.try_pin(pin)
    clock.now += 61
    assert gate.try_pin("0000") == "wrong"
    assert gate.try_pin("1111") == "wrong"
    assert gate.try_pin("2222") == "locked"


def test_a_right_pin_forgets_earlier_misses(stored: str) -> None:
    gate = PinGate(stored, FakeClock())
    assert gate.try_pin("0000") == "wrong"
    assert gate.try_pin("1111") == "wrong"
    assert gate.try_pin("2468") == "ok"
    assert gate.try_pin("0000") == "wrong"
    assert gate.try_pin("1111") == "wrong"


def test_a_gate_without_a_usable_hash_never_opens() -> None:
    gate = PinGate("", FakeClock())
    assert gate.try_pin("") == "wrong"
    assert gate.try_pin("2468") == "wrong"
    assert gate.try_pin("1234") == "locked"
