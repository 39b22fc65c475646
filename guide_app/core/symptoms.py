"""The symptom checklist's data: ``symptoms.toml`` loaded into ``Symptom`` values and checked."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from guide_app.core.problems import ContentError, Problem
from guide_app.core.toml_entries import id_line, read_toml, table_entries


class Urgency(StrEnum):
    """What a family should do when they see a symptom; the value is the TOML spelling."""

    CALL_EMERGENCY = "call-emergency"
    CALL_NOW = "call-now"
    # A sign the leukemia may be back: contact the team, never "wait for the next visit".
    CONTACT_TEAM = "contact-team"


@dataclass(frozen=True)
class Symptom:
    """One warning sign: what it is, how urgent it is and what to do about it."""

    id: str
    name: str
    description: str
    urgency: Urgency
    action: str
    from_seed: bool


_TEXT_KEYS = ("id", "name", "description", "action")
_KEYS = (*_TEXT_KEYS, "urgency", "from_seed")
_URGENCIES = frozenset(u.value for u in Urgency)


def check_symptoms(path: Path) -> list[Problem]:
    """Every problem in a ``symptoms.toml`` file, in file order (empty when it is fine)."""
    return _parse(path)[1]


def load_symptoms(path: Path) -> list[Symptom]:
    """The symptoms of a ``symptoms.toml`` file, in file order; ``ContentError`` on a problem."""
    symptoms, problems = _parse(path)
    if problems:
        raise ContentError(problems[0])
    return symptoms


def _parse(path: Path) -> tuple[list[Symptom], list[Problem]]:
    text, data, problems = read_toml(path)
    if data is None:
        return [], problems
    entries, problems = table_entries(path, text, data, "symptom")
    if not entries and not problems:
        problems.append(Problem(path, 1, "no [[symptom]] entries"))
    symptoms: list[Symptom] = []
    seen: set[str] = set()
    for entry, header_line in entries:
        line = id_line(text, entry.get("id"), header_line)
        entry_problems = _entry_problems(entry)
        symptom_id = entry.get("id")
        if isinstance(symptom_id, str) and symptom_id:
            if symptom_id in seen:
                entry_problems.append(f"duplicate symptom id '{symptom_id}'")
            seen.add(symptom_id)
        problems.extend(Problem(path, line, message) for message in entry_problems)
        if not entry_problems:
            symptoms.append(_symptom(entry))
    return symptoms, problems


def _entry_problems(entry: dict[str, Any]) -> list[str]:
    label = f"symptom '{entry['id']}'" if isinstance(entry.get("id"), str) else "symptom"
    messages = [f"{label}: missing '{key}'" for key in _KEYS if key not in entry]
    messages += [f"{label}: unknown key '{key}'" for key in entry if key not in _KEYS]
    for key in _TEXT_KEYS:
        if key in entry and (not isinstance(entry[key], str) or not entry[key].strip()):
            messages.append(f"{label}: '{key}' must be non-empty text")
    urgency = entry.get("urgency")
    if "urgency" in entry and (not isinstance(urgency, str) or urgency not in _URGENCIES):
        allowed = ", ".join(f'"{u.value}"' for u in Urgency)
        messages.append(f"{label}: unknown urgency {urgency!r} (use {allowed})")
    if "from_seed" in entry and not isinstance(entry["from_seed"], bool):
        messages.append(f"{label}: 'from_seed' must be true or false")
    return messages


def _symptom(entry: dict[str, Any]) -> Symptom:
    return Symptom(
        id=entry["id"],
        name=entry["name"],
        description=entry["description"],
        urgency=Urgency(entry["urgency"]),
        action=entry["action"],
        from_seed=entry["from_seed"],
    )
