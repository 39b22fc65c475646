"""A QTextBrowser for one section: never follows links itself and never loads anything remote."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from guide_app.core.search import find_all
from guide_app.resources import resources_root

HIGHLIGHT_COLOR = "#ffe066"  # behind #1a1a1a text: contrast above 14:1


class SectionBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every click goes to the window's one link router, through anchorClicked.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        """Serve only files bundled under resources/; refuse everything else, remote above all."""
        if url.scheme() not in ("", "file"):
            return None
        path = url.toLocalFile() or url.path()
        root = resources_root().resolve()
        try:
            resolved = (root / path.lstrip("/")).resolve()
            resolved.relative_to(root)
        except (ValueError, OSError):
            return None
        return super().loadResource(kind, QUrl.fromLocalFile(str(resolved)))

    def highlight(self, text: str, anchor: str = "") -> bool:
        """Scroll to the first case- and accent-blind match of ``text`` after ``anchor`` and mark it."""
        document = self.document()
        start_block = document.begin()
        if anchor:
            self.scrollToAnchor(anchor)
            found = _block_with_anchor(document, anchor)
            if found is not None:
                start_block = found
        block = start_block
        while block.isValid():
            spans = find_all(block.text(), text)
            if spans:
                begin, end = spans[0]
                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + begin)
                cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = QTextCharFormat()
                selection.format.setBackground(QColor(HIGHLIGHT_COLOR))
                self.setExtraSelections([selection])
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return True
            block = block.next()
        return False

    def clear_highlight(self) -> None:
        self.setExtraSelections([])


def _block_with_anchor(document: QTextDocument, anchor: str) -> QTextBlock | None:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if anchor in iterator.fragment().charFormat().anchorNames():
                return block
            iterator += 1
        block = block.next()
    return None
