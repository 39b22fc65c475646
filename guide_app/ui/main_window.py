"""The guide's window: sections as side tabs, search beside them, text size above.

Start-up note, for this module and the others that build the first page: PySide6 builds its whole
``Qt`` namespace (every enum in it) the first time ``QtCore.Qt`` is looked up, about 12 ms, more
than the rest of the window's widgets. Nothing the first paint needs requires it, so these
modules import ``QtCore`` and look ``QtCore.Qt`` up inside the functions that run later, never
``from PySide6.QtCore import Qt`` at the top. ``tests/ui/test_startup_path.py`` checks this, and
``benchmarks/README.md`` has the figures."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from guide_app.core.content import Bundle, Section
from guide_app.core.problems import Problem
from guide_app.ui.flow_layout import FlowLayout
from guide_app.ui.heading_label import HeadingLabel
from guide_app.ui.languages import Retranslated
from guide_app.ui.search_panel import SearchPanel
from guide_app.ui.section_page import SectionPage
from guide_app.ui.settings import TEXT_SCALE_STEP, GuideSettings
from guide_app.ui.side_tabs import SideTabs
from guide_app.ui.theme import current_theme
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS, TOOL_IDS, ToolPage

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # its enums cost ~1.5 ms to set up; links come later

    from guide_app.core.glossary import GlossaryTerm
    from guide_app.core.search import SearchResult
    from guide_app.ui.address_dialog import AddressDialog
    from guide_app.ui.glossary_popup import GlossaryPopup

BODY_TEXT_FACTOR = 1.2  # section text a little larger than the interface text
MAX_PROBLEMS_SHOWN = 5


class MainWindow(Retranslated, QMainWindow):
    language_chosen = Signal(str)  # a language code; app.py opens a window in it

    def __init__(
        self,
        bundle: Bundle,
        glossary_term: Callable[[str], GlossaryTerm | None],
        render: Callable[[Section], str],
        settings: GuideSettings,
        base_font: QFont,
        style_sheet: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bundle = bundle
        self._glossary_term = glossary_term  # looks a term up by its id
        self._render = render
        self._style_sheet = style_sheet
        self.settings = settings
        self._base_font = QFont(base_font)
        self._problems: list[Problem] = []
        self._popup: GlossaryPopup | None = None
        self._tool_counts: dict[str, int] = {}  # shown once the family's lists are loaded
        self.addresses_as_qr = False  # a kiosk shows web addresses as QR codes too
        self.languages: list[tuple[str, str]] = []  # offered, as (code, own name): set_languages
        self.language = ""  # the one shown

        # Both bars show plain text (file names, messages), never rich text: see _set_plain_text.
        self.problem_banner = QLabel(self)
        self.problem_banner.setWordWrap(True)
        self.problem_banner.setObjectName("problem-banner")
        self.problem_banner.setVisible(False)
        # Calm notices for the family (their saved lists could not be read, or saved).
        self.notice_bar = QLabel(self)
        self.notice_bar.setWordWrap(True)
        self.notice_bar.setObjectName("notice-bar")
        theme = current_theme()  # a calm colour, not an urgency level's
        self.notice_bar.setStyleSheet(
            f"background:{theme.notice_background}; color:{theme.notice_text}; padding:8px;"
        )
        self.notice_bar.setVisible(False)

        self.title_label = HeadingLabel(1.3, self)
        self.title_label.setObjectName("guide-title")
        self.title_label.setWordWrap(True)  # at large text sizes it wraps rather than widen
        self.smaller_button = QPushButton(self)
        self.larger_button = QPushButton(self)
        self.text_size_label = QLabel(self)
        for button in (self.smaller_button, self.larger_button):
            button.setMinimumSize(44, 44)
        self.language_box = QComboBox(self)
        self.language_box.setMinimumHeight(44)
        self.language_box.setVisible(False)  # until there is a choice (set_languages)

        self.tabs = SideTabs(self)
        self.search = SearchPanel(self)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(340)

        self.search.field.setMinimumWidth(240)
        self.search.field.setMinimumHeight(36)
        self.search.setVisible(False)
        top_bar = QHBoxLayout()
        top_bar.addWidget(self.title_label, 1)
        # The controls wrap onto a second row when they do not fit (200% text, a narrow screen).
        controls = QWidget(self)
        controls_layout = FlowLayout(controls)
        for control in (
            self.search.field,
            self.smaller_button,
            self.text_size_label,
            self.larger_button,
            self.language_box,
        ):
            controls_layout.addWidget(control)
        top_bar.addWidget(controls, 2)
        self._top_bar = controls_layout
        body = QHBoxLayout()
        body.addWidget(self.tabs, 1)
        body.addWidget(self.search)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.problem_banner)
        layout.addWidget(self.notice_bar)
        layout.addLayout(top_bar)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.smaller_button.clicked.connect(self._on_smaller)
        self.larger_button.clicked.connect(self._on_larger)
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, self._on_larger)
        QShortcut(QKeySequence("Ctrl+="), self, self._on_larger)
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, self._on_smaller)
        QShortcut(QKeySequence("Ctrl+0"), self, self._on_reset_text_size)
        QShortcut(QKeySequence("Ctrl+F"), self, self._on_find)
        self.settings.text_scale_changed.connect(self._on_text_scale_changed)
        self.tabs.current_changed.connect(self._on_tab_changed)
        self.search.result_chosen.connect(self._on_search_result)

        self._build_pages()
        self._apply_text_scale(self.settings.text_scale)
        self.retranslate_ui()
        self.resize(1100, 760)

    # --- building -----------------------------------------------------------------------------

    def _build_pages(self) -> None:
        pages: list[tuple[QWidget, str, str]] = []
        for section in self.bundle.sections:
            page = SectionPage(
                section, self._render, self._style_sheet, self.tabs, self._on_browser_made
            )
            pages.append((page, section.short_title, section.title))
        # The family's tools, each on a page of its own, near the top where a family finds them:
        # right after the first section. Their names are set by retranslate_ui.
        self.tool_pages = {tool_id: ToolPage(tool_id, self.tabs) for tool_id in TOOL_IDS}
        first_tool = min(1, len(pages))
        for offset, tool_page in enumerate(self.tool_pages.values()):
            pages.insert(first_tool + offset, (tool_page, "", ""))
        self.tabs.set_pages(pages)
        # Tab goes along the top bar, then to the section names, then into the open section:
        # reading order, not the order the widgets were made in.
        chain = [self.search.field, self.smaller_button, self.larger_button, self.language_box]
        chain.append(self.tabs.names)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _on_browser_made(self, browser: QWidget) -> None:
        """A section's text browser, made when first needed: its links go to the window's one
        router, and Tab from the section names goes into it (only the open section's is shown,
        so the others in the chain are passed over)."""
        browser.anchorClicked.connect(self._on_anchor_clicked)  # type: ignore[attr-defined]
        QWidget.setTabOrder(self.tabs.names, browser)

    def add_to_top_bar(self, widget: QWidget) -> None:
        """A control of the mode the guide runs in (the kiosk's "Start over"), at the bar's end."""
        self._top_bar.addWidget(widget)

    def set_languages(self, languages: list[tuple[str, str]], current: str) -> None:
        """The languages to offer, as ``(code, own name)``, and the one shown now."""
        self.language_box.blockSignals(True)
        self.language_box.clear()
        for code, name in languages:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(current))
        self.language_box.blockSignals(False)
        self.language_box.setVisible(len(languages) > 1)
        self.language_box.currentIndexChanged.connect(self._on_language_chosen)
        self.languages = list(languages)
        self.language = current

    def _on_language_chosen(self, index: int) -> None:
        self.language_chosen.emit(self.language_box.itemData(index))

    def current_section_id(self) -> str | None:
        """The open section's id, or the open tool's (``tool_page.CHECKLIST`` ...)."""
        page = self.tabs.current_page()
        if isinstance(page, ToolPage):
            return page.tool_id
        return page.section.id if isinstance(page, SectionPage) else None

    def pages(self) -> list[SectionPage]:
        """The sections' pages, in order (not the tools' pages)."""
        pages = (self.tabs.page(i) for i in range(self.tabs.count()))
        return [page for page in pages if isinstance(page, SectionPage)]

    def tool(self, tool_id: str) -> QWidget | None:
        """The tool on its page (built now if need be); None until the lists are loaded."""
        return self.tool_pages[tool_id].ensure_built()

    def set_tool(self, tool_id: str, factory: Callable[[], tuple[QWidget, QWidget | None]]) -> None:
        """Give a tool's page its tool (and the bar of actions under it), built when shown."""
        page = self.tool_pages[tool_id]
        page.set_tool(factory)
        if page is self.tabs.current_page():
            page.ensure_built()

    def set_tool_count(self, tool_id: str, count: int) -> None:
        """How many items the tool holds, shown beside its name in the section list."""
        self._tool_counts[tool_id] = count
        self._name_tool(tool_id)

    def _name_tool(self, tool_id: str) -> None:
        names = {
            CHECKLIST: (
                self.tr("My symptom checklist"),
                self.tr("Signs you have ticked: %n", "", self._tool_counts.get(CHECKLIST, 0)),
            ),
            QUESTIONS: (
                self.tr("My questions"),
                self.tr("Questions on your list: %n", "", self._tool_counts.get(QUESTIONS, 0)),
            ),
        }
        name, description = names[tool_id]
        count = self._tool_counts.get(tool_id)
        shown = name if count is None else f"{name} ({count})"
        index = self.tabs.index_of(self.tool_pages[tool_id])
        self.tabs.set_name(index, shown, description if count is not None else name)

    def page(self, section_id: str) -> SectionPage | None:
        return next((p for p in self.pages() if p.section.id == section_id), None)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Family guide to relapsed childhood ALL"))
        self.title_label.setText(self.tr("Family guide to relapsed childhood ALL"))
        self.smaller_button.setText(self.tr("A−"))
        self.smaller_button.setToolTip(self.tr("Smaller text (Ctrl -)"))
        self.smaller_button.setAccessibleName(self.tr("Smaller text"))
        self.larger_button.setText(self.tr("A+"))
        self.larger_button.setToolTip(self.tr("Larger text (Ctrl +)"))
        self.larger_button.setAccessibleName(self.tr("Larger text"))
        self.tabs.names.setAccessibleName(self.tr("Sections of the guide"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.setToolTip(self.tr("Language of the guide"))
        self._show_text_scale(self.settings.text_scale)
        self._show_problems()
        for page in self.pages():
            index = self.tabs.index_of(page)
            self.tabs.set_name(index, page.section.short_title, page.section.title)
        for tool_id in self.tool_pages:
            self._name_tool(tool_id)

    def set_extra(self, section_id: str, factory: Callable[[], QWidget]) -> None:
        page = self.page(section_id)
        if page is not None:
            page.set_extra(factory)
            if page is self.tabs.current_page():
                page.ensure_rendered()

    def show_notice(self, text: str) -> None:
        _set_plain_text(self.notice_bar, text)
        self.notice_bar.setVisible(True)
        self.notice_bar.setAccessibleName(text)

    def withdraw_notice(self, text: str) -> None:
        """Hide the notice if it still says ``text`` (what it says is no longer true)."""
        if self.notice_bar.accessibleName() == text:
            self.notice_bar.setVisible(False)
            self.notice_bar.setAccessibleName("")

    # --- problems with the content ------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        self._show_problems()

    def _show_problems(self) -> None:
        if not self._problems:
            self.problem_banner.setVisible(False)
            return
        shown = [str(p) for p in self._problems[:MAX_PROBLEMS_SHOWN]]
        more = len(self._problems) - len(shown)
        text = (
            self.tr("Part of this guide could not be loaded. For clinic staff:")
            + "\n"
            + "\n".join(shown)
        )
        if more:
            text += "\n" + self.tr("…and %n more.", "", more)
        _set_plain_text(self.problem_banner, text)
        self.problem_banner.setVisible(True)

    # --- navigation ---------------------------------------------------------------------------

    def show_section(self, section_id: str, anchor: str = "") -> bool:
        """Open a section (at ``anchor``), or a tool's page by its id."""
        if section_id in self.tool_pages:
            tool_page = self.tool_pages[section_id]
            self.tabs.set_current_index(self.tabs.index_of(tool_page))
            tool_page.ensure_built()
            return True
        for page in self.pages():
            if page.section.id == section_id:
                self.tabs.set_current_index(self.tabs.index_of(page))
                page.ensure_rendered()
                page.browser.clear_highlight()
                if anchor:
                    page.browser.scrollToAnchor(anchor)
                else:
                    page.browser.verticalScrollBar().setValue(0)
                return True
        return False

    def _on_tab_changed(self, index: int) -> None:
        page = self.tabs.page(index)
        if isinstance(page, SectionPage):
            page.ensure_rendered()
        elif isinstance(page, ToolPage):
            page.ensure_built()

    def _on_anchor_clicked(self, url: QUrl) -> None:
        from guide_app.core.links import LinkKind, classify  # not needed for the first page

        kind, target, anchor = classify(url.toString())
        if kind is LinkKind.SECTION:
            current = self.tabs.current_page()
            section_id = target or (current.section.id if isinstance(current, SectionPage) else "")
            self.show_section(section_id, anchor)
        elif kind is LinkKind.GLOSSARY:
            self.show_glossary_term(target)  # an unknown term shows nothing
        elif kind is LinkKind.EXTERNAL:
            self.show_address(target)
        # Anything else (file:, javascript:, mailto: ...) is ignored on purpose.

    def show_glossary_term(self, term_id: str) -> GlossaryPopup | None:
        from guide_app.ui.glossary_popup import GlossaryPopup  # built on first use

        term = self._glossary_term(term_id)
        if term is None:
            return None
        if self._popup is not None:
            self._popup.close()
        self._popup = GlossaryPopup(term, self)
        self._popup.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self._popup.destroyed.connect(self._on_popup_destroyed)
        self._popup.open()
        return self._popup

    def _on_popup_destroyed(self) -> None:
        self._popup = None

    def show_address(self, address: str) -> AddressDialog:
        from guide_app.ui.address_dialog import AddressDialog  # built on first use

        dialog = AddressDialog(address, self, as_qr=self.addresses_as_qr)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_search_result(self, result: SearchResult) -> None:
        if self.show_section(result.section_id, result.anchor):
            page = self.page(result.section_id)
            if page is not None:
                page.browser.highlight(result)
                page.browser.setFocus()

    def _on_find(self) -> None:
        self.search.field.setFocus()
        self.search.field.selectAll()

    # --- text size ----------------------------------------------------------------------------

    def _on_larger(self) -> None:
        self.settings.set_text_scale(self.settings.text_scale + TEXT_SCALE_STEP)

    def _on_smaller(self) -> None:
        self.settings.set_text_scale(self.settings.text_scale - TEXT_SCALE_STEP)

    def _on_reset_text_size(self) -> None:
        self.settings.set_text_scale(100)

    def retire(self) -> None:
        """This window is about to be replaced (a kiosk's wipe): it stops following the text
        size, so that going back to the kiosk's size does not restyle every one of its widgets
        (about 1 ms each) on its way out. The next window starts at the size in force."""
        self.settings.text_scale_changed.disconnect(self._on_text_scale_changed)

    def _on_text_scale_changed(self, percent: int) -> None:
        self._apply_text_scale(percent)
        # Not at start: widgets not yet shown take the font when they are first polished.
        _refresh_styled_fonts()

    def _apply_text_scale(self, percent: int) -> None:
        interface = QFont(self._base_font)
        interface.setPointSizeF(self._base_font.pointSizeF() * percent / 100)
        # The application's font, not the window's: dialogs and popups follow it too.
        QApplication.setFont(interface)
        body = QFont(interface)
        body.setPointSizeF(interface.pointSizeF() * BODY_TEXT_FACTOR)
        for page in self.pages():
            page.set_body_font(body)
        self._show_text_scale(percent)

    def body_font(self) -> QFont:
        pages = self.pages()
        font = pages[0].body_font() if pages else None
        return font if font is not None else self.font()

    def _show_text_scale(self, percent: int) -> None:
        self.text_size_label.setText(self.tr("Text %1%").replace("%1", str(percent)))
        self.text_size_label.setAccessibleName(
            self.tr("Text size %1 percent").replace("%1", str(percent))
        )


def _refresh_styled_fonts() -> None:
    """Qt's style-sheet style fixes a styled widget's font when it polishes the widget, so a
    new application font does not reach widgets that have a style sheet (the notice bar, the
    checklist's labels). Setting the same sheet again polishes them with the new font.

    ``allWidgets()`` gives PySide6 every widget, Qt's own parts too, as a Python object, which
    costs about 10 ms the first time: a change of text size can afford it, the start cannot."""
    for widget in QApplication.allWidgets():
        if sheet := widget.styleSheet():
            widget.setStyleSheet(sheet)


def _set_plain_text(label: QLabel, text: str) -> None:
    """Show ``text`` exactly as it is: a file name or message with ``<`` is not markup.

    The format is set with the text, not when the label is made: these bars are rarely shown,
    and the first look-up of ``QtCore.Qt`` costs about 12 ms (see the module's docstring)."""
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setText(text)
