"""The "My care team" card: the family writes their team's day-and-night phone, the fever
number the team gave them and the team's names; it is kept with their lists and prints on the
question sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from guide_app.core.family_lists import CARE_TEAM_FIELDS, MAX_CARE_TEAM_FIELD_LENGTH
from guide_app.ui.family_lists_model import FamilyListsModel
from guide_app.ui.heading_label import HeadingLabel
from guide_app.ui.languages import Retranslated

MIN_TOUCH = 44


class CareTeamCard(Retranslated, QFrame):
    def __init__(self, model: FamilyListsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = HeadingLabel(1.2, self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in CARE_TEAM_FIELDS:
            field = QLineEdit(self)
            field.setMaxLength(MAX_CARE_TEAM_FIELD_LENGTH)
            field.setMinimumHeight(MIN_TOUCH)
            label = QLabel(self)
            label.setBuddy(field)
            form.addRow(label, field)
            field.textEdited.connect(lambda text, name=name: self._model.set_care_team(name, text))
            self.fields[name], self.labels[name] = field, label
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addStretch(1)  # given more height than it needs, the card stays together on top
        model.changed.connect(self.refresh)
        self.refresh()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("My care team"))
        self.hint.setText(
            self.tr(
                "Write down how to reach your child's care team. It is kept with your lists and "
                "prints on your question sheet."
            )
        )
        texts = {
            "phone": (self.tr("Day and &night phone:"), self.tr("The number to call, any time")),
            "fever_number": (
                self.tr("Our &fever number:"),
                self.tr("The temperature your team told you to call at"),
            ),
            "names": (self.tr("Team na&mes:"), self.tr("Doctors and nurses")),
        }
        for name, (label, placeholder) in texts.items():
            self.labels[name].setText(label)
            self.fields[name].setPlaceholderText(placeholder)
            self.fields[name].setAccessibleName(label.replace("&", "").rstrip(":"))

    def refresh(self) -> None:
        """Show what the lists hold; a field being typed in keeps its cursor."""
        card = self._model.lists.care_team
        for name, field in self.fields.items():
            if field.text() != getattr(card, name):
                field.setText(getattr(card, name))
