"""The kiosk's configuration: a small TOML file at a machine-wide path, set up by the clinic.

A kiosk must start even with a broken file: each key that cannot be used is named in one
message (``kiosk.toml:3: ...``, for the staff log) and falls back to its default.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

# The PIN's hash and gate live in kiosk_pin; they are named here too, as the kiosk's config API.
# The path is its own small module: every start looks for the file, and needs no more.
from guide_app.core.kiosk_paths import default_config_path
from guide_app.core.kiosk_pin import PinGate, check_pin, hash_pin, is_pin_hash
from guide_app.core.toml_entries import toml_error
from guide_app.core.typed_text import clean_typed_text

__all__ = [
    "CONFIG_KEYS",
    "ConfigMessage",
    "KioskConfig",
    "PinGate",
    "check_pin",
    "default_config_path",
    "hash_pin",
    "load_kiosk_config",
]

MIN_IDLE_TIMEOUT_S, MAX_IDLE_TIMEOUT_S = 30, 3600
MIN_WARNING_S, MAX_WARNING_S = 20, 300
MAX_CLINIC_NAME = 80
MAX_CLINIC_PHONE = 40
MAX_PRINTER = 200


@dataclass(frozen=True)
class KioskConfig:
    """What the clinic set; every field has a safe default (a laptop guide, no staff PIN)."""

    kiosk: bool = False
    default_language: str = "en"
    idle_timeout_s: int = 180
    warning_s: int = 30
    clinic_name: str = ""
    clinic_phone: str = ""
    printer: str = ""
    # Where families collect what the printer prints ("the front desk"); empty: ask the staff.
    printer_location: str = ""
    # Empty: no PIN is set, so the staff key chord does nothing.
    exit_pin_hash: str = ""


# Every key of the file, in the order the sample config lists them.
CONFIG_KEYS: tuple[str, ...] = tuple(field.name for field in fields(KioskConfig))


class ConfigMessage(str):
    """One problem with the config file, as the loader words it (the staff log takes only these,
    never other text)."""

    __slots__ = ()


def load_kiosk_config(
    path: Path, shipped_languages: Collection[str]
) -> tuple[KioskConfig, list[ConfigMessage]]:
    """The config at ``path`` and one message per problem; never raises for a bad file.

    A missing file is the defaults with no message; a file that is not TOML is the defaults with
    one message naming the line; a key that cannot be used falls back to its default.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return KioskConfig(), []
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or error
        return KioskConfig(), [
            _message(path, 1, f"cannot read the file ({reason}); using defaults")
        ]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, reason = toml_error(error)
        return KioskConfig(), [_message(path, line, f"not valid TOML ({reason}); using defaults")]
    return _config_from(data, text, path, shipped_languages)


@dataclass(frozen=True)
class _Rule:
    """How one key is checked: ``accept`` gives the value to use, or ``None`` when unusable."""

    accept: Callable[[object], object | None]
    must_be: str
    fallback: str


def _config_from(
    data: Mapping[str, Any], text: str, path: Path, shipped: Collection[str]
) -> tuple[KioskConfig, list[ConfigMessage]]:
    rules = _rules(shipped)
    values: dict[str, object] = {}
    messages: list[ConfigMessage] = []
    for key, raw in data.items():
        line = _key_line(text, key)
        rule = rules.get(key)
        if rule is None:
            messages.append(_message(path, line, _unknown_key(key, rules)))
            continue
        value = rule.accept(raw)
        if value is None:
            messages.append(_message(path, line, f"{key} {rule.must_be}; {rule.fallback}"))
        else:
            values[key] = value
    return KioskConfig(**values), messages  # type: ignore[arg-type]  # each checked by its rule


def _rules(shipped: Collection[str]) -> dict[str, _Rule]:
    defaults = KioskConfig()
    languages = ", ".join(sorted(shipped)) or "none"
    return {
        "kiosk": _Rule(
            lambda v: v if isinstance(v, bool) else None,
            "must be true or false",
            f"using {str(defaults.kiosk).lower()}",
        ),
        "default_language": _Rule(
            lambda v: v if isinstance(v, str) and v in shipped else None,
            f"must be one of the guide's languages ({languages})",
            f'using "{defaults.default_language}"',
        ),
        "idle_timeout_s": _Rule(
            _whole_number(MIN_IDLE_TIMEOUT_S, MAX_IDLE_TIMEOUT_S),
            f"must be a whole number of seconds from {MIN_IDLE_TIMEOUT_S} to {MAX_IDLE_TIMEOUT_S}",
            f"using {defaults.idle_timeout_s}",
        ),
        "warning_s": _Rule(
            _whole_number(MIN_WARNING_S, MAX_WARNING_S),
            f"must be a whole number of seconds from {MIN_WARNING_S} to {MAX_WARNING_S}",
            f"using {defaults.warning_s}",
        ),
        "clinic_name": _Rule(
            _text(MAX_CLINIC_NAME, one_line=True),
            f"must be text of at most {MAX_CLINIC_NAME} characters",
            "leaving it empty",
        ),
        "clinic_phone": _Rule(
            _text(MAX_CLINIC_PHONE, one_line=True),
            f"must be text of at most {MAX_CLINIC_PHONE} characters",
            "leaving it empty",
        ),
        "printer": _Rule(
            _text(MAX_PRINTER),
            f"must be a printer's name (text of at most {MAX_PRINTER} characters)",
            "leaving it empty",
        ),
        "printer_location": _Rule(
            _text(MAX_CLINIC_NAME, one_line=True),
            f"must be text of at most {MAX_CLINIC_NAME} characters",
            "leaving it empty",
        ),
        "exit_pin_hash": _Rule(
            lambda v: v.strip() if isinstance(v, str) and (not v or is_pin_hash(v)) else None,
            'must be a PIN hash made by "guide-app kiosk-pin"',
            "leaving it empty, so the staff key chord does nothing",
        ),
    }


def _whole_number(low: int, high: int) -> Callable[[object], int | None]:
    def accept(value: object) -> int | None:
        # bool is an int in Python; "true" is not a number of seconds.
        if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
            return value
        return None

    return accept


def _text(limit: int, *, one_line: bool = False) -> Callable[[object], str | None]:
    """Text without control characters; ``one_line``: runs of spaces as one, for a header."""

    def accept(value: object) -> str | None:
        if not isinstance(value, str):
            return None
        cleaned = clean_typed_text(value).strip()
        if one_line:
            cleaned = " ".join(cleaned.split())
        return cleaned if len(cleaned) <= limit else None

    return accept


def _unknown_key(key: str, rules: Mapping[str, _Rule]) -> str:
    close = difflib.get_close_matches(key, list(rules), n=1)
    hint = f' (did you mean "{close[0]}"?)' if close else ""
    return f'unknown key "{clean_typed_text(key)}"{hint}; ignored'


def _key_line(text: str, key: str) -> int:
    """The 1-based line where ``key`` is set at the top level (``key =`` or ``[key]``), else 1."""
    name = re.escape(key)
    pattern = rf'^[ \t]*(?:(?:{name}|"{name}"|\'{name}\')[ \t]*[=.]|\[+[ \t]*"?{name}"?[ \t]*[\].])'
    match = re.search(pattern, text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _message(path: Path, line: int, text: str) -> ConfigMessage:
    return ConfigMessage(f"{path.name}:{line}: {text}")
