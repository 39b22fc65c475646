"""Everything a family keeps between uses (checklist, questions, child's first name, their care
team's card) as JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from typing import Any

from guide_app.core.checklist import ChecklistState
from guide_app.core.question_list import QuestionList
from guide_app.core.typed_text import clean_typed_text

# 2 added the care team's card; files of schema 1 are read as before, with an empty card.
SCHEMA_VERSION = 2

# A first name, with room for two given names; it prints in the sheet's heading.
MAX_CHILD_NAME_LENGTH = 60
# Room for a phone number with words ("weekdays 555-0100, nights ask for the on-call doctor").
MAX_CARE_TEAM_FIELD_LENGTH = 120


@dataclass(frozen=True)
class CareTeam:
    """The "My care team" card: what the family needs at hand, written by them (it prints on the
    question sheet)."""

    phone: str = ""  # the team's number, day and night
    fever_number: str = ""  # the temperature the team said to call at
    names: str = ""  # the doctors and nurses

    def is_empty(self) -> bool:
        return not (self.phone or self.fever_number or self.names)

    def with_field(self, name: str, value: str) -> CareTeam:
        """A copy with one field set (cleaned, one line, cut to the limit)."""
        if name not in CARE_TEAM_FIELDS:
            raise KeyError(name)
        text = " ".join(clean_typed_text(value).split())[:MAX_CARE_TEAM_FIELD_LENGTH]
        return replace(self, **{name: text})


CARE_TEAM_FIELDS = tuple(f.name for f in fields(CareTeam))


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
    care_team: CareTeam = field(default_factory=CareTeam)

    def set_child_name(self, name: str | None) -> None:
        """Keep the name stripped and at most ``MAX_CHILD_NAME_LENGTH`` long; blank means none."""
        name = clean_typed_text(name or "").strip()[:MAX_CHILD_NAME_LENGTH].strip()
        self.child_name = name or None

    def set_care_team(self, name: str, value: str) -> None:
        """Set one field of the care team's card (``KeyError`` for an unknown field)."""
        self.care_team = self.care_team.with_field(name, value)

    def is_empty(self) -> bool:
        return (
            self.checklist.is_empty()
            and not len(self.questions)
            and self.child_name is None
            and self.care_team.is_empty()
        )

    def clear(self) -> None:
        """Forget everything ("Clear my lists", or the kiosk's "Start over")."""
        self.checklist.clear()
        self.questions.clear()
        self.child_name = None
        self.care_team = CareTeam()

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "child_name": self.child_name,
            "checklist": self.checklist.to_dict(),
            "questions": self.questions.to_dict(),
            "care_team": {name: getattr(self.care_team, name) for name in CARE_TEAM_FIELDS},
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
        card = data.get("care_team", {})
        if not isinstance(card, dict) or not all(
            isinstance(card.get(name, ""), str) for name in CARE_TEAM_FIELDS
        ):
            raise UnreadableListsError("the care team's card is not text")
        for name in CARE_TEAM_FIELDS:
            lists.set_care_team(name, card.get(name, ""))
        return lists

    @classmethod
    def from_json(cls, text: str) -> FamilyLists:
        """Lists from saved JSON text; the same errors as ``from_dict``."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, RecursionError) as error:
            raise UnreadableListsError(f"the saved lists are not valid JSON: {error}") from error
        return cls.from_dict(data)
