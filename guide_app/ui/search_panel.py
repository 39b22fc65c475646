"""The search field and its results; choosing a result asks the window to open it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt only inside functions: see guide_app/ui/main_window.py
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from guide_app.ui.languages import Retranslated

if TYPE_CHECKING:
    from guide_app.core.search import SearchIndex, SearchResult


def _min_query_length() -> int:
    from guide_app.core.search import MIN_QUERY_LENGTH  # the search code loads after the paint

    return MIN_QUERY_LENGTH


def _result_role() -> int:
    return QtCore.Qt.ItemDataRole.UserRole + 1


class SearchPanel(Retranslated, QWidget):
    """The results beside the text; ``field`` is placed by the window (in its top bar). The
    panel shows itself only while there is something to search for."""

    result_chosen = Signal(object)  # SearchResult

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._index: SearchIndex | None = None
        self.field = QLineEdit(self)  # its clear button comes with the index (set_index)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setWordWrap(True)
        # Wrap snippets to the panel's width instead of scrolling sideways (and see set_index).
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.setSpacing(2)
        self.results.setAlternatingRowColors(True)
        self.results.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addStretch(0)  # keeps the field at the top while there are no results

        self.field.textChanged.connect(self._on_text_changed)
        self.field.returnPressed.connect(self._on_return_pressed)
        self.results.itemActivated.connect(self._on_item_activated)
        self.results.itemClicked.connect(self._on_item_activated)
        self.retranslate_ui()

    def set_index(self, index: SearchIndex) -> None:
        """Searching starts here, after the first paint; so does the one setting of the results
        list that needs ``QtCore.Qt``, which the first paint does without, and the field's clear
        button: the style looks its icon up, about 10 ms on X11 (the field is empty at start, so
        the button would not show yet)."""
        self.results.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if not self.field.isClearButtonEnabled():
            self.field.setClearButtonEnabled(True)
            self._name_clear_button()
        self._index = index
        self._on_text_changed(self.field.text())

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Search the guide"))
        self.field.setAccessibleName(self.tr("Search the guide"))
        if self.field.isClearButtonEnabled():
            self._name_clear_button()
        self.results.setAccessibleName(self.tr("Search results"))
        self._on_text_changed(self.field.text())

    def _name_clear_button(self) -> None:
        """The field's clear button (Qt's own, a tool button inside it) has no name of its own."""
        for button in self.field.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))
            button.setToolTip(self.tr("Clear the search"))

    def _on_text_changed(self, text: str) -> None:
        self.results.clear()
        query = text.strip()
        if not query or len(query) < _min_query_length():
            self.status.clear()
            self.results.setVisible(False)
            self.setVisible(False)
            return
        self.setVisible(True)
        if self._index is None:
            self.status.setText(self.tr("Getting the search ready…"))
            return
        found = self._index.search(query)
        if not found:
            self.status.setText(self.tr("Nothing found for “%1”.").replace("%1", query))
            self.results.setVisible(False)
            return
        self.status.setText(self.tr("%n result(s)", "", len(found)))
        for result in found:
            self._add_result(result)
        self.results.setVisible(True)

    def _add_result(self, result: SearchResult) -> None:
        import html  # not needed before the first search

        item = QListWidgetItem(f"{result.section_title}\n{result.snippet}")
        item.setData(_result_role(), result)
        before = html.escape(result.snippet[: result.match_start])
        match = html.escape(result.snippet[result.match_start : result.match_end])
        after = html.escape(result.snippet[result.match_end :])
        item.setToolTip(
            f"<b>{html.escape(result.section_title)}</b><br>{before}<b>{match}</b>{after}"
        )
        item.setData(
            QtCore.Qt.ItemDataRole.AccessibleTextRole, f"{result.section_title}: {result.snippet}"
        )
        self.results.addItem(item)

    def _on_return_pressed(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.result_chosen.emit(item.data(_result_role()))
