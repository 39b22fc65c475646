"""The boxes of a bundled section's Markdown body, for the content tests (one reading of the
box syntax instead of one copy per test file)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from guide_app.core.content import load_bundle
from guide_app.resources import content_root

_BOX = re.compile(r'^!!!\s+(?P<kind>[a-z-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')


def section_boxes(language: str, section_id: str) -> list[tuple[str, str, str]]:
    """Each box of the section's body as (kind, title, its indented text)."""
    section = load_bundle(content_root(), language).get(section_id)
    assert section is not None
    boxes: list[tuple[str, str, list[str]]] = []
    for line in section.body.splitlines():
        if m := _BOX.match(line):
            boxes.append((m.group("kind"), m.group("title") or "", []))
        elif boxes and (line.startswith("    ") or not line.strip()):
            boxes[-1][2].append(line)
        elif line.strip():
            boxes.append(("", "", []))  # the box ended: a line of ordinary text
    return [(kind, title, "\n".join(lines)) for kind, title, lines in boxes if kind]


# A figure box's picture line: ![alt text](pictures/name.svg)
FIGURE_PICTURE = re.compile(r"!\[(?P<alt>[^\]]*)\]\(pictures/(?P<name>[^)]+)\)")


def picture_alts(html: str) -> dict[str, str]:
    """The alternative text of each picture in rendered HTML, by its file name."""
    images = _Images()
    images.feed(html)
    return images.alts


class _Images(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.alts: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            found = dict(attrs)
            self.alts[(found.get("src") or "").removeprefix("pictures/")] = found.get("alt") or ""
