"""A tab bar for the window's side whose labels stay horizontal, so short titles read normally.

QTabWidget's West position turns labels on their side; eleven sections do not fit one row across a
1024 px kiosk screen, and sideways text is hard to read, so the labels are drawn upright.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QStylePainter, QTabBar, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

MIN_TAB_HEIGHT = 44  # touch target (WCAG 2.5.5 / kiosk rule)
TAB_PADDING = 24


class SideTabBar(QTabBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 (Qt's name)
        # This tab's own label only: a side tab bar gives every tab the width of the widest.
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance(self.tabText(index)) + TAB_PADDING * 2
        return QSize(width, max(MIN_TAB_HEIGHT, metrics.height() + TAB_PADDING // 2))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionTab()
        for index in range(self.count()):
            self.initStyleOption(option, index)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, option)
            # Draw the label as a North tab would, upright, centred in the side tab's rectangle.
            painter.save()
            size = option.rect.size()
            size.transpose()
            label_rect = QRect(QPoint(), size)
            label_rect.moveCenter(option.rect.center())
            option.rect = label_rect
            center = self.tabRect(index).center()
            painter.translate(center)
            painter.rotate(90)
            painter.translate(-center)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabLabel, option)
            painter.restore()
