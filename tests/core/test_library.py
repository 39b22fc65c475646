"""One language's library: the tabs need only the sections' titles at start; a section shown
has its sources, and About has every section's."""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

from guide_app.core.library import Library, MemoryHtmlStore
from guide_app.core.render_inputs import RenderLabels
from guide_app.resources import content_root


def test_the_start_reads_no_sources_and_a_shown_section_has_its_own(
    labels: RenderLabels,
) -> None:
    library = Library(content_root(), "en", labels, kept=MemoryHtmlStore())
    assert all(not s.sources_loaded and s.sources == () for s in library.bundle.sections)
    treatment = next(s for s in library.bundle.sections if s.id == "treatment")
    html = library.render(treatment)
    full = library.full(treatment)
    assert full.sources and all(escape(source.url) in html for source in full.sources)
    about = next(s for s in library.bundle.sections if s.generated == "sources")
    about_html = library.render(about)
    everyone = library.full_bundle().sections
    assert all(escape(source.url) in about_html for s in everyone for source in s.sources)


def test_a_broken_source_is_reported_once_the_links_are_checked(
    labels: RenderLabels, good_bundle: Path, tmp_path: Path
) -> None:
    root = tmp_path / "content"
    shutil.copytree(good_bundle, root)
    marrow = root / "en" / "02-marrow.md"
    marrow.write_text(
        marrow.read_text(encoding="utf-8").replace('url = "https://', 'url = "ftp://', 1),
        encoding="utf-8",
    )
    library = Library(root, "en", labels)
    assert [s.id for s in library.bundle.sections] == ["welcome", "marrow", "words"]
    problems = library.problems(with_links=True)
    assert any(p.path == marrow and "source" in p.message for p in problems), problems
