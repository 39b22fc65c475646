"""The command line as a clinic's IT person or a content writer uses it, in a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from guide_app import __version__

BUNDLES = Path(__file__).parent / "fixtures" / "bundles"


def _guide_app(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "guide_app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version() -> None:
    result = _guide_app("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"guide-app {__version__}"


def test_check_content_passes_on_the_bundled_guide_and_prints_every_grade(
    section_count: int,
) -> None:
    result = _guide_app("check-content")
    assert result.returncode == 0, result.stdout + result.stderr
    grades = [line for line in result.stdout.splitlines() if ": grade " in line]
    assert len(grades) == section_count
    for line in grades:
        grade = float(line.split(": grade ")[1].split()[0])
        assert grade <= 8.0, line


def test_check_content_names_file_and_line_and_exits_1() -> None:
    result = _guide_app("check-content", "--content", str(BUNDLES / "broken-header"))
    assert result.returncode == 1
    assert "broken-header/en/02-marrow.md:3: header:" in result.stdout


def test_check_content_of_an_unknown_glossary_term() -> None:
    result = _guide_app("check-content", "--content", str(BUNDLES / "unknown-term"))
    assert result.returncode == 1
    assert "01-welcome.md:19: unknown glossary term 'spleen'" in result.stdout


def test_check_content_names_raw_html_and_exits_1() -> None:
    result = _guide_app("check-content", "--content", str(BUNDLES / "raw-html"))
    assert result.returncode == 1
    assert "raw-html/en/01-welcome.md:21: raw HTML '<script>' is not allowed" in result.stdout
    assert "raw-html/en/01-welcome.md:17: raw HTML '<img src=\"/etc/passwd\">'" in result.stdout
    assert "01-welcome.md:24:" not in result.stdout  # `<b>` in a code span is not HTML


def test_a_mistyped_option_is_an_error_not_ignored() -> None:
    # Before, "--contnet" was ignored and the bundled content was checked: "no problems", exit 0.
    result = _guide_app("check-content", "--contnet", "/nonexistent")
    assert result.returncode == 2
    assert "usage: guide-app" in result.stderr
    assert "unrecognized arguments: --contnet" in result.stderr
    assert "no problems" not in result.stdout


def test_check_content_of_a_folder_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    result = _guide_app("check-content", "--content", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr


def test_a_mistyped_sheet_option_is_an_error(tmp_path: Path) -> None:
    result = _guide_app("sheet", "--papr", "letter", "--output", str(tmp_path / "s.pdf"))
    assert result.returncode == 2
    assert "unrecognized arguments: --papr" in result.stderr
    assert not (tmp_path / "s.pdf").exists()


def test_the_language_is_a_shipped_one_never_a_path() -> None:
    # Before, this loaded Markdown from any folder the path named.
    for command in ([], ["sheet", "--output", "x.pdf"]):
        result = _guide_app(*command, "--lang", "../../tests/fixtures/bundles/good/en")
        assert result.returncode == 2, command
        assert "is not a language of the guide (languages: en, es)" in result.stderr


def test_qts_own_options_are_passed_on_to_qt() -> None:
    from guide_app.cli import split_qt_arguments

    ours, qt = split_qt_arguments(
        ["-platform", "offscreen", "--lang", "en", "-reverse", "-style=Fusion", "--section", "x"]
    )
    assert ours == ["--lang", "en", "--section", "x"]
    assert qt == ["-platform", "offscreen", "-reverse", "-style=Fusion"]
    ours, qt = split_qt_arguments(["--platfrom", "offscreen", "-stylesheet"])
    assert ours == ["--platfrom", "offscreen", "-stylesheet"]  # argparse will refuse these
    assert qt == []


def test_no_options_open_the_guide_as_the_parsed_defaults_do(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """``guide-app`` alone (or with Qt's options only) opens the guide without the parser: as a
    laptop's guide, in the remembered language, at the first section, Qt's options passed on."""
    import guide_app.app
    from guide_app.cli import main

    calls: list[tuple[object, ...]] = []

    def record(language=None, section=None, argv=(), kiosk=False, config=None) -> int:  # type: ignore[no-untyped-def]
        calls.append((language, section, list(argv), kiosk, config))
        return 0

    monkeypatch.setattr(guide_app.app, "run", record)
    assert main([]) == 0
    assert main(["-platform", "offscreen"]) == 0
    assert main(["--section", "start-here", "--kiosk"]) == 0  # through the parser
    assert calls == [
        (None, None, [], False, None),
        (None, None, ["-platform", "offscreen"], False, None),
        (None, "start-here", [], True, None),
    ]
