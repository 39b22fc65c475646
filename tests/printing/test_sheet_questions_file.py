"""``guide-app sheet --questions FILE.json``: what the command takes, and one clear line (exit 2,
no PDF) for anything beyond it: too many or too long questions, a file too large, or something
that is not a file at all (a folder, a device, a named pipe)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from guide_app.core.question_bank import load_question_bank
from guide_app.core.question_list import MAX_OWN_QUESTION_LENGTH, MAX_QUESTIONS
from guide_app.core.sheet import SheetContent, render_sheet_html
from guide_app.resources import content_dir
from guide_app.sheet_command import (
    MAX_QUESTIONS_FILE_BYTES,
    UsageError,
    add_sheet_arguments,
    run_sheet_command,
    sheet_content,
)
from guide_app.ui.sheet_labels import sheet_labels

REPO = Path(__file__).resolve().parents[2]
BANK = load_question_bank(content_dir("en") / "questions.toml")

pytestmark = pytest.mark.usefixtures("qapp")

LABELS = sheet_labels()  # the sheet's words, untranslated


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="guide-app sheet")
    add_sheet_arguments(parser)
    return run_sheet_command(parser.parse_args(list(argv)))


def one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("guide-app sheet: ")
    return lines[0]


def write(path: Path, content: object) -> Path:
    path.write_text(json.dumps(content), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        pytest.param(
            ["Why?"] * (MAX_QUESTIONS + 1),
            "it holds 301 questions; a sheet holds at most 300",
            id="301 questions",
        ),
        pytest.param(
            ["Why?", "W" * (MAX_OWN_QUESTION_LENGTH + 1)],
            "question 2 is 501 characters long; at most 500",
            id="a 501-character question",
        ),
        pytest.param(
            ["x" * MAX_QUESTIONS_FILE_BYTES],
            "is larger than 4 MiB",
            id="over the file cap",
        ),
        pytest.param(
            {"schema": 1, "questions": {"items": [{"bank": "school"}] * (MAX_QUESTIONS + 1)}},
            "301 items; at most 300",
            id="saved lists with 301 questions",
        ),
    ],
)
def test_beyond_a_cap_one_line_exit_2_and_no_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: object, expected: str
) -> None:
    questions = write(tmp_path / "questions.json", content)
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--questions", str(questions)) == 2
    line = one_error_line(capsys)
    assert expected in line and str(questions) in line
    assert not output.exists()


def test_a_folder_is_named_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "sheet.pdf"
    assert run("--output", str(output), "--questions", str(tmp_path)) == 2
    assert (
        one_error_line(capsys) == f"guide-app sheet: {tmp_path} is a folder, not a questions file"
    )
    assert not output.exists()


def test_at_the_caps_the_questions_are_all_kept(tmp_path: Path) -> None:
    texts = [f"{n:03} " + "w" * (MAX_OWN_QUESTION_LENGTH - 4) for n in range(MAX_QUESTIONS)]
    path = write(tmp_path / "q.json", ["", "  "] + texts)
    content = sheet_content(str(path), "en", BANK, LABELS)
    assert tuple(q.text for q in content.questions) == tuple(texts)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
@pytest.mark.parametrize("kind", ["/dev/zero", "a named pipe"])
def test_a_device_or_a_pipe_is_refused_without_reading_or_waiting(
    tmp_path: Path, kind: str
) -> None:
    """Run apart, with a time limit: read as a file, /dev/zero fills the memory and opening a
    named pipe waits for a writer that never comes."""
    if kind == "/dev/zero":
        questions = Path("/dev/zero")
    else:
        questions = tmp_path / "pipe.json"
        os.mkfifo(questions)
    output = tmp_path / "sheet.pdf"
    code = (
        "import sys\nfrom guide_app.cli import main\n"
        f"sys.exit(main(['sheet', '--questions', {str(questions)!r}, '--output', {str(output)!r}]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"guide-app sheet: the questions file {questions} is not a regular file"
    ]
    assert not output.exists()


# ----------------------------------------------------------------------------- any input at all

_json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_json = st.recursive(
    _json_scalars,
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=20,
)
# Shapes close to a saved family-lists file, so that reading goes deep into them.
_item = st.fixed_dictionaries({"bank": st.text(max_size=12)}) | st.fixed_dictionaries(
    {"own": st.text(max_size=12), "text": st.text(max_size=600)}
)
_entry = st.fixed_dictionaries(
    {},
    optional={
        "seen": st.booleans() | _json,
        "note": st.text(max_size=600) | _json,
        "date": st.sampled_from(["2026-11-20", "2026-02-30", "20 Nov", ""]) | _json,
    },
)
_saved_lists = st.fixed_dictionaries(
    {"schema": st.sampled_from([1, 0, 2, -1, True, "1", None])},
    optional={
        "child_name": st.text(max_size=80) | _json,
        "checklist": st.fixed_dictionaries(
            {
                "entries": st.dictionaries(
                    st.sampled_from(["fever", "x"]) | st.text(), _entry | _json
                )
            }
        )
        | _json,
        "questions": st.fixed_dictionaries({"items": st.lists(_item | _json, max_size=310)})
        | _json,
    },
)
# Question lists of a few, or of about as many as a sheet holds; questions short or about as long
# as a question may be.
_question = st.text(max_size=12) | st.text(
    min_size=MAX_OWN_QUESTION_LENGTH - 2, max_size=MAX_OWN_QUESTION_LENGTH + 2
)
_question_lists = st.lists(_question, max_size=6) | st.integers(
    MAX_QUESTIONS - 2, MAX_QUESTIONS + 2
).flatmap(lambda n: st.lists(st.text(max_size=3), min_size=n, max_size=n))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(data=b"[" + b"1" * 5000 + b"]")  # Python refuses to read an integer this long
@example(data=b"[" * 100_000)  # deeper than Python recurses
@example(data=b'["\\udcff"]')  # half of a character
@example(data=b"\xff\xfe[]")  # not UTF-8
@given(
    data=st.binary(max_size=3000)
    | (_json | _saved_lists | _question_lists).map(lambda value: json.dumps(value).encode())
)
def test_any_file_is_a_sheet_or_one_usage_error(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "questions.json"
        path.write_bytes(data)
        try:
            content = sheet_content(str(path), "en", BANK, LABELS)
        except UsageError as error:
            assert "\n" not in str(error) and str(path) in str(error)
            return
    assert isinstance(content, SheetContent)
    assert len(content.questions) <= MAX_QUESTIONS
    assert all(0 < len(text) <= MAX_OWN_QUESTION_LENGTH for text in content.questions)
    render_sheet_html(content)
