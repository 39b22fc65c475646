"""The review of the first English chapters (issue 11, items 1-6) stays fixed: signs that the
leukemia may be back say to contact the care team, approved immunotherapy is treatment, the
precise wording the review asked for, the 911 signs in their own box, the sections' order, and the
pictures with their words. Facts are checked as words a reader sees (rendered, accent- and
case-blind), so a rewrite may reword around them but not drop them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from section_boxes import section_boxes

from guide_app.core.content import load_bundle
from guide_app.core.glossary import load_glossary
from guide_app.core.search import fold
from guide_app.core.symptoms import load_symptoms
from guide_app.resources import content_root

# The seed's signs that the leukemia may be back: never "wait for the next visit".
MAY_BE_BACK = (
    "anemia", "bone-joint-pain", "bruising-petechiae", "repeated-infections", "belly-pain",
    "swollen-lymph-nodes",
)  # fmt: skip

FACTS: dict[str, list[str]] = {
    "start-here": [
        "call emergency services (911 in the us)",
        "not breathing",
        "seizure",
        "cannot wake your child up",
        "call your care team now",
    ],
    "what-is-relapsed-all": [
        "brain and spinal cord",
        "central nervous system",
    ],
    "signs-and-symptoms": [
        "pale skin and unusual tiredness",
        "rather than waiting for the next appointment",
        "ask your team how soon they want to hear",
        "contact your care team soon",
        "your child has cancer and what treatment your child is on",
        "faints, or has cold, clammy skin",
        "brain and spinal cord",
    ],
    "treatment": [
        "blinatumomab",
        "28 days",
        "two serious problems",
        "inotuzumab",
        "cd22",
        "serious liver damage",
        "raises the risk of death after a later stem cell transplant",
        "not only medicines for research studies",
        "ask your team how they use these medicines",
        "100.4°f/38°c",
        "a fever at or above the temperature your care team gave you",
        "radiation may be added",
        "six months or more after their first treatment ended",
        "from the first diagnosis or from the end of treatment",
        "the brain and spinal cord",
    ],
    "car-t-cell-therapy": [
        "tisagenlecleucel (kymriah) is approved for patients up to 25 years old",
        "infusion",
        "100.4°f/38°c",
        "a fever at or above the temperature your care team gave you",
        "feel dizzy, faint, or have cold, clammy skin",
        "these rules changed in june 2025",
        "ask your team which rules they follow",
    ],
    "clinical-trials": [
        "phase 1",
        "phase 2",
        "phase 3",
        "randomization",
        "placebos are almost never used",
        "informed consent",
        "assent",
        "you can leave at any time",
        "should not affect the care your child receives",
        "clinicaltrials.gov",
        "start by asking your child's doctor",
    ],
    "outlook": [
        "the brain and spinal cord",
    ],
    "about": [  # what the kiosk does, in its buttons' words (issue 13)
        "nothing you enter is saved on it",
        "read about relapse",
        "check symptoms",
        "make my question list",
        "start over",
        "are you still there?",
        "i'm still here",
        "print my questions",
        "where to collect it",
        "take your questions home",
        "qr code",
        "clear my lists",
    ],
}

# What the review took out: it must not come back.
GONE: dict[str, list[str]] = {
    "signs-and-symptoms": ["is on chemo", "at your next visit", "some sources say"],
    "treatment": ["radiation is added", "boxed warning", "march 2024", "in studies", "experts say"],
    "car-t-cell-therapy": [
        "low blood pressure",
        "special approval",
        "the drug labels",
        "certification",
    ],
    "clinical-trials": ["june 2024", "28 days", "boxed warning"],
    "about": ["special approval", "changed in june 2025", "special certification"],  # CAR T says it
}

ORDER = {
    "start-here": 1, "what-is-relapsed-all": 2, "signs-and-symptoms": 3, "tests": 4,
    "treatment": 6, "car-t-cell-therapy": 7, "clinical-trials": 8, "outlook": 9,
    "questions": 16, "words-to-know": 17, "about": 18,
}  # fmt: skip

FIGURES = {
    "what-is-relapsed-all": ["pictures/where-all-comes-back.svg", "pictures/crowded-marrow.svg"],
    "treatment": ["pictures/road-map-after-relapse.svg"],
    "car-t-cell-therapy": ["pictures/car-t-steps.svg"],
    "signs-and-symptoms": [
        "pictures/when-to-call-emergency.svg",
        "pictures/when-to-call-now.svg",
        "pictures/when-to-call-soon.svg",
    ],
}

# Signs the references give for emergency services; they stand in call-emergency boxes only.
EMERGENCY_WORDS = ("911", "blue lips", "seizure", "cannot wake", "cannot be woken", "faints")


@pytest.fixture(scope="module")
def section_text(reader_text: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return reader_text("en")


def _boxes(section_id: str) -> list[tuple[str, str]]:
    """Each box of an English section as (kind, its indented text)."""
    return [(kind, text) for kind, _, text in section_boxes("en", section_id)]


@pytest.mark.parametrize(
    ("section_id", "fact"), [(s, fact) for s, facts in FACTS.items() for fact in facts]
)
def test_the_reviewed_fact_is_in_its_section(
    section_text: dict[str, str], section_id: str, fact: str
) -> None:
    assert fold(fact)[0] in section_text[section_id], f"{section_id} no longer says: {fact}"


@pytest.mark.parametrize(
    ("section_id", "words"), [(s, words) for s, gone in GONE.items() for words in gone]
)
def test_what_the_review_took_out_stays_out(section_id: str, words: str) -> None:
    # The body only: a source's title (a page on low blood pressure) may name what the text avoids.
    section = load_bundle(content_root(), "en").get(section_id)
    assert section is not None
    assert fold(words)[0] not in fold(section.body)[0], f"{section_id} says again: {words}"


def test_no_section_says_every_child_is_on_chemo(section_text: dict[str, str]) -> None:
    assert [s for s, text in section_text.items() if "is on chemo" in text] == []


def test_signs_the_leukemia_may_be_back_say_to_contact_the_team() -> None:
    symptoms = {s.id: s for s in load_symptoms(content_root() / "en" / "symptoms.toml")}
    for symptom_id in MAY_BE_BACK:
        symptom = symptoms[symptom_id]  # the ids stay: saved lists refer to them
        assert symptom.urgency.value == "contact-team", symptom_id
        assert "contact your care team soon" in symptom.action.lower(), symptom_id
        assert "do not wait for the next visit" in symptom.action.lower(), symptom_id
    assert "anemia" not in symptoms["anemia"].name.lower()  # what a parent sees, not a lab word
    assert "pale skin" in symptoms["anemia"].name.lower()


def test_no_symptom_says_to_wait_or_that_every_child_is_on_chemo() -> None:
    for symptom in load_symptoms(content_root() / "en" / "symptoms.toml"):
        words = f"{symptom.description} {symptom.action}".lower()
        assert "at your next visit" not in words, symptom.id
        assert "is on chemo" not in words, symptom.id
        if symptom.urgency.value == "call-emergency":
            assert "has cancer and what treatment" in symptom.action.lower(), symptom.id


def test_the_911_signs_have_their_own_box_and_stay_out_of_the_care_teams_box() -> None:
    for section_id in ("start-here", "signs-and-symptoms", "treatment", "car-t-cell-therapy"):
        boxes = _boxes(section_id)
        assert any(kind == "call-emergency" for kind, _ in boxes), section_id
        for kind, text in boxes:
            if kind == "call-now":
                found = [w for w in EMERGENCY_WORDS if w in text.lower()]
                assert not found, f"{section_id}: a call-now box lists {found}"


def test_each_section_has_the_order_of_the_spec() -> None:
    bundle = load_bundle(content_root(), "en")
    orders = {s.id: s.order for s in bundle.sections if s.id in ORDER}
    assert orders == ORDER


@pytest.mark.parametrize(
    ("section_id", "picture"), [(s, p) for s, pictures in FIGURES.items() for p in pictures]
)
def test_the_picture_stands_in_a_figure_box_of_its_section(section_id: str, picture: str) -> None:
    figures = [text for kind, text in _boxes(section_id) if kind == "figure"]
    assert any(f"]({picture})" in text for text in figures), f"{section_id} lacks {picture}"


def test_the_when_to_call_chart_has_a_row_per_level() -> None:
    [chart] = [t for k, t in _boxes("signs-and-symptoms") if k == "figure" and "|" in t]
    rows = [line for line in chart.splitlines() if "pictures/when-to-call-" in line]
    levels = (
        "Call emergency services (911 in the US)",
        "Call your care team now",
        "Contact your care team soon",
    )
    assert len(rows) == len(levels)
    for row, level in zip(rows, levels, strict=True):
        assert level in row  # words, never colour alone


def test_the_glossary_defines_the_words_a_parent_meets() -> None:
    glossary = load_glossary(content_root(), "en")
    ids = glossary.ids()
    # ("boxed-warning" went with the label wording it explained: PEMAT-P item 2)
    for term_id in ("infusion", "504-plan", "iep", "randomization", "assent"):
        assert term_id in ids, term_id
    [cns] = [t for t in glossary.terms if t.id == "cns"]
    assert cns.meaning.lower().startswith("the brain and spinal cord")


# The family's tools have pages of their own (issue 13): the chapters name them and link there.
TOOL_LINKS = {
    "start-here": ("section:my-checklist", "section:my-questions"),
    "signs-and-symptoms": ("section:my-checklist",),
    "questions": ("section:my-checklist", "section:my-questions"),
}


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_chapters_link_to_the_tools_pages_and_never_say_below(language: str) -> None:
    bundle = load_bundle(content_root(), language)
    for section_id, links in TOOL_LINKS.items():
        section = bundle.get(section_id)
        assert section is not None
        for link in links:
            assert f"({link})" in section.body, f"{language} {section_id} lacks {link}"
    stale = ("checklist below", "question builder", "lista de síntomas de abajo")
    for section in bundle.sections:
        body = section.body.lower()
        assert not any(words in body for words in stale), f"{language} {section.id}"
