"""symptoms.toml: the checklist's symptoms load in file order, and mistakes name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from guide_app.core.problems import ContentError
from guide_app.core.symptoms import Symptom, Urgency, check_symptoms, load_symptoms

FIXTURE = Path(__file__).parents[1] / "fixtures" / "content" / "en" / "symptoms.toml"

GOOD_ENTRY = """
[[symptom]]
id = "{id}"
name = "Fever"
description = "Hot."
urgency = "{urgency}"
action = "Call."
from_seed = true
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "symptoms.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_loads_every_symptom_in_file_order() -> None:
    symptoms = load_symptoms(FIXTURE)
    assert [s.id for s in symptoms] == ["fever", "bruises", "breathing"]
    assert symptoms[0] == Symptom(
        id="fever",
        name="Fever",
        description="A temperature at or above the number your care team gave you.",
        urgency=Urgency.CALL_NOW,
        action="Call your care team now, day or night.",
        from_seed=True,
    )
    assert [s.urgency for s in symptoms] == [
        Urgency.CALL_NOW,
        Urgency.CONTACT_TEAM,
        Urgency.CALL_EMERGENCY,
    ]
    assert check_symptoms(FIXTURE) == []


def test_urgency_values_are_the_toml_spellings() -> None:
    assert {u.value for u in Urgency} == {"call-emergency", "call-now", "contact-team"}


def test_toml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRY.format(id="fever", urgency="call-now") + 'name = "oops\n')
    [problem] = check_symptoms(path)
    assert problem.path == path
    assert problem.line == 9
    assert "TOML" in problem.message


def test_missing_key_points_at_the_symptom_id(tmp_path: Path) -> None:
    text = GOOD_ENTRY.format(id="fever", urgency="call-now") + '\n[[symptom]]\nid = "bruises"\n'
    path = write(tmp_path, text)
    problems = check_symptoms(path)
    assert {p.line for p in problems} == {11}
    assert any("missing 'urgency'" in p.message and "bruises" in p.message for p in problems)


def test_unknown_urgency_is_reported_with_the_allowed_values(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD_ENTRY.format(id="fever", urgency="call-later"))
    [problem] = check_symptoms(path)
    assert problem.line == 3
    assert "call-later" in problem.message
    assert '"call-now"' in problem.message


def test_duplicate_id_points_at_the_second_copy(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.format(id="fever", urgency="call-now")
    path = write(tmp_path, entry + entry)
    [problem] = check_symptoms(path)
    assert problem.line == 11
    assert "duplicate" in problem.message and "fever" in problem.message


def test_wrong_types_are_reported(tmp_path: Path) -> None:
    text = GOOD_ENTRY.format(id="fever", urgency="call-now").replace(
        "from_seed = true", 'from_seed = "yes"'
    )
    path = write(tmp_path, text.replace('name = "Fever"', "name = 3"))
    messages = [p.message for p in check_symptoms(path)]
    assert any("'name' must be non-empty text" in m for m in messages)
    assert any("'from_seed' must be true or false" in m for m in messages)


def test_a_file_without_symptoms_is_a_problem(tmp_path: Path) -> None:
    assert check_symptoms(write(tmp_path, "# nothing yet\n"))


def test_load_raises_on_the_first_problem(tmp_path: Path) -> None:
    entry = GOOD_ENTRY.format(id="fever", urgency="soon")
    path = write(tmp_path, entry + entry)
    with pytest.raises(ContentError) as raised:
        load_symptoms(path)
    assert raised.value.problem == check_symptoms(path)[0]
    assert str(raised.value).startswith(f"{path}:3:")


def test_an_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    [problem] = check_symptoms(tmp_path / "missing.toml")
    assert problem.line == 1
