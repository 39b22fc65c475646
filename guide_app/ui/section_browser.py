"""A QTextBrowser for one section: never follows links itself and never loads anything remote."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTextBrowser, QWidget

from guide_app.resources import resources_root

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFocusEvent, QTextBlock, QTextDocument

    from guide_app.core.search import SearchResult

HIGHLIGHT_COLOR = "#ffe066"  # the normal theme's (guide_app/core/theme.py search_highlight)


class SectionBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Every click goes to the window's one link router, through anchorClicked.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._search_marks: list[object] = []  # the search hit's mark (ExtraSelection)
        # The link Tab moves to is marked in the focus colours, not only by Qt's dotted line.
        self.cursorPositionChanged.connect(self._mark_focused_link)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab moves from link to link (Qt's own), which changes no signal: mark the link."""
        moved = super().focusNextPrevChild(next)
        self._mark_focused_link()
        return moved

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        """The link's mark goes with the focus (the search hit's stays)."""
        super().focusOutEvent(event)
        self.setExtraSelections(self._search_marks)  # type: ignore[arg-type]

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusInEvent(event)
        self._mark_focused_link()

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt's name)
        """Serve only files bundled under resources/; refuse everything else, remote above all."""
        from PySide6.QtCore import QUrl  # a picture's first load, not the first page's set-up

        path = _bundled_path(url)
        if path is not None:
            data = super().loadResource(kind, QUrl.fromLocalFile(str(path)))
            if data is not None:
                return data
        return _refused(kind)

    def highlight(self, result: SearchResult) -> bool:
        """Scroll to a search result and mark it: in its own paragraph when that can be found
        (the same words may stand earlier under the same heading), else at the first match."""
        from guide_app.core.search import find_all  # searching starts after the first paint

        document = self.document()
        start = _block_with_anchor(document, result.anchor) if result.anchor else None
        start = start or document.begin()
        wanted = " ".join(result.block_text.split())
        length = len(result.matched_text)
        fallback: tuple[QTextBlock, int] | None = None
        block = start
        while block.isValid():
            text = block.text()
            if " ".join(text.split()) == wanted and text[result.block_offset :].startswith(
                result.matched_text
            ):
                return self._select(block, result.block_offset, length)
            if fallback is None and (spans := find_all(text, result.matched_text)):
                fallback = (block, spans[0][0])
            block = block.next()
        if fallback is not None:
            return self._select(fallback[0], fallback[1], length)
        return False

    def _select(self, block: QTextBlock, offset: int, length: int) -> bool:
        # Imported on first use: these types cost ~2 ms to set up, and the first page has no
        # highlight to show.
        from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
        from PySide6.QtWidgets import QTextEdit

        cursor = QTextCursor(self.document())
        cursor.setPosition(block.position() + offset)
        cursor.setPosition(block.position() + offset + length, QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        from guide_app.ui.theme import current_theme

        theme = current_theme()
        selection.format = QTextCharFormat()
        selection.format.setBackground(QColor(theme.search_highlight))
        selection.format.setForeground(QColor(theme.search_highlight_text))
        self._search_marks = [selection]
        self.setExtraSelections(self._search_marks)  # type: ignore[arg-type]
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def clear_highlight(self) -> None:
        self._search_marks = []
        self.setExtraSelections([])

    def _mark_focused_link(self) -> None:
        """While a link is chosen from the keyboard (the cursor selects it), draw it in the
        theme's focus colours: a dotted outline alone is hard to see.

        Not while another widget has the focus: then no link is chosen from the keyboard, and
        the marks are the search hit's already (``focusOutEvent``). So the first page's
        ``setHtml``, which moves the cursor, sets up none of the text-format types below (about
        7 ms before the first paint)."""
        if not self.hasFocus():
            return
        from PySide6.QtGui import QColor, QTextCharFormat
        from PySide6.QtWidgets import QTextEdit

        from guide_app.ui.theme import current_theme

        cursor = self.textCursor()
        marks = list(self._search_marks)
        if cursor.hasSelection() and cursor.charFormat().isAnchor():
            theme = current_theme()
            mark = QTextEdit.ExtraSelection()
            mark.cursor = cursor
            mark.format = QTextCharFormat()
            mark.format.setBackground(QColor(theme.focus_ring))
            mark.format.setForeground(QColor(theme.focused_link_text))
            marks.append(mark)
        self.setExtraSelections(marks)  # type: ignore[arg-type]


def _bundled_path(url: QUrl) -> Path | None:
    """The file under resources/ that ``url`` names; ``None`` for anything remote or outside."""
    if url.scheme() not in ("", "file"):
        return None
    root = resources_root().resolve()
    try:
        resolved = (root / (url.toLocalFile() or url.path()).lstrip("/")).resolve()
        resolved.relative_to(root)
    except (ValueError, OSError):
        return None
    return resolved


def _refused(kind: int) -> object:
    """What a refused or missing resource is instead: never ``None``, because for an image Qt's
    text engine then loads the address itself, outside the bundle (a picture in the home folder,
    anything a tampered cache names). An image gets a transparent pixel; anything else nothing."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QImage, QTextDocument

    if kind == QTextDocument.ResourceType.ImageResource.value:
        placeholder = QImage(1, 1, QImage.Format.Format_ARGB32)
        placeholder.fill(0)
        return placeholder
    return QByteArray()


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
