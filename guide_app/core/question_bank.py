"""The question builder's bank: ``questions.toml`` loaded into topics and questions, and checked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from guide_app.core.problems import ContentError, Problem
from guide_app.core.toml_entries import id_line, read_toml, table_entries

# A question must fit on a printed line or two and be read at a glance.
MAX_QUESTION_LENGTH = 200


@dataclass(frozen=True)
class Topic:
    """A heading the bank's questions are grouped under."""

    id: str
    title: str


@dataclass(frozen=True)
class BankQuestion:
    """A ready-made question; ``default`` ones make up the short recommended sheet."""

    id: str
    topic: str
    text: str
    default: bool


@dataclass(frozen=True)
class QuestionBank:
    """All topics and questions of one language, in file order."""

    topics: tuple[Topic, ...]
    questions: tuple[BankQuestion, ...]

    def by_topic(self) -> list[tuple[Topic, list[BankQuestion]]]:
        """Each topic with its questions, both in file order (topics without questions too)."""
        return [
            (topic, [q for q in self.questions if q.topic == topic.id]) for topic in self.topics
        ]

    def get(self, question_id: str) -> BankQuestion | None:
        """The question with this id, or ``None`` (saved lists may name questions since removed)."""
        return next((q for q in self.questions if q.id == question_id), None)

    def default_ids(self) -> list[str]:
        """The ids of the recommended questions, in file order."""
        return [q.id for q in self.questions if q.default]


def check_question_bank(path: Path) -> list[Problem]:
    """Every problem in a ``questions.toml`` file, in file order (empty when it is fine)."""
    return _parse(path)[1]


def load_question_bank(path: Path) -> QuestionBank:
    """The bank of a ``questions.toml`` file; ``ContentError`` on the first problem."""
    bank, problems = _parse(path)
    if problems:
        raise ContentError(problems[0])
    return bank


def _parse(path: Path) -> tuple[QuestionBank, list[Problem]]:
    empty = QuestionBank((), ())
    text, data, problems = read_toml(path)
    if data is None:
        return empty, problems
    unknown = [key for key in data if key not in ("topic", "question", "translation_of")]
    problems += [Problem(path, 1, f"unknown table '{key}'") for key in unknown]
    topic_entries, shape = table_entries(path, text, data, "topic")
    question_entries, question_shape = table_entries(path, text, data, "question")
    problems += shape + question_shape
    topics: list[Topic] = []
    for entry, header in topic_entries:
        messages = _topic_problems(entry, {t.id for t in topics})
        problems += [Problem(path, id_line(text, entry.get("id"), header), m) for m in messages]
        if not messages:
            topics.append(Topic(entry["id"], entry["title"]))
    topic_ids = {t.id for t in topics} | _ids(topic_entries)
    questions: list[BankQuestion] = []
    for entry, header in question_entries:
        messages = _question_problems(entry, {q.id for q in questions}, topic_ids)
        problems += [Problem(path, id_line(text, entry.get("id"), header), m) for m in messages]
        if not messages:
            questions.append(
                BankQuestion(entry["id"], entry["topic"], entry["text"].strip(), entry["default"])
            )
    if not question_entries and not problems:
        problems.append(Problem(path, 1, "no [[question]] entries"))
    problems.sort(key=lambda problem: problem.line)
    return QuestionBank(tuple(topics), tuple(questions)), problems


def _ids(entries: list[tuple[dict[str, Any], int]]) -> set[str]:
    return {entry["id"] for entry, _ in entries if isinstance(entry.get("id"), str)}


def _label(kind: str, entry: dict[str, Any]) -> str:
    return f"{kind} '{entry['id']}'" if isinstance(entry.get("id"), str) else kind


def _key_problems(label: str, entry: dict[str, Any], keys: tuple[str, ...]) -> list[str]:
    messages = [f"{label}: missing '{key}'" for key in keys if key not in entry]
    return messages + [f"{label}: unknown key '{key}'" for key in entry if key not in keys]


def _topic_problems(entry: dict[str, Any], earlier: set[str]) -> list[str]:
    label = _label("topic", entry)
    messages = _key_problems(label, entry, ("id", "title"))
    for key in ("id", "title"):
        if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
            messages.append(f"{label}: '{key}' must be non-empty text")
    if isinstance(entry.get("id"), str) and entry["id"] in earlier:
        messages.append(f"duplicate topic id '{entry['id']}'")
    return messages


def _question_problems(entry: dict[str, Any], earlier: set[str], topics: set[str]) -> list[str]:
    label = _label("question", entry)
    messages = _key_problems(label, entry, ("id", "topic", "text", "default"))
    if "id" in entry and (not isinstance(entry["id"], str) or not entry["id"].strip()):
        messages.append(f"{label}: 'id' must be non-empty text")
    elif entry.get("id") in earlier:
        messages.append(f"duplicate question id '{entry['id']}'")
    topic = entry.get("topic")
    if "topic" in entry and (not isinstance(topic, str) or topic not in topics):
        messages.append(f"{label}: unknown topic {topic!r}")
    question_text = entry.get("text")
    if "text" in entry:
        if not isinstance(question_text, str) or not question_text.strip():
            messages.append(f"{label}: empty text")
        elif len(question_text.strip()) > MAX_QUESTION_LENGTH:
            messages.append(
                f"{label}: text is {len(question_text.strip())} characters;"
                f" at most {MAX_QUESTION_LENGTH}"
            )
    if "default" in entry and not isinstance(entry["default"], bool):
        messages.append(f"{label}: 'default' must be true or false")
    return messages
