"""The family-care chapters (getting ready, care at home, practical matters, after treatment) keep
the second reference's facts where a family would look for them, and keep out the points the
reference asks us to leave to each family's care team. Checked as the words a reader sees
(rendered, accent- and case-blind), so a rewrite may reword around them but not drop them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from guide_app.core.search import fold

FACTS: dict[str, list[str]] = {
    "getting-ready": [
        "a light form of anesthesia",
        "anesthesiologist",
        "stop eating and drinking for a certain number of hours",
        "breathe the stomach contents into the lungs",
        "fasting times are different from one hospital to another",
        "follow them carefully",
        "ask how long your child will be in the recovery room",
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
        "tell the truth about which parts will hurt",
    ],
    "care-at-home": [
        "nothing prevents infection better than washing hands",
        "while waiting in an emergency room, your child can also wear a mask",
        "your care team decides which vaccines your child gets",
        "the measles, mumps and rubella vaccine, the chickenpox vaccine, and the flu vaccine "
        "that is sprayed into the nose",
        "a yearly flu shot, not the nasal spray",
        "tell your team before anyone at home gets a live vaccine",
        "1 to 2 days before the rash appears",
        "pasteurized",
        "sitting out for more than 1 hour",
        "keep the food package",
        "reptiles",
        "before adopting a new pet",
        "only people who have been trained should care for the line",
        "the temperature your care team gave you",
        "chills when the line is flushed",
        "never force a line that will not flush",
        "clamp the line between the break and your child's skin",
        "for 5 to 10 minutes",
        "bring the line with you",
        "call emergency services (911 in the us)",
        "wheezing (a whistling sound when breathing) or shortness of breath",
        "about 2 to 2½ hours",
        "about 1 to 1½ hours",
        "blood from family members is not any safer",
        "hives",
        "prednisone or dexamethasone",
        "a sign of high blood sugar",
        "do not put your child on a diet while taking steroids",
        "never start or stop any medicine without talking to your child's doctor",
        "5 to 6 small meals",
        "more than 2 to 3 days",
        "at least 48 hours",
        "or for as long as your care team recommends",
        "flush twice",
        "lukewarm water for at least 5 minutes",
        "aspirin, ibuprofen or naproxen",
        "ask your team before you give any medicine you buy at a store",
        "rectally",
        "a shot into a muscle",
        "pinch the soft part of the nose closed for 10 minutes",
        "mucositis",
        "mouthwash that contains alcohol",
        "check with the cancer doctor before any dental visit",
        "unable to swallow their own saliva",
    ],
    "practical-matters": [
        "social worker",
        "depends on the type of transplant and on how far away you live",
        "brothers and sisters usually do best when they stay at home",
        "blood counts can stay low for months",
        "shared with your local cancer doctor",
        "discount deals",
        "an adult caregiver who can stay with the patient at all times",
        "the temperature your care team gave you",
        "new confusion",
        "new trouble speaking",
        "health insurance leaves some costs uncovered",
        "charity care",
        "deductibles",
        "do not let it go to a collection agency",
        "payment plan",
        "generic drug",
        "medicaid",
        "differ from state to state",
        "supplemental security income (ssi)",
        "blood cancer united (formerly the leukemia & lymphoma society)",
        "these funds open and close",
        "family and medical leave act (fmla)",
        "up to 12 weeks of unpaid leave in a 12-month period",
        "group health insurance",
        "ask your employer's human resources office about leave laws",
    ],
    "after-treatment": [
        "feel lost, or even abandoned",
        "late effects",
        "for the rest of their lives",
        "regular, planned follow-up care",
        "depends on the treatments your child had",
        "thyroid",
        "especially in girls",
        "more than half of children who have a transplant from a donor",
        "boys and girls alike",
        "2 to 3 years later",
        "as early as possible, before treatment begins",
        "fertility specialist",
        "again before a transplant",
        "sperm banking (freezing sperm)",
        "about 2 weeks of hormone shots",
        "only possible when treatment can safely wait",
        "freezing tissue from an ovary is the only option",
        "freezing tissue from a testicle is still experimental",
        "under the same anesthesia",
        "long-term follow-up guidelines",
        "health links",
        "names and doses of chemotherapy drugs",
        "including dentists and eye doctors",
        "into adulthood",
        "only 1 or 2 survivors of childhood cancer",
        "about 2 years after the end of treatment, or 5 years after diagnosis",
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
    "care-at-home": [
        "acetaminophen",  # fever medicine: hospitals differ; the guide says ask your team
        "neutropenic diet",  # special diets: ask your team
        "50,000",  # when to stop flossing differs by hospital
        "6 months after treatment",  # one network's rule for live vaccines after treatment
    ],
    "practical-matters": [
        "$500",  # charity program amounts and limits: the funds' current status is unconfirmed
        "600%",
        "ronald mcdonald",  # no official page checked for costs or rules
        "6 to 8 weeks",  # one hospital's stay: how long to stay is for each team to say
        "30 days",  # one center's caregiver rule
        "50 workers",  # the leave law's thresholds: the employer's HR office says who qualifies
        "1,250 hours",
        "1-866-487-9243",
    ],
    "after-treatment": [
        "half as likely",  # older data on survivors fathering children
        "361 children",  # a study detail a parent does not need to decide or ask
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
    ("section_id", "phrase"),
    [(s, phrase) for s, phrases in LEFT_TO_THE_TEAM.items() for phrase in phrases],
)
def test_a_point_for_the_care_team_is_not_stated_as_fact(
    section_text: dict[str, str], section_id: str, phrase: str
) -> None:
    assert fold(phrase)[0] not in section_text[section_id], f"{section_id} says: {phrase}"
