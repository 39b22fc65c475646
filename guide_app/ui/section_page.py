"""One tab of the guide: a section's text, rendered the first time the tab is shown.

Its text browser is made on first use too: a guide of eighteen sections would otherwise build
eighteen QTextBrowsers before its first paint, for the one that shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore  # QtCore.Qt only inside functions: see guide_app/ui/main_window.py
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

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
        on_browser: Callable[[SectionBrowser], None] | None = None,
    ) -> None:
        """``on_browser`` is called with the page's text browser when it is made (the window
        connects its links and puts it in the tab order)."""
        super().__init__(parent)
        self.section = section
        self._render = render
        self._style_sheet = style_sheet
        self._on_browser = on_browser
        self._rendered = False
        self._browser: SectionBrowser | None = None
        self._body_font: QFont | None = None
        self.extra: QWidget | None = None
        self._extra_factory: Callable[[], QWidget] | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def browser(self) -> SectionBrowser:
        """The section's text browser, made on first use."""
        if self._browser is None:
            browser = SectionBrowser(self)
            browser.setObjectName(f"section-{self.section.id}")
            # Must be set before the HTML: Qt applies a document style sheet while parsing.
            browser.document().setDefaultStyleSheet(self._style_sheet)
            browser.document().setDocumentMargin(DOCUMENT_MARGIN)
            if self._body_font is not None:
                browser.document().setDefaultFont(self._body_font)
            browser.setAccessibleName(self.section.title)
            self._layout.insertWidget(0, browser, 1)
            self._browser = browser
            if self._on_browser is not None:
                self._on_browser(browser)
        return self._browser

    def set_extra(self, factory: Callable[[], QWidget]) -> None:
        """A small tool shown under the text (the care team's card), built when first shown."""
        self._extra_factory = factory

    @property
    def rendered(self) -> bool:
        return self._rendered

    def ensure_rendered(self) -> None:
        """Render on first need: rendering all sections at start would delay the first paint."""
        if not self._rendered:
            self._rendered = True
            self.browser.setHtml(self._render(self.section))
        if self._extra_factory is not None and self.extra is None:
            self._add_extra(self._extra_factory())

    def _add_extra(self, extra: QWidget) -> None:
        """The text above, the tool below, with a handle between them to give either more room.

        Built only for the pages that have a tool, and only when it is first shown."""
        self.extra = extra
        splitter = QSplitter(QtCore.Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        self._layout.replaceWidget(self.browser, splitter)
        splitter.addWidget(self.browser)
        # In a scroll area: at large text sizes the tool may need more height than the
        # screen has, and it must not push the window past the screen's edge.
        holder = QScrollArea(splitter)
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder.setWidget(extra)
        splitter.addWidget(holder)
        # The text gets the room; the tool (the care team's card: the checklist and the question
        # list have pages of their own) the height it needs, and the handle gives it more.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([self.height(), extra.sizeHint().height()])
        # A child added to a page already on screen is shown by its layout only later (queued);
        # show it now, so that the tool is usable as soon as this returns.
        splitter.show()

    def set_body_font(self, font: QFont) -> None:
        self._body_font = QFont(font)
        if self._browser is not None:
            self._browser.document().setDefaultFont(font)

    def body_font(self) -> QFont | None:
        return self._body_font
