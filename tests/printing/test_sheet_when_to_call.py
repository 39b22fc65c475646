"""The printed sheet's "When to call" rows say what the When-to-call chart of Signs and symptoms
says, word for word, in English and in Spanish (the PEMAT-P re-review found the sheet's
emergency row without cold, clammy skin and its fever row without "or above"); the clinics'
blank sheet, with the whole chart, stays one page in both languages on Letter and A4."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from guide_app.core.content import load_bundle
from guide_app.ui.sheet_labels import sheet_labels

REPO = Path(__file__).resolve().parents[2]
CONTENT = REPO / "resources" / "content"
ROWS = (  # the chart's picture, and the sheet's label for that row's signs
    ("when-to-call-emergency.svg", "emergency_signs"),
    ("when-to-call-now.svg", "call_now_signs"),
    ("when-to-call-soon.svg", "contact_team_signs"),
)


def _chart_signs(language: str) -> dict[str, str]:
    """Each row of the chart in Signs and symptoms: its picture and its "what you might see"."""
    section = load_bundle(CONTENT, language).get("signs-and-symptoms")
    assert section is not None and section.path.parent.name == language
    rows = {}
    for line in section.body.splitlines():
        if m := re.match(
            r"\s*\|\s*!\[\]\(pictures/(?P<picture>[^)]+)\)\s*\|[^|]*\|(?P<signs>.*)\|", line
        ):
            rows[m.group("picture")] = " ".join(m.group("signs").split())
    return rows


def _spanish(source: str) -> str:
    root = ET.parse(REPO / "translations" / "guide_app_es.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") != "Sheet":
            continue
        for message in context.iter("message"):
            if message.findtext("source") == source:
                translation = message.find("translation")
                assert translation is not None and not translation.get("type"), source
                return " ".join((translation.text or "").split())
    raise AssertionError(f"no Spanish for {source!r}")


@pytest.mark.usefixtures("qapp")
def test_each_row_of_the_sheet_says_what_the_chart_says_in_english_and_spanish() -> None:
    english = sheet_labels(english=True)
    chart = {"en": _chart_signs("en"), "es": _chart_signs("es")}
    for picture, key in ROWS:
        assert english[key] == chart["en"][picture], key
        assert _spanish(english[key]) == chart["es"][picture], key
    # The two differences the review found.
    assert "cold, clammy skin" in english["emergency_signs"]
    assert "at or above the temperature your care team gave you" in english["call_now_signs"]


@pytest.mark.usefixtures("qapp")
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("paper", "height"), [("letter", 792), ("a4", 842)])
def test_the_blank_sheet_with_the_whole_chart_is_one_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str, paper: str, height: int
) -> None:
    import guide_app.resources
    from guide_app.cli import main

    monkeypatch.setattr(guide_app.resources, "content_root", lambda: CONTENT)
    output = tmp_path / "blank.pdf"
    args = ["sheet", "--output", str(output), "--questions", "blank", "--paper", paper]
    assert main([*args, "--lang", language]) == 0
    reader = PdfReader(output)
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.height)) == height
