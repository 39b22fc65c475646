"""The Spanish chapters on feelings and family, on care when treatment stops working, and on help
by phone keep the facts the English test checks in those chapters (test_content_facts_new_b.py),
in Spanish, and keep out what the English leaves out. Checked as the words a reader sees
(rendered with the Spanish glossary, accent- and case-blind), so a later edit may reword around
them but not drop them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from guide_app.core.content import load_bundle
from guide_app.core.search import fold
from guide_app.resources import content_root

FACTS: dict[str, list[str]] = {
    "feelings-and-family": [
        "una recaída no es culpa de nadie",
        "use las palabras reales",
        "¿por qué a mí?",
        "los bebés y los niños muy pequeños",
        "el pinchazo de la aguja va a doler",
        "los niños de 7 a 12 años",
        "el cáncer no se contagia",
        "aunque sean solo 10 minutos",
        "plan 504",
        "programa de educación individualizada",
        "los niños con cáncer muchas veces cumplen los requisitos",
        "pida el plan por escrito",
        "la nueva escuela debe seguir el plan",
        "trabajadores sociales",
        "especialistas en vida infantil",
        "capellanes",
        "no significa que su hijo tenga una enfermedad mental",
        "agotamiento",
        "hacerse daño o en hacerle daño a su hijo, busque ayuda de inmediato",
        "si alguien está en peligro ahora, llame a los servicios de emergencia (911 en ee. uu.)",
        "si está en peligro ahora, llame a los servicios de emergencia (911 en ee. uu.)",
        "una necesidad, no un lujo",
        "programas de relevo",
        "programas para adolescentes y adultos jóvenes",
        "ansiedad, depresión, consumo de drogas o alcohol, y suicidio",
        "solo cuando haya un riesgo real para su salud",
    ],
    "if-treatment-stops": [
        "cuidados paliativos",
        "cuidados médicos de apoyo, control de síntomas o cuidados de bienestar",
        "cualquier edad y cualquier etapa",
        "no tratan el cáncer en sí",
        "no significa que su hijo tenga que dejar el tratamiento contra el cáncer",
        "una capa más de apoyo",
        "¿se espera que mi hijo mejore?",
        "en este momento, ¿cuál es el objetivo más importante de la atención?",
        "¿cuándo sabremos si el tratamiento está funcionando?",
        "orden de no reanimar (dnr",
        "directiva anticipada",
        "etapa final de la vida",
        "apoyo en el duelo",
        "menores de 21 años",
        "medicaid u otro plan de salud del gobierno para niños",
        "atención concurrente",
        "un niño puede morir",
    ],
    "help-by-phone": [
        "1-800-4-cancer (1-800-422-6237)",
        "en inglés y en español",
        "no da consejos médicos",
        "1-800-227-2345",
        "a cualquier hora del día o de la noche",
        "800-813-hope (800-813-4673)",
        "no son para emergencias",
        "0808 800 4040",
        "mi equipo de atención",
        "se imprime en su hoja de preguntas",
        "la temperatura que le indicó su equipo de atención",
        "si el numero fuera de horario es distinto, anote los dos",
        "el número de emergencia que le dé su propio equipo de tratamiento",
        "llame a los servicios de emergencia (911 en ee. uu.)",
    ],
}

# What the English chapters leave out (unconfirmed, or numbers that would frighten a family in
# the hardest chapter), in Spanish as well.
LEFT_OUT: dict[str, list[str]] = {
    "if-treatment-stops": [
        "40%",  # share of bereaved parents who felt unprepared: said without numbers
        "40 %",
        "10%",
        "10 %",
        "por ciento",
        "6 meses",  # hospice certification: "your team or social worker can explain" instead
        "seis meses",
    ],
    "help-by-phone": [
        "800-955-4572",  # Blood Cancer United: number unconfirmed after the 2025 name change
        "8 a. m.",  # NCI Cancer Information Service hours: unconfirmed
        "8 a.m.",
        "9 a. m.",
        "9 a.m.",
    ],
}

SECTIONS = tuple(FACTS)


@pytest.fixture(scope="module")
def section_text(reader_text: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return reader_text("es")


@pytest.mark.parametrize(
    ("section_id", "fact"), [(s, fact) for s, facts in FACTS.items() for fact in facts]
)
def test_the_fact_is_in_its_spanish_section(
    section_text: dict[str, str], section_id: str, fact: str
) -> None:
    assert fold(fact)[0] in section_text[section_id], f"{section_id} (es) no longer says: {fact}"


@pytest.mark.parametrize(
    ("section_id", "phrase"), [(s, phrase) for s, phrases in LEFT_OUT.items() for phrase in phrases]
)
def test_an_unconfirmed_or_frightening_point_stays_out_in_spanish(
    section_text: dict[str, str], section_id: str, phrase: str
) -> None:
    assert fold(phrase)[0] not in section_text[section_id], f"{section_id} (es) says: {phrase}"


def test_the_spanish_chapters_stand_in_the_english_places() -> None:
    orders = {s.id: s.order for s in load_bundle(content_root(), "es").sections}
    assert orders["feelings-and-family"] == 11
    assert orders["if-treatment-stops"] == 14
    assert orders["help-by-phone"] == 15
