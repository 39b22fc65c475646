"""A tree whose item texts wrap onto more lines, with rows tall enough to touch.

QTreeView's word wrap does not work on its own: the style only wraps when the item's rectangle
is valid, and the view asks for size hints with an empty one. The delegate gives it the width
the text will really have; the view lays items out again when that width changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

MIN_ROW_HEIGHT = 44  # touch target (WCAG 2.5.5), also what kiosk mode requires
ROW_PADDING = 8


class _WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(  # noqa: N802 (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = self._view.viewport().width() - self._view.indentation() * depth
        item_option.rect = QRect(0, 0, max(width, 1), 1)
        item_option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = self._view.style().sizeFromContents(
            QStyle.ContentsType.CT_ItemViewItem, item_option, QSize(), self._view
        )
        return QSize(size.width(), max(MIN_ROW_HEIGHT, size.height() + ROW_PADDING))


class WrappingTreeWidget(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # row heights depend on the width
