"""Raw HTML in section Markdown: the renderer shows it as text, so check-content reports it.

A tag (``<img ...>``, ``<script>``, ``</b>``), an HTML comment or declaration is found in the
Markdown source with the patterns Python-Markdown uses for raw HTML, so each one is named with its
file line. Whether it sits in a code span or code block, where Markdown shows ``<`` as written,
is decided by the renderer itself: the candidates are replaced by plain marker words, the body is
rendered, and only markers that end up in text outside ``<code>`` are reported. Web addresses in
angle brackets (``<https://...>``) are links, as ``[text](https://...)`` is; other addresses in
angle brackets (``<ftp://...>``, ``<name@example.org>``) are reported like any link that is not to
a section, a glossary term or an http(s) page. A ``<`` in prose ("a count < 20", "<5%") is none
of these and is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from html.parser import HTMLParser

from guide_app.core.content import Section
from guide_app.core.problems import Problem

# One pattern, tried in Python-Markdown's order: its `autolink` and `automail` inline patterns
# come before `html`, whose tag and comment forms are copied here; declarations and processing
# instructions are what its `html_block` preprocessor also takes as HTML.
_ANGLE = re.compile(
    r"<(?:"
    r"(?P<web>(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*)"  # autolink
    r"|(?P<mail>[^<> !]+@[^@<> ]+)"  # automail
    r"|(?P<html>/?[A-Za-z][^<>@ ]*(?: [^<>]*)?"  # html: a tag
    r"|!--(?:(?!<!--|-->).)*--"  # html: a comment
    r"|![A-Za-z\[][^<>]*|\?[^<>]*\?)"  # html_block: a declaration, a processing instruction
    r")>",
    re.DOTALL,
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Letters and digits only: no meaning in Markdown, so each marker comes out as the text it was.
_MARKER = "qqrawhtml{}qq"
_MARKER_FOUND = re.compile(r"qqrawhtml(\d+)qq")
_SHOWN_LENGTH = 60


class AngleKind(StrEnum):
    HTML = "html"
    LINK = "link"  # an address in angle brackets that is not an http(s) web page


@dataclass(frozen=True)
class AngleText:
    """Something between ``<`` and ``>`` in a section body that is not plain prose."""

    kind: AngleKind
    text: str
    line: int  # 1-based line inside the Markdown body where it starts


def raw_html_problems(section: Section) -> list[Problem]:
    """Each raw HTML tag or comment, and each non-web address in angle brackets, of a section."""
    problems = []
    for found in find_angle_text(section.body):
        line = section.body_line + found.line - 1
        shown = " ".join(found.text.split())  # one line, however many it spans
        if len(shown) > _SHOWN_LENGTH:
            shown = shown[:_SHOWN_LENGTH] + "…"
        if found.kind is AngleKind.HTML:
            message = f"raw HTML '{shown}' is not allowed (the guide shows it as text)"
        else:
            message = f"link '{shown}' is not a section, glossary or http(s) address"
        problems.append(Problem(section.path, line, message))
    return problems


def find_angle_text(markdown_body: str) -> list[AngleText]:
    """Raw HTML and non-web angle-bracket addresses outside code, in the order they are written."""
    candidates: list[tuple[AngleKind, re.Match[str]]] = []
    for match in _ANGLE.finditer(markdown_body):
        if match.group("web"):
            if match.group("web").lower().startswith("ftp"):
                candidates.append((AngleKind.LINK, match))
        elif match.group("mail"):
            candidates.append((AngleKind.LINK, match))
        elif not _BLANK_LINE.search(match.group()) or match.group().startswith("<!--"):
            # A tag never spans a blank line (Markdown sees two paragraphs); a comment may.
            candidates.append((AngleKind.HTML, match))
    if not candidates:
        return []  # the usual case: no need to render
    shown_as_text = _outside_code(markdown_body, [match for _, match in candidates])
    return [
        AngleText(kind, match.group(), markdown_body.count("\n", 0, match.start()) + 1)
        for index, (kind, match) in enumerate(candidates)
        if index in shown_as_text
    ]


def _outside_code(markdown_body: str, matches: list[re.Match[str]]) -> set[int]:
    """Indexes of the matches that the renderer shows as text outside code."""
    from guide_app.core.render import render_markdown  # Markdown is imported only when needed

    parts, end = [], 0
    for index, match in enumerate(matches):
        # Newlines kept: the marked body has the lines, and so the blocks, of the original.
        parts += [markdown_body[end : match.start()], _MARKER.format(index)]
        parts.append("\n" * match.group().count("\n"))
        end = match.end()
    parts.append(markdown_body[end:])
    finder = _MarkerFinder()
    finder.feed(render_markdown("".join(parts)))
    finder.close()
    return finder.outside_code


class _MarkerFinder(HTMLParser):
    """Markers in text, outside ``code`` (attributes, such as a link's address, do not count)."""

    def __init__(self) -> None:
        super().__init__()
        self.outside_code: set[int] = set()
        self._code_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "code":
            self._code_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self._code_depth = max(0, self._code_depth - 1)

    def handle_data(self, data: str) -> None:
        if not self._code_depth:
            self.outside_code.update(int(m.group(1)) for m in _MARKER_FOUND.finditer(data))
