"""The Spanish guide's first chapters (start here, what is relapsed ALL, signs and symptoms, tests,
getting ready) and its symptom checklist keep the facts the English tests check, in Spanish words.

Each fact is checked as words a reader sees (rendered with the Spanish glossary, accent- and
case-blind), so a later edit may reword around them but not drop them. The facts mirror
tests/core/test_content_facts.py, test_content_facts_fixes.py and test_content_facts_new_a.py
for these sections.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from section_boxes import section_boxes

from guide_app.core.content import load_bundle
from guide_app.core.search import fold
from guide_app.core.symptoms import Symptom, Urgency, load_symptoms
from guide_app.resources import content_root

LANGUAGE = "es"
SECTIONS = ("start-here", "what-is-relapsed-all", "signs-and-symptoms", "tests", "getting-ready")

FACTS: dict[str, list[str]] = {
    "start-here": [
        "no da diagnósticos",  # does not diagnose
        "no da consejos para su hijo",  # does not give advice for your child
        "llame a los servicios de emergencia (911 en ee. uu.)",
        "el número de su equipo de atención",  # your care team's number
        "no respira",
        "convulsión",  # seizure
        "no puede despertar a su hijo",  # cannot wake your child up
        "llame ahora a su equipo de atención",  # call your care team now
        "la temperatura que le indicó su equipo de atención",
    ],
    "what-is-relapsed-all": [
        "el 15 al 20 por ciento de los niños que logran una primera remisión completa",
        "linfoblastos",  # lymphoblasts
        "no pueden combatir las infecciones",  # cannot fight infection
        "ocupan el espacio que necesitan las células sanas de la sangre",
        "el lugar más común",  # most common place
        "el cerebro y la médula espinal",
        "testículos",
        "refractaria",
        "sistema nervioso central",
        "recaída extramedular",
    ],
    "signs-and-symptoms": [
        "anemia",
        "dolor de huesos y articulaciones",  # bone and joint pain
        "petequias",
        "fiebre",
        "infecciones que vuelven una y otra vez",  # infections that keep coming back
        "dolor de barriga",  # belly pain
        "ganglios linfáticos inflamados",  # swollen lymph nodes
        "dificultad para respirar",  # trouble breathing
        "la temperatura que le indicó su equipo de atención",
        "fiebre igual o superior a la temperatura que le indicó su equipo de atención",
        "(un ejemplo común es 100.4 °f/38 °c)",
        "llame a los servicios de emergencia (911 en ee. uu.)",
        "su hijo tiene cáncer y qué tratamiento recibe",
        "no da diagnósticos",  # the checklist does not diagnose
        "piel pálida y cansancio fuera de lo común",  # pale skin and unusual tiredness
        "en lugar de esperar a la próxima cita",  # rather than waiting for the next appointment
        "pregunte a su equipo qué tan pronto quieren saber",  # how soon they want to hear
        "comuníquese pronto con su equipo de atención",  # contact your care team soon
        "se desmaya, o tiene la piel fría y húmeda",  # faints, or has cold, clammy skin
        "el cerebro y la médula espinal",
        "síntomas que hemos notado",  # the printed sheet's heading
    ],
    "tests": [
        "hemograma completo",  # complete blood count
        "aspiración y biopsia de médula ósea",
        "punción lumbar",
        "punción espinal",  # spinal tap
        "radiografía",  # x-ray
        "los cromosomas y los genes",
        "pueden ayudar a los médicos a decidir cómo tratar",
        "enfermedad residual medible",
        "enfermedad residual mínima",
        "1 célula de leucemia entre 1 millón",
        "primer mes de reinducción",
    ],
    "getting-ready": [
        "una forma ligera de anestesia",
        "anestesiólogo",
        "dejar de comer y de beber durante un número determinado de horas",
        "podría respirar el vómito y llevarlo hasta los pulmones",
        "los tiempos de ayuno cambian de un hospital a otro",
        "sígalos con cuidado",
        "pregunte cuánto tiempo estará su hijo en la sala de recuperación",
        "menores de 3 años",
        "emla y lmx",
        "nunca ponga la crema sobre piel con heridas",
        "lejos de la boca y los ojos de su hijo",
        "si aparece un sarpullido, limpie la crema y llame a su equipo de atención",
        "prematuro",
        "menores de 12 meses, un poco de agua con azúcar o darles el pecho",
        "especialista en vida infantil",
        "dígaselo el mismo día del procedimiento",  # toddlers
        "edad preescolar: dígaselo uno o dos días antes",
        "edad escolar: dígaselo unos días antes, o incluso unas semanas antes",
        "dígale la verdad sobre qué partes le van a doler",
    ],
}

# What the English leaves to each family's care team (varies between hospitals): not stated here.
LEFT_TO_THE_TEAM: dict[str, list[str]] = {
    "getting-ready": ["30 a 60 minutos", "30-60 minutos", "3 horas", "6 horas", "8 horas"],
}

# Not every child is on chemotherapy, and no sign waits for the next visit.
GONE: dict[str, list[str]] = {
    "signs-and-symptoms": ["quimio", "en la próxima consulta", "hasta la próxima consulta"],
}

FIGURES = {
    "what-is-relapsed-all": ["pictures/where-all-comes-back.svg", "pictures/crowded-marrow.svg"],
    "signs-and-symptoms": [
        "pictures/when-to-call-emergency.svg",
        "pictures/when-to-call-now.svg",
        "pictures/when-to-call-soon.svg",
    ],
}

# The signs for emergency services stand in call-emergency boxes only, never in the team's box.
EMERGENCY_WORDS = ("911", "labios", "convulsi", "despertar", "desmaya")

# The signs that the leukemia may be back: contact the team, never wait for the next visit.
MAY_BE_BACK = (
    "anemia", "bone-joint-pain", "bruising-petechiae", "repeated-infections", "belly-pain",
    "swollen-lymph-nodes",
)  # fmt: skip


def _folded(text: str) -> str:
    return fold(text)[0]


@pytest.fixture(scope="module")
def section_text(reader_text: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return reader_text("es")


def _boxes(section_id: str) -> list[tuple[str, str, str]]:
    return section_boxes("es", section_id)


def _symptoms(language: str) -> dict[str, Symptom]:
    return {s.id: s for s in load_symptoms(content_root() / language / "symptoms.toml")}


@pytest.mark.parametrize("section_id", SECTIONS)
def test_the_section_is_translated(section_id: str) -> None:
    section = load_bundle(content_root(), LANGUAGE).get(section_id)
    assert section is not None
    assert section.fallback_for is None, f"{section_id} falls back to English"
    assert section.path.parent.name == LANGUAGE


@pytest.mark.parametrize(
    ("section_id", "fact"), [(s, fact) for s, facts in FACTS.items() for fact in facts]
)
def test_the_fact_is_in_its_section(
    section_text: dict[str, str], section_id: str, fact: str
) -> None:
    assert _folded(fact) in section_text[section_id], f"{section_id} no longer says: {fact}"


@pytest.mark.parametrize(
    ("section_id", "phrase"),
    [(s, phrase) for s, phrases in LEFT_TO_THE_TEAM.items() for phrase in phrases],
)
def test_a_point_for_the_care_team_is_not_stated_as_fact(
    section_text: dict[str, str], section_id: str, phrase: str
) -> None:
    assert _folded(phrase) not in section_text[section_id], f"{section_id} says: {phrase}"


@pytest.mark.parametrize(
    ("section_id", "words"), [(s, words) for s, gone in GONE.items() for words in gone]
)
def test_what_the_review_took_out_stays_out(
    section_text: dict[str, str], section_id: str, words: str
) -> None:
    assert _folded(words) not in section_text[section_id], f"{section_id} says: {words}"


@pytest.mark.parametrize("section_id", SECTIONS)
def test_the_boxes_have_the_spanish_titles(section_id: str) -> None:
    titles = {
        "key-points": "Puntos clave",
        "to-do": "Lo que usted puede hacer",
        "call-now": "Llame ahora a su equipo de atención",
        "call-emergency": "Llame a los servicios de emergencia (911 en EE. UU.)",
    }
    boxes = _boxes(section_id)
    assert boxes and boxes[0][0] == "key-points", section_id
    assert any(kind == "to-do" for kind, _, _ in boxes), section_id
    for kind, title, _ in boxes:
        if kind in titles:
            assert title == titles[kind], f"{section_id}: {kind} box titled {title!r}"


def test_the_911_signs_have_their_own_box_and_stay_out_of_the_care_teams_box() -> None:
    for section_id in ("start-here", "signs-and-symptoms"):
        boxes = _boxes(section_id)
        assert any(kind == "call-emergency" for kind, _, _ in boxes), section_id
        for kind, _, text in boxes:
            if kind == "call-now":
                found = [w for w in EMERGENCY_WORDS if w in _folded(text)]
                assert not found, f"{section_id}: a call-now box lists {found}"


@pytest.mark.parametrize(
    ("section_id", "picture"), [(s, p) for s, pictures in FIGURES.items() for p in pictures]
)
def test_the_picture_stands_in_a_figure_box_of_its_section(section_id: str, picture: str) -> None:
    figures = [text for kind, _, text in _boxes(section_id) if kind == "figure"]
    assert any(f"]({picture})" in text for text in figures), f"{section_id} lacks {picture}"


def test_the_when_to_call_chart_has_a_row_per_level_in_words() -> None:
    [chart] = [t for k, _, t in _boxes("signs-and-symptoms") if k == "figure" and "|" in t]
    rows = [line for line in chart.splitlines() if "pictures/when-to-call-" in line]
    levels = (
        ("when-to-call-emergency", "Llame a los servicios de emergencia (911 en EE. UU.)"),
        ("when-to-call-now", "Llame ahora a su equipo de atención"),
        ("when-to-call-soon", "Comuníquese pronto con su equipo de atención"),
    )
    assert len(rows) == len(levels)
    for row, (icon, words) in zip(rows, levels, strict=True):
        assert f"pictures/{icon}.svg" in row
        assert words in row  # words, never colour alone


def test_the_symptoms_keep_the_english_ids_urgency_and_seed() -> None:
    english = load_symptoms(content_root() / "en" / "symptoms.toml")
    spanish = load_symptoms(content_root() / LANGUAGE / "symptoms.toml")
    assert [(s.id, s.urgency, s.from_seed) for s in spanish] == [
        (s.id, s.urgency, s.from_seed) for s in english
    ]
    for mine, theirs in zip(spanish, english, strict=True):
        # Translated, not copied: the words a parent reads are Spanish.
        assert mine.name != theirs.name or mine.name == "Anemia", mine.id
        assert mine.action != theirs.action, mine.id


def test_each_symptom_says_whom_to_call_in_spanish() -> None:
    for symptom in _symptoms(LANGUAGE).values():
        action = _folded(symptom.action)
        urgency = symptom.urgency
        if urgency is Urgency.CALL_NOW:
            assert _folded("llame ahora a su equipo de atención") in action, symptom
        if urgency is Urgency.CALL_EMERGENCY:
            assert _folded("llame a los servicios de emergencia (911 en ee. uu.)") in action
            assert _folded("tiene cáncer y qué tratamiento recibe") in action, symptom
        words = _folded(f"{symptom.description} {symptom.action}")
        assert "quimio" not in words, symptom


def test_signs_the_leukemia_may_be_back_say_to_contact_the_team() -> None:
    symptoms = _symptoms(LANGUAGE)
    for symptom_id in MAY_BE_BACK:
        symptom = symptoms[symptom_id]
        assert symptom.urgency is Urgency.CONTACT_TEAM, symptom_id
        action = _folded(symptom.action)
        assert _folded("comuníquese pronto con su equipo de atención") in action, symptom_id
        assert _folded("no espere a la próxima consulta") in action, symptom_id
    anemia = _folded(symptoms["anemia"].name)
    assert "anemia" not in anemia  # what a parent sees, not a lab word
    assert _folded("piel pálida") in anemia


def test_the_fever_symptom_gives_the_teams_number_and_the_common_example() -> None:
    fever = _symptoms(LANGUAGE)["fever"]
    description = _folded(fever.description)
    rule = "fiebre igual o superior a la temperatura que le indicó su equipo de atención"
    assert _folded(rule) in description
    assert _folded("(un ejemplo común es 100.4 °f/38 °c)") in description
    assert "101" not in description  # one example, never a second number as the rule
