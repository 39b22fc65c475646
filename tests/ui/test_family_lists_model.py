"""The family-lists model is the one place every change goes through: it tells the views once
per real change and saves a moment later."""

from __future__ import annotations

import datetime

import pytest

from guide_app.core.question_list import MAX_QUESTIONS, OwnQuestionError
from guide_app.core.storage import MemoryStore
from guide_app.ui.family_lists_model import FamilyListsModel


class CountingStore(MemoryStore):
    def __init__(self) -> None:
        super().__init__()
        self.saves = 0

    def save(self, lists) -> None:  # type: ignore[no-untyped-def]
        self.saves += 1
        super().save(lists)


@pytest.fixture
def store() -> CountingStore:
    return CountingStore()


@pytest.fixture
def model(qapp, store: CountingStore) -> FamilyListsModel:  # type: ignore[no-untyped-def]
    return FamilyListsModel(store)


def _changes(model: FamilyListsModel) -> list[None]:
    seen: list[None] = []
    model.changed.connect(lambda: seen.append(None))
    return seen


def test_each_change_tells_the_views_once_and_a_no_change_not_at_all(
    model: FamilyListsModel,
) -> None:
    changes = _changes(model)
    model.set_seen("fever", True)
    model.set_seen("fever", True)
    model.set_note("fever", "38.4 at night")
    model.set_note("fever", "38.4 at night")
    model.set_date("fever", datetime.date(2026, 11, 20))
    model.set_date("fever", datetime.date(2026, 11, 20))
    model.set_bank_question("relapse-where", True)
    own = model.add_own_question("Who do we call at night?")
    assert model.move_question(own.id, -1)
    assert not model.move_question(own.id, -1)
    model.remove_question("relapse-where")
    model.remove_question("relapse-where")
    model.set_child_name("Maya")
    model.set_child_name(" Maya ")
    assert len(changes) == 8
    entry = model.lists.checklist.entry("fever")
    assert entry.seen and entry.note == "38.4 at night"
    assert [item.id for item in model.lists.questions.items] == [own.id]
    assert model.lists.child_name == "Maya"


def test_changes_are_saved_a_moment_later_in_one_write(
    model: FamilyListsModel, store: CountingStore, qtbot
) -> None:  # type: ignore[no-untyped-def]
    for letter in "38.4 at night":
        model.set_note("fever", model.lists.checklist.entry("fever").note + letter)
    assert store.saves == 0
    qtbot.waitUntil(lambda: store.saves == 1)
    assert store.load().lists.checklist.entry("fever").note == "38.4 at night"


def test_an_unusable_own_question_changes_nothing(model: FamilyListsModel) -> None:
    changes = _changes(model)
    with pytest.raises(OwnQuestionError):
        model.add_own_question("   ")
    assert not changes and not len(model.lists.questions)


def test_a_bank_question_refused_by_a_full_list_still_tells_the_views(
    model: FamilyListsModel,
) -> None:
    for n in range(MAX_QUESTIONS):
        model.add_own_question(f"Question {n}?")
    changes = _changes(model)
    model.set_bank_question("relapse-where", True)  # the box the family ticked must untick
    assert len(changes) == 1
    assert not model.lists.questions.contains("relapse-where")


def test_clear_forgets_everything_and_saves_nothing_left(
    model: FamilyListsModel, store: CountingStore
) -> None:
    model.set_seen("fever", True)
    model.add_own_question("Mine?")
    model.flush()
    model.clear()
    assert model.lists.is_empty()
    assert store.load().lists.is_empty()
