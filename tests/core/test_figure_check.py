"""Pictures stand in a figure box with a title, alternative text and a caption, and name a
bundled SVG; check-content names the file and line of anything else."""

from __future__ import annotations

import datetime
from pathlib import Path

from guide_app.core.content import Section
from guide_app.core.figure_check import figure_problems
from guide_app.core.markdown_boxes import BOX_KINDS
from guide_app.core.render import render_markdown


def _section(body: str, tmp_path: Path) -> Section:
    return Section(
        id="welcome",
        language="en",
        title="Welcome",
        short_title="Welcome",
        order=1,
        reviewed=datetime.date(2026, 11, 30),
        sources=(),
        body=body,
        path=tmp_path / "en" / "01-welcome.md",
        body_line=10,
    )


def _pictures(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "marrow.svg").write_text("<svg/>")
    (folder / "icon.svg").write_text("<svg/>")
    return folder


GOOD = """\
!!! figure "A crowded marrow"
    ![A healthy marrow beside one full of leukemia cells](pictures/marrow.svg)

    Leukemia cells fill the marrow, so healthy cells have no room.

!!! figure "When to call"
    | | When | What you see |
    |---|---|---|
    | ![](pictures/icon.svg) | Call emergency services | Your child cannot wake up |
"""


def test_a_picture_with_title_alt_text_and_caption_passes(tmp_path: Path) -> None:
    assert figure_problems(_section(GOOD, tmp_path), _pictures(tmp_path)) == []


def test_each_missing_part_is_named_at_its_line(tmp_path: Path) -> None:
    body = """\
Text first.

![A marrow](pictures/marrow.svg)

!!! figure ""
    ![](pictures/marrow.svg)

!!! figure "No caption"
    ![A marrow](pictures/marrow.svg)

!!! figure "Elsewhere"
    ![A photo](file:///home/photo.png)
    ![A marrow](pictures/missing.svg)
    Words.
"""
    problems = [
        (p.line, p.message) for p in figure_problems(_section(body, tmp_path), _pictures(tmp_path))
    ]
    assert (12, "the picture 'pictures/marrow.svg' must stand in a figure box") in problems
    assert (14, 'a figure needs a title: !!! figure "Title"') in problems
    assert any(line == 15 and "needs alternative text" in m for line, m in problems)
    assert (14, "a figure needs a caption under its picture") in problems
    assert (17, "a figure needs a caption under its picture") in problems
    assert (21, "a picture is pictures/<name>.svg, not 'file:///home/photo.png'") in problems
    assert any(line == 22 and "no picture 'pictures/missing.svg'" in m for line, m in problems)
    assert len(problems) == 7


def test_the_new_boxes_render_as_boxes_with_the_picture() -> None:
    assert {"call-emergency", "figure"} <= set(BOX_KINDS)
    html = render_markdown(GOOD + '\n!!! call-emergency "Call emergency services"\n    - Seizure\n')
    assert 'class="box figure"' in html and 'class="box call-emergency"' in html
    assert '<img alt="A healthy marrow beside one full of leukemia cells"' in html
    assert 'src="pictures/marrow.svg"' in html
