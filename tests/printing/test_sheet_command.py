"""``guide-app sheet``: the PDF clinics print in bulk, and one clear line for every mistake."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide_app.ui.sheet_labels import sheet_labels

PdfText = Callable[[Path], str]
REPO = Path(__file__).resolve().parents[2]
DEFAULT_QUESTIONS = [
    "Where in the body did the leukemia come back?",
    "What treatment do you suggest now, and why?",
    "Is there a clinical trial that could be right for my child?",
]

pytestmark = pytest.mark.usefixtures("qapp", "fixture_content")

LABELS = sheet_labels()  # the sheet's words, untranslated


def run(*argv: str) -> int:
    """``guide-app sheet ARGV``; a wrong option gives argparse's exit status 2."""
    from guide_app.cli import main

    try:
        return main(["sheet", *argv])
    except SystemExit as exit_:
        return int(exit_.code or 0)


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("guide-app sheet: ")
    return lines[0]


def test_default_sheet_has_the_recommended_questions_in_order(
    tmp_path: Path, pdf_text: PdfText
) -> None:
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--paper", "a4") == 0
    text = pdf_text(output)
    positions = [text.index(f"{n}. {q}") for n, q in enumerate(DEFAULT_QUESTIONS, start=1)]
    assert positions == sorted(positions)
    assert "Can my child go to school" not in text  # not a default question
    assert LABELS["disclaimer"] in text
    # The care team's numbers to fill in, and when to call whom.
    assert LABELS["care_phone"] in text and LABELS["fever_number"] in text
    assert LABELS["when_to_call"] in text and LABELS["emergency"] in text


def test_blank_sheet_has_no_questions(tmp_path: Path, pdf_text: PdfText) -> None:
    output = tmp_path / "blank.pdf"
    assert run("--output", str(output), "--questions", "blank", "--paper", "letter") == 0
    text = pdf_text(output)
    assert LABELS["blank_questions"] in text
    assert DEFAULT_QUESTIONS[0] not in text
    reader = PdfReader(output)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height)) == 792


def test_a_json_list_of_questions(tmp_path: Path, pdf_text: PdfText) -> None:
    questions = tmp_path / "mine.json"
    questions.write_text(json.dumps(["Our own first?", "  ", "<i>Second</i> & last?"]))
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--questions", str(questions)) == 0
    text = pdf_text(output)
    assert "1. Our own first? " in text
    assert "2. <i>Second</i> & last?" in text


def test_a_saved_family_lists_file(tmp_path: Path, pdf_text: PdfText) -> None:
    saved = {
        "schema": 1,
        "child_name": "Maya",
        "checklist": {"entries": {"fever": {"seen": True, "note": "38.5", "date": "2026-11-20"}}},
        "questions": {"items": [{"own": "own-1", "text": "Our own?"}, {"bank": "school"}]},
    }
    lists_file = tmp_path / "family-lists.json"
    lists_file.write_text(json.dumps(saved))
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--questions", str(lists_file)) == 0
    text = pdf_text(output)
    assert "For: Maya" in text
    assert text.index("1. Our own?") < text.index("2. Can my child go to school")
    assert "Fever" in text and "38.5" in text and "2026" in text


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--paper", "tabloid"], "unknown paper size 'tabloid'; use a4 or letter"),
        (["--questions", "missing.json"], "does not exist"),
    ],
)
def test_wrong_arguments_give_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), *argv) == 2
    assert expected in one_error_line(capsys)
    assert not output.exists()


def test_a_missing_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--output", str(tmp_path / "nowhere" / "sheet.pdf")) == 2
    assert "does not exist" in one_error_line(capsys)


def test_no_destination(capsys: pytest.CaptureFixture[str]) -> None:
    assert run() == 2
    assert "--output" in one_error_line(capsys)


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"schema": 1, "questions": {"items": 3}}', '{"schema": 9}', "\udcff"],
)
def test_an_unusable_questions_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    questions = tmp_path / "questions.json"
    questions.write_bytes(content.encode("utf-8", "surrogateescape"))
    assert run("--output", str(tmp_path / "s.pdf"), "--questions", str(questions)) == 2
    line = one_error_line(capsys)
    assert str(questions) in line


