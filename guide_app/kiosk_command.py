"""``guide-app kiosk-pin``: ask for the staff PIN and print the ``exit_pin_hash`` line to paste
into kiosk.toml, so the PIN itself is never written anywhere."""

from __future__ import annotations

import argparse
import getpass
import sys

from guide_app.core.kiosk_pin import hash_pin

PROG = "guide-app kiosk-pin"
EXIT_OK, EXIT_USAGE, EXIT_INTERRUPTED = 0, 2, 130
MIN_PIN_DIGITS = 4
DESCRIPTION = (
    "Ask for the staff PIN twice (not shown) and print the exit_pin_hash line to paste into "
    "kiosk.toml. Staff leave the kiosk with Ctrl+Alt+Shift+X and this PIN."
)


class _Refused(Exception):
    """A PIN that cannot be used; printed as one line, exit status 2."""


def add_kiosk_pin_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``kiosk-pin`` command's description and options (``parser`` is its sub-parser)."""
    parser.description = DESCRIPTION
    parser.add_argument(
        "--stdin",
        action="store_true",
        help="read the PIN from one line of standard input (for scripts), without asking twice",
    )


def run_kiosk_pin_command(args: argparse.Namespace) -> int:
    """Print ``exit_pin_hash = "scrypt$..."``; a refused PIN is one line on stderr, exit 2."""
    try:
        pin = _pin_from_stdin() if args.stdin else _pin_from_prompt()
        _check(pin)
    except _Refused as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return EXIT_INTERRUPTED
    print(f'exit_pin_hash = "{hash_pin(pin)}"')
    return EXIT_OK


def _pin_from_prompt() -> str:
    try:
        first = getpass.getpass("Staff PIN (at least 4 digits): ")
        second = getpass.getpass("The same PIN again: ")
    except EOFError:
        raise _Refused("no PIN given") from None
    if first != second:
        raise _Refused("the two PINs differ; nothing printed")
    return first


def _pin_from_stdin() -> str:
    line = sys.stdin.readline()
    if not line:
        raise _Refused("no PIN on standard input")
    return line.rstrip("\r\n")


def _check(pin: str) -> None:
    # ASCII digits only: the kiosk's PIN prompt takes digits, whatever the keyboard's language.
    if len(pin) < MIN_PIN_DIGITS or not (pin.isascii() and pin.isdigit()):
        raise _Refused(f"the PIN must be at least {MIN_PIN_DIGITS} digits (0-9) and nothing else")
