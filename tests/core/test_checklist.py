"""The symptom checklist: ticks, notes and dates a family enters, in the data's order."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from guide_app.core.checklist import MAX_NOTE_LENGTH, ChecklistEntry, ChecklistState
from guide_app.core.symptoms import load_symptoms

SYMPTOMS = load_symptoms(
    Path(__file__).parents[1] / "fixtures" / "content" / "en" / "symptoms.toml"
)


def test_ticked_symptoms_come_back_in_data_order_not_tick_order() -> None:
    state = ChecklistState()
    state.set_seen("breathing", True)
    state.set_seen("fever", True)
    assert [s.id for s, _ in state.seen_entries(SYMPTOMS)] == ["fever", "breathing"]


def test_unticking_hides_the_symptom_but_keeps_the_note_and_date() -> None:
    state = ChecklistState()
    state.set_seen("fever", True)
    state.set_note("fever", "38.5 at night")
    state.set_date("fever", datetime.date(2026, 11, 20))
    state.set_seen("fever", False)
    assert state.seen_entries(SYMPTOMS) == []
    state.set_seen("fever", True)
    [(symptom, entry)] = state.seen_entries(SYMPTOMS)
    assert entry == ChecklistEntry(True, "38.5 at night", datetime.date(2026, 11, 20))


def test_notes_are_cut_to_the_limit() -> None:
    state = ChecklistState()
    state.set_note("fever", "x" * (MAX_NOTE_LENGTH + 40))
    assert len(state.entry("fever").note) == MAX_NOTE_LENGTH


def test_a_datetime_is_kept_as_its_date() -> None:
    state = ChecklistState()
    state.set_date("fever", datetime.datetime(2026, 11, 20, 18, 30))
    assert state.entry("fever").date == datetime.date(2026, 11, 20)


def test_symptoms_no_longer_in_the_data_are_left_out() -> None:
    state = ChecklistState()
    state.set_seen("retired-symptom", True)
    state.set_seen("bruises", True)
    assert [s.id for s, _ in state.seen_entries(SYMPTOMS)] == ["bruises"]


def test_clear_forgets_everything() -> None:
    state = ChecklistState()
    state.set_seen("fever", True)
    state.set_note("bruises", "on the legs")
    state.clear()
    assert state.is_empty()
    assert state.entry("bruises") == ChecklistEntry()


def test_round_trip_through_a_dict() -> None:
    state = ChecklistState()
    state.set_seen("fever", True)
    state.set_note("fever", "high ⚠️ <b>")
    state.set_date("bruises", datetime.date(2026, 1, 2))
    again = ChecklistState.from_dict(state.to_dict())
    assert again.to_dict() == state.to_dict()
    assert again.entry("bruises").date == datetime.date(2026, 1, 2)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"entries": []},
        {"entries": {"fever": "yes"}},
        {"entries": {"fever": {"seen": "yes"}}},
        {"entries": {"fever": {"seen": True, "note": 3}}},
        {"entries": {"fever": {"seen": True, "date": "last Tuesday"}}},
        {"entries": {"fever": {"seen": True, "date": 20261120}}},
    ],
)
def test_wrong_shapes_raise_value_error(data: object) -> None:
    with pytest.raises(ValueError):
        ChecklistState.from_dict(data)
