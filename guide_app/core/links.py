"""Links inside section Markdown: to other sections, to glossary terms, and to the outside world.

Links are found in the Markdown source (not the rendered HTML) so that a broken one can be reported
with its file line, and so that checking them costs no Markdown import at start-up.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

SECTION_SCHEME = "section"
GLOSSARY_SCHEME = "glossary"

# [text](target) — target without spaces; good enough for the links our writers use.
_LINK = re.compile(r"(?<!!)\[(?P<text>[^\]]+)\]\((?P<target>[^)\s]+)\)")
_HEADING = re.compile(r"^(#{1,6})\s+(?P<text>.+?)\s*#*\s*$")


class LinkKind(StrEnum):
    SECTION = "section"
    GLOSSARY = "glossary"
    EXTERNAL = "external"
    OTHER = "other"


@dataclass(frozen=True)
class Link:
    kind: LinkKind
    text: str
    target: str  # section id, glossary term id, or the whole address
    anchor: str  # heading anchor inside a section, or ""
    line: int  # 1-based line inside the Markdown body


def classify(href: str) -> tuple[LinkKind, str, str]:
    """(kind, target, anchor) of a link address as written in content or clicked in the app."""
    parts = urlsplit(href)
    scheme = parts.scheme.lower()
    if scheme == SECTION_SCHEME:
        return LinkKind.SECTION, parts.path, parts.fragment
    if scheme == GLOSSARY_SCHEME:
        return LinkKind.GLOSSARY, parts.path, ""
    if scheme in ("http", "https"):
        return LinkKind.EXTERNAL, href, ""
    if not scheme and href.startswith("#"):
        return LinkKind.SECTION, "", parts.fragment  # an anchor in the same section
    return LinkKind.OTHER, href, ""


def find_links(markdown_body: str) -> list[Link]:
    links = []
    for number, line in enumerate(markdown_body.splitlines(), start=1):
        for match in _LINK.finditer(line):
            kind, target, anchor = classify(match.group("target"))
            links.append(Link(kind, match.group("text"), target, anchor, number))
    return links


def slugify(value: str, separator: str = "-") -> str:
    """Heading anchor, the same as Python-Markdown's ``toc.slugify_unicode`` (the renderer passes
    this function to ``toc``, so anchors and link checks agree by construction)."""
    value = unicodedata.normalize("NFKC", value)
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(rf"[{separator}\s]+", separator, value)


def heading_anchors(markdown_body: str) -> set[str]:
    """The anchors the renderer gives the body's headings (duplicates get _1, _2 as in toc)."""
    anchors: set[str] = set()
    in_fence = False
    for line in markdown_body.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", match.group("text"))
            base = slugify(re.sub(r"[*_`]", "", text))
            anchor, count = base, 0
            while anchor in anchors:
                count += 1
                anchor = f"{base}_{count}"
            anchors.add(anchor)
    return anchors
