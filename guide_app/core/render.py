"""Section Markdown to the HTML a QTextBrowser shows.

Qt's rich-text engine understands a subset of HTML and CSS: boxes are single-cell tables (it draws
table backgrounds and padding, not div borders), and sizes stay relative so that the reader's
text-size choice scales everything. Markdown is imported here, not at start-up.
"""

from __future__ import annotations

import functools
import html
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from guide_app import __version__
from guide_app.core.content import Bundle, Section
from guide_app.core.glossary import Glossary
from guide_app.core.links import GLOSSARY_SCHEME, slugify

if TYPE_CHECKING:
    import markdown


@dataclass(frozen=True)
class RenderLabels:
    """Words the renderer adds around the content; the UI passes translated ones."""

    sources: str = "Sources"
    reviewed: str = "Last reviewed: {date}"
    fallback: str = "This section is not yet available in your language. It is shown in English."
    see_also: str = "See also:"


@functools.cache
def _markdown() -> markdown.Markdown:
    # Imported on first use: Markdown costs ~25 ms to import. Extensions are passed as objects,
    # not names: names are looked up through importlib.metadata, which costs ~14 ms more.
    import markdown
    from markdown.extensions.admonition import AdmonitionExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension
    from markdown.extensions.toc import TocExtension

    from guide_app.core.markdown_boxes import BoxExtension

    return markdown.Markdown(
        extensions=[
            AdmonitionExtension(),
            TableExtension(),
            SaneListExtension(),
            TocExtension(slugify=slugify, permalink=False),
            BoxExtension(),
        ],
        output_format="html",
    )


def render_markdown(body: str) -> str:
    converter = _markdown()
    converter.reset()  # one converter for every section; reset clears the toc's used ids
    return converter.convert(body)


def render_section(
    section: Section, bundle: Bundle, glossary: Glossary, labels: RenderLabels | None = None
) -> str:
    """The full HTML of a section: its body, anything generated, its sources and review date."""
    labels = labels or RenderLabels()
    parts = [f'<h1 id="top">{html.escape(section.title)}</h1>']
    if section.fallback_for is not None:
        parts.append(f'<p class="fallback"><i>{html.escape(labels.fallback)}</i></p>')
    parts.append(render_markdown(section.body))
    if section.generated == "glossary":
        parts.append(render_glossary(glossary, labels))
    elif section.generated == "sources":
        parts.append(render_all_sources(bundle, labels))
    parts.append(render_sources_footer(section, labels))
    return "\n".join(parts)


def render_key(
    section: Section, bundle: Bundle, glossary: Glossary, labels: RenderLabels | None = None
) -> str:
    """Everything ``render_section`` reads for this section, and what identifies the code that
    turns it into HTML, as one text: equal keys mean equal HTML, so HTML kept from an earlier run
    can be shown without importing Markdown. The key is compared whole, not hashed: nothing can
    collide, and no hashing library is loaded at start-up."""
    labels = labels or RenderLabels()
    inputs: list[object] = [_renderer_fingerprint(), labels, _section_inputs(section)]
    if section.generated == "glossary":
        inputs.append(glossary.terms)
    elif section.generated == "sources":
        inputs += [_section_inputs(s) for s in bundle.sections]
    return repr(inputs) + "\n" + section.body


def _section_inputs(section: Section) -> tuple[object, ...]:
    """What the renderer reads of a section, apart from its body (not its file's path)."""
    return (
        section.id,
        section.language,
        section.title,
        section.reviewed,
        section.sources,
        section.generated,
        section.fallback_for,
    )


@functools.cache
def _renderer_fingerprint() -> tuple[str, ...]:
    """The app's version, and the size and modification time of the renderer's own files and of
    Markdown's version file, as Python checks its byte-code caches: editing the renderer or
    upgrading Markdown changes every key. A frozen build has no such files; its version stands
    for them."""
    package = Path(__file__).parent
    files = [package / "render.py", package / "markdown_boxes.py", package / "links.py"]
    markdown_spec = importlib.util.find_spec("markdown")  # finds it without importing it
    if markdown_spec is not None and markdown_spec.origin:
        files.append(Path(markdown_spec.origin).with_name("__meta__.py"))
    stamps = [__version__]
    for file in files:
        try:
            status = file.stat()
        except OSError:
            stamps.append(f"{file.name}: none")
        else:
            stamps.append(f"{file.name}: {status.st_size} {status.st_mtime_ns}")
    return tuple(stamps)


def render_glossary(glossary: Glossary, labels: RenderLabels) -> str:
    items = []
    for term in sorted(glossary.terms, key=lambda t: t.term.casefold()):
        see_also = ""
        links = [
            f'<a href="{GLOSSARY_SCHEME}:{other.id}">{html.escape(other.term)}</a>'
            for other in (glossary.get(i) for i in term.see_also)
            if other is not None
        ]
        if links:
            see_also = f" <i>{html.escape(labels.see_also)}</i> " + ", ".join(links)
        items.append(
            f'<p class="term" id="term-{term.id}"><b>{html.escape(term.term)}</b><br>'
            f"{html.escape(term.meaning)}{see_also}</p>"
        )
    return "\n".join(items)


def render_all_sources(bundle: Bundle, labels: RenderLabels) -> str:
    parts = []
    for section in bundle.sections:
        if section.generated == "sources":
            continue
        parts.append(f"<h3>{html.escape(section.title)}</h3>")
        parts.append(_source_list(section))
        parts.append(f'<p class="reviewed">{html.escape(_reviewed(section, labels))}</p>')
    return "\n".join(parts)


def render_sources_footer(section: Section, labels: RenderLabels) -> str:
    return (
        f'<hr><h3 id="sources">{html.escape(labels.sources)}</h3>'
        f"{_source_list(section)}"
        f'<p class="reviewed">{html.escape(_reviewed(section, labels))}</p>'
    )


def _reviewed(section: Section, labels: RenderLabels) -> str:
    return labels.reviewed.format(date=section.reviewed.isoformat())


def _source_list(section: Section) -> str:
    items = "".join(
        f'<li>{html.escape(source.title)}<br><a class="external" href="{html.escape(source.url)}">'
        f"{html.escape(source.url)}</a></li>"
        for source in section.sources
    )
    return f'<ul class="sources">{items}</ul>'
