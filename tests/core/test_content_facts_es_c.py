"""The Spanish chapters on care at home, practical matters and after treatment, the two generated
sections' introductions (words to know, about this guide) and the Spanish glossary keep the facts
the English tests check there (test_content_facts_new_a.py, test_content_facts_fixes.py), in
Spanish words, and keep out what the English leaves to each family's care team.

Each fact is checked as words a reader sees (rendered with the Spanish glossary, accent- and
case-blind), so a later edit may reword around them but not drop them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable

import pytest
from section_boxes import section_boxes

from guide_app.core.content import load_bundle
from guide_app.core.glossary import Glossary, check_glossary
from guide_app.core.search import fold
from guide_app.resources import content_root

LANGUAGE = "es"
SECTIONS = ("care-at-home", "practical-matters", "after-treatment", "words-to-know", "about")

FACTS: dict[str, list[str]] = {
    "care-at-home": [
        "nada previene mejor las infecciones que lavarse las manos",
        "mientras esperan en una sala de emergencias, su hijo también puede usar una mascarilla",
        "su equipo de atención decide qué vacunas recibe su hijo",
        # the measles, mumps and rubella vaccine, the chickenpox vaccine, and the nasal flu vaccine
        "la vacuna contra el sarampión, las paperas y la rubéola, la vacuna contra la varicela y "
        "la vacuna contra la influenza en atomizador nasal",
        "la inyección antigripal cada año, no el atomizador nasal",  # a yearly flu shot
        "avise a su equipo antes de que alguien de la casa reciba una vacuna viva",
        "1 a 2 días antes de que salga el sarpullido",  # before the rash appears
        "pasteurizado",
        "fuera del refrigerador más de 1 hora",  # sitting out for more than 1 hour
        "guarde el paquete de esa comida",  # keep the food package
        "reptiles",
        "para adoptar una mascota nueva",  # wait ... before adopting a new pet
        "solo las personas que recibieron capacitación deben cuidar la vía",
        "la temperatura que le indicó su equipo de atención",
        "(un ejemplo común es 100.4 °f/38 °c)",
        "escalofríos cuando se lava la vía",  # chills when the line is flushed
        "nunca fuerce una vía que no se puede lavar",
        "cierre la vía con una pinza entre la rotura y la piel de su hijo",
        "durante 5 a 10 minutos",
        "lleve la vía con usted",  # bring the line with you
        "llame a los servicios de emergencia (911 en ee. uu.)",
        "silbidos al respirar o falta de aire",  # wheezing or shortness of breath (transfusion)
        "alrededor de 2 a 2½ horas",
        "alrededor de 1 a 1½ horas",
        "la sangre de los familiares no es más segura",
        "ronchas",  # hives
        "la prednisona o la dexametasona",
        "una señal de azúcar alta en la sangre",
        "no ponga a su hijo a dieta mientras toma esteroides",
        "nunca empiece ni deje ningún medicamento sin hablar antes con el médico de su hijo",
        "de 5 a 6 comidas pequeñas",
        "más de 2 a 3 días",
        "al menos 48 horas",
        "o durante el tiempo que le indique su equipo de atención",
        "descargue el agua dos veces",  # flush twice
        "agua tibia durante al menos 5 minutos",
        "aspirina, ibuprofeno ni naproxeno",
        "pregunte a su equipo antes de darle cualquier medicamento que compre en una tienda",
        "por el recto",  # rectally
        "una inyección en un músculo",
        "apriete la parte blanda de la nariz durante 10 minutos",
        "mucositis",
        "enjuagues que tienen alcohol",  # mouthwash that contains alcohol
        "consulte con el médico del cáncer antes de ir al dentista",
        "no puede tragar su propia saliva",
    ],
    "practical-matters": [
        "trabajador social",
        "depende del tipo de trasplante y de lo lejos que usted viva",
        "a los hermanos por lo general les va mejor si se quedan en casa",
        "los recuentos de sangre pueden seguir bajos durante meses",
        "se comparte con el médico del cáncer de su zona",
        "precios con descuento",  # discount deals
        "un cuidador adulto que pueda estar con el paciente todo el tiempo",
        "la temperatura que le indicó su equipo de atención",
        "confusión nueva",
        "dificultad nueva para hablar",
        "el seguro médico deja algunos gastos sin cubrir",
        "atención de caridad",  # charity care
        "deducibles",
        "no deje que pase a una agencia de cobranza",
        "plan de pagos",
        "medicamento genérico",
        "medicaid",
        "cambian de un estado a otro",  # differ from state to state
        "seguridad de ingreso suplementario (ssi)",
        "blood cancer united (antes llamada leukemia & lymphoma society)",
        "estos fondos abren y cierran",
        "ley de licencia familiar y médica (fmla)",
        "hasta 12 semanas de licencia sin sueldo en un período de 12 meses",
        "seguro médico de grupo",  # group health insurance
        "pregunte en la oficina de recursos humanos de su empleador por las leyes de licencia",
    ],
    "after-treatment": [
        "se sienten perdidos, o incluso abandonados",
        "efectos tardíos",  # late effects
        "durante el resto de su vida",
        "atención de seguimiento regular y planificada",
        "dependen de los tratamientos que recibió",
        "tiroides",
        "sobre todo en las niñas",  # especially in girls
        "más de la mitad de los niños que reciben un trasplante de un donante",
        "tanto niños como niñas",
        "2 a 3 años después",
        "lo antes posible, antes de que empiece el tratamiento",
        "especialista en fertilidad",
        "volver a hablar del tema antes de un trasplante",  # again before a transplant
        "el banco de esperma (congelar espermatozoides)",  # sperm banking (freezing sperm)
        "unas 2 semanas de inyecciones de hormonas",
        "solo es posible si el tratamiento puede esperar sin riesgo",
        "congelar tejido de un ovario es la única opción",
        "congelar tejido de un testículo todavía es experimental",
        "con la misma anestesia",  # under the same anesthesia
        "guías de seguimiento a largo plazo",
        "health links",
        "los nombres y las dosis de los medicamentos de quimioterapia",
        "también a los dentistas y a los médicos de los ojos",
        "hasta la edad adulta",  # into adulthood
        "solo ven 1 o 2 sobrevivientes de cáncer infantil",
        "unos 2 años después del final del tratamiento, o 5 años después del diagnóstico",
    ],
    "words-to-know": [
        "orden alfabético",
        "pida a su equipo de atención que se la explique",  # a missing word: ask your team
    ],
    "about": [
        "no da consejos médicos",  # it does not give medical advice
        "solo su equipo de atención conoce a su hijo",
        "dana-farber/boston children's",
        "administración de alimentos y medicamentos de ee. uu. (fda)",
        "30 de noviembre de 2026",  # last reviewed
        "cambiaron, y ese capitulo explica lo que se aplica ahora",  # CAR T: its own chapter says
        "funciona sin internet",
        "nunca envía sus respuestas a ninguna parte",
        "en un quiosco de la clínica, no se guarda nada",
        "empezar de nuevo",  # the kiosk's "Start over"
        "¿sigue ahi?",  # the kiosk's idle warning, as the interface translation says it
        "sigo aqui",
        "imprimir mis preguntas",
        "llevese sus preguntas a casa",
        "codigo qr",
        "borrar mis listas",  # "Clear my lists", as the interface translation says it
    ],
}

# Points the English leaves to each family's care team (they vary between hospitals, or the
# reference could not confirm them): the Spanish does not state them either.
LEFT_TO_THE_TEAM: dict[str, list[str]] = {
    "care-at-home": [
        "acetaminofén",  # fever medicine: ask your team
        "acetaminofeno",
        "paracetamol",
        "dieta neutropénica",  # special diets: ask your team
        "50,000",  # when to stop flossing
        "50.000",
        "6 meses después del tratamiento",  # one network's live-vaccine rule
    ],
    "practical-matters": [
        "$500",  # charity amounts and limits
        "600%",
        "600 %",
        "ronald mcdonald",
        "6 a 8 semanas",  # one hospital's stay
        "30 días",  # one center's caregiver rule
        "50 trabajadores",  # the leave law's thresholds: HR says who qualifies
        "1,250 horas",
        "1-866-487-9243",
    ],
    "after-treatment": [
        "la mitad de probabilidades",  # older data on survivors fathering children
        "361 niños",  # a study detail a parent does not need to decide or ask
    ],
}

# What the English review took out must not come back in Spanish either.
GONE: dict[str, list[str]] = {
    "about": [
        "aprobación especial",  # special approval
        "cambiaron en junio de 2025",  # the end of the CAR T rules: told in the CAR T chapter
        "certificación especial",
    ],
}

BOX_TITLES = {
    "key-points": "Puntos clave",
    "to-do": "Lo que usted puede hacer",
    "call-now": "Llame ahora a su equipo de atención",
    "call-emergency": "Llame a los servicios de emergencia (911 en EE. UU.)",
}

# The signs for emergency services stand in call-emergency boxes only, never in the team's box.
EMERGENCY_WORDS = ("911", "labios", "convulsi", "despertar", "desmaya")


def _folded(text: str) -> str:
    return fold(text)[0]


@pytest.fixture(scope="module")
def section_text(reader_text: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return reader_text("es")


def _boxes(section_id: str) -> list[tuple[str, str, str]]:
    return section_boxes("es", section_id)


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
    boxes = _boxes(section_id)
    assert boxes and boxes[0][0] == "key-points", section_id
    assert any(kind == "to-do" for kind, _, _ in boxes), section_id
    for kind, title, _ in boxes:
        if kind in BOX_TITLES:
            assert title == BOX_TITLES[kind], f"{section_id}: {kind} box titled {title!r}"


def test_care_at_home_keeps_the_911_signs_in_their_own_box() -> None:
    # The emergency box points to the one list of 911 signs (Signs and symptoms) instead of
    # keeping a second list that could drift from it.
    boxes = _boxes("care-at-home")
    emergency = [text for kind, _, text in boxes if kind == "call-emergency"]
    assert emergency
    assert "(section:signs-and-symptoms#señales-de-alarma-que-no-pueden-esperar)" in emergency[0]
    for kind, _, text in boxes:
        if kind == "call-now":
            found = [w for w in EMERGENCY_WORDS if w in _folded(text)]
            assert not found, f"care-at-home: a call-now box lists {found}"


def test_the_link_to_the_emergency_signs_names_a_spanish_heading() -> None:
    section = load_bundle(content_root(), LANGUAGE).get("care-at-home")
    signs = load_bundle(content_root(), LANGUAGE).get("signs-and-symptoms")
    assert section is not None and signs is not None
    assert "(section:signs-and-symptoms#señales-de-alarma-que-no-pueden-esperar)" in section.body
    assert "\n## Señales de alarma que no pueden esperar\n" in signs.body


# --- The Spanish glossary -------------------------------------------------------------------

# Words that are the same in both languages (drug and program names, and two medical words).
SAME_TERM = {"anemia", "neutropenia", "blinatumomab", "medicaid"}

GLOSSARY_FACTS: dict[str, list[str]] = {
    "mrd": ["enfermedad residual medible", "enfermedad residual mínima"],
    "febrile-neutropenia": ["llame ahora a su equipo de atención"],
    "inotuzumab": ["cd22"],
    "car-t-cell-therapy": ["células t"],
    "fmla": ["12 semanas", "12 meses"],
    "numbing-cream": ["emla y lmx", "pregunte a su equipo"],
    "live-vaccine": ["sarampión, las paperas y la rubéola", "varicela", "atomizador nasal"],
    "prognosis": ["no puede decir qué le pasará a un niño en particular"],
    "gvhd": ["enfermedad de injerto contra huésped"],
    "crs": ["síndrome de liberación de citocinas", "desmayo"],
    "extramedullary-relapse": ["el cerebro y la médula espinal", "testículos"],
}


def _glossaries() -> tuple[Glossary, Glossary]:
    english, _ = check_glossary(content_root() / "en" / "glossary.toml")
    spanish, problems = check_glossary(content_root() / LANGUAGE / "glossary.toml")
    assert not problems
    return english, spanish


def test_the_glossary_has_every_english_term_with_the_same_ids_and_see_also() -> None:
    english, spanish = _glossaries()
    assert [(t.id, t.see_also) for t in spanish.terms] == [
        (t.id, t.see_also) for t in english.terms
    ]


def test_the_glossary_is_written_in_spanish() -> None:
    english, spanish = _glossaries()
    for mine, theirs in zip(spanish.terms, english.terms, strict=True):
        assert mine.meaning != theirs.meaning, mine.id
        if mine.id not in SAME_TERM:
            assert mine.term != theirs.term, mine.id


def test_the_glossary_records_the_english_version_on_its_first_line() -> None:
    path = content_root() / LANGUAGE / "glossary.toml"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("translation_of = ")
    # Whether it is still current is check-content's to say (translation_status).
    assert re.fullmatch(r"sha256:[0-9a-f]{16}", tomllib.loads(first)["translation_of"])


@pytest.mark.parametrize(
    ("term_id", "fact"), [(t, fact) for t, facts in GLOSSARY_FACTS.items() for fact in facts]
)
def test_the_glossary_meaning_keeps_its_fact(term_id: str, fact: str) -> None:
    _, spanish = _glossaries()
    term = spanish.get(term_id)
    assert term is not None
    assert _folded(fact) in _folded(f"{term.term} {term.meaning}"), f"{term_id}: {fact}"


def test_words_to_know_shows_every_spanish_term(section_text: dict[str, str]) -> None:
    _, spanish = _glossaries()
    for term in spanish.terms:
        assert _folded(term.term) in section_text["words-to-know"], term.id
