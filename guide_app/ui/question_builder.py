"""The question builder: pick questions from the bank, add your own, put them in order, print.

Reordering works with buttons and with Alt+Up / Alt+Down, not only by dragging, so it works for
keyboard and switch users. Printing is asked of the window through signals (wired in app.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from guide_app.core.family_lists import MAX_CHILD_NAME_LENGTH
from guide_app.core.question_bank import QuestionBank
from guide_app.core.question_list import MAX_OWN_QUESTION_LENGTH, MAX_QUESTIONS, OwnQuestionError
from guide_app.ui.family_lists_model import FamilyListsModel
from guide_app.ui.heading_label import HeadingLabel, bold
from guide_app.ui.languages import Retranslated
from guide_app.ui.theme import check_box_style, current_theme
from guide_app.ui.wrapping_tree import WrappingTreeWidget

_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MIN_TOUCH = 44
BANK_MIN_LINES = 14
LIST_MIN_LINES = 6


def _touch_button(parent: QWidget) -> QPushButton:
    button = QPushButton(parent)
    button.setMinimumHeight(MIN_TOUCH)
    return button


class QuestionBuilder(Retranslated, QWidget):
    preview_requested = Signal()
    print_requested = Signal()
    save_pdf_requested = Signal()
    bilingual_changed = Signal(bool)  # print each question with its English too
    take_home_requested = Signal()  # the list as a QR code for the family's phone

    def __init__(
        self,
        bank: QuestionBank,
        model: FamilyListsModel,
        parent: QWidget | None = None,
        *,
        offer_english: bool = False,
    ) -> None:
        """``offer_english``: the guide is in another language; offer a bilingual sheet."""
        super().__init__(parent)
        self.bank = bank
        self._model = model
        self._direct_print = False  # a kiosk's: set_direct_print

        # The bank, by topic.
        self.bank_box = QGroupBox(self)
        self.bank_tree = WrappingTreeWidget(self.bank_box)
        self.bank_tree.setHeaderHidden(True)
        for topic, questions in bank.by_topic():
            topic_item = QTreeWidgetItem(self.bank_tree, [topic.title])
            topic_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            topic_item.setFont(0, bold())
            for question in questions:
                item = QTreeWidgetItem(topic_item, [question.text])
                item.setData(0, _ID_ROLE, question.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
        # Every topic open: a family should see the questions without finding the arrows.
        self.bank_tree.expandAll()
        bank_layout = QVBoxLayout(self.bank_box)
        self.bank_hint = QLabel(self.bank_box)
        self.bank_hint.setWordWrap(True)
        bank_layout.addWidget(self.bank_hint)
        # "If you are not sure where to begin, the recommended questions make a sensible first
        # list" (the section's text): one tap puts them on the list.
        self.recommended_button = _touch_button(self.bank_box)
        self.recommended_button.clicked.connect(self._on_add_recommended)
        bank_layout.addWidget(self.recommended_button)
        bank_layout.addWidget(self.bank_tree)

        # The family's list.
        self.list_box = QGroupBox(self)
        self.chosen = QListWidget(self.list_box)
        self.chosen.setWordWrap(True)
        self.chosen.setResizeMode(QListView.ResizeMode.Adjust)
        self.chosen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chosen.setSpacing(4)
        self.chosen.setAlternatingRowColors(True)
        self.up_button = _touch_button(self.list_box)
        self.down_button = _touch_button(self.list_box)
        self.remove_button = _touch_button(self.list_box)
        self.own_label = QLabel(self.list_box)
        self.own_text = QPlainTextEdit(self.list_box)
        self.own_text.setMaximumHeight(90)
        self.own_text.setTabChangesFocus(True)
        self.own_counter = QLabel(self.list_box)
        self.add_button = _touch_button(self.list_box)
        self.name_label = QLabel(self.list_box)
        self.child_name = QLineEdit(self.list_box)
        self.child_name.setMaxLength(MAX_CHILD_NAME_LENGTH)
        self.name_label.setBuddy(self.child_name)
        self.own_label.setBuddy(self.own_text)
        # The sheet's actions, in a bar of their own: the page that shows the builder keeps it
        # under the lists, always in sight (it is not scrolled away with them).
        self.sheet_bar = QWidget(self)
        self.preview_button = _touch_button(self.sheet_bar)
        self.print_button = _touch_button(self.sheet_bar)
        self.pdf_button = _touch_button(self.sheet_bar)
        self.clear_button = _touch_button(self.sheet_bar)

        move_row = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            move_row.addWidget(button)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_counter, 1)
        own_row.addWidget(self.add_button)
        self.take_home_button = _touch_button(self.sheet_bar)
        self.bilingual_box = QCheckBox(self.sheet_bar)
        self.bilingual_box.setMinimumHeight(MIN_TOUCH)
        self.bilingual_box.setVisible(offer_english)
        self._lay_out_sheet_bar()
        list_layout = QVBoxLayout(self.list_box)
        list_layout.addWidget(self.chosen, 1)
        list_layout.addLayout(move_row)
        list_layout.addWidget(self.own_label)
        list_layout.addWidget(self.own_text)
        list_layout.addLayout(own_row)
        list_layout.addWidget(self.name_label)
        list_layout.addWidget(self.child_name)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.bank_box)
        self.splitter.addWidget(self.list_box)
        self.splitter.setChildrenCollapsible(False)
        for panel in (self.bank_box, self.list_box):
            # The panels never force the window wider; resizeEvent stacks them instead.
            panel.setMinimumWidth(1)
        self.heading = HeadingLabel(1.2, self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.splitter, 1)

        self.bank_tree.itemChanged.connect(self._on_bank_item_changed)
        self.up_button.clicked.connect(self._on_move_up)
        self.down_button.clicked.connect(self._on_move_down)
        self.remove_button.clicked.connect(self._on_remove)
        self.add_button.clicked.connect(self._on_add_own)
        self.own_text.textChanged.connect(self._on_own_text_changed)
        self.child_name.textEdited.connect(self._on_child_name_edited)
        self.chosen.currentRowChanged.connect(self._update_buttons)
        self.preview_button.clicked.connect(self.preview_requested)
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self.save_pdf_requested)
        self.bilingual_box.toggled.connect(self.bilingual_changed)
        self.take_home_button.clicked.connect(self.take_home_requested)
        self.clear_button.clicked.connect(self._on_clear)
        for keys, handler in (
            ("Alt+Up", self._on_move_up),
            ("Alt+Down", self._on_move_down),
            ("Delete", self._on_remove),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.chosen, handler)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        model.changed.connect(self.refresh)
        # Check boxes whose square shows and grows with the text (the theme's colours).
        self.setStyleSheet(check_box_style(current_theme()))

        self.refresh()
        self.retranslate_ui()

    def set_direct_print(self, printer: bool) -> None:
        """A kiosk's sheet bar: no preview, no PDF and no print dialog (they can write files);
        with a ``printer`` set by the clinic, "Print my questions" prints straight to it."""
        self._direct_print = True
        for button in (self.preview_button, self.pdf_button):
            button.setVisible(False)
        self.print_button.setVisible(printer)
        self.retranslate_ui()

    def _lay_out_sheet_bar(self) -> None:
        rows = QGridLayout(self.sheet_bar)
        rows.setContentsMargins(0, 4, 0, 0)
        # Three buttons a row: the bar must still fit a 1024 px screen beside the side tabs.
        rows.addWidget(self.print_button, 0, 0)
        rows.addWidget(self.pdf_button, 0, 1)
        rows.addWidget(self.preview_button, 0, 2)
        rows.addWidget(self.take_home_button, 1, 0, 1, 2)
        rows.addWidget(self.clear_button, 1, 2)
        rows.addWidget(self.bilingual_box, 2, 0, 1, 3)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        """Side by side when both panels fit, else one above the other (large text, small
        screen): nothing is cut off and no sideways scrolling is needed."""
        super().resizeEvent(event)
        # Room for several questions whatever the text size (the page scrolls if need be).
        self.bank_tree.setMinimumHeight(self.fontMetrics().height() * BANK_MIN_LINES)
        self.chosen.setMinimumHeight(self.fontMetrics().height() * LIST_MIN_LINES)
        needed = (
            self.bank_box.minimumSizeHint().width()
            + self.list_box.minimumSizeHint().width()
            + self.splitter.handleWidth()
        )
        wanted = Qt.Orientation.Horizontal if self.width() >= needed else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)

    # --- texts --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("My questions"))
        if not self._direct_print:
            hint = self.tr(
                "Tick questions from the list, or write your own. Then print your list or save "
                "it, and take it to your next appointment."
            )
        elif self.print_button.isVisibleTo(self.sheet_bar):  # a kiosk with a printer
            hint = self.tr(
                "Tick questions from the list, or write your own. Then print your list, or take "
                "it home on your phone with the QR code."
            )
        else:  # a kiosk without a printer
            hint = self.tr(
                "Tick questions from the list, or write your own. Then take your list home on "
                "your phone with the QR code."
            )
        self.hint.setText(hint)
        self.bank_box.setTitle(self.tr("Questions you could ask"))
        self.bank_hint.setText(self.tr("Tick a question to add it to your list."))
        self.recommended_button.setText(self.tr("Add the recommended questions"))
        self.recommended_button.setToolTip(
            self.tr("A good first list, if you are not sure where to begin")
        )
        self.bank_tree.setAccessibleName(self.tr("Questions you could ask, by topic"))
        self.list_box.setTitle(self.tr("Your list"))
        self.chosen.setAccessibleName(self.tr("Your list of questions, in order"))
        self.up_button.setText(self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the question up"))
        self.up_button.setToolTip(self.tr("Move the question up (Alt+Up)"))
        self.down_button.setText(self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the question down"))
        self.down_button.setToolTip(self.tr("Move the question down (Alt+Down)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the question from your list (Delete)"))
        self.own_label.setText(self.tr("&Write your own question:"))
        self.own_text.setAccessibleName(self.tr("Write your own question"))
        self.add_button.setText(self.tr("Add to my list"))
        self.name_label.setText(self.tr("Child's &first name (optional):"))
        self.child_name.setAccessibleName(self.tr("Child's first name, optional"))
        self.preview_button.setText(self.tr("Print preview…"))
        if self._direct_print:  # no dialog: the words say it prints at once
            self.print_button.setText(self.tr("Print my questions"))
        else:
            self.print_button.setText(self.tr("Print…"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.clear_button.setText(self.tr("Clear my lists…"))
        self.bilingual_box.setText(self.tr("Print in English too, for the care team"))
        self.take_home_button.setText(self.tr("Take your questions home (QR code)…"))
        self.take_home_button.setToolTip(
            self.tr("Show your list as a code to scan with your own phone's camera")
        )
        self._on_own_text_changed()

    # --- showing the model --------------------------------------------------------------------

    def refresh(self) -> None:
        questions = self._model.lists.questions
        current = self.current_item_id()
        self.chosen.clear()
        for index, (item_id, text) in enumerate(questions.resolved(self.bank), start=1):
            item = QListWidgetItem(f"{index}. {text}")
            item.setData(_ID_ROLE, item_id)
            self.chosen.addItem(item)
            if item_id == current:
                self.chosen.setCurrentItem(item)
        self.bank_tree.blockSignals(True)
        for topic_index in range(self.bank_tree.topLevelItemCount()):
            topic = self.bank_tree.topLevelItem(topic_index)
            for child_index in range(topic.childCount()):
                child = topic.child(child_index)
                chosen = questions.contains(child.data(0, _ID_ROLE))
                child.setCheckState(0, Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked)
        self.bank_tree.blockSignals(False)
        name = self._model.lists.child_name or ""
        if self.child_name.text() != name:
            self.child_name.setText(name)
        self._update_buttons()
        self._on_own_text_changed()  # the list may have become full, or have room again

    def current_item_id(self) -> str | None:
        item = self.chosen.currentItem()
        return item.data(_ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        row, count = self.chosen.currentRow(), self.chosen.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.remove_button.setEnabled(row >= 0)
        # A code of an empty list would give the family's phone nothing but a title. (An empty
        # sheet still prints: its blank lines are for writing questions by hand.)
        lists = self._model.lists
        self.take_home_button.setEnabled(len(lists.questions) > 0 or not lists.checklist.is_empty())

    # --- changes ------------------------------------------------------------------------------

    def _on_bank_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        question_id = item.data(0, _ID_ROLE)
        if question_id is None:
            return
        self._model.set_bank_question(question_id, item.checkState(0) == Qt.CheckState.Checked)

    def _move(self, step: int) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        if self._model.move_question(item_id, step):
            self.chosen.setFocus()

    def _on_move_up(self) -> None:
        self._move(-1)

    def _on_move_down(self) -> None:
        self._move(+1)

    def _on_remove(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        row = self.chosen.currentRow()
        self._model.remove_question(item_id)
        if self.chosen.count():
            self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))

    def _on_own_text_changed(self) -> None:
        text = self.own_text.toPlainText()
        if len(text) > MAX_OWN_QUESTION_LENGTH:
            # Cut pasted text to the limit; the counter shows why.
            self.own_text.blockSignals(True)
            self.own_text.setPlainText(text[:MAX_OWN_QUESTION_LENGTH])
            self.own_text.moveCursor(self.own_text.textCursor().MoveOperation.End)
            self.own_text.blockSignals(False)
            text = text[:MAX_OWN_QUESTION_LENGTH]
        if self._model.lists.questions.is_full():
            self.own_counter.setText(
                self.tr(
                    "Your list holds %1 questions, as many as it can. Remove one to add another."
                ).replace("%1", str(MAX_QUESTIONS))
            )
            self.add_button.setEnabled(False)
            return
        self.own_counter.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", str(len(text)))
            .replace("%2", str(MAX_OWN_QUESTION_LENGTH))
        )
        self.add_button.setEnabled(bool(text.strip()))

    def _on_add_own(self) -> None:
        try:
            self._model.add_own_question(self.own_text.toPlainText())
        except OwnQuestionError:
            return
        self.own_text.clear()
        self.chosen.setCurrentRow(self.chosen.count() - 1)

    def _on_add_recommended(self) -> None:
        for question in self.bank.questions:
            if question.default and not self._model.lists.questions.contains(question.id):
                self._model.set_bank_question(question.id, True)

    def _on_child_name_edited(self, text: str) -> None:
        self._model.set_child_name(text)

    def _on_clear(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Clear my lists"),
            self.tr(
                "Remove every question, tick, note and the child's name from this guide? "
                "This cannot be undone."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._model.clear()
