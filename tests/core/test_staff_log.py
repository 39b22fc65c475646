"""The staff log: a rotating file the clinic's IT can read, which discards everything when its
folder cannot be written, and whose functions have no way to take what a family typed."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterator, Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import get_type_hints

import pytest

from guide_app.core import staff_log
from guide_app.core.kiosk_config import ConfigMessage, load_kiosk_config
from guide_app.core.staff_log import (
    LOG_BACKUPS,
    LOG_FILE_NAME,
    MAX_LOG_BYTES,
    log_config_problems,
    log_pin_locked,
    log_printer_error,
    log_reset,
    log_staff_exit,
    log_start,
    open_staff_log,
)

FAMILY_TEXT = "Is Mia's relapse our fault?"


@pytest.fixture(autouse=True)
def closed_log() -> Iterator[None]:
    """Each test's log file is closed after it (the logger itself lives for the process)."""
    yield
    log = logging.getLogger(staff_log.LOGGER_NAME)
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()


def _text(folder: Path) -> str:
    for handler in logging.getLogger(staff_log.LOGGER_NAME).handlers:
        handler.flush()
    return (folder / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_events_are_written_one_line_each(tmp_path: Path) -> None:
    log = open_staff_log(tmp_path)
    log_start(log, "0.1.0", Path("/etc/guide-app/kiosk.toml"))
    log_reset(log, "idle")
    log_reset(log, "start over")
    log_printer_error(log, "Ward_3", "The printer is out of paper")
    log_pin_locked(log)
    log_staff_exit(log)
    lines = _text(tmp_path).splitlines()
    assert len(lines) == 6
    assert lines[0].endswith(
        "INFO started guide-app 0.1.0; configuration /etc/guide-app/kiosk.toml"
    )
    assert lines[1].endswith("INFO reset (idle)")
    assert lines[2].endswith("INFO reset (start over)")
    assert lines[3].endswith("ERROR printer 'Ward_3' failed: The printer is out of paper")
    assert lines[4].endswith("WARNING staff PIN prompt locked after wrong PINs")
    assert lines[5].endswith("INFO staff exit")


def test_config_problems_are_logged_as_the_loader_words_them(tmp_path: Path) -> None:
    config_file = tmp_path / "kiosk.toml"
    config_file.write_text("kiosk = true\nidle_timeout_s = 5\nwarning_s = 'x'\n", "utf-8")
    _, messages = load_kiosk_config(config_file, ["en"])
    log = open_staff_log(tmp_path / "log")
    log_config_problems(log, messages)
    lines = _text(tmp_path / "log").splitlines()
    assert [line.split(" WARNING ")[1] for line in lines] == [
        f"configuration: {message}" for message in messages
    ]
    assert "kiosk.toml:2: idle_timeout_s must be" in lines[0]


def test_the_log_file_rotates_at_one_mebibyte_keeping_three(tmp_path: Path) -> None:
    full = "2026-01-01 00:00:00,000 INFO reset (idle)\n" * (MAX_LOG_BYTES // 42)
    (tmp_path / LOG_FILE_NAME).write_text(full[: MAX_LOG_BYTES - 10], encoding="utf-8")
    log = open_staff_log(tmp_path)
    (handler,) = log.handlers
    assert isinstance(handler, RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (MAX_LOG_BYTES, LOG_BACKUPS) == (2**20, 3)
    log_staff_exit(log)  # does not fit: the full file becomes guide-app.log.1
    assert (tmp_path / f"{LOG_FILE_NAME}.1").stat().st_size == MAX_LOG_BYTES - 10
    assert _text(tmp_path).endswith("INFO staff exit\n")
    for _ in range(4):
        log_staff_exit(log)
        handler.doRollover()
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{n}" for n in (1, 2, 3)]


def test_the_folder_is_made_when_missing(tmp_path: Path) -> None:
    log = open_staff_log(tmp_path / "var" / "log" / "guide-app")
    log_staff_exit(log)
    assert "staff exit" in _text(tmp_path / "var" / "log" / "guide-app")


def test_no_folder_means_a_log_that_discards_everything() -> None:
    log = open_staff_log(None)
    assert [type(handler) for handler in log.handlers] == [logging.NullHandler]
    log_reset(log, "idle")  # no error


def test_a_folder_that_cannot_be_made_means_a_log_that_discards_everything(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    log = open_staff_log(blocker / "logs")
    assert [type(handler) for handler in log.handlers] == [logging.NullHandler]
    log_start(log, "0.1.0", Path("/etc/guide-app/kiosk.toml"))
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_a_log_file_that_cannot_be_opened_means_a_log_that_discards_everything(
    tmp_path: Path,
) -> None:
    (tmp_path / LOG_FILE_NAME).mkdir()  # opening it for writing fails, even for root
    log = open_staff_log(tmp_path)
    assert [type(handler) for handler in log.handlers] == [logging.NullHandler]


def test_opening_again_replaces_the_old_file(tmp_path: Path) -> None:
    open_staff_log(tmp_path / "first")
    log = open_staff_log(tmp_path / "second")
    assert len(log.handlers) == 1
    log_staff_exit(log)
    assert "staff exit" in _text(tmp_path / "second")
    assert _text(tmp_path / "first") == ""


def test_no_other_logger_reaches_the_staff_log(tmp_path: Path) -> None:
    log = open_staff_log(tmp_path)
    assert log.propagate is False
    logging.getLogger().warning(FAMILY_TEXT)
    logging.getLogger("guide_app").warning(FAMILY_TEXT)
    logging.getLogger("guide_app.ui.question_builder").warning(FAMILY_TEXT)
    log_staff_exit(log)
    assert FAMILY_TEXT not in _text(tmp_path)


def test_the_api_has_no_parameter_for_family_text() -> None:
    """Every event function takes the log and only values a family cannot have written."""
    allowed = {
        "log": logging.Logger,
        "version": str,  # checked: logged only when it looks like a version number
        "config_path": Path,
        "cause": staff_log.ResetCause,
        "printer": str,  # the system's print queue name
        "qt_message": str,  # Qt's printer error
        "messages": Sequence[ConfigMessage],
    }
    events = [
        function
        for name, function in inspect.getmembers(staff_log, inspect.isfunction)
        if name.startswith("log_") and function.__module__ == staff_log.__name__
    ]
    assert len(events) == 6
    for function in events:
        hints = get_type_hints(function)
        for name, parameter in inspect.signature(function).parameters.items():
            assert parameter.kind is parameter.POSITIONAL_OR_KEYWORD, (function, name)
            assert hints[name] == allowed[name], (function, name)


@pytest.mark.parametrize("cause", [FAMILY_TEXT, "Idle", ""])
def test_a_reset_cause_is_one_of_two_words(tmp_path: Path, cause: str) -> None:
    log = open_staff_log(tmp_path)
    with pytest.raises(ValueError):
        log_reset(log, cause)  # type: ignore[arg-type]
    assert FAMILY_TEXT not in _text(tmp_path)


def test_config_problems_must_be_the_loaders_messages(tmp_path: Path) -> None:
    log = open_staff_log(tmp_path)
    with pytest.raises(TypeError):
        log_config_problems(log, [FAMILY_TEXT])  # type: ignore[list-item]
    assert FAMILY_TEXT not in _text(tmp_path)


def test_a_version_that_is_not_a_version_is_not_logged(tmp_path: Path) -> None:
    log = open_staff_log(tmp_path)
    log_start(log, FAMILY_TEXT, Path("/etc/guide-app/kiosk.toml"))
    text = _text(tmp_path)
    assert FAMILY_TEXT not in text
    assert "started guide-app unknown;" in text


def test_system_text_cannot_forge_log_lines(tmp_path: Path) -> None:
    log = open_staff_log(tmp_path)
    log_printer_error(log, "Ward\n3", "jammed\n2026-01-01 INFO staff exit\x1b[2J" + "x" * 1000)
    lines = _text(tmp_path).splitlines()
    assert len(lines) == 1
    assert "\x1b" not in lines[0]
    assert len(lines[0]) < 400
