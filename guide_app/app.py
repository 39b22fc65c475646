"""Wiring: builds the content, the settings and the window, and connects them (Mu's ``run()``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from guide_app import __version__
from guide_app.core.check import link_problems
from guide_app.core.content import Bundle, Section, load_bundle
from guide_app.core.glossary import Glossary, load_glossary
from guide_app.core.html_text import text_blocks
from guide_app.core.render import RenderLabels, render_section
from guide_app.core.search import SearchIndex
from guide_app.resources import content_root, style_root
from guide_app.ui.main_window import MainWindow
from guide_app.ui.settings import APPLICATION, ORGANIZATION, GuideSettings

DEFAULT_LANGUAGE = "en"


class SectionRenderer:
    """Renders each section once and keeps the HTML: the tab and the search index share it."""

    def __init__(self, bundle: Bundle, glossary: Glossary, labels: RenderLabels) -> None:
        self._bundle = bundle
        self._glossary = glossary
        self._labels = labels
        self._html: dict[str, str] = {}

    def __call__(self, section: Section) -> str:
        if section.id not in self._html:
            self._html[section.id] = render_section(
                section, self._bundle, self._glossary, self._labels
            )
        return self._html[section.id]


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


def build_search_index(bundle: Bundle, renderer: SectionRenderer) -> SearchIndex:
    blocks = [block for s in bundle.sections for block in text_blocks(s.id, renderer(s))]
    return SearchIndex({s.id: s.title for s in bundle.sections}, blocks)


def create_window(language: str = DEFAULT_LANGUAGE, root: Path | None = None) -> MainWindow:
    """The guide's window for a language, with its content loaded; the app must exist."""
    root = root if root is not None else content_root()
    bundle = load_bundle(root, language)
    glossary = load_glossary(root, language)
    renderer = SectionRenderer(bundle, glossary, render_labels())
    app = QApplication.instance()
    style_sheet = (style_root() / "guide.css").read_text(encoding="utf-8")
    window = MainWindow(
        bundle, glossary, renderer, GuideSettings(), app.font(), style_sheet  # type: ignore[union-attr]
    )
    window.set_problems(bundle.problems)

    def finish_loading() -> None:
        # After the first paint: the search index renders every section, and link checks read
        # them all; neither is needed to show the first page.
        window.search.set_index(build_search_index(bundle, renderer))
        window.set_problems(bundle.problems + link_problems(bundle.sections, glossary.ids()))

    QTimer.singleShot(0, finish_loading)
    return window


def run(language: str = DEFAULT_LANGUAGE, section: str | None = None, argv: Sequence[str] = ()) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    window = create_window(language)
    if section:
        window.show_section(section)
    window.show()
    return app.exec()
