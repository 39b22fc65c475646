"""One tab of the guide: a section's text, rendered the first time the tab is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from guide_app.core.content import Section
from guide_app.ui.section_browser import SectionBrowser

DOCUMENT_MARGIN = 16  # px of white space around the text, so it does not touch the frame


class SectionPage(QWidget):
    def __init__(
        self,
        section: Section,
        render: Callable[[Section], str],
        style_sheet: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._render = render
        self._rendered = False
        self.browser = SectionBrowser(self)
        self.browser.setObjectName(f"section-{section.id}")
        # Must be set before the HTML: Qt applies a document style sheet while parsing.
        self.browser.document().setDefaultStyleSheet(style_sheet)
        self.browser.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addWidget(self.browser, 1)
        self.retranslate_ui()

    @property
    def rendered(self) -> bool:
        return self._rendered

    def ensure_rendered(self) -> None:
        """Render on first need: rendering all sections at start would delay the first paint."""
        if not self._rendered:
            self._rendered = True
            self.browser.setHtml(self._render(self.section))

    def rerender(self) -> None:
        self._rendered = False
        self.ensure_rendered()

    def set_body_font(self, font: QFont) -> None:
        self.browser.document().setDefaultFont(font)

    def retranslate_ui(self) -> None:
        self.browser.setAccessibleName(self.section.title)
