"""Wiring: builds the content, the settings and the window, and connects them (Mu's ``run()``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# The Qt-free modules come before PySide6: PySide6's import hook reads the source of every module
# imported after it (looking for "from __feature__ import"), which costs each one time at start.
from guide_app import __version__
from guide_app.core.content import Bundle, Section, language_file, load_bundle
from guide_app.core.problems import ContentError, Problem
from guide_app.core.render_inputs import RenderLabels, render_key
from guide_app.core.rendered_cache import RenderedCache
from guide_app.resources import content_root, style_root

# isort: split
from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from guide_app.ui.first_paint import after_first_paint
from guide_app.ui.main_window import MainWindow
from guide_app.ui.selection_colours import apply_selection_colours
from guide_app.ui.settings import (
    APPLICATION,
    ORGANIZATION,
    GuideSettings,
    keep_settings_in_guide_folder,
)

if TYPE_CHECKING:
    from guide_app.core.glossary import Glossary, GlossaryTerm
    from guide_app.core.search import SearchIndex
    from guide_app.core.storage import ListsStore
    from guide_app.ui.family_lists_model import FamilyListsModel
    from guide_app.ui.sheet_actions import SheetActions

DEFAULT_LANGUAGE = "en"
SYMPTOMS_SECTION = "signs-and-symptoms"
QUESTIONS_SECTION = "questions"
_BASE_FONT_PROPERTY = "guideBaseFont"


class SectionRenderer:
    """Renders each section once and keeps the HTML: the tab and the search index share it.

    With a cache, HTML rendered by an earlier run from the same content is taken from it, so that
    a start does not import Markdown for the page it shows; what had to be rendered is kept there.
    """

    def __init__(
        self,
        bundle: Bundle,
        glossary: Callable[[], Glossary],
        labels: RenderLabels,
        cache: RenderedCache | None = None,
    ) -> None:
        """``glossary`` loads the glossary; it is called only to render "Words to know"."""
        self._bundle = bundle
        self._glossary = glossary
        self._labels = labels
        self._cache = cache
        self._html: dict[str, str] = {}
        self.rendered_live: list[str] = []  # ids of the sections Markdown had to render

    def __call__(self, section: Section) -> str:
        if section.id not in self._html:
            self._html[section.id] = self._kept_or_rendered(section)
        return self._html[section.id]

    def _kept_or_rendered(self, section: Section) -> str:
        if self._cache is None:
            return self._render_live(section)
        key = render_key(section, self._bundle, self._glossary, self._labels)
        html = self._cache.get(self._bundle.language, section.id, key)
        if html is None:
            html = self._render_live(section)
            self._cache.put(self._bundle.language, section.id, key, html)
        return html

    def _render_live(self, section: Section) -> str:
        # Imported here: the renderer, and Markdown, only when there is no kept HTML.
        from guide_app.core.render import render_section

        self.rendered_live.append(section.id)
        return render_section(section, self._bundle, self._glossary(), self._labels)


def render_labels() -> RenderLabels:
    translate = QCoreApplication.translate
    return RenderLabels(
        sources=translate("Content", "Sources"),
        reviewed=translate("Content", "Last reviewed: {date}"),
        fallback=translate(
            "Content",
            "This section is not yet available in your language. It is shown in English.",
        ),
        see_also=translate("Content", "See also:"),
    )


def _base_font(app: QApplication) -> QFont:
    """The interface font at 100%: the application's font when the first window was made (the
    text-size control changes the application's font afterwards)."""
    stored = app.property(_BASE_FONT_PROPERTY)
    if isinstance(stored, QFont):
        return stored
    base = QFont(app.font())
    app.setProperty(_BASE_FONT_PROPERTY, base)
    return base


def default_rendered_cache() -> RenderedCache:
    """Kept section HTML in the user's cache folder (``~/.cache/<organization>/<application>``
    on Linux); the organization and application names must be set first."""
    location = QStandardPaths.StandardLocation.CacheLocation
    return RenderedCache(Path(QStandardPaths.writableLocation(location)) / "rendered")


def build_search_index(bundle: Bundle, renderer: SectionRenderer) -> SearchIndex:
    from guide_app.core.html_text import text_blocks
    from guide_app.core.search import SearchIndex

    blocks = [block for s in bundle.sections for block in text_blocks(s.id, renderer(s))]
    return SearchIndex({s.id: s.title for s in bundle.sections}, blocks)


def _laptop_store() -> ListsStore:
    """The family's lists in a JSON file in the user's data folder, locked while the guide runs."""
    from guide_app.core.storage import JsonFileStore, default_lists_path
    from guide_app.ui.lists_lock import ListsLockFile

    path = default_lists_path()
    return JsonFileStore(path, lock=ListsLockFile(path))


