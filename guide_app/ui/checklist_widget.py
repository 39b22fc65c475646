"""The symptom checklist: tick what you have seen, add a note and a date, see what to do.

It never scores or ranks anything. Ticking a "call now" or "call emergency services" sign shows
what to do at once, in the row, where the family is looking.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from guide_app.core.checklist import MAX_NOTE_LENGTH
from guide_app.core.symptoms import Symptom, Urgency
from guide_app.core.theme import urgency_style as urgency_style_of
from guide_app.ui.family_lists_model import FamilyListsModel
from guide_app.ui.heading_label import HeadingLabel, bold
from guide_app.ui.languages import Retranslated
from guide_app.ui.theme import check_box_style, current_theme, give_inner_editor_own_style

NO_DATE = QDate(2000, 1, 1)  # the date field's "no date" value, shown as its special text


def urgency_style(urgency: Urgency) -> str:
    """A level's tag and action line in its colour family (the "When to call" icons' and the
    content's urgent boxes'), in the theme in force; the words say the level too."""
    return urgency_style_of(current_theme(), urgency)


class _DateField(QDateEdit):
    """A date field whose calendar opens at this month while no date is chosen (the field's
    "no date" is a day in 2000: the family would have to page forward years to find last week).
    The month is only shown, not chosen: opening the calendar sets no date.

    Done when the calendar opens, not by a calendar of our own made with the field: Qt makes
    the calendar only when it is first opened, and a calendar's year box under the checklist's
    style sheet keeps memory after it is deleted (see ``give_inner_editor_own_style``)."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        """Tab leaves the field while it shows "No date". Qt's date field moves Tab from one
        part of the date to the next, and on its "no date" text it never reaches the last:
        a keyboard user could not get out of the field. With a date, Qt's way stays (Tab
        goes day, month, year, then on)."""
        if self.date() == NO_DATE:
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)  # opens the calendar when the press is on the arrow
        # Looked for, not asked for: calendarWidget() would make one for a press on the text.
        calendar = self.findChild(QCalendarWidget)
        if calendar is not None and calendar.isVisible() and self.date() == NO_DATE:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())


class SymptomRow(Retranslated, QFrame):
    def __init__(self, symptom: Symptom, model: FamilyListsModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.symptom = symptom
        self._model = model
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(f"symptom-{symptom.id}")

        # The box, and the name beside it as a label that wraps: a check box's own text does not
        # wrap, and a long name ("Near someone with chickenpox, shingles or measles") at large
        # text sizes would run past the row's edge. A tap on the name ticks the box too.
        self.tick = QCheckBox(self)
        self.tick.setMinimumSize(44, 44)
        self.name = _TickLabel(symptom.name, self.tick, self)
        self.urgency = QLabel(self)
        self.urgency.setStyleSheet("padding:4px 8px;" + urgency_style(symptom.urgency))
        self.description = QLabel(symptom.description, self)
        self.description.setWordWrap(True)
        self.description.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel(symptom.action, self)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setStyleSheet("padding:8px; font-weight:bold;" + urgency_style(symptom.urgency))
        self.note = QLineEdit(self)
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setMinimumHeight(36)
        self.date = _DateField(self)
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setMaximumDate(QDate.currentDate())
        self.date.setMinimumHeight(36)
        give_inner_editor_own_style(self.date)
        self.date_label = QLabel(self)
        self.note_label = QLabel(self)
        self.note_label.setBuddy(self.note)
        self.date_label.setBuddy(self.date)

        # The urgency sits under the name, not beside it: at 200% text both do not fit a line.
        header = QHBoxLayout()
        header.addWidget(self.urgency)
        header.addStretch(1)
        details = QHBoxLayout()
        details.addWidget(self.note_label)
        details.addWidget(self.note, 1)
        details.addWidget(self.date_label)
        details.addWidget(self.date)
        self.details = QWidget(self)
        self.details.setLayout(details)
        layout = QVBoxLayout(self)
        name_row = QHBoxLayout()
        name_row.addWidget(self.tick)
        name_row.addWidget(self.name, 1)
        layout.addLayout(name_row)
        layout.addLayout(header)
        layout.addWidget(self.description)
        layout.addWidget(self.prompt)
        layout.addWidget(self.details)

        self.refresh()
        self.tick.toggled.connect(self._on_toggled)
        self.note.textEdited.connect(self._on_note_edited)
        self.date.dateChanged.connect(self._on_date_changed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.symptom.urgency is Urgency.CALL_EMERGENCY:
            self.urgency.setText(self.tr("Call emergency services"))
        elif self.symptom.urgency is Urgency.CALL_NOW:
            self.urgency.setText(self.tr("Call your care team now"))
        else:
            self.urgency.setText(self.tr("Contact your care team soon"))
        self.tick.setAccessibleName(self.symptom.name)
        self.tick.setAccessibleDescription(f"{self.urgency.text()}. {self.symptom.description}")
        self.prompt.setAccessibleName(self.tr("What to do"))
        self.note_label.setText(self.tr("&Note:"))
        self.note.setPlaceholderText(self.tr("What did you see? (optional)"))
        self.note.setAccessibleName(self.tr("Note about %1").replace("%1", self.symptom.name))
        self.date_label.setText(self.tr("&Date:"))
        self.date.setSpecialValueText(self.tr("No date"))
        self.date.setAccessibleName(self.tr("Date you noticed %1").replace("%1", self.symptom.name))

    def refresh(self) -> None:
        """Show what the model holds (after loading, or after the lists were cleared)."""
        entry = self._model.lists.checklist.entry(self.symptom.id)
        date = QDate(entry.date) if entry.date else NO_DATE
        # Only what differs is set, so a note being typed keeps its cursor.
        for widget in (self.tick, self.note, self.date):
            widget.blockSignals(True)
        if self.tick.isChecked() != entry.seen:
            self.tick.setChecked(entry.seen)
        if self.note.text() != entry.note:
            self.note.setText(entry.note)
        if self.date.date() != date:
            self.date.setDate(date)
        for widget in (self.tick, self.note, self.date):
            widget.blockSignals(False)
        self._show_seen(entry.seen)

    def _show_seen(self, seen: bool) -> None:
        # Urgent actions show as soon as the sign is ticked; the note and date only when ticked.
        self.prompt.setVisible(seen)
        self.details.setVisible(seen)

    def _on_toggled(self, seen: bool) -> None:
        self._model.set_seen(self.symptom.id, seen)

    def _on_note_edited(self, text: str) -> None:
        self._model.set_note(self.symptom.id, text)

    def _on_date_changed(self, date: QDate) -> None:
        value = None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())
        self._model.set_date(self.symptom.id, value)


class _TickLabel(QLabel):
    """A symptom's name, in bold and wrapping; a click or tap on it toggles its box."""

    def __init__(self, text: str, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._box = box
        self.setFont(bold())
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        inside = self.rect().contains(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and inside:
            self._box.toggle()
        super().mouseReleaseEvent(event)


class ChecklistWidget(Retranslated, QWidget):
    def __init__(
        self, symptoms: list[Symptom], model: FamilyListsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self.heading = HeadingLabel(1.2, self)
        self.disclaimer = QLabel(self)
        self.disclaimer.setWordWrap(True)
        self.rows = [SymptomRow(symptom, model) for symptom in symptoms]

        inner = QWidget()
        rows_layout = QVBoxLayout(inner)
        for row in self.rows:
            rows_layout.addWidget(row)
        rows_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # Rows wrap to the width; sideways scrolling would hide the ends of sentences.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.disclaimer)
        layout.addWidget(scroll, 1)

        # Check boxes whose square shows and grows with the text (the theme's colours).
        self.setStyleSheet(check_box_style(current_theme()))
        model.changed.connect(self._on_model_changed)
        self.retranslate_ui()

    def row(self, symptom_id: str) -> SymptomRow:
        return next(r for r in self.rows if r.symptom.id == symptom_id)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("My symptom checklist"))
        self.disclaimer.setText(
            self.tr(
                "Tick what you have seen, so you can tell your care team. This list does not "
                "diagnose anything or score how serious things are. If you are worried, call "
                "your care team's number. In an emergency, call emergency services."
            )
        )

    def _on_model_changed(self) -> None:
        for row in self.rows:
            row.refresh()
