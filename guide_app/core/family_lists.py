"""Everything a family keeps between uses (checklist, questions, child's first name) as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from guide_app.core.checklist import ChecklistState
from guide_app.core.question_list import QuestionList
from guide_app.core.typed_text import clean_typed_text

SCHEMA_VERSION = 1

# A first name, with room for two given names; it prints in the sheet's heading.
MAX_CHILD_NAME_LENGTH = 60


class UnreadableListsError(ValueError):
    """Saved lists that are not JSON or not in the shape this version writes."""


class NewerSchemaError(ValueError):
    """Saved lists written by a newer version of the guide; this version must not touch them."""

    def __init__(self, schema: int) -> None:
        super().__init__(
            f"the saved lists use schema {schema}; this version reads {SCHEMA_VERSION}"
        )
        self.schema = schema


@dataclass
class FamilyLists:
    """The family's checklist, question list and (optional) child's first name."""

    checklist: ChecklistState = field(default_factory=ChecklistState)
    questions: QuestionList = field(default_factory=QuestionList)
    child_name: str | None = None

    def set_child_name(self, name: str | None) -> None:
        """Keep the name stripped and at most ``MAX_CHILD_NAME_LENGTH`` long; blank means none."""
        name = clean_typed_text(name or "").strip()[:MAX_CHILD_NAME_LENGTH].strip()
        self.child_name = name or None

    def is_empty(self) -> bool:
        return self.checklist.is_empty() and not len(self.questions) and self.child_name is None

    def clear(self) -> None:
        """Forget everything ("Clear my lists", or the kiosk's "Start over")."""
        self.checklist.clear()
        self.questions.clear()
        self.child_name = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "child_name": self.child_name,
            "checklist": self.checklist.to_dict(),
            "questions": self.questions.to_dict(),
        }

    def to_json(self) -> str:
        # ASCII with \u escapes: any string Python holds (even a lone surrogate) survives the file.
        return json.dumps(self.to_dict(), ensure_ascii=True, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: object) -> FamilyLists:
        """Lists from anything ``json.loads`` returns.

        ``NewerSchemaError`` when a newer version wrote them; ``UnreadableListsError`` for any
        other shape this version cannot use.
        """
        if not isinstance(data, dict):
            raise UnreadableListsError("the saved lists are not a JSON object")
        schema = data.get("schema")
        if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
            raise UnreadableListsError(f"the saved lists have no usable schema number: {schema!r}")
        if schema > SCHEMA_VERSION:
            raise NewerSchemaError(schema)
        child_name = data.get("child_name")
        if child_name is not None and not isinstance(child_name, str):
            raise UnreadableListsError("the child's name is not text")
        try:
            lists = cls(
                checklist=ChecklistState.from_dict(data.get("checklist", {"entries": {}})),
                questions=QuestionList.from_dict(data.get("questions", {"items": []})),
            )
        except ValueError as error:
            raise UnreadableListsError(str(error)) from error
        lists.set_child_name(child_name)
        return lists

    @classmethod
    def from_json(cls, text: str) -> FamilyLists:
        """Lists from saved JSON text; the same errors as ``from_dict``."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            raise UnreadableListsError(f"the saved lists are not valid JSON: {error}") from error
        return cls.from_dict(data)
