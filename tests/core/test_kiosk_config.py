"""The kiosk's config: defaults, one message per unusable key (which takes its default), and the
machine-wide path on each system. The kiosk never refuses to start over its config."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide_app.core.kiosk_config import (
    CONFIG_KEYS,
    ConfigMessage,
    KioskConfig,
    default_config_path,
    load_kiosk_config,
)
from guide_app.core.kiosk_pin import hash_pin

SHIPPED = ("en", "es")
SAMPLE = Path(__file__).resolve().parents[2] / "packaging" / "kiosk" / "kiosk.toml"


def _load(tmp_path: Path, text: str) -> tuple[KioskConfig, list[ConfigMessage]]:
    path = tmp_path / "kiosk.toml"
    path.write_text(text, encoding="utf-8")
    return load_kiosk_config(path, SHIPPED)


def test_defaults() -> None:
    config = KioskConfig()
    assert config.kiosk is False
    assert config.default_language == "en"
    assert (config.idle_timeout_s, config.warning_s) == (180, 30)
    assert config.clinic_name == config.clinic_phone == config.printer == ""
    assert config.exit_pin_hash == ""


def test_a_missing_file_is_the_defaults_and_no_message(tmp_path: Path) -> None:
    assert load_kiosk_config(tmp_path / "nowhere" / "kiosk.toml", SHIPPED) == (KioskConfig(), [])


def test_an_empty_file_is_the_defaults(tmp_path: Path) -> None:
    assert _load(tmp_path, "# nothing set yet\n") == (KioskConfig(), [])


def test_every_key_is_read(tmp_path: Path) -> None:
    stored = hash_pin("2468")
    config, messages = _load(
        tmp_path,
        "kiosk = true\n"
        'default_language = "es"\n'
        "idle_timeout_s = 600\n"
        "warning_s = 45\n"
        'clinic_name = "Hospital Infantil"\n'
        'clinic_phone = "+1 555 0100"\n'
        'printer = "Ward_3_Laser"\n'
        f'exit_pin_hash = "{stored}"\n',
    )
    assert messages == []
    assert config == KioskConfig(
        kiosk=True,
        default_language="es",
        idle_timeout_s=600,
        warning_s=45,
        clinic_name="Hospital Infantil",
        clinic_phone="+1 555 0100",
        printer="Ward_3_Laser",
        exit_pin_hash=stored,
    )


def test_the_limits_themselves_are_allowed(tmp_path: Path) -> None:
    config, messages = _load(
        tmp_path,
        f'idle_timeout_s = 30\nwarning_s = 300\nclinic_name = "{"n" * 80}"\n'
        f'clinic_phone = "{"9" * 40}"\n',
    )
    assert messages == []
    assert (config.idle_timeout_s, config.warning_s) == (30, 300)
    assert len(config.clinic_name) == 80 and len(config.clinic_phone) == 40


@pytest.mark.parametrize(
    ("line", "key", "expected"),
    [
        ('kiosk = "yes"', "kiosk", "kiosk must be true or false; using false"),
        ("kiosk = 1", "kiosk", "kiosk must be true or false; using false"),
        (
            'default_language = "fr"',
            "default_language",
            'default_language must be one of the guide\'s languages (en, es); using "en"',
        ),
        (
            "default_language = 1",
            "default_language",
            'default_language must be one of the guide\'s languages (en, es); using "en"',
        ),
        (
            "idle_timeout_s = 29",
            "idle_timeout_s",
            "idle_timeout_s must be a whole number of seconds from 30 to 3600; using 180",
        ),
        (
            "idle_timeout_s = 3601",
            "idle_timeout_s",
            "idle_timeout_s must be a whole number of seconds from 30 to 3600; using 180",
        ),
        (
            "idle_timeout_s = 90.0",
            "idle_timeout_s",
            "idle_timeout_s must be a whole number of seconds from 30 to 3600; using 180",
        ),
        (
            'idle_timeout_s = "180"',
            "idle_timeout_s",
            "idle_timeout_s must be a whole number of seconds from 30 to 3600; using 180",
        ),
        (
            "idle_timeout_s = true",
            "idle_timeout_s",
            "idle_timeout_s must be a whole number of seconds from 30 to 3600; using 180",
        ),
        (
            "warning_s = 19",
            "warning_s",
            "warning_s must be a whole number of seconds from 20 to 300; using 30",
        ),
        (
            "warning_s = 301",
            "warning_s",
            "warning_s must be a whole number of seconds from 20 to 300; using 30",
        ),
        (
            f'clinic_name = "{"n" * 81}"',
            "clinic_name",
            "clinic_name must be text of at most 80 characters; leaving it empty",
        ),
        (
            "clinic_name = 7",
            "clinic_name",
            "clinic_name must be text of at most 80 characters; leaving it empty",
        ),
        (
            f'clinic_phone = "{"9" * 41}"',
            "clinic_phone",
            "clinic_phone must be text of at most 40 characters; leaving it empty",
        ),
        (
            "printer = []",
            "printer",
            "printer must be a printer's name (text of at most 200 characters); leaving it empty",
        ),
        (
            'exit_pin_hash = "1234"',
            "exit_pin_hash",
            'exit_pin_hash must be a PIN hash made by "guide-app kiosk-pin"; leaving it empty, '
            "so the staff key chord does nothing",
        ),
        (
            'exit_pin_hash = "scrypt$16384$8$1$c2FsdA==$"',
            "exit_pin_hash",
            'exit_pin_hash must be a PIN hash made by "guide-app kiosk-pin"; leaving it empty, '
            "so the staff key chord does nothing",
        ),
    ],
)
def test_each_unusable_key_gives_one_message_at_its_line_and_its_default(
    tmp_path: Path, line: str, key: str, expected: str
) -> None:
    config, messages = _load(tmp_path, f"# The ward's kiosk\n\n{line}\n")
    assert messages == [f"kiosk.toml:3: {expected}"]
    assert getattr(config, key) == getattr(KioskConfig(), key)


def test_other_keys_are_kept_when_one_is_wrong(tmp_path: Path) -> None:
    config, messages = _load(tmp_path, "kiosk = true\nidle_timeout_s = 5\nwarning_s = 60\n")
    assert messages == [
        "kiosk.toml:2: idle_timeout_s must be a whole number of seconds from 30 to 3600; using 180"
    ]
    assert (config.kiosk, config.idle_timeout_s, config.warning_s) == (True, 180, 60)


def test_several_wrong_keys_give_one_message_each(tmp_path: Path) -> None:
    _, messages = _load(tmp_path, 'kiosk = "on"\nwarning_s = 5\ndefault_language = "de"\n')
    assert [message.split(":")[:2] for message in messages] == [
        ["kiosk.toml", "1"],
        ["kiosk.toml", "2"],
        ["kiosk.toml", "3"],
    ]
    assert all(isinstance(message, ConfigMessage) for message in messages)


def test_unknown_keys_are_named_ignored_and_a_close_one_suggested(tmp_path: Path) -> None:
    config, messages = _load(
        tmp_path, "kiosk = true\nidle_timeout = 60\n\n[colours]\nbackground = 'red'\n"
    )
    assert messages == [
        'kiosk.toml:2: unknown key "idle_timeout" (did you mean "idle_timeout_s"?); ignored',
        'kiosk.toml:4: unknown key "colours"; ignored',
    ]
    assert config == KioskConfig(kiosk=True)


def test_text_loses_control_characters_and_extra_spaces(tmp_path: Path) -> None:
    config, messages = _load(
        tmp_path,
        'clinic_name = "  Ward\\u0007 3\\n\\u202eChildren  "\nprinter = "Ward\\tLaser"\n',
    )
    assert messages == []
    assert config.clinic_name == "Ward 3 Children"
    assert config.printer == "Ward Laser"


def test_a_syntax_error_gives_one_message_with_its_line_and_every_default(
    tmp_path: Path,
) -> None:
    config, messages = _load(tmp_path, 'kiosk = true\nclinic_name = "St Mary\nwarning_s = 60\n')
    assert config == KioskConfig()
    assert len(messages) == 1
    assert messages[0].startswith("kiosk.toml:2: not valid TOML (")
    assert messages[0].endswith("); using defaults")


def test_a_file_that_cannot_be_read_gives_one_message_and_every_default(tmp_path: Path) -> None:
    folder = tmp_path / "kiosk.toml"
    folder.mkdir()
    config, messages = load_kiosk_config(folder, SHIPPED)
    assert config == KioskConfig()
    assert len(messages) == 1 and messages[0].startswith("kiosk.toml:1: cannot read the file")


def test_a_file_that_is_not_utf8_gives_one_message(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.toml"
    path.write_bytes(b'clinic_name = "Cl\xednica"\n')
    config, messages = load_kiosk_config(path, SHIPPED)
    assert config == KioskConfig() and len(messages) == 1


def test_the_sample_config_sets_every_key_to_its_default() -> None:
    config, messages = load_kiosk_config(SAMPLE, SHIPPED)
    assert (config, messages) == (KioskConfig(), [])
    text = SAMPLE.read_text(encoding="utf-8")
    for key in CONFIG_KEYS:
        assert f"\n{key} = " in text, key


@pytest.mark.parametrize("platform", ["linux", "linux2", "freebsd14"])
def test_the_path_on_linux_and_other_unix(platform: str) -> None:
    assert default_config_path(platform, {}) == Path("/etc/guide-app/kiosk.toml")


def test_the_path_on_macos() -> None:
    assert default_config_path("darwin", {}) == Path(
        "/Library/Application Support/guide-app/kiosk.toml"
    )


def test_the_path_on_windows_follows_programdata() -> None:
    path = default_config_path("win32", {"PROGRAMDATA": r"D:\ProgramData"})
    assert str(path) == r"D:\ProgramData\guide-app\kiosk.toml"


def test_the_path_on_windows_without_programdata() -> None:
    assert str(default_config_path("win32", {})) == r"C:\ProgramData\guide-app\kiosk.toml"
