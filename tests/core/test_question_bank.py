"""questions.toml: topics and questions load in order, and mistakes name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide_app.core.problems import ContentError
from guide_app.core.question_bank import (
    MAX_QUESTION_LENGTH,
    BankQuestion,
    Topic,
    check_question_bank,
    load_question_bank,
)

FIXTURE = Path(__file__).parents[1] / "fixtures" / "content" / "en" / "questions.toml"

TOPIC = '[[topic]]\nid = "relapse"\ntitle = "About the relapse"\n'


def question(qid: str, text: str = "Where?", topic: str = "relapse", default: str = "true") -> str:
    return (
        f'\n[[question]]\nid = "{qid}"\ntopic = "{topic}"\ntext = "{text}"\ndefault = {default}\n'
    )


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "questions.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_bank_groups_questions_by_topic_in_file_order() -> None:
    bank = load_question_bank(FIXTURE)
    grouped = bank.by_topic()
    assert [topic.id for topic, _ in grouped] == ["relapse", "treatment", "daily-life"]
    assert [q.id for q in grouped[0][1]] == ["relapse-where", "relapse-when"]
    assert grouped[2][0] == Topic("daily-life", "School and daily life")
    assert check_question_bank(FIXTURE) == []


def test_get_and_default_ids() -> None:
    bank = load_question_bank(FIXTURE)
    assert bank.get("school") == BankQuestion(
        "school", "daily-life", "Can my child go to school during treatment?", False
    )
    assert bank.get("no-such-question") is None
    assert bank.default_ids() == ["relapse-where", "treatment-plan", "treatment-trial"]


def test_unknown_topic_points_at_the_question(tmp_path: Path) -> None:
    path = write(tmp_path, TOPIC + question("q1", topic="money"))
    [problem] = check_question_bank(path)
    assert problem.line == 6
    assert "unknown topic 'money'" in problem.message


def test_duplicate_question_ids_point_at_the_second(tmp_path: Path) -> None:
    path = write(tmp_path, TOPIC + question("q1") + question("q1"))
    [problem] = check_question_bank(path)
    assert problem.line == 12
    assert "duplicate question id 'q1'" in problem.message


def test_duplicate_topic_ids(tmp_path: Path) -> None:
    path = write(tmp_path, TOPIC + "\n" + TOPIC + question("q1"))
    [problem] = check_question_bank(path)
    assert problem.line == 6
    assert "duplicate topic id 'relapse'" in problem.message


def test_empty_text(tmp_path: Path) -> None:
    path = write(tmp_path, TOPIC + question("q1", text="   "))
    [problem] = check_question_bank(path)
    assert "empty text" in problem.message


def test_text_longer_than_the_limit(tmp_path: Path) -> None:
    fits = "a" * MAX_QUESTION_LENGTH
    path = write(tmp_path, TOPIC + question("fits", text=fits) + question("long", text=fits + "b"))
    [problem] = check_question_bank(path)
    assert problem.line == 12
    assert f"at most {MAX_QUESTION_LENGTH}" in problem.message


def test_missing_default_and_wrong_type(tmp_path: Path) -> None:
    text = (
        TOPIC + question("q1", default='"yes"') + '\n[[question]]\nid = "q2"\ntopic = "relapse"\n'
    )
    messages = [p.message for p in check_question_bank(write(tmp_path, text))]
    assert any("'default' must be true or false" in m for m in messages)
    assert any("q2" in m and "missing 'text'" in m for m in messages)


def test_toml_error_line(tmp_path: Path) -> None:
    path = write(tmp_path, TOPIC + "[[question]\n")
    [problem] = check_question_bank(path)
    assert problem.line == 4


def test_load_raises_on_the_first_problem_in_file_order(tmp_path: Path) -> None:
    path = write(tmp_path, TOPIC + question("q1", topic="nope") + question("q1"))
    with pytest.raises(ContentError) as raised:
        load_question_bank(path)
    assert raised.value.problem.line == 6
