"""The family's lists for the widgets: the one object that changes them, saves them and says so.

Widgets read ``lists`` and call the methods here for every change; each change emits ``changed``
(the views redraw) and schedules a save, so saving, a kiosk wipe or an export has one place to
go through.

Saving is batched (a short timer after the last change) so typing a note does not write the file
on every key; ``close()`` saves at once and lets the lists go (on quit). Kiosk mode gives it a
MemoryStore.
"""

from __future__ import annotations

import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from guide_app.core.family_lists import FamilyLists
from guide_app.core.question_list import QuestionItem
from guide_app.core.storage import ListsStore, NoticeKind, StorageError, StorageNotice

SAVE_DELAY_MS = 400


class FamilyListsModel(QObject):
    changed = Signal()
    # A calm sentence for the family, shown once (saving failed, or the saved file was unusable).
    problem = Signal(str)
    # The sentence of a ``problem`` that is over (saving works again), to take off the screen.
    problem_resolved = Signal(str)

    def __init__(self, store: ListsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        result = store.load()
        self._lists = result.lists
        self.load_notice: StorageNotice | None = result.notice
        self._save_failing = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

    def notice_text(self) -> str | None:
        """The translated sentence for what loading found, if anything."""
        notice = self.load_notice
        if notice is None:
            return None
        name = notice.file_name
        if notice.kind is NoticeKind.MOVED_ASIDE:
            text = self.tr(
                "Your saved lists could not be read, so the guide started with empty lists. "
                "The old file was kept as %1."
            )
        elif notice.kind is NoticeKind.OPEN_ELSEWHERE:
            text = self.tr(
                "The guide is already open in another window, so changes you make here will not "
                "be saved. Please use the other window."
            )
        elif notice.kind is NoticeKind.NEWER_VERSION:
            text = self.tr(
                "Your saved lists were made by a newer version of the guide, so this version "
                "started with empty lists. The file %1 was left as it is, and changes you make "
                "now will not be saved."
            )
        else:
            text = self.tr(
                "Your saved lists could not be read, so the guide started with empty lists. "
                "The file %1 was left as it is, and changes you make now will not be saved."
            )
        return text.replace("%1", name)

    @property
    def lists(self) -> FamilyLists:
        """What the family has entered, to read; change it only through the methods below."""
        return self._lists

    # --- the symptom checklist ----------------------------------------------------------------

    def set_seen(self, symptom_id: str, seen: bool) -> None:
        """Tick or untick a symptom (its note and date are kept for a tick again)."""
        if self._lists.checklist.entry(symptom_id).seen != seen:
            self._lists.checklist.set_seen(symptom_id, seen)
            self._edited()

    def set_note(self, symptom_id: str, note: str) -> None:
        """The family's note on a symptom (cleaned and cut to the limit, as the core keeps it)."""
        before = self._lists.checklist.entry(symptom_id).note
        self._lists.checklist.set_note(symptom_id, note)
        if self._lists.checklist.entry(symptom_id).note != before:
            self._edited()

    def set_date(self, symptom_id: str, date: datetime.date | None) -> None:
        if self._lists.checklist.entry(symptom_id).date != date:
            self._lists.checklist.set_date(symptom_id, date)
            self._edited()

    # --- the question list --------------------------------------------------------------------

    def set_bank_question(self, question_id: str, chosen: bool) -> None:
        """Put a bank question on the list (at the end) or take it off."""
        questions = self._lists.questions
        changed = questions.add_bank(question_id) if chosen else questions.remove(question_id)
        if changed or chosen:  # a refused add (the list is full) must untick the box again
            self._edited()

    def add_own_question(self, text: str) -> QuestionItem:
        """Add the family's own question; ``OwnQuestionError`` (and no change) if unusable."""
        item = self._lists.questions.add_own(text)
        self._edited()
        return item

    def move_question(self, item_id: str, step: int) -> bool:
        """Move a question ``step`` places (negative: up); ``True`` when it moved."""
        questions = self._lists.questions
        moved = questions.move(item_id, questions.index_of(item_id) + step)
        if moved:
            self._edited()
        return moved

    def remove_question(self, item_id: str) -> None:
        if self._lists.questions.remove(item_id):
            self._edited()

    def set_child_name(self, name: str) -> None:
        before = self._lists.child_name
        self._lists.set_child_name(name)
        if self._lists.child_name != before:
            self._edited()

    # --- the care team's card -----------------------------------------------------------------

    def set_care_team(self, name: str, value: str) -> None:
        """One field of the card: "phone", "fever_number" or "names"."""
        before = self._lists.care_team
        self._lists.set_care_team(name, value)
        if self._lists.care_team != before:
            self._edited()

    def _edited(self) -> None:
        """After every change: the views redraw, and a save follows a moment later."""
        self.changed.emit()
        self._save_timer.start()

    def flush(self) -> None:
        """Save now. A failure is told once while it lasts, and taken back when saving works."""
        self._save_timer.stop()
        try:
            self._store.save(self._lists)
        except StorageError:
            if not self._save_failing:
                self._save_failing = True
                self.problem.emit(self._save_failed_text())
            return
        if self._save_failing:
            self._save_failing = False
            self.problem_resolved.emit(self._save_failed_text())

    def close(self) -> None:
        """Save what is pending and let another guide have the lists (the app is quitting)."""
        self.flush()
        self._store.close()

    def _save_failed_text(self) -> str:
        return self.tr(
            "Your lists cannot be saved on this computer right now. You can still "
            "use them and print them; what was saved before is kept."
        )

    def clear(self) -> None:
        """Forget everything, on screen and in storage ("Clear my lists", "Start over")."""
        self._save_timer.stop()
        self._lists.clear()
        try:
            self._store.clear()
        except StorageError:
            self.problem.emit(self.tr("Your saved lists could not be removed from this computer."))
        self.changed.emit()
