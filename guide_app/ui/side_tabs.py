"""The guide's sections as side tabs: their names in a list down the window's side, the open
section beside it.

Eleven sections do not fit one row of tabs across a 1024 px kiosk screen, and QTabWidget's West
tabs turn their names on their side. A list of the names beside a stack of pages (the pattern of
Qt's Config Dialog example) keeps them upright, and a screen reader reads it as a list of the
sections. It also starts faster than the tab bar with upright labels it replaced: that called
QStyle to draw each tab, and PySide6's ``QStyle`` types cost about 5 ms to set up before the first
paint (see ``benchmarks/README.md``). The open section's name has the selection colours
(``selection_colours``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyledItemDelegate,
    QWidget,
)

from guide_app.ui.focus_ring import OWN_RING_PROPERTY
from guide_app.ui.theme import current_theme

if TYPE_CHECKING:
    # The delegate's painting types: set up when it first paints (after the first paint), not
    # at import (about 3 ms of their enums).
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

MIN_ROW_HEIGHT = 44  # touch target (WCAG 2.5.5 / kiosk rule)
ROW_PADDING = 12  # px above and below a name, and after it
FOCUS_RING = "#f2b705"  # the normal theme's side_tab_ring: on the selection's blue, 6.4:1
FOCUS_RING_WIDTH = 2
NAME_SPACING = 2  # px between two names, so each reads as its own tab


class SideTabs(QWidget):
    """Pages with their names listed on the side. Choosing a name (click, tap, arrow keys, or
    Ctrl+Page Down / Ctrl+Page Up from anywhere in the window) shows its page."""

    current_changed = Signal(int)  # the index of the page now shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted: tuple[str, list[str]] | None = None  # what _fit_names last fitted
        self.names = _SectionNames(self)
        self.names.setProperty(OWN_RING_PROPERTY, True)  # its ring is inside the open name
        self.names.setSpacing(NAME_SPACING)
        self.stack = QStackedWidget(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.names)
        layout.addWidget(self.stack, 1)
        self.names.currentRowChanged.connect(self._on_row_changed)
        self.names.itemSelectionChanged.connect(self._on_selection_changed)
        # The keys QTabWidget uses to move between its tabs.
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.show_next)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.show_previous)
        # And a browser's: Ctrl+Tab, Ctrl+Shift+Tab, and Ctrl+1 to Ctrl+9 for the first nine.
        QShortcut(QKeySequence("Ctrl+Tab"), self, self.show_next)
        QShortcut(QKeySequence("Ctrl+Shift+Tab"), self, self.show_previous)
        QShortcut(QKeySequence("Ctrl+Backtab"), self, self.show_previous)
        for number in range(1, 10):
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda n=number: self.show_at(n - 1))

    def set_pages(self, pages: Sequence[tuple[QWidget, str, str]]) -> None:
        """Replace every page: each as (page, name, description); the description is the
        name's tooltip. The first page is shown."""
        self.names.clear()
        while self.stack.count():
            self.stack.removeWidget(self.stack.widget(0))
        for page, name, description in pages:
            self.stack.addWidget(page)
            QListWidgetItem(name, self.names).setToolTip(description)
        self._fit_names()
        if pages:
            self.names.setCurrentRow(0)

    def set_name(self, index: int, name: str, description: str) -> None:
        item = self.names.item(index)
        item.setText(name)
        item.setToolTip(description)
        self._fit_names()

    def name(self, index: int) -> str:
        return self.names.item(index).text()

    def count(self) -> int:
        return self.stack.count()

    def page(self, index: int) -> QWidget:
        return self.stack.widget(index)

    def index_of(self, page: QWidget) -> int:
        return self.stack.indexOf(page)

    def current_index(self) -> int:
        return self.stack.currentIndex()

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def set_current_index(self, index: int) -> None:
        self.names.setCurrentRow(index)

    def show_next(self) -> None:
        if self.count():
            self.set_current_index((self.current_index() + 1) % self.count())

    def show_at(self, index: int) -> None:
        """Show the page at ``index`` (nothing when there is none)."""
        if 0 <= index < self.count():
            self.set_current_index(index)

    def show_previous(self) -> None:
        if self.count():
            self.set_current_index((self.current_index() - 1) % self.count())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FontChange:
            self._fit_names()  # the text size changed: every name keeps its whole width
        super().changeEvent(event)

    def _fit_names(self) -> None:
        """Rows at least a touch target tall, and the list as wide as its widest name, with room
        for a scroll bar: at the largest text size the names may not all fit the height."""
        # Measured in this widget's font, which the list inherits: the result does not depend on
        # which of the two Qt tells about a new font first.
        metrics = self.fontMetrics()
        texts = [self.names.item(row).text() for row in range(self.names.count())]
        fitted = (self.font().key(), texts)
        if fitted == self._fitted:
            return  # a window gets several font changes while it is built
        self._fitted = fitted
        height = max(MIN_ROW_HEIGHT, metrics.height() + 2 * ROW_PADDING)
        widest = 0
        for row, text in enumerate(texts):
            width = metrics.horizontalAdvance(text) + 2 * ROW_PADDING
            self.names.item(row).setSizeHint(QSize(width, height))
            widest = max(widest, width)
        frame = 2 * self.names.frameWidth() + 2 * NAME_SPACING
        scroll_bar = self.names.verticalScrollBar().sizeHint().width()
        self.names.setFixedWidth(widest + frame + scroll_bar)

    def _on_row_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)
            self.current_changed.emit(row)

    def _on_selection_changed(self) -> None:
        # The open section's name stays highlighted, even after a Ctrl+click on it.
        item = self.names.currentItem()
        if item is not None and not item.isSelected():
            item.setSelected(True)


class _SectionNames(QListWidget):
    """The list of names. Its focus ring is drawn by a delegate set at its first focus: a Python
    delegate paints through PySide6 types (the painter, the item options) that would otherwise
    be set up for the first paint, and the ring is needed only once the list has the focus."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        if not isinstance(self.itemDelegate(), _FocusRingDelegate):
            self.setItemDelegate(_FocusRingDelegate(self))
        super().focusInEvent(event)


class _FocusRingDelegate(QStyledItemDelegate):
    """A ring round the current name while the list has the keyboard focus. The style's own
    focus frame is drawn in a shade of the highlight colour, which does not show on it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        # As the style's own frame: only once the focus has moved by keyboard (Tab, shortcuts),
        # not after a click or a tap. QStyle is set up here, after the first paint.
        from PySide6.QtGui import QColor, QPen
        from PySide6.QtWidgets import QStyle

        keyboard = bool(option.state & QStyle.StateFlag.State_KeyboardFocusChange)
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if keyboard and has_focus:
            painter.save()
            painter.setPen(QPen(QColor(current_theme().side_tab_ring), FOCUS_RING_WIDTH))
            inset = FOCUS_RING_WIDTH // 2
            painter.drawRect(option.rect.adjusted(inset, inset, -inset, -inset))
            painter.restore()
