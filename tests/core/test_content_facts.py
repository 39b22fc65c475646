"""The English guide carries every fact of the source page, and the reference's safety facts,
in the section where a family would look for it. Each fact is checked as words a reader sees
(rendered, accent- and case-blind), so a rewrite may reword around them but not drop them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from guide_app.core.content import load_bundle
from guide_app.core.search import fold
from guide_app.core.symptoms import Urgency, load_symptoms
from guide_app.resources import content_root

FACTS: dict[str, list[str]] = {
    "start-here": [
        "does not diagnose",
        "does not give advice for your child",
        "call emergency services",
        "your care team's number",
    ],
    "what-is-relapsed-all": [
        "15 to 20 percent of children who reach a first complete remission",
        "lymphoblasts",
        "cannot fight infection",
        "take up the space that healthy blood cells need",
        "most common place",
        "brain and spinal cord",
        "testicles",
        "refractory",
    ],
    "signs-and-symptoms": [
        "anemia",
        "bone and joint pain",
        "petechiae",
        "fever",
        "infections that keep coming back",
        "belly pain",
        "swollen lymph nodes",
        "trouble breathing",
        "the temperature your care team gave you",
        "a fever at or above the temperature your care team gave you",
        "(a common example is 100.4°f/38°c)",
        "call emergency services (911 in the us)",
        "your child has cancer and what treatment your child is on",
        "does not diagnose",
    ],
    "tests": [
        "complete blood count",
        "bone marrow aspiration and biopsy",
        "lumbar puncture",
        "spinal tap",
        "x-ray",
        "chromosomes and genes",
        "may help doctors decide how to treat",
        "measurable residual disease",
        "minimal residual disease",
        "1 leukemia cell in a crowd of 1 million",
        "first month of reinduction",
    ],
    "treatment": [
        "more intense than it was the first time",
        "second complete remission",
        "by vein",
        "by mouth",
        "into the spinal fluid",
        "a lot like the treatment your child had when all was first found",
        "with or without radiation therapy",
        "stem cell transplant",
        "where the leukemia came back",
        "how long it was from the first diagnosis, or from the end of the first treatment, "
        "to the relapse",
        "b-cell or t-cell",
        "first month of reinduction",
        "may be helped by a stem cell transplant",
        "six months or more after their first treatment",
        "with no transplant",
        "extramedullary relapse",
        "radiation",
        "haploidentical",
        "cord blood",
        "graft-versus-host disease",
        "blinatumomab",
        "28 days",
        "inotuzumab",
        "cd22",
        "1 year and older",
    ],
    "car-t-cell-therapy": [
        "up to 25 years old",
        "b-cell all",
        "refractory",
        "second or later relapse",
        "apheresis",
        "several weeks",
        "lymphodepleting chemotherapy",
        "june 2025",
        "at least 2 weeks",
        "cytokine release syndrome",
        "3 to 14 days",
        "call your care team",
    ],
    "clinical-trials": [
        "new chemotherapy drugs",
        "new mixes of chemo drugs",
        "antibodies aimed at the leukemia",
        "immune system attack the leukemia",
        "car t-cell therapy",
        "can we leave the trial",
    ],
    "outlook": [
        "where the leukemia came back",
        "when it came back",
        "from the first diagnosis, or from the end of the first treatment",
        "age at first diagnosis",
        "first month of reinduction",
        "what the leukemia cells are like",
        "how many times it has come back",
        "cannot tell what will happen to your child",
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


def test_every_section_of_the_product_is_there_in_order(section_text: dict[str, str]) -> None:
    # PRODUCT.md's chapters, with getting ready for tests beside the tests.
    assert list(section_text) == [
        "start-here", "what-is-relapsed-all", "signs-and-symptoms", "tests", "getting-ready",
        "treatment", "car-t-cell-therapy", "clinical-trials", "outlook", "care-at-home",
        "feelings-and-family", "practical-matters", "after-treatment", "if-treatment-stops",
        "help-by-phone", "questions", "words-to-know", "about",
    ]  # fmt: skip


def test_no_outlook_numbers_that_frighten() -> None:
    # The reference: on the kiosk, say the outlook without numbers.
    assert not any(char.isdigit() for char in _body_without_headings_and_sources("outlook"))


def _body_without_headings_and_sources(section_id: str) -> str:
    bundle = load_bundle(content_root(), "en")
    section = bundle.get(section_id)
    assert section is not None
    # Headings are numbered 1-6 as a list of factors; the body is what must avoid numbers.
    lines = [line for line in section.body.splitlines() if not line.startswith("#")]
    return "\n".join(lines)


def test_the_seeds_eight_symptoms_and_the_emergency_signs_are_data() -> None:
    symptoms = load_symptoms(content_root() / "en" / "symptoms.toml")
    seed = {s.id for s in symptoms if s.from_seed}
    assert seed == {
        "anemia", "bone-joint-pain", "bruising-petechiae", "fever", "repeated-infections",
        "belly-pain", "swollen-lymph-nodes", "trouble-breathing",
    }  # fmt: skip
    emergency = {s.id for s in symptoms if s.urgency is Urgency.CALL_EMERGENCY}
    assert {"not-breathing-blue-lips", "seizure", "cannot-wake-up"} <= emergency
    for symptom in symptoms:
        if symptom.urgency is Urgency.CALL_NOW:
            assert "call your care team now" in symptom.action.lower(), symptom.id
        if symptom.urgency is Urgency.CALL_EMERGENCY:
            assert "call emergency services (911 in the us)" in symptom.action.lower(), symptom.id
