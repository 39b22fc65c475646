"""The PEMAT-P re-review of issue 11 found chapters that told a family two different things; each
test here keeps one of its fixes, in English and Spanish: the same action for a broken or lost
central line in Signs and symptoms, the checklist and Care at home; the emergency box before the
call-now box; one test for serious trouble breathing; what separates fainting from dizziness;
measles and the 10-minute nosebleed rule wherever they come; early and late relapse counted from
the same two points; and a route that works at night when someone may harm themselves."""

from __future__ import annotations

import pytest
from section_boxes import section_boxes

from guide_app.core.content import load_bundle
from guide_app.core.symptoms import load_symptoms
from guide_app.resources import content_root

LANGUAGES = ("en", "es")


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


def _body(language: str, section_id: str) -> str:
    section = load_bundle(content_root(), language).get(section_id)
    assert section is not None and section.path.parent.name == language, (language, section_id)
    return _folded(section.body)


def _symptom(language: str, symptom_id: str) -> tuple[str, str]:
    [symptom] = [
        s for s in load_symptoms(content_root() / language / "symptoms.toml") if s.id == symptom_id
    ]
    return _folded(symptom.description), _folded(symptom.action)


# The central line (family care facts, line 28): cracks, breaks (or leaks): clamp between the
# break and the skin, sterile gauze, call the team now and go to the emergency room; comes out:
# press 5 to 10 minutes, cover, call now, emergency room, bring the line.
LINE = {
    "en": {
        "call": "call your care team now",
        "er": "take your child to the emergency room",
        "clamp": "between the break and your child's skin",
        "gauze": "sterile gauze",
        "press": "5 to 10 minutes",
        "bring": "bring the line with you",
        "link": "section:care-at-home#if-the-line-cracks-or-breaks",
    },
    "es": {
        "call": "llame ahora a su equipo de atención",
        "er": "lleve a su hijo a la sala de emergencias",
        "clamp": "entre la rotura y la piel de su hijo",
        "gauze": "gasa estéril",
        "press": "5 a 10 minutos",
        "bring": "con usted",
        "link": "section:care-at-home#si-la-vía-se-agrieta-o-se-rompe",
    },
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_broken_or_lost_central_line_gets_one_action_everywhere(language: str) -> None:
    words = LINE[language]
    # Care at home: each first-aid box is titled "call now" and its steps say to call now and go.
    boxes = [
        _folded(text)
        for kind, _, text in section_boxes(language, "care-at-home")
        if kind == "call-now" and (words["press"] in text.lower() or words["clamp"] in text.lower())
    ]
    assert len(boxes) == 2, boxes
    for text in boxes:
        assert words["call"] in text and words["er"] in text, text
    # Signs and symptoms: the call-now list says the same and links to the steps.
    [call_now] = [
        _folded(t) for k, _, t in section_boxes(language, "signs-and-symptoms") if k == "call-now"
    ]
    assert words["link"] in call_now
    assert f"{words['call']} y {words['er']}" in call_now or (
        f"{words['call']} and {words['er']}" in call_now
    )
    # The checklist's action: every step of both boxes.
    _, action = _symptom(language, "central-line-problem")
    for key in ("call", "er", "clamp", "gauze", "press", "bring"):
        assert words[key] in action, (language, key)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_emergency_box_comes_before_the_call_now_box(language: str) -> None:
    for section in load_bundle(content_root(), language).sections:
        kinds = [k for k, _, _ in section_boxes(language, section.id)]
        if "call-emergency" in kinds and "call-now" in kinds:
            assert kinds.index("call-emergency") < kinds.index("call-now"), section.id


SERIOUS_BREATHING = {
    "en": ("struggling very hard to breathe", "struggles very hard to breathe"),
    "es": ("hace un esfuerzo enorme para respirar", "hacer un esfuerzo enorme para respirar"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_serious_trouble_breathing_has_the_same_plain_test_everywhere(language: str) -> None:
    for section_id in ("start-here", "signs-and-symptoms", "treatment", "car-t-cell-therapy"):
        [box] = [t for k, _, t in section_boxes(language, section_id) if k == "call-emergency"]
        assert SERIOUS_BREATHING[language][0] in _folded(box), section_id
    assert any(w in _body(language, "care-at-home") for w in SERIOUS_BREATHING[language])
    description, _ = _symptom(language, "serious-trouble-breathing")
    _, action = _symptom(language, "trouble-breathing")
    assert any(w in action for w in SERIOUS_BREATHING[language])
    assert description  # the emergency item keeps its own words


FAINTS = {
    "en": "faints, or has cold, clammy skin that looks pale or gray",
    "es": "se desmaya, o tiene la piel fría y húmeda, pálida o grisácea",
}
EMERGENCY = {"en": "emergency services (911 in the us)", "es": "911 en ee. uu."}


@pytest.mark.parametrize("language", LANGUAGES)
def test_pale_and_dizzy_say_when_they_become_an_emergency(language: str) -> None:
    # The contact-soon sign (anemia) and the checklist item say what makes it a 911 call.
    body = _body(language, "signs-and-symptoms")
    assert FAINTS[language] in body
    _, action = _symptom(language, "anemia")
    assert FAINTS[language] in action and EMERGENCY[language] in action
    # CAR T: dizziness is a call-now sign, fainting an emergency; the chapter says which is which.
    car_t = _body(language, "car-t-cell-therapy")
    assert EMERGENCY[language] in car_t.split("icans")[0], "the CRS part names the emergency"


EXPOSURE = {
    "en": ("chickenpox, shingles or measles", "call your care team now"),
    "es": ("sarampión", "llame ahora a su equipo de atención"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_exposure_to_measles_is_a_call_now_sign_in_every_place(language: str) -> None:
    disease, call = EXPOSURE[language]
    parts = _body(language, "care-at-home").split("**")
    assert any(disease in p and call in p for p in parts)
    description, _ = _symptom(language, "infection-exposure")
    assert disease in description


NOSEBLEED = {"en": "10 minutes", "es": "10 minutos"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_nosebleed_rule_is_the_same_in_care_at_home_and_the_checklist(language: str) -> None:
    _, action = _symptom(language, "bleeding-wont-stop")
    assert NOSEBLEED[language] in action
    assert "ahead of time how long" not in action and "cuánto tiempo debe esperar" not in action
    assert NOSEBLEED[language] in _body(language, "signs-and-symptoms")
    assert NOSEBLEED[language] in _body(language, "care-at-home")


RELAPSE_TIME = {
    "en": "from the first diagnosis, or from the end of the first treatment",
    "es": "desde el primer diagnóstico, o desde el final del primer tratamiento",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_early_and_late_relapse_are_counted_from_the_same_points(language: str) -> None:
    for section_id in ("treatment", "outlook"):
        assert RELAPSE_TIME[language] in _body(language, section_id), section_id


DANGER_NOW = {
    "en": ("in danger now, call emergency services (911 in the us)", "day or night"),
    "es": ("en peligro ahora, llame a los servicios de emergencia (911 en ee. uu.)", "de noche"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_harming_oneself_has_a_route_that_works_at_night(language: str) -> None:
    body = _body(language, "feelings-and-family")
    danger, night = DANGER_NOW[language]
    assert body.count(danger) == 2  # the parent, and the teen
    for part in body.split(danger)[1:]:
        assert night in part[:300]
