"""The family chapters on feelings, on care when treatment stops working, and on help by phone
keep the second reference's facts where a family would look for them, and keep out what the
reference leaves unconfirmed or what would frighten with numbers. Checked as the words a reader
sees (rendered, accent- and case-blind), so a rewrite may reword around them but not drop them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from guide_app.core.content import load_bundle
from guide_app.core.search import fold
from guide_app.resources import content_root

FACTS: dict[str, list[str]] = {
    "feelings-and-family": [
        "a relapse is no one's fault",
        "use the real words",
        "why me?",
        "babies and toddlers",
        "a needle poke will hurt",
        "children aged 7 to 12",
        "cancer is not catching",
        "even if it is only 10 minutes",
        "504 plan",
        "individualized education program",
        "children with cancer often qualify",
        "get the plan in writing",
        "the new school must follow the plan",
        "social workers",
        "child life specialists",
        "chaplains",
        "does not mean that your child is mentally ill",
        "burnout",
        "harming yourself or your child, get help right away",
        "if someone is in danger now, call emergency services (911 in the us)",
        "if your teen is in danger now, call emergency services (911 in the us)",
        "a need, not a treat",
        "respite",
        "programs for teens and young adults",
        "anxiety, depression, drug or alcohol use, and suicide",
        "only when there is a real risk to their health",
    ],
    "if-treatment-stops": [
        "palliative care",
        "supportive care, symptom management or comfort care",
        "any age and any stage",
        "does not treat the cancer itself",
        "does not mean that your child has to stop cancer treatment",
        "extra layer of support",
        "is my child expected to get better?",
        "right now, what is the most important goal of care?",
        "when will we know whether the treatment is working?",
        "do-not-resuscitate (dnr) order",
        "advance directive",
        "last phase of life",
        "grief support",
        "children under 21",
        "medicaid or another government health plan for children",
        "concurrent care",
        "a child may die",
    ],
    "help-by-phone": [
        "1-800-4-cancer (1-800-422-6237)",
        "english and spanish",
        "do not give medical advice",
        "1-800-227-2345",
        "any time of the day or night",
        "800-813-hope (800-813-4673)",
        "not for emergencies",
        "0808 800 4040",
        "my care team",
        "prints on your question sheet",
        "the fever temperature your care team gave you",
        "if the after-hours number is different, write both",
        "the emergency number that your own treatment team gives you",
    ],
}

# What the reference marks [UNVERIFIED] or leaves to the care team, and the numbers that would
# frighten a family in the hardest chapter: the guide leaves them out.
LEFT_OUT: dict[str, list[str]] = {
    "if-treatment-stops": [
        "40%",  # share of bereaved parents who felt unprepared: said without numbers
        "10%",
        "percent",
        "6 months",  # hospice certification: "ask your team or social worker" instead
        "six months",
    ],
    "help-by-phone": [
        "800-955-4572",  # Blood Cancer United: number unconfirmed after the 2025 name change
        "8 a.m.",  # NCI Cancer Information Service hours: unconfirmed
        "9 a.m.",
    ],
}


@pytest.fixture(scope="module")
def section_text(reader_text: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return reader_text("en")


@pytest.mark.parametrize(
    ("section_id", "fact"), [(s, fact) for s, facts in FACTS.items() for fact in facts]
)
def test_the_fact_is_in_its_section(
    section_text: dict[str, str], section_id: str, fact: str
) -> None:
    assert fold(fact)[0] in section_text[section_id], f"{section_id} no longer says: {fact}"


@pytest.mark.parametrize(
    ("section_id", "phrase"), [(s, phrase) for s, phrases in LEFT_OUT.items() for phrase in phrases]
)
def test_an_unconfirmed_or_frightening_point_stays_out(
    section_text: dict[str, str], section_id: str, phrase: str
) -> None:
    assert fold(phrase)[0] not in section_text[section_id], f"{section_id} says: {phrase}"


def test_the_chapters_stand_in_their_places() -> None:
    bundle = load_bundle(content_root(), "en")
    orders = {s.id: s.order for s in bundle.sections}
    assert orders["feelings-and-family"] == 11
    assert orders["if-treatment-stops"] == 14
    assert orders["help-by-phone"] == 15
