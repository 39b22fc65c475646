"""What a screen reader learns of a section's structure: its headings are headings in the text
browser's document (not only bold text), and each picture has its alternative text from the
content (an icon beside its own words is marked decorative), in English and Spanish."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize("language", ["en", "es"])
def test_headings_are_headings_and_pictures_have_alt_text(open_guide, language) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide(language)
    pictures = 0
    for page in guide.window.pages():
        html = guide.library.render(page.section)
        for cell, image in re.findall(r"(<td>\s*)?(<img\b[^>]*>)", html):
            alt = re.search(r'alt="([^"]*)"', image)
            assert alt is not None, f"{page.section.id}: {image} has no alt attribute"
            # An icon in a table beside its own words ("When to call") is decorative: alt=""
            # keeps a reader from saying the level twice. Any other picture says what it shows.
            assert cell or alt.group(1).strip(), f"{page.section.id}: {image} has no alt text"
            pictures += 1
        page.ensure_rendered()
        document = page.browser.document()
        levels = []
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                levels.append(block.blockFormat().headingLevel())
            block = block.next()
        wanted = [int(n) for n in re.findall(r"<h([1-6])\b", html)]
        assert wanted, f"{page.section.id} has no heading"
        assert levels == wanted, page.section.id
    assert pictures, "no section has a picture: the alt text check checked nothing"
