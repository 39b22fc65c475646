"""What the content tests share: each section's text as a reader sees it."""

from __future__ import annotations

import functools
from collections.abc import Callable

import pytest

from guide_app.core.content import load_bundle
from guide_app.core.glossary import load_glossary
from guide_app.core.html_text import text_blocks
from guide_app.core.render import render_section
from guide_app.core.render_inputs import RenderLabels
from guide_app.core.search import fold
from guide_app.resources import content_root


@pytest.fixture(scope="session")
def reader_text(labels: RenderLabels) -> Callable[[str], dict[str, str]]:
    """For a language, each bundled section's rendered text, case- and accent-folded (the words
    a reader sees, whatever the Markdown around them), by section id."""

    @functools.cache
    def texts(language: str) -> dict[str, str]:
        bundle = load_bundle(content_root(), language)
        glossary = load_glossary(content_root(), language)
        return {
            section.id: fold(
                " ".join(
                    block.text
                    for block in text_blocks(
                        section.id, render_section(section, bundle, glossary, labels)
                    )
                )
            )[0]
            for section in bundle.sections
        }

    return texts
