"""What a family has ticked on the symptom checklist, with their notes and dates."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from guide_app.core.symptoms import Symptom
from guide_app.core.typed_text import clean_typed_text

# Long enough for a few sentences, short enough to print beside the symptom.
MAX_NOTE_LENGTH = 500
# Far more than the guide's symptoms: a file with more is not one the guide wrote.
MAX_CHECKLIST_ENTRIES = 200


@dataclass(frozen=True)
class ChecklistEntry:
    """One symptom's state: ticked or not, the family's note and the date they noticed it."""

    seen: bool = False
    note: str = ""
    date: datetime.date | None = None

    def is_blank(self) -> bool:
        """True when nothing was entered, so the entry need not be kept."""
        return not self.seen and not self.note and self.date is None


class ChecklistState:
    """Symptom id -> entry. Unticking keeps the note and date, so ticking again brings them back."""

    def __init__(self) -> None:
        self._entries: dict[str, ChecklistEntry] = {}

    def entry(self, symptom_id: str) -> ChecklistEntry:
        """The entry for a symptom (a blank one when nothing was entered)."""
        return self._entries.get(symptom_id, ChecklistEntry())

    def is_seen(self, symptom_id: str) -> bool:
        return self.entry(symptom_id).seen

    def set_seen(self, symptom_id: str, seen: bool) -> None:
        """Tick (``True``) or untick (``False``) a symptom."""
        self._update(symptom_id, seen=seen)

    def set_note(self, symptom_id: str, note: str) -> None:
        """Keep the family's note (typed text cleaned), cut to ``MAX_NOTE_LENGTH``."""
        self._update(symptom_id, note=clean_typed_text(note)[:MAX_NOTE_LENGTH])

    def set_date(self, symptom_id: str, date: datetime.date | None) -> None:
        """Keep the date the family noticed the symptom (``None`` removes it)."""
        if isinstance(date, datetime.datetime):
            date = date.date()
        self._update(symptom_id, date=date)

    def seen_entries(self, symptoms: Iterable[Symptom]) -> list[tuple[Symptom, ChecklistEntry]]:
        """The ticked symptoms in the data's order; ids no longer in the data are left out."""
        return [(s, self._entries[s.id]) for s in symptoms if self.is_seen(s.id)]

    def is_empty(self) -> bool:
        return not self._entries

    def clear(self) -> None:
        """Forget every tick, note and date."""
        self._entries.clear()

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form: ``{"entries": {id: {"seen", "note", "date"}}}`` with ISO dates."""
        return {
            "entries": {
                symptom_id: {
                    "seen": entry.seen,
                    "note": entry.note,
                    "date": entry.date.isoformat() if entry.date else None,
                }
                for symptom_id, entry in self._entries.items()
            }
        }

    @classmethod
    def from_dict(cls, data: object) -> ChecklistState:
        """The state ``to_dict`` described; ``ValueError`` when the shape is wrong."""
        if not isinstance(data, dict) or not isinstance(data.get("entries"), dict):
            raise ValueError("the checklist must be an object with 'entries'")
        if len(data["entries"]) > MAX_CHECKLIST_ENTRIES:
            raise ValueError(
                f"the checklist has {len(data['entries'])} entries; at most {MAX_CHECKLIST_ENTRIES}"
            )
        state = cls()
        for symptom_id, raw in data["entries"].items():
            if not isinstance(raw, dict):
                raise ValueError(f"checklist entry {symptom_id!r} must be an object")
            seen, note, date = raw.get("seen", False), raw.get("note", ""), raw.get("date")
            if not isinstance(seen, bool) or not isinstance(note, str):
                raise ValueError(f"checklist entry {symptom_id!r} has a wrong 'seen' or 'note'")
            state.set_seen(symptom_id, seen)
            state.set_note(symptom_id, note)
            state.set_date(symptom_id, _parse_date(symptom_id, date))
        return state

    def _update(self, symptom_id: str, **changes: Any) -> None:
        entry = replace(self.entry(symptom_id), **changes)
        if entry.is_blank():
            self._entries.pop(symptom_id, None)
        else:
            self._entries[symptom_id] = entry


def _parse_date(symptom_id: str, value: object) -> datetime.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"checklist entry {symptom_id!r} has a date that is not text")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"checklist entry {symptom_id!r} has a wrong date {value!r}") from error
