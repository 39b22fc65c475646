"""The kiosk's staff log: what the clinic's IT needs to look after a kiosk, never family data.

Each event has its own function, and none takes free text a family could have written (no
question, note, search or name): the reset cause is one of two words, config problems must be
the loader's own messages, the rest comes from the program or the system. The logger does not
propagate, and nothing else logs to it, so no other record reaches the file either.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Literal, get_args

from guide_app.core.kiosk_config import ConfigMessage
from guide_app.core.typed_text import clean_typed_text

LOG_FILE_NAME = "guide-app.log"
LOGGER_NAME = "guide_app.staff"
MAX_LOG_BYTES = 1024 * 1024
LOG_BACKUPS = 3
# What the system says about a printer: kept short, on one line.
MAX_SYSTEM_TEXT = 300

ResetCause = Literal["idle", "start over"]
_VERSION = re.compile(r"[0-9A-Za-z.+\-]{1,40}")


def open_staff_log(folder: Path | None) -> logging.Logger:
    """The staff log, writing ``guide-app.log`` in ``folder`` (1 MiB, then 3 older files).

    ``None``, or a folder that cannot be made or written, gives a log that discards everything:
    the kiosk runs without a log rather than not at all. Opening it again closes the old file.
    """
    log = logging.getLogger(LOGGER_NAME)
    for old in list(log.handlers):
        log.removeHandler(old)
        old.close()
    log.setLevel(logging.INFO)
    log.propagate = False
    log.addHandler(_file_handler(folder) or logging.NullHandler())
    return log


def log_start(log: logging.Logger, version: str, config_path: Path) -> None:
    """The guide started, in this version, with the config file at this path."""
    shown = version if _VERSION.fullmatch(version) else "unknown"
    log.info("started guide-app %s; configuration %s", shown, _one_line(str(config_path)))


def log_config_problems(log: logging.Logger, messages: Sequence[ConfigMessage]) -> None:
    """Each problem ``load_kiosk_config`` found (only its messages: ``TypeError`` for others)."""
    for message in messages:
        if not isinstance(message, ConfigMessage):
            raise TypeError("the staff log takes only load_kiosk_config's messages")
        log.warning("configuration: %s", _one_line(message))


def log_reset(log: logging.Logger, cause: ResetCause) -> None:
    """Everything was wiped for the next family: after the idle countdown, or "Start over"."""
    if cause not in get_args(ResetCause):
        raise ValueError(f"a reset's cause is one of {get_args(ResetCause)}")
    log.info("reset (%s)", cause)


def log_printer_error(log: logging.Logger, printer: str, qt_message: str) -> None:
    """Printing to ``printer`` failed with Qt's ``qt_message``."""
    log.error("printer %r failed: %s", _one_line(printer), _one_line(qt_message))


def log_pin_locked(log: logging.Logger) -> None:
    """Three wrong staff PINs: the prompt is locked for a minute."""
    log.warning("staff PIN prompt locked after wrong PINs")


def log_staff_exit(log: logging.Logger) -> None:
    """Staff left the kiosk with the key chord and the PIN."""
    log.info("staff exit")


def _file_handler(folder: Path | None) -> logging.Handler | None:
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            folder / LOG_FILE_NAME,
            maxBytes=MAX_LOG_BYTES,
            backupCount=LOG_BACKUPS,
            encoding="utf-8",
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    return handler


def _one_line(text: str) -> str:
    """No line breaks or control characters (a log line cannot be forged), and not too long."""
    return " ".join(clean_typed_text(text).split())[:MAX_SYSTEM_TEXT]
