"""The family's own list of questions for the care team: bank questions and their own, in order."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from guide_app.core.question_bank import QuestionBank
from guide_app.core.typed_text import clean_typed_text

# Room for a real question, with context, that still prints in a few lines.
MAX_OWN_QUESTION_LENGTH = 500
# Far more than a visit has time for (the bank holds 55), and what one sheet prints.
MAX_QUESTIONS = 300

OWN_ID_PREFIX = "own-"


class OwnQuestionError(ValueError):
    """A question the family wrote that cannot be kept (empty, too long, or the list is full)."""


@dataclass(frozen=True)
class QuestionItem:
    """One line of the list: a bank question (by id) or the family's own (``own_text`` set)."""

    id: str
    own_text: str | None = None

    @property
    def is_own(self) -> bool:
        return self.own_text is not None


class QuestionList:
    """An ordered list of questions; bank questions appear at most once, own ones have own ids."""

    def __init__(self) -> None:
        self._items: list[QuestionItem] = []

    @property
    def items(self) -> tuple[QuestionItem, ...]:
        return tuple(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def index_of(self, item_id: str) -> int:
        """The position of an item; ``KeyError`` when it is not in the list."""
        for index, item in enumerate(self._items):
            if item.id == item_id:
                return index
        raise KeyError(item_id)

    def contains(self, item_id: str) -> bool:
        return any(item.id == item_id for item in self._items)

    def is_full(self) -> bool:
        return len(self._items) >= MAX_QUESTIONS

    def add_bank(self, question_id: str) -> bool:
        """Add a bank question at the end; ``False`` (and no change) when it is already there
        or the list is full."""
        if self.contains(question_id) or self.is_full():
            return False
        self._items.append(QuestionItem(question_id))
        return True

    def remove(self, item_id: str) -> bool:
        """Remove an item; ``False`` when it was not there."""
        before = len(self._items)
        self._items = [item for item in self._items if item.id != item_id]
        return len(self._items) != before

    def add_own(self, text: str) -> QuestionItem:
        """Add the family's own question at the end (stripped); ``OwnQuestionError`` if unusable."""
        if self.is_full():
            raise OwnQuestionError(f"the list already holds {MAX_QUESTIONS} questions")
        item = QuestionItem(f"{OWN_ID_PREFIX}{uuid.uuid4().hex}", _checked_own_text(text))
        self._items.append(item)
        return item

    def move(self, item_id: str, new_index: int) -> bool:
        """Move an item to ``new_index`` (clamped to the list); ``True`` when its place changed."""
        index = self.index_of(item_id)
        new_index = max(0, min(new_index, len(self._items) - 1))
        if new_index == index:
            return False
        self._items.insert(new_index, self._items.pop(index))
        return True

    def resolved(self, bank: QuestionBank) -> list[tuple[str, str]]:
        """``(item id, text)`` in list order; bank ids no longer in ``bank`` are skipped."""
        result: list[tuple[str, str]] = []
        for item in self._items:
            if item.own_text is not None:
                result.append((item.id, item.own_text))
            elif (question := bank.get(item.id)) is not None:
                result.append((item.id, question.text))
        return result

    def clear(self) -> None:
        self._items.clear()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: ``{"items": [{"bank": id} | {"own": id, "text": text}]}``."""
        return {
            "items": [
                {"own": item.id, "text": item.own_text} if item.is_own else {"bank": item.id}
                for item in self._items
            ]
        }

    @classmethod
    def from_dict(cls, data: object) -> QuestionList:
        """The list ``to_dict`` described; ``ValueError`` when the shape is wrong or it holds more
        than ``MAX_QUESTIONS``.

        Own questions are read as notes are: cleaned and cut to the limit, and an empty one is
        dropped. A repeated id keeps its first place, so a hand-edited file still loads.
        """
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise ValueError("the question list must be an object with 'items'")
        if len(data["items"]) > MAX_QUESTIONS:
            raise ValueError(
                f"the question list has {len(data['items'])} items; at most {MAX_QUESTIONS}"
            )
        result = cls()
        seen: set[str] = set()
        for raw in data["items"]:
            item = _item_from_dict(raw)
            if item is not None and item.id not in seen:
                seen.add(item.id)
                result._items.append(item)
        return result


def _item_from_dict(raw: object) -> QuestionItem | None:
    if isinstance(raw, dict) and isinstance(raw.get("bank"), str) and raw["bank"]:
        return QuestionItem(raw["bank"])
    if (
        isinstance(raw, dict)
        and isinstance(raw.get("own"), str)
        and isinstance(raw.get("text"), str)
    ):
        text = clean_typed_text(raw["text"]).strip()[:MAX_OWN_QUESTION_LENGTH].strip()
        return QuestionItem(raw["own"], text) if text else None
    raise ValueError(f"a question list item has a wrong shape: {raw!r:.80}")


def _checked_own_text(text: str) -> str:
    stripped = clean_typed_text(text).strip()
    if not stripped:
        raise OwnQuestionError("the question is empty")
    if len(stripped) > MAX_OWN_QUESTION_LENGTH:
        raise OwnQuestionError(
            f"the question is {len(stripped)} characters long; at most {MAX_OWN_QUESTION_LENGTH}"
        )
    return stripped
