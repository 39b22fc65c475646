"""``guide-app kiosk-pin``: the line it prints is one the kiosk accepts; a short PIN or two
different PINs print one line and exit 2, and nothing to paste."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from guide_app.core.kiosk_config import check_pin
from guide_app.kiosk_command import add_kiosk_pin_arguments, run_kiosk_pin_command

# The command as cli.py runs it (its sub-parser, then run_kiosk_pin_command), in its own process.
# Once cli.py has the kiosk-pin command this can be [sys.executable, "-m", "guide_app", ...].
_DRIVER = (
    "import argparse, sys\n"
    "from guide_app.kiosk_command import add_kiosk_pin_arguments, run_kiosk_pin_command\n"
    "parser = argparse.ArgumentParser(prog='guide-app kiosk-pin')\n"
    "add_kiosk_pin_arguments(parser)\n"
    "sys.exit(run_kiosk_pin_command(parser.parse_args(sys.argv[1:])))\n"
)


def _kiosk_pin(stdin: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _DRIVER, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _stored(line: str) -> str:
    name, equals, value = line.partition(" = ")
    assert (name, equals) == ("exit_pin_hash", " = ")
    assert value.startswith('"scrypt$') and value.endswith('"')
    return value[1:-1]


def test_stdin_prints_the_line_to_paste_which_the_kiosk_accepts() -> None:
    result = _kiosk_pin("48213\n", "--stdin")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert check_pin("48213", _stored(line))
    assert not check_pin("48214", _stored(line))
    assert "48213" not in line


def test_stdin_without_a_final_line_break_and_with_windows_line_ends() -> None:
    for stdin in ("0000", "0000\r\n"):
        result = _kiosk_pin(stdin, "--stdin")
        assert result.returncode == 0, result.stderr
        assert check_pin("0000", _stored(result.stdout.strip()))


@pytest.mark.parametrize("pin", ["123", "", "12a4", "12 34", " 1234", "١٢٣٤"])
def test_stdin_refuses_a_pin_that_is_not_four_digits_or_more(pin: str) -> None:
    result = _kiosk_pin(pin + "\n", "--stdin")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "guide-app kiosk-pin: the PIN must be at least 4 digits (0-9) and nothing else\n"
    )


def test_stdin_with_nothing_on_it_is_refused() -> None:
    result = _kiosk_pin("", "--stdin")
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "guide-app kiosk-pin: no PIN on standard input\n"


def test_an_unknown_option_is_a_usage_error() -> None:
    result = _kiosk_pin("1234\n", "--pin", "1234")
    assert result.returncode == 2 and result.stdout == ""


def _run_with_prompts(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> tuple[int, list[str]]:
    """Run the command in this process with getpass answering ``answers`` (the prompt is a
    terminal's, which a test process may not have)."""
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return answers.pop(0)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    parser = argparse.ArgumentParser()
    add_kiosk_pin_arguments(parser)
    return run_kiosk_pin_command(parser.parse_args([])), prompts


def test_the_prompt_asks_twice_and_prints_the_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, prompts = _run_with_prompts(monkeypatch, ["97531", "97531"])
    out, err = capsys.readouterr()
    assert status == 0 and err == ""
    assert len(prompts) == 2
    assert check_pin("97531", _stored(out.strip()))


def test_two_different_pins_are_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run_with_prompts(monkeypatch, ["97531", "97513"])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert err == "guide-app kiosk-pin: the two PINs differ; nothing printed\n"


def test_a_short_pin_at_the_prompt_is_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _ = _run_with_prompts(monkeypatch, ["975", "975"])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert "at least 4 digits" in err and err.count("\n") == 1


def _kiosk_pin_at_a_terminal(*typed: str) -> tuple[int, str]:
    """Run the command with a terminal of its own (a pseudo-terminal) and type ``typed`` at its
    prompts; ``(exit status, everything the terminal showed)``."""
    pty = pytest.importorskip("pty")
    import os
    import select

    pid, terminal = pty.fork()
    if pid == 0:  # the child: the command, with the pseudo-terminal as its controlling terminal
        os.execv(sys.executable, [sys.executable, "-c", _DRIVER])
    shown = b""
    pending = list(typed)
    try:
        while True:
            ready, _, _ = select.select([terminal], [], [], 20)
            if not ready:
                raise AssertionError(f"the command is stuck; it showed {shown!r}")
            try:
                chunk = os.read(terminal, 1024)
            except OSError:  # the command ended and closed the terminal (Linux)
                break
            if not chunk:
                break
            shown += chunk
            if pending and shown.endswith(b": "):  # a prompt, waiting
                os.write(terminal, pending.pop(0).encode() + b"\n")
    finally:
        os.close(terminal)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), shown.decode(errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_at_a_terminal_the_pin_is_asked_twice_and_never_shown() -> None:
    status, shown = _kiosk_pin_at_a_terminal("86420", "86420")
    assert status == 0, shown
    assert "86420" not in shown
    (line,) = [line for line in shown.splitlines() if line.startswith("exit_pin_hash")]
    assert check_pin("86420", _stored(line.strip()))


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_at_a_terminal_two_different_pins_are_refused() -> None:
    status, shown = _kiosk_pin_at_a_terminal("86420", "86421")
    assert status == 2
    assert "the two PINs differ; nothing printed" in shown
    assert "exit_pin_hash" not in shown
