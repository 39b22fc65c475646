"""Care at home shows a family what to do with pictures (issue 11, PEMAT-P item 26): a central
line beside a port, the steps if the line breaks or comes out, and a nosebleed. Each picture
stands in a figure box with alternative text for a reader who cannot see it and a caption that
carries the step and its numbers, in English and in Spanish; the urgent steps stay in their
call-now box too, with the picture right after it. The first-aid steps of the reference (clamp
between the break and the skin; press 5 to 10 minutes; pinch the nose 10 minutes) are in the
words a reader sees, and the chapter's emergency box points to the one list of 911 signs in
Signs and symptoms instead of keeping a second list that could drift from it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from section_boxes import FIGURE_PICTURE, picture_alts, section_boxes

from guide_app.core.content import load_bundle
from guide_app.core.render import render_markdown
from guide_app.core.search import fold
from guide_app.resources import content_root, resources_root

SECTION = "care-at-home"
LANGUAGES = ("en", "es")

# Each new picture, and words its alternative text must carry in each language (what it shows).
ALT_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "central-line-or-port.svg": {
        "en": ("tube", "chest", "under the skin", "needle"),
        "es": ("tubo", "pecho", "debajo de la piel", "aguja"),
    },
    "central-line-broken.svg": {
        "en": ("clamp", "between the break and the skin", "gauze", "hospital"),
        "es": ("pinza", "entre la rotura y la piel", "gasa", "hospital"),
    },
    "central-line-came-out.svg": {
        "en": ("hand presses", "timer", "dressing", "bag", "hospital"),
        "es": ("mano aprieta", "reloj", "apósito", "bolsa", "hospital"),
    },
    "nosebleed.svg": {
        "en": ("sits up", "leaning slightly forward", "soft part of the nose", "timer"),
        "es": ("sentado", "inclinado un poco hacia adelante", "parte blanda de la nariz", "reloj"),
    },
}

# The step and its numbers, in the caption under the picture (what a reader sees beside it).
CAPTION_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "central-line-or-port.svg": {
        "en": ("central line", "port", "needle"),
        "es": ("vía central", "puerto implantable", "aguja"),
    },
    "central-line-broken.svg": {
        "en": ("clamp the line between the break and your child's skin", "sterile gauze",
               "emergency room"),
        "es": ("cierre la vía con una pinza entre la rotura y la piel de su hijo", "gasa estéril",
               "sala de emergencias"),
    },
    "central-line-came-out.svg": {
        "en": ("press firmly on the spot for 5 to 10 minutes", "cover it",
               "bring the line with you to the emergency room"),
        "es": ("apriete con firmeza el lugar durante 5 a 10 minutos", "cúbralo",
               "lleve la vía con usted a la sala de emergencias"),
    },
    "nosebleed.svg": {
        "en": ("sit upright and lean slightly forward",
               "pinch the soft part of the nose closed for 10 minutes"),
        "es": ("se siente derecho y se incline un poco hacia adelante",
               "apriete la parte blanda de la nariz durante 10 minutos"),
    },
}  # fmt: skip

# The urgent steps stay in a call-now box; the picture comes right after that box.
AFTER_CALL_NOW = ("central-line-broken.svg", "central-line-came-out.svg")

# The reference's first aid (family care facts, section 2), in the words a reader sees.
FIRST_AID: dict[str, tuple[str, ...]] = {
    "en": (
        "clamp the line between the break and your child's skin",
        "cover the broken part with clean, sterile (germ-free) gauze",
        "take your child to the emergency room",
        "press firmly on the place where it came out for 5 to 10 minutes",
        "cover the place with a clean dressing or gauze",
        "call your care team now, and take your child to the emergency room immediately. "
        "bring the line with you",
        "have your child sit upright and lean slightly forward",
        "pinch the soft part of the nose closed for 10 minutes",
        "if the bleeding continues after 10 minutes of pinching, call your care team now",
    ),
    "es": (
        "cierre la vía con una pinza entre la rotura y la piel de su hijo",
        "cubra la parte rota con una gasa limpia y estéril (sin microbios)",
        "lleve a su hijo a la sala de emergencias",
        "apriete con firmeza el lugar por donde salió durante 5 a 10 minutos",
        "cubra ese lugar con un apósito limpio o una gasa",
        "llame ahora a su equipo de atención y lleve a su hijo a la sala de emergencias enseguida. "
        "lleve la vía con usted",
        "pida a su hijo que se siente derecho y se incline un poco hacia adelante",
        "apriete la parte blanda de la nariz durante 10 minutos",
        "si el sangrado sigue después de 10 minutos de apretar la nariz, "
        "llame ahora a su equipo de atención",
    ),
}

# The one form of the fever rule (issue 11), and the one place the 911 signs are listed.
FEVER_RULE = {
    "en": "a fever at or above the temperature your care team gave you "
    "(a common example is 100.4°F/38°C)",
    "es": "fiebre igual o superior a la temperatura que le indicó su equipo de atención "
    "(un ejemplo común es 100.4 °F/38 °C)",
}
EMERGENCY_LINK = {
    "en": "(section:signs-and-symptoms#warning-signs-that-cannot-wait)",
    "es": "(section:signs-and-symptoms#señales-de-alarma-que-no-pueden-esperar)",
}
# Acronyms a parent does not need here: plain words instead (issue 11, PEMAT-P item 3).
NOT_NEEDED = {"en": ("TPN", "MMR", "CNS"), "es": ("NPT", "MMR", "SNC")}


def _folded(text: str) -> str:
    return fold(text)[0]


def _figures(language: str) -> dict[str, tuple[str, str]]:
    """Each picture in a figure box of the section: (its alternative text, its caption)."""
    figures: dict[str, tuple[str, str]] = {}
    for kind, _, text in section_boxes(language, SECTION):
        if kind == "figure" and (m := FIGURE_PICTURE.search(text)):
            caption = text[m.end() :].strip()
            figures[m.group("name")] = (m.group("alt"), caption)
    return figures


def _body(language: str) -> str:
    section = load_bundle(content_root(), language).get(SECTION)
    assert section is not None
    assert section.path.parent.name == language  # the Spanish file, not the English fallback
    return section.body


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("picture", sorted(ALT_WORDS))
def test_the_picture_is_in_a_figure_box_with_its_alt_text(language: str, picture: str) -> None:
    assert (resources_root() / "pictures" / picture).is_file()
    figures = _figures(language)
    assert picture in figures, f"{language}: {SECTION} shows no figure of {picture}"
    alt, caption = figures[picture]
    for words in ALT_WORDS[picture][language]:
        assert _folded(words) in _folded(alt), f"{language} {picture}: alt text lacks {words!r}"
    # The reader's view: the rendered page carries the same alternative text on the image.
    assert picture_alts(render_markdown(_body(language))).get(picture) == alt
    for words in CAPTION_WORDS[picture][language]:
        assert _folded(words) in _folded(caption), f"{language} {picture}: caption lacks {words!r}"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("picture", AFTER_CALL_NOW)
def test_the_urgent_steps_stay_in_their_box_and_the_picture_follows_it(
    language: str, picture: str
) -> None:
    boxes = section_boxes(language, SECTION)
    [index] = [i for i, (_, _, text) in enumerate(boxes) if f"(pictures/{picture})" in text]
    kind, _, steps = boxes[index - 1]
    assert kind == "call-now", f"{language} {picture}: the box before the picture is {kind}"
    assert re.search(r"^\s+1\. ", steps, re.MULTILINE), f"{language}: the steps are not numbered"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_aid_steps_are_in_the_text(
    reader_text: Callable[[str], dict[str, str]], language: str
) -> None:
    text = reader_text(language)[SECTION]
    missing = [step for step in FIRST_AID[language] if _folded(step) not in text]
    assert not missing, f"{language}: {SECTION} no longer says {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fever_rule_has_its_one_form(language: str) -> None:
    body = _folded(_body(language))
    rule = _folded(FEVER_RULE[language])
    assert rule in body
    # No other temperature stands as the rule: every one the chapter gives is the rule's example.
    assert "°" not in body.replace(rule, ""), f"{language}: a temperature outside the fever rule"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_emergency_box_points_to_the_one_list_of_911_signs(language: str) -> None:
    emergency = [
        text for kind, _, text in section_boxes(language, SECTION) if kind == "call-emergency"
    ]
    assert emergency, f"{language}: {SECTION} has no emergency box"
    for text in emergency:
        assert EMERGENCY_LINK[language] in text
        # A second list of signs could differ from the main one: this box lists none.
        assert not re.search(r"^\s+- ", text, re.MULTILINE), f"{language}: a second 911 list"
    # The heading the link names is there, above the main emergency box.
    signs = load_bundle(content_root(), language).get("signs-and-symptoms")
    assert signs is not None
    anchor = EMERGENCY_LINK[language].split("#", 1)[1].rstrip(")")
    headings = [
        line.lstrip("# ").strip() for line in signs.body.splitlines() if line.startswith("## ")
    ]
    slugs = [re.sub(r"[^\w\- ]", "", h.lower()).replace(" ", "-") for h in headings]
    assert anchor in slugs
    assert any(
        kind == "call-emergency" for kind, _, _ in section_boxes(language, "signs-and-symptoms")
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_acronym_a_parent_does_not_need(language: str) -> None:
    body = _body(language)
    found = [word for word in NOT_NEEDED[language] if re.search(rf"\b{word}\b", body)]
    assert not found, f"{language}: {SECTION} says {found}"
