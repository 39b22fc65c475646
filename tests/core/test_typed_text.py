"""Typed text is kept as typed, less what could hide or reverse words on screen and paper."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from guide_app.core.checklist import ChecklistState
from guide_app.core.family_lists import FamilyLists
from guide_app.core.typed_text import clean_typed_text


def test_direction_overrides_and_isolates_are_dropped() -> None:
    assert clean_typed_text("Give \u202e2 tablets\u202c daily") == "Give 2 tablets daily"
    assert clean_typed_text("\u2067x\u2069 \u202ay\u202c \u202bz\u202d") == "x y z"


def test_control_characters_are_dropped_and_breaks_become_spaces() -> None:
    assert clean_typed_text("a\x00b\x07c\x1b[31m") == "abc[31m"
    assert clean_typed_text("night\r\nfever\tchills\u2028end") == "night  fever chills end"


def test_right_to_left_scripts_emoji_and_marks_are_kept() -> None:
    kept = "مرحبا שלום 👨\u200d👩\u200d👧 ⚠\ufe0f \u200f"
    assert clean_typed_text(kept) == kept


@given(st.text(st.characters(exclude_categories=())))
def test_nothing_that_reorders_or_hides_text_survives(text: str) -> None:
    cleaned = clean_typed_text(text)
    assert not any(unicodedata.category(c) in ("Cc", "Cs") for c in cleaned)
    assert not set(cleaned) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_notes_and_the_childs_name_are_cleaned_as_they_are_kept() -> None:
    checklist = ChecklistState()
    checklist.set_note("fever", "38.4\u202e at night\x00")
    assert checklist.entry("fever").note == "38.4 at night"
    lists = FamilyLists()
    lists.set_child_name("\u202eAna\x07")
    assert lists.child_name == "Ana"
