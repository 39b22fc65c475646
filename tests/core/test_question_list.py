"""The family's question list: bank questions and their own, in the order they choose."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide_app.core.question_bank import BankQuestion, QuestionBank, load_question_bank
from guide_app.core.question_list import (
    MAX_OWN_QUESTION_LENGTH,
    MAX_QUESTIONS,
    OwnQuestionError,
    QuestionList,
)

BANK = load_question_bank(
    Path(__file__).parents[1] / "fixtures" / "content" / "en" / "questions.toml"
)


def ids(questions: QuestionList) -> list[str]:
    return [item.id for item in questions.items]


def test_bank_questions_are_added_once() -> None:
    questions = QuestionList()
    assert questions.add_bank("school")
    assert not questions.add_bank("school")
    assert ids(questions) == ["school"]


def test_own_questions_are_stripped_and_get_stable_own_ids() -> None:
    questions = QuestionList()
    item = questions.add_own("  Can her brother visit?  \n")
    assert item.own_text == "Can her brother visit?"
    assert item.id.startswith("own-") and len(item.id) == len("own-") + 32
    assert questions.add_own("Another?").id != item.id
    again = QuestionList.from_dict(questions.to_dict())
    assert ids(again) == ids(questions)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "x" * (MAX_OWN_QUESTION_LENGTH + 1)])
def test_empty_or_too_long_own_questions_are_refused(text: str) -> None:
    questions = QuestionList()
    with pytest.raises(OwnQuestionError):
        questions.add_own(text)
    assert len(questions) == 0


def test_a_question_of_exactly_the_limit_is_kept() -> None:
    assert QuestionList().add_own("x" * MAX_OWN_QUESTION_LENGTH).own_text


def test_moving_to_a_place() -> None:
    questions = QuestionList()
    for qid in ("relapse-where", "treatment-plan", "school"):
        questions.add_bank(qid)
    assert questions.move("school", 1)
    assert ids(questions) == ["relapse-where", "school", "treatment-plan"]
    assert not questions.move("relapse-where", 0)
    assert questions.move("relapse-where", 1)
    assert ids(questions) == ["school", "relapse-where", "treatment-plan"]
    assert not questions.move("treatment-plan", 2)
    assert questions.move("treatment-plan", 0)
    assert ids(questions) == ["treatment-plan", "school", "relapse-where"]
    assert questions.move("treatment-plan", 99)
    assert ids(questions) == ["school", "relapse-where", "treatment-plan"]
    with pytest.raises(KeyError):
        questions.move("not-there", 0)


def test_remove() -> None:
    questions = QuestionList()
    questions.add_bank("school")
    own = questions.add_own("Mine?")
    assert questions.remove(own.id)
    assert not questions.remove(own.id)
    assert ids(questions) == ["school"]


def test_resolved_gives_texts_in_order_and_skips_questions_gone_from_the_bank() -> None:
    questions = QuestionList()
    questions.add_bank("treatment-plan")
    own = questions.add_own("Who do we call at night?")
    questions.add_bank("removed-in-a-new-version")
    questions.add_bank("relapse-where")
    assert questions.resolved(BANK) == [
        ("treatment-plan", "What treatment do you suggest now, and why?"),
        (own.id, "Who do we call at night?"),
        ("relapse-where", "Where in the body did the leukemia come back?"),
    ]


def test_resolved_follows_the_bank_of_the_current_language() -> None:
    questions = QuestionList()
    questions.add_bank("school")
    spanish = QuestionBank((), (BankQuestion("school", "x", "¿Puede ir a la escuela?", False),))
    assert questions.resolved(spanish) == [("school", "¿Puede ir a la escuela?")]


def test_clear() -> None:
    questions = QuestionList()
    questions.add_bank("school")
    questions.add_own("Mine?")
    questions.clear()
    assert len(questions) == 0


def test_from_dict_keeps_the_first_of_repeated_ids() -> None:
    data = {"items": [{"bank": "school"}, {"bank": "relapse-where"}, {"bank": "school"}]}
    assert ids(QuestionList.from_dict(data)) == ["school", "relapse-where"]


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"items": {}},
        {"items": ["school"]},
        {"items": [{"bank": 3}]},
        {"items": [{"own": "own-1"}]},
        {"items": [{"bank": f"q{n}"} for n in range(MAX_QUESTIONS + 1)]},
    ],
)
def test_wrong_shapes_raise_value_error(data: object) -> None:
    with pytest.raises(ValueError):
        QuestionList.from_dict(data)


def test_a_saved_question_over_the_limit_is_cut_and_an_empty_one_dropped() -> None:
    # One long question must not make the whole saved list unreadable (notes are cut the same).
    data = {
        "items": [
            {"own": "own-1", "text": "y" * (MAX_OWN_QUESTION_LENGTH + 40)},
            {"own": "own-2", "text": "  \u202e "},
            {"bank": "school"},
        ]
    }
    questions = QuestionList.from_dict(data)
    assert ids(questions) == ["own-1", "school"]
    assert questions.items[0].own_text == "y" * MAX_OWN_QUESTION_LENGTH


def test_a_full_list_takes_no_more_questions() -> None:
    questions = QuestionList()
    for n in range(MAX_QUESTIONS):
        questions.add_own(f"Question {n}?")
    with pytest.raises(OwnQuestionError):
        questions.add_own("One more?")
    assert not questions.add_bank("school")
    assert len(questions) == MAX_QUESTIONS


def test_typed_control_and_direction_characters_are_dropped() -> None:
    questions = QuestionList()
    item = questions.add_own("Take \u202e1 tablet\u202c\x07 at\nnight? مرحبا 👨\u200d👧")
    assert item.own_text == "Take 1 tablet at night? مرحبا 👨\u200d👧"
