"""Links that lead nowhere: to a missing section, a missing heading anchor or an unknown term.

Kept apart from the full content check so the app can run it without loading the rest.
"""

from __future__ import annotations

from collections.abc import Iterable

from guide_app.core.content import Section
from guide_app.core.family_tools import TOOL_IDS
from guide_app.core.links import LinkKind, find_links, heading_anchors
from guide_app.core.problems import Problem


def link_problems(
    sections: list[Section], term_ids: set[str], other_section_ids: Iterable[str] = ()
) -> list[Problem]:
    """Links to sections, anchors or glossary terms that do not exist (the app runs this too)."""
    anchors = {s.id: heading_anchors(s.body) | {"top", "sources"} for s in sections}
    # A tool's page has no headings to link to: a link with an anchor there is reported.
    anchors.update({tool_id: set() for tool_id in TOOL_IDS})
    section_ids = set(anchors) | set(other_section_ids)
    problems: list[Problem] = []
    for section in sections:
        problems.extend(_section_link_problems(section, section_ids, anchors, term_ids))
    return problems


def _section_link_problems(
    section: Section, section_ids: set[str], anchors: dict[str, set[str]], term_ids: set[str]
) -> list[Problem]:
    problems = []
    for link in find_links(section.body):
        line = section.body_line + link.line - 1
        if link.kind is LinkKind.SECTION:
            target = link.target or section.id
            if target not in section_ids:
                problems.append(Problem(section.path, line, f"link to unknown section '{target}'"))
            elif link.anchor and target in anchors and link.anchor not in anchors[target]:
                problems.append(
                    Problem(section.path, line, f"link to unknown anchor '{target}#{link.anchor}'")
                )
        elif link.kind is LinkKind.GLOSSARY and link.target not in term_ids:
            problems.append(Problem(section.path, line, f"unknown glossary term '{link.target}'"))
        elif link.kind is LinkKind.OTHER:
            problems.append(
                Problem(
                    section.path,
                    line,
                    f"link '{link.target}' is not a section, glossary or http(s) address",
                )
            )
    return problems
