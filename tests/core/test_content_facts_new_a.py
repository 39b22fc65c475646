"""The family-care chapters (getting ready, care at home, practical matters, after treatment) keep
the second reference's facts where a family would look for them, and keep out the points the
reference asks us to leave to each family's care team. Checked as the words a reader sees
(rendered, accent- and case-blind), so a rewrite may reword around them but not drop them."""

from __future__ import annotations

import pytest

from guide_app.core.content import load_bundle
from guide_app.core.glossary import load_glossary
from guide_app.core.html_text import text_blocks
from guide_app.core.render import render_section
from guide_app.core.render_inputs import RenderLabels
from guide_app.core.search import fold
from guide_app.resources import content_root

FACTS: dict[str, list[str]] = {
    "getting-ready": [
        "a light form of anesthesia",
        "anesthesiologist",
        "stop eating and drinking for a certain number of hours",
        "breathe the stomach contents into the lungs",
        "fasting times are different from one hospital to another",
        "follow them carefully",
        "8 to 18 minutes",
        "younger than 3",
        "emla and lmx",
        "never put the cream on broken skin",
        "keep it away from your child's mouth and eyes",
        "if a rash appears, wipe the cream off and call your care team",
        "premature",
        "younger than 12 months, a little sugar water or breastfeeding",
        "child life specialist",
        "toddlers: tell them on the day",
        "preschool children: tell them a day or two before",
        "school-age children: tell them a few days, or even a few weeks",
        "be honest about what will hurt",
    ],
}

# Points the reference marks as varying between hospitals or unconfirmed ("Points to confirm
# with clinicians", [UNVERIFIED]): the guide says "ask your team" instead of giving them.
LEFT_TO_THE_TEAM: dict[str, list[str]] = {
    "getting-ready": [
        "30 to 60 minutes",  # numbing-cream timing differs by brand and hospital
        "30-60 minutes",
        "3 hours",  # one hospital's fasting times
        "6 hours",
        "8 hours",
    ],
}


@pytest.fixture(scope="module")
def section_text(labels: RenderLabels) -> dict[str, str]:
    bundle = load_bundle(content_root(), "en")
    glossary = load_glossary(content_root(), "en")
    texts = {}
    for section in bundle.sections:
        blocks = text_blocks(section.id, render_section(section, bundle, glossary, labels))
        texts[section.id] = fold(" ".join(b.text for b in blocks))[0]
    return texts


@pytest.mark.parametrize(
    ("section_id", "fact"), [(s, fact) for s, facts in FACTS.items() for fact in facts]
)
def test_the_fact_is_in_its_section(
    section_text: dict[str, str], section_id: str, fact: str
) -> None:
    assert fold(fact)[0] in section_text[section_id], f"{section_id} no longer says: {fact}"


@pytest.mark.parametrize(
    ("section_id", "phrase"),
    [(s, phrase) for s, phrases in LEFT_TO_THE_TEAM.items() for phrase in phrases],
)
def test_a_point_for_the_care_team_is_not_stated_as_fact(
    section_text: dict[str, str], section_id: str, phrase: str
) -> None:
    assert fold(phrase)[0] not in section_text[section_id], f"{section_id} says: {phrase}"
