"""Section Markdown to the HTML a QTextBrowser shows.

Qt's rich-text engine understands a subset of HTML and CSS: boxes are single-cell tables (it draws
table backgrounds and padding, not div borders), and sizes stay relative so that the reader's
text-size choice scales everything. Markdown is imported here, not at start-up; what a section's
HTML is made from (its labels, its key) is in ``render_inputs``, which a start can load alone.
"""

from __future__ import annotations

import functools
import html
from typing import TYPE_CHECKING

from guide_app.core.content import Bundle, Section
from guide_app.core.glossary import Glossary
from guide_app.core.links import GLOSSARY_SCHEME, slugify
from guide_app.core.render_inputs import RenderLabels
from guide_app.core.search import fold

if TYPE_CHECKING:
    import markdown


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

    converter = markdown.Markdown(
        extensions=[
            AdmonitionExtension(),
            TableExtension(),
            SaneListExtension(),
            TocExtension(slugify=slugify, permalink=False),
            BoxExtension(),
        ],
        output_format="html",
    )
    # Raw HTML is not content (check-content reports it): without the block preprocessor and
    # the inline pattern that keep it as HTML, it stays text, which the serializer escapes, so a
    # <script> or <img src="/etc/..."> shows as written and never becomes an element.
    # Python-Markdown's documented way since safe_mode went; entities (&nbsp;) still pass.
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter


def render_markdown(body: str) -> str:
    converter = _markdown()
    converter.reset()  # one converter for every section; reset clears the toc's used ids
    return converter.convert(body)


def render_section(
    section: Section, bundle: Bundle, glossary: Glossary, labels: RenderLabels
) -> str:
    """The full HTML of a section: its body, anything generated, its sources and review date."""
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


def render_glossary(glossary: Glossary, labels: RenderLabels) -> str:
    items = []
    # Alphabetical as a reader expects it: "Médula" among the M's, not after "Mucositis".
    for term in sorted(glossary.terms, key=lambda t: fold(t.term)[0]):
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
    """The review line in the reader's words: "Last reviewed: November 30, 2026", not ISO."""
    date = section.reviewed
    month = labels.months[date.month - 1] if len(labels.months) == 12 else str(date.month)
    text = labels.date_format.format(
        year=date.year, month=month, month_number=date.month, day=date.day
    )
    return labels.reviewed.format(date=text)


def _source_list(section: Section) -> str:
    items = "".join(
        f'<li>{html.escape(source.title)}<br><a class="external" href="{html.escape(source.url)}">'
        f"{html.escape(source.url)}</a></li>"
        for source in section.sources
    )
    return f'<ul class="sources">{items}</ul>'
