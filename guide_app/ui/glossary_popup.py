"""The meaning of a glossary term, in a small dialog a screen reader reads and Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from guide_app.core.glossary import GlossaryTerm
from guide_app.ui.announce import announce
from guide_app.ui.heading_label import HeadingLabel
from guide_app.ui.languages import Retranslated


class GlossaryPopup(Retranslated, QDialog):
    def __init__(self, term: GlossaryTerm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.term = term
        self._title = HeadingLabel(1.25, self)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)  # a long term at 200% wraps rather than run off the side
        self._meaning = QLabel(self)
        self._meaning.setTextFormat(Qt.TextFormat.PlainText)
        self._meaning.setWordWrap(True)
        self._meaning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self._meaning.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._meaning)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(360)
        self.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """A screen reader says the word and its meaning as the popup opens."""
        super().showEvent(event)
        announce(self, f"{self.term.term}: {self.term.meaning}")

    @property
    def meaning_text(self) -> str:
        return self._meaning.text()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Word to know: %1").replace("%1", self.term.term))
        self._title.setText(self.term.term)
        self._meaning.setText(self.term.meaning)
        # Screen readers announce the dialog with its meaning, not only its title.
        self.setAccessibleName(self.term.term)
        self.setAccessibleDescription(self.term.meaning)
        self._meaning.setAccessibleName(self.tr("Meaning of %1").replace("%1", self.term.term))
