"""The family's saved lists as JSON: a schema number, and clear errors for files it can't use."""

from __future__ import annotations

import datetime
import json

import pytest

from guide_app.core.family_lists import (
    MAX_CARE_TEAM_FIELD_LENGTH,
    MAX_CHILD_NAME_LENGTH,
    SCHEMA_VERSION,
    FamilyLists,
    NewerSchemaError,
    UnreadableListsError,
)


def filled() -> FamilyLists:
    lists = FamilyLists()
    lists.set_child_name("  Maya ")
    lists.checklist.set_seen("fever", True)
    lists.checklist.set_date("fever", datetime.date(2026, 11, 20))
    lists.questions.add_bank("school")
    lists.questions.add_own("Who do we call at night?")
    return lists


def test_json_round_trip_keeps_everything() -> None:
    lists = filled()
    again = FamilyLists.from_json(lists.to_json())
    assert again.to_dict() == lists.to_dict()
    assert again.child_name == "Maya"
    assert json.loads(lists.to_json())["schema"] == SCHEMA_VERSION == 2


def test_child_name_is_optional_trimmed_and_limited() -> None:
    lists = FamilyLists()
    lists.set_child_name("   ")
    assert lists.child_name is None
    lists.set_child_name("A" * (MAX_CHILD_NAME_LENGTH + 5))
    assert lists.child_name == "A" * MAX_CHILD_NAME_LENGTH


def test_clear_and_is_empty() -> None:
    lists = filled()
    assert not lists.is_empty()
    lists.clear()
    assert lists.is_empty()
    assert FamilyLists.from_json(lists.to_json()).is_empty()


@pytest.mark.parametrize(
    "data",
    [
        None,
        3,
        "text",
        [],
        {},
        {"schema": "1"},
        {"schema": True},
        {"schema": 0},
        {"schema": 1.5},
        {"schema": 1, "child_name": 7},
        {"schema": 1, "checklist": []},
        {"schema": 1, "questions": {"items": [1]}},
        {"schema": 1, "checklist": {"entries": {"fever": {"seen": 1}}}},
    ],
)
def test_wrong_shapes_raise_unreadable(data: object) -> None:
    with pytest.raises(UnreadableListsError):
        FamilyLists.from_dict(data)


def test_unreadable_is_a_value_error() -> None:
    assert issubclass(UnreadableListsError, ValueError)


def test_newer_schema_is_its_own_error() -> None:
    with pytest.raises(NewerSchemaError) as raised:
        FamilyLists.from_dict({"schema": SCHEMA_VERSION + 1, "anything": "new"})
    assert raised.value.schema == SCHEMA_VERSION + 1
    assert not isinstance(raised.value, UnreadableListsError)


@pytest.mark.parametrize("text", ["", "{", "[1, 2", "\x00", "{" * 100_000])
def test_text_that_is_not_json_is_unreadable(text: str) -> None:
    with pytest.raises(UnreadableListsError):
        FamilyLists.from_json(text)


def test_missing_parts_mean_empty_parts() -> None:
    assert FamilyLists.from_dict({"schema": 1}).is_empty()


def test_the_care_team_card_is_kept_cleaned_and_cut() -> None:
    lists = FamilyLists()
    lists.set_care_team("phone", " 555-0100\n(day and night)\u202e ")
    lists.set_care_team("fever_number", "100.4°F / 38°C")
    lists.set_care_team("names", "Dr. Rivera, nurse Sam " + "x" * 200)
    assert lists.care_team.phone == "555-0100 (day and night)"
    assert len(lists.care_team.names) == MAX_CARE_TEAM_FIELD_LENGTH
    again = FamilyLists.from_json(lists.to_json())
    assert again.care_team == lists.care_team
    assert not again.is_empty()
    again.clear()
    assert again.care_team.is_empty() and again.is_empty()
    with pytest.raises(KeyError):
        lists.set_care_team("address", "x")


def test_lists_saved_before_the_card_existed_still_load() -> None:
    lists = FamilyLists.from_dict({"schema": 1, "child_name": "Maya"})
    assert lists.child_name == "Maya" and lists.care_team.is_empty()


def test_a_card_that_is_not_text_is_unreadable() -> None:
    with pytest.raises(UnreadableListsError):
        FamilyLists.from_dict({"schema": 2, "care_team": {"phone": 5550100}})
