"""Section Markdown becomes the HTML the window shows."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from guide_app.core.content import load_bundle
from guide_app.core.glossary import load_glossary
from guide_app.core.render import RenderLabels, render_markdown, render_section


def test_key_points_become_a_box_qt_can_draw() -> None:
    html = render_markdown('!!! key-points "Key points"\n    - One\n    - Two\n')
    assert 'class="box key-points"' in html
    assert "<table" in html and 'class="box-bar"' in html and 'class="box-body"' in html
    assert '<p class="box-title">Key points</p>' in html
    assert "<li>One</li>" in html
    assert "admonition" not in html


def test_headings_get_anchors_tables_and_lists_render() -> None:
    html = render_markdown(
        "## After a second remission\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n- x\n"
    )
    assert '<h2 id="after-a-second-remission">' in html
    assert "<td>1</td>" in html
    assert "<li>x</li>" in html


def test_links_are_tagged_by_kind() -> None:
    html = render_markdown(
        "[a](section:tests#mrd) [b](glossary:blast) [c](https://www.cancer.gov/)"
    )
    assert '<a class="section" href="section:tests#mrd">' in html
    assert '<a class="glossary" href="glossary:blast">' in html
    assert '<a class="external" href="https://www.cancer.gov/">' in html


def test_a_section_ends_with_its_sources_and_review_date(
    good_bundle: Path, labels: RenderLabels
) -> None:
    bundle = load_bundle(good_bundle, "en")
    html = render_section(bundle.sections[0], bundle, load_glossary(good_bundle, "en"), labels)
    assert html.startswith('<h1 id="top">Welcome to the test guide</h1>')
    assert "Test source" in html and "https://example.org/source" in html
    assert "Last reviewed: November 27, 2026" in html  # as a reader writes a date


def test_words_to_know_lists_every_glossary_term_alphabetically(
    good_bundle: Path, labels: RenderLabels
) -> None:
    bundle = load_bundle(good_bundle, "en")
    html = render_section(bundle.get("words"), bundle, load_glossary(good_bundle, "en"), labels)
    assert html.index("<b>Blast</b>") < html.index("<b>Bone marrow</b>")
    assert 'id="term-bone-marrow"' in html
    assert '<a href="glossary:blast">Blast</a>' in html  # see also


def test_an_english_stand_in_says_so_in_the_readers_words(
    good_bundle: Path, labels: RenderLabels
) -> None:
    bundle = load_bundle(good_bundle, "es")
    labels = dataclasses.replace(labels, fallback="Esta sección aún no está en español.")
    html = render_section(bundle.get("welcome"), bundle, load_glossary(good_bundle, "es"), labels)
    assert "Esta sección aún no está en español." in html
    assert "aún no está" not in render_section(
        bundle.get("marrow"), bundle, load_glossary(good_bundle, "es"), labels
    )


def test_user_facing_metadata_is_escaped(good_bundle: Path, labels: RenderLabels) -> None:
    bundle = load_bundle(good_bundle, "en")
    from dataclasses import replace

    section = replace(bundle.sections[0], title="<script>x</script>")
    html = render_section(section, bundle, load_glossary(good_bundle, "en"), labels)
    assert "<script>" not in html and "&lt;script&gt;" in html