def test_an_unknown_printer_stops_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--printer", "no-such-queue") == 2
    assert "no printer named 'no-such-queue'" in one_error_line(capsys)
    assert not output.exists()


def test_a_language_without_its_own_bank_uses_english_and_says_so(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fixture_content: Path,
    pdf_text: PdfText,
) -> None:
    import guide_app.resources

    root = tmp_path / "content"
    (root / "es").mkdir(parents=True)
    (root / "en").symlink_to(fixture_content / "en")
    monkeypatch.setattr(guide_app.resources, "content_root", lambda: root)
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--lang", "es") == 0
    assert "using the English one" in one_error_line(capsys)
    assert DEFAULT_QUESTIONS[0] in pdf_text(output)


@pytest.mark.parametrize("before_the_command", [True, False])
@pytest.mark.parametrize("language", ["xx", "../en", "/etc"])
def test_only_a_shipped_language_is_taken_before_or_after_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str, before_the_command: bool
) -> None:
    from guide_app.cli import main

    output = ["--output", str(tmp_path / "s.pdf")]
    argv = (
        ["--lang", language, "sheet", *output]
        if before_the_command
        else ["sheet", "--lang", language, *output]
    )
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    error = capsys.readouterr().err
    assert error.startswith("usage: guide-app")
    assert f"{language!r} is not a language of the guide (languages: en)" in error
    assert not (tmp_path / "s.pdf").exists()


def test_runs_headless_with_no_display_and_no_platform_set(tmp_path: Path) -> None:
    output = tmp_path / "sheet.pdf"
    code = (
        "import sys, pathlib, guide_app.resources as r\n"
        f"r.content_root = lambda: pathlib.Path({str(REPO / 'tests/fixtures/content')!r})\n"
        "from guide_app.cli import main\n"
        f"sys.exit(main(['sheet', '--output', {str(output)!r}]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert output.stat().st_size > 1000


def test_a_bilingual_sheet_prints_each_question_in_both_languages(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    fixture_content: Path,
    pdf_text: PdfText,
) -> None:
    import re

    import guide_app.resources

    root = tmp_path / "content"
    (root / "es").mkdir(parents=True)
    (root / "en").symlink_to(fixture_content / "en")
    english = (fixture_content / "en" / "questions.toml").read_text(encoding="utf-8")
    # A stand-in translation with the same ids: each question's text marked as Spanish.
    spanish = re.sub(r'^text = "', 'text = "ES ', english, flags=re.MULTILINE)
    (root / "es" / "questions.toml").write_text(spanish, encoding="utf-8")
    monkeypatch.setattr(guide_app.resources, "content_root", lambda: root)
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--lang", "es", "--bilingual") == 0
    text = pdf_text(output)
    for english_text in DEFAULT_QUESTIONS:
        assert f"ES {english_text} {english_text}" in text  # the Spanish, then its English


def test_bilingual_needs_another_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--output", str(tmp_path / "s.pdf"), "--bilingual") == 2
    assert "--lang es" in one_error_line(capsys)


def test_the_real_spanish_bilingual_sheet_has_each_recommended_question_in_both_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pdf_text: PdfText
) -> None:
    import guide_app.resources
    from guide_app.core.question_bank import load_question_bank

    monkeypatch.setattr(guide_app.resources, "content_root", lambda: REPO / "resources" / "content")
    spanish = load_question_bank(REPO / "resources" / "content" / "es" / "questions.toml")
    english = load_question_bank(REPO / "resources" / "content" / "en" / "questions.toml")
    output = tmp_path / "hoja.pdf"
    assert run("--output", str(output), "--lang", "es", "--bilingual") == 0
    text = pdf_text(output)
    defaults = [q for q in spanish.questions if q.default]
    assert defaults
    for question in defaults:
        assert " ".join(question.text.split()) in text
        assert " ".join(english.get(question.id).text.split()) in text
    assert "Preguntas para nuestro equipo" in text and "Questions for our care team" in text
