"""One language of the guide, with no Qt: its sections, glossary, section HTML, search index,
symptom data and question bank.

A window shows one ``Library``; switching language, a kiosk's "Start over" or the self-test build
a fresh window over another (or the same) library, while the family's lists live on outside it.
What the first page does not need (the glossary, the renderer, the search index, the symptom and
question data) is loaded on first use.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from guide_app.core.content import Bundle, Section, language_file, load_bundle, parse_section
from guide_app.core.problems import ContentError, Problem
from guide_app.core.render_inputs import RenderLabels, render_key, renderer_fingerprint

if TYPE_CHECKING:
    from guide_app.core.glossary import Glossary, GlossaryTerm
    from guide_app.core.question_bank import QuestionBank
    from guide_app.core.search import SearchIndex
    from guide_app.core.symptoms import Symptom


class HtmlStore(Protocol):
    """Section HTML kept by ``render_key``: files on disk (``RenderedCache``) or memory."""

    def get(self, language: str, section_id: str, key: str) -> str | None: ...

    def put(self, language: str, section_id: str, key: str, html: str) -> bool: ...


class MemoryHtmlStore:
    """Section HTML kept for the run only: the kiosk and self-test profiles write no files."""

    def __init__(self) -> None:
        self._html: dict[tuple[str, str], tuple[str, str]] = {}

    def get(self, language: str, section_id: str, key: str) -> str | None:
        kept = self._html.get((language, section_id))
        return kept[1] if kept is not None and kept[0] == key else None

    def put(self, language: str, section_id: str, key: str, html: str) -> bool:
        self._html[(language, section_id)] = (key, html)
        return True


class SectionRenderer:
    """Each section's HTML, made once: the page and the search index share it.

    HTML made earlier from the same inputs is taken from ``shipped`` (rendered when the guide was
    built, read-only) or ``kept`` (the profile's store), so a start does not import Markdown for
    the page it shows; what had to be rendered live is put in ``kept``. ``fingerprint`` names the
    renderer in the keys (see ``render_key``).
    """

    def __init__(
        self,
        library: Library,
        labels: RenderLabels,
        shipped: HtmlStore | None = None,
        kept: HtmlStore | None = None,
        fingerprint: str | None = None,
    ) -> None:
        self._library = library
        self._labels = labels
        self._fingerprint = fingerprint if fingerprint is not None else renderer_fingerprint()
        self._stores = [store for store in (shipped, kept) if store is not None]
        self._kept = kept
        self._html: dict[str, str] = {}
        self.rendered_live: list[str] = []  # ids of the sections Markdown had to render

    def __call__(self, section: Section) -> str:
        if section.id not in self._html:
            self._html[section.id] = self._kept_or_rendered(section)
        return self._html[section.id]

    def _kept_or_rendered(self, section: Section) -> str:
        library = self._library
        language = library.language
        section = library.full(section)
        # Only "About this guide" shows (and so is keyed by) every section's sources.
        bundle = library.full_bundle() if section.generated == "sources" else library.bundle
        key = render_key(section, bundle, library.glossary, self._labels, self._fingerprint)
        for store in self._stores:
            if (html := store.get(language, section.id, key)) is not None:
                return html
        # Imported here: the renderer, and Markdown, only when no HTML was kept.
        from guide_app.core.render import render_section

        self.rendered_live.append(section.id)
        html = render_section(section, bundle, library.glossary(), self._labels)
        if self._kept is not None:
            self._kept.put(language, section.id, key, html)
        return html


class Library:
    """Everything the guide shows in one language: the sections' titles at once (without their
    sources), the rest on use."""

    def __init__(
        self,
        root: Path,
        language: str,
        labels: RenderLabels,
        shipped: tuple[HtmlStore, str] | None = None,
        kept: HtmlStore | None = None,
    ) -> None:
        """``shipped``: the HTML rendered at build time and its renderer's fingerprint."""
        self.root = root
        self.language = language
        self.bundle: Bundle = load_bundle(root, language, with_sources=False)
        store, fingerprint = shipped if shipped is not None else (None, None)
        self.render = SectionRenderer(self, labels, store, kept, fingerprint)
        self._data_problems: list[Problem] = []
        # The whole content's problems and its links', found once, at the first need.
        self._full_problems: list[Problem] | None = None
        self._link_problems: list[Problem] = []
        self._full: dict[str, Section] = {}

    def full(self, section: Section) -> Section:
        """The section with its sources: its own file read again, once (not every section's:
        the first page needs only its own)."""
        if section.sources_loaded:
            return section
        if section.id not in self._full:
            try:
                text = section.path.read_text(encoding="utf-8")
                full = parse_section(text, section.path, section.language)
            except (ContentError, OSError, UnicodeDecodeError):
                full = section  # its problem is reported with the rest (problems())
            self._full[section.id] = replace(full, fallback_for=section.fallback_for)
        return self._full[section.id]

    @functools.cache  # noqa: B019 (one library per language lives for the whole run)
    def full_bundle(self) -> Bundle:
        """Every section with its sources: read when a section is first shown."""
        return load_bundle(self.root, self.language)

    def glossary(self) -> Glossary:
        """The glossary, read on first use ("Words to know", a glossary link, the link checks)."""
        return self._glossary

    @functools.cached_property
    def _glossary(self) -> Glossary:
        from guide_app.core.glossary import load_glossary

        return load_glossary(self.root, self.language)

    def glossary_term(self, term_id: str) -> GlossaryTerm | None:
        return self.glossary().get(term_id)

    @functools.cached_property
    def symptoms(self) -> Sequence[Symptom]:
        """The symptom checklist's data; none (and a problem) when its file is broken."""
        from guide_app.core.symptoms import load_symptoms

        try:
            return load_symptoms(self._file("symptoms.toml"))
        except ContentError as error:
            self._data_problems.append(error.problem)
            return ()

    @functools.cached_property
    def question_bank(self) -> QuestionBank:
        """The question bank; an empty one (and a problem) when its file is broken."""
        from guide_app.core.question_bank import QuestionBank, load_question_bank

        try:
            return load_question_bank(self._file("questions.toml"))
        except ContentError as error:
            self._data_problems.append(error.problem)
            return QuestionBank((), ())

    @functools.cached_property
    def search_index(self) -> SearchIndex:
        """Every section's text, for search: renders every section, so it is built off the
        first paint."""
        from guide_app.core.html_text import text_blocks
        from guide_app.core.search import SearchIndex

        sections = self.bundle.sections
        blocks = [block for s in sections for block in text_blocks(s.id, self.render(s))]
        return SearchIndex({s.id: s.title for s in sections}, blocks)

    def problems(self, *, with_links: bool = False) -> list[Problem]:
        """What could not be loaded (for clinic staff); ``with_links`` checks every link too,
        which reads the glossary."""
        if not with_links:
            return list(self.bundle.problems) + self._data_problems
        if self._full_problems is None:  # the content does not change during a run
            from guide_app.core.link_check import link_problems

            full = self.full_bundle()  # reads every file: once, not at each window
            self._full_problems = list(full.problems)
            self._link_problems = link_problems(full.sections, self.glossary().ids())
        return self._full_problems + self._data_problems + self._link_problems

    def _file(self, name: str) -> Path:
        return language_file(self.root, self.language, name)
