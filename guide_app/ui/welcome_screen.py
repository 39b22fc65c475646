"""The kiosk's welcome screen, at the start and after every wipe: what the guide is in one
sentence, three large choices, the languages and the clinic's name, and nothing of the family
before.

It covers the whole window (and follows its size) until a choice is made; a language button
asks for the guide in that language, whose new window shows this screen again.
"""

from __future__ import annotations

from PySide6 import QtCore  # QtCore.Qt only inside functions: see guide_app/ui/main_window.py
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_app.core.theme import Theme
from guide_app.ui.heading_label import HeadingLabel
from guide_app.ui.languages import Retranslated
from guide_app.ui.theme import current_theme
from guide_app.ui.window_cover import WindowCover

READ_SECTION = "what-is-relapsed-all"  # "Read about relapse"
CHOICE_HEIGHT = 88  # twice the 44 px touch target
CHOICE_MIN_WIDTH = 420
LANGUAGE_HEIGHT = 56
TEXT_SCALE = 1.3

# The idle warning's calm colours (ui/idle_overlay.py), so the kiosk's full-screen pages look
# alike; both come from the theme (guide_app/core/theme.py: tests/ui/test_contrast.py checks
# them), so the high-contrast theme changes them too.


def welcome_style(theme: Theme) -> str:
    page, text, button = theme.overlay_page, theme.overlay_text, theme.overlay_button
    ring, chosen = theme.overlay_focus_ring, theme.overlay_chosen
    return f"""
#welcomeScreen {{ background-color: {page}; }}
#welcomeScreen QLabel {{ color: {text}; background: transparent; }}
#welcomeScreen QPushButton {{
    color: {theme.overlay_button_text}; background-color: {button}; background-clip: padding;
    border: 4px solid {page}; border-radius: 14px; padding: 8px 24px;
}}
#welcomeScreen QPushButton:pressed {{ background-color: {theme.overlay_button_pressed}; }}
#welcomeScreen QPushButton:focus {{ border-color: {ring}; }}
#welcomeScreen QPushButton[language="true"] {{
    color: {text}; background-color: {page}; border: 2px solid {button};
}}
#welcomeScreen QPushButton[language="true"]:checked {{
    color: {theme.overlay_chosen_text}; background-color: {chosen}; border: 4px solid {button};
    font-weight: bold;
}}
#welcomeScreen QPushButton[language="true"]:focus {{ border: 4px solid {ring}; }}
"""


class WelcomeScreen(Retranslated, WindowCover):
    """Covers the whole window while it shows."""

    section_chosen = Signal(str)  # a section's or a tool's id to open
    language_chosen = Signal(str)  # a language code

    def __init__(
        self,
        parent: QWidget,
        languages: list[tuple[str, str]],
        current_language: str,
        clinic_name: str = "",
    ) -> None:
        """``languages`` as ``(code, own name)``: a button each, in its own name."""
        super().__init__(parent, "welcomeScreen")
        from guide_app.ui.tool_page import CHECKLIST, QUESTIONS

        Qt = QtCore.Qt  # noqa: N806 (looked up here, never at import: main_window.py's note)
        self.setStyleSheet(welcome_style(current_theme()))

        self.clinic = QLabel(self)
        self.clinic.setTextFormat(Qt.TextFormat.PlainText)  # the clinic's text is not markup
        self.clinic.setText(clinic_name)
        self.clinic.setVisible(bool(clinic_name))
        self.heading = HeadingLabel(2.0, self)
        self.summary = QLabel(self)
        for label in (self.clinic, self.heading, self.summary):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.read_button = QPushButton(self)
        self.symptoms_button = QPushButton(self)
        self.questions_button = QPushButton(self)
        self.choices = {
            READ_SECTION: self.read_button,
            CHECKLIST: self.symptoms_button,
            QUESTIONS: self.questions_button,
        }
        # One above the other, as wide as the longest needs: they fit any kiosk screen and any
        # text size, and read in order.
        choices = QVBoxLayout()
        choices.setSpacing(16)
        for target, button in self.choices.items():
            button.setMinimumHeight(CHOICE_HEIGHT)
            button.setMinimumWidth(CHOICE_MIN_WIDTH)
            button.clicked.connect(lambda _=False, t=target: self._choose(t))
            choices.addWidget(button, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)

        self.language_buttons: dict[str, QPushButton] = {}
        language_row = QHBoxLayout()
        language_row.addStretch(1)
        for code, name in languages:
            button = QPushButton(name, self)
            button.setProperty("language", True)
            button.setMinimumSize(160, LANGUAGE_HEIGHT)
            # Marks the language shown now for screen readers and by its look (checked).
            button.setCheckable(True)
            button.setChecked(code == current_language)
            button.clicked.connect(lambda _=False, c=code: self._on_language(c))
            self.language_buttons[code] = button
            language_row.addWidget(button)
        language_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.clinic)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(choices)
        layout.addStretch(1)
        layout.addLayout(language_row)

        self._apply_fonts()
        QApplication.instance().fontChanged.connect(self._apply_fonts)  # type: ignore[union-attr]
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Welcome"))
        self.summary.setText(
            self.tr(
                "A guide in plain words for families of a child whose leukemia (ALL) has come "
                "back. It does not give medical advice: your care team knows your child best."
            )
        )
        self.read_button.setText(self.tr("Read about relapse"))
        self.symptoms_button.setText(self.tr("Check symptoms"))
        self.questions_button.setText(self.tr("Make my question list"))
        for button in self.choices.values():
            button.setAccessibleName(button.text())
        for button in self.language_buttons.values():
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(self.tr("Show the guide in this language"))
        self.setAccessibleName(self.tr("Welcome"))

    def present(self) -> None:
        """Cover the window and take the focus (the first choice)."""
        self.cover()
        self.read_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _choose(self, target: str) -> None:
        self.hide()
        self.section_chosen.emit(target)

    def _on_language(self, code: str) -> None:
        button = self.language_buttons[code]
        if not button.isChecked():  # the language shown now: nothing to change
            button.setChecked(True)
            return
        self.language_chosen.emit(code)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab goes round this screen's buttons only: the window underneath is covered."""
        if not self.isVisible():
            return super().focusNextPrevChild(next)
        buttons = [*self.choices.values(), *self.language_buttons.values()]
        focused = QApplication.focusWidget()
        index = buttons.index(focused) if focused in buttons else -1
        step = 1 if next else -1
        buttons[(index + step) % len(buttons)].setFocus(QtCore.Qt.FocusReason.TabFocusReason)
        return True

    def _apply_fonts(self) -> None:
        for widget, bold in (
            (self.summary, False),
            (self.clinic, True),
            *((button, True) for button in self.choices.values()),
            *((button, False) for button in self.language_buttons.values()),
        ):
            font = QFont(QApplication.font())
            font.setBold(bold)
            font.setPointSizeF(font.pointSizeF() * TEXT_SCALE)
            widget.setFont(font)