class GlossaryOnDemand:
    """The glossary, loaded the first time it is needed ("Words to know", a glossary link, the
    link checks): the first page does not need it. Calling it gives the glossary."""

    def __init__(self, root: Path, language: str) -> None:
        self._root = root
        self._language = language
        self._glossary: Glossary | None = None

    def __call__(self) -> Glossary:
        if self._glossary is None:
            from guide_app.core.glossary import load_glossary

            self._glossary = load_glossary(self._root, self._language)
        return self._glossary

    def term(self, term_id: str) -> GlossaryTerm | None:
        return self().get(term_id)


class Guide(QObject):
    """One open guide: its content, its window, and (after the first paint) the family's tools."""

    loaded = Signal()  # the search index, link checks and family tools are ready

    def __init__(
        self,
        language: str = DEFAULT_LANGUAGE,
        root: Path | None = None,
        store_factory: Callable[[], ListsStore] | None = None,
        rendered_cache: RenderedCache | None = None,
    ) -> None:
        """``rendered_cache`` defaults to the user's cache folder; tests pass their own."""
        super().__init__()
        self.language = language
        self.root = root if root is not None else content_root()
        self._store_factory = store_factory or _laptop_store
        self.bundle = load_bundle(self.root, language)
        self.glossary = GlossaryOnDemand(self.root, language)
        self.renderer = SectionRenderer(
            self.bundle,
            self.glossary,
            render_labels(),
            rendered_cache if rendered_cache is not None else default_rendered_cache(),
        )
        app = QApplication.instance()
        apply_selection_colours(app)  # type: ignore[arg-type]
        style_sheet = (style_root() / "guide.css").read_text(encoding="utf-8")
        self.window = MainWindow(
            self.bundle,
            self.glossary.term,
            self.renderer,
            GuideSettings(),
            _base_font(app),  # type: ignore[arg-type]
            style_sheet,
        )
        self.setParent(self.window)  # lives as long as its window
        self.window.set_problems(self.bundle.problems)
        self.lists_model: FamilyListsModel | None = None
        self.sheet_actions: SheetActions | None = None
        self.is_loaded = False
        after_first_paint(self.window, self.finish_loading)

    def finish_loading(self) -> None:
        """What the first page does not need: the search index (it renders every section), the
        link checks, and the family's lists with the checklist and question builder."""
        if self.is_loaded:
            return
        self.is_loaded = True
        from guide_app.core.link_check import link_problems

        problems = list(self.bundle.problems)
        self._add_family_tools(problems)
        self.window.search.set_index(build_search_index(self.bundle, self.renderer))
        problems += link_problems(self.bundle.sections, self.glossary().ids())
        self.window.set_problems(problems)
        self.loaded.emit()

    def _add_family_tools(self, problems: list[Problem]) -> None:
        """The symptom checklist and the question builder, under their sections, over one model."""
        # Imported here: none of it is needed to show the first page.
        from guide_app.core.question_bank import QuestionBank, load_question_bank
        from guide_app.core.symptoms import Symptom, load_symptoms
        from guide_app.ui.checklist_widget import ChecklistWidget
        from guide_app.ui.family_lists_model import FamilyListsModel
        from guide_app.ui.question_builder import QuestionBuilder
        from guide_app.ui.sheet_actions import SheetActions

        window = self.window
        model = FamilyListsModel(self._store_factory(), window)
        self.lists_model = model
        model.problem.connect(window.show_notice)
        model.problem_resolved.connect(window.withdraw_notice)
        if (notice := model.notice_text()) is not None:
            window.show_notice(notice)
        # Changes are saved a moment after each edit; quitting saves what is still pending and
        # lets the lists' lock go.
        QCoreApplication.instance().aboutToQuit.connect(model.close)  # type: ignore[union-attr]

        symptoms: list[Symptom] = []
        try:
            symptoms = load_symptoms(language_file(self.root, self.language, "symptoms.toml"))
        except ContentError as error:
            problems.append(error.problem)
        bank = QuestionBank((), ())
        try:
            bank = load_question_bank(language_file(self.root, self.language, "questions.toml"))
        except ContentError as error:
            problems.append(error.problem)

        actions = SheetActions(model, bank, symptoms, self.language, window)
        self.sheet_actions = actions

        def make_builder() -> QuestionBuilder:
            builder = QuestionBuilder(bank, model)
            builder.preview_requested.connect(actions.preview)
            builder.print_requested.connect(actions.print_sheet)
            builder.save_pdf_requested.connect(actions.save_pdf)
            return builder

        window.set_extra(SYMPTOMS_SECTION, lambda: ChecklistWidget(symptoms, model))
        window.set_extra(QUESTIONS_SECTION, make_builder)


def run(
    language: str = DEFAULT_LANGUAGE, section: str | None = None, argv: Sequence[str] = ()
) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    keep_settings_in_guide_folder()
    guide = Guide(language)
    if section:
        guide.window.show_section(section)
    guide.window.show()
    return app.exec()
