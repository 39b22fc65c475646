"""Pictures in a section: each stands in a ``!!! figure "Title"`` box with alternative text and a
caption (the words live in the content, not in the drawing, so a translation needs no new
picture), and names an SVG file bundled under ``resources/pictures/``."""

from __future__ import annotations

import re
from pathlib import Path

from guide_app.core.content import Section
from guide_app.core.problems import Problem

PICTURES_FOLDER = "pictures"
_BOX_START = re.compile(r'^!!!\s+(?P<kind>[a-z-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<src>[^)\s]*)(?:\s+\"[^\"]*\")?\)")
_PICTURE_NAME = re.compile(r"pictures/[a-z0-9][a-z0-9-]*\.svg")


def figure_problems(section: Section, pictures: Path) -> list[Problem]:
    """Every problem with the pictures of ``section``; ``pictures`` is the bundled folder."""
    problems: list[Problem] = []

    def problem(index: int, message: str) -> None:
        problems.append(Problem(section.path, section.body_line + index, message))

    lines = section.body.splitlines()
    box: str | None = None  # the kind of the box the line stands in
    figure_start = 0
    figure_has_words = True
    for index, line in enumerate(lines):
        if (start := _BOX_START.match(line)) is not None:
            if box == "figure" and not figure_has_words:
                problem(figure_start, "a figure needs a caption under its picture")
            box, figure_start, figure_has_words = start.group("kind"), index, True
            if box == "figure":
                figure_has_words = False
                if not (start.group("title") or "").strip():
                    problem(index, 'a figure needs a title: !!! figure "Title"')
            continue
        if line.strip() and not line.startswith((" ", "\t")):
            if box == "figure" and not figure_has_words:
                problem(figure_start, "a figure needs a caption under its picture")
            box, figure_has_words = None, True
        images = list(_IMAGE.finditer(line))
        if box == "figure" and _IMAGE.sub("", line).strip(" |-:\t"):
            figure_has_words = True
        for image in images:
            src, alt = image.group("src"), image.group("alt").strip()
            if box != "figure":
                problem(index, f"the picture {src!r} must stand in a figure box")
            if not alt and "|" not in line:  # an icon in a chart's row is named by its row
                problem(index, f"the picture {src!r} needs alternative text: ![what it shows](...)")
            if not _PICTURE_NAME.fullmatch(src):
                problem(index, f"a picture is pictures/<name>.svg, not {src!r}")
            elif not (pictures / src.removeprefix("pictures/")).is_file():
                problem(index, f"no picture {src!r} under {pictures}")
    if box == "figure" and not figure_has_words:
        problem(figure_start, "a figure needs a caption under its picture")
    return problems
