"""The Spanish treatment, CAR T, clinical trials, outlook and questions chapters, and the Spanish
question bank, keep what the English ones keep: the facts the English facts tests check for these
sections (test_content_facts.py and test_content_facts_fixes.py), in the Spanish words, the
emergency signs in their own box, the pictures, no frightening numbers in the outlook, and the
question bank's ids, topics and recommended questions. Facts are checked as the words a reader
sees (rendered with the Spanish glossary, accent- and case-blind), so a later edit may reword
around them but not drop them."""

from __future__ import annotations

import tomllib
from collections.abc import Callable

import pytest
from section_boxes import section_boxes

from guide_app.core.content import load_bundle
from guide_app.core.question_bank import load_question_bank
from guide_app.core.search import fold
from guide_app.resources import content_root

SECTIONS = ("treatment", "car-t-cell-therapy", "clinical-trials", "outlook", "questions")

FACTS: dict[str, list[str]] = {
    "treatment": [
        "más intenso que la primera vez",
        "segunda remisión completa",
        "por la vena",
        "por la boca",
        "en el líquido espinal",
        "se parece mucho al tratamiento que recibió su hijo cuando le encontraron la lla por "
        "primera vez",
        "con o sin radioterapia",
        "trasplante de células madre",
        "dónde regresó la leucemia",
        "cuánto tiempo pasó desde el primer diagnóstico, o desde el final del primer tratamiento, "
        "hasta la recaída",
        "de células b o de células t",
        "primer mes de reinducción",
        "les puede ayudar un trasplante de células madre",
        "seis meses o más después de terminar su primer tratamiento",
        "sin trasplante",
        "desde el primer diagnóstico o desde el final del tratamiento",
        "recaída extramedular",
        "el cerebro y la médula espinal",
        "se puede añadir radiación",
        "haploidéntico",
        "sangre de cordón umbilical",
        "enfermedad de injerto contra huésped",
        "blinatumomab",
        "28 días",
        "dos problemas graves",
        "no solo medicamentos para estudios de investigación",
        "pregunte a su equipo cómo usa estos medicamentos",
        "daño grave al hígado",
        "inotuzumab",
        "cd22",
        "1 año o más",
        "100.4 °f/38 °c",
        "fiebre igual o superior a la temperatura que le indicó su equipo de atención",
        "llame a los servicios de emergencia (911 en ee. uu.)",
    ],
    "car-t-cell-therapy": [
        "el tisagenlecleucel (kymriah) está aprobado para pacientes de hasta 25 años",
        "lla de células b",
        "refractaria",
        "segunda recaída o posterior",
        "infusión",
        "aféresis",
        "varias semanas",
        "quimioterapia de reducción de linfocitos",
        "junio de 2025",
        "estas reglas cambiaron en junio de 2025",
        "pregunte a su equipo qué reglas sigue",
        "al menos 2 semanas",
        "síndrome de liberación de citocinas",
        "entre 3 y 14 días",
        "sentirse mareado o a punto de desmayarse, o tener la piel fría y húmeda",
        "100.4 °f/38 °c",
        "fiebre igual o superior a la temperatura que le indicó su equipo de atención",
        "llame de inmediato al número de su equipo de atención",
        "llame a los servicios de emergencia (911 en ee. uu.)",
    ],
    "clinical-trials": [
        "nuevos medicamentos de quimioterapia",
        "nuevas mezclas de medicamentos de quimio",
        "anticuerpos dirigidos contra la leucemia",
        "sistema inmunitario de su hijo a atacar la leucemia",
        "terapia de células t con car",
        "fase 1",
        "fase 2",
        "fase 3",
        "asignación al azar",
        "los placebos casi nunca se usan",
        "consentimiento informado",
        "asentimiento",
        "puede dejarlo en cualquier momento",
        "no debería afectar la atención que recibe su hijo",
        "clinicaltrials.gov",
        "empiece por preguntar al médico de su hijo",
        "podemos dejar el ensayo?",
    ],
    "outlook": [
        "dónde regresó la leucemia",
        "cuándo regresó",
        "desde el primer diagnóstico, o desde el final del primer tratamiento",
        "la edad de su hijo en el primer diagnóstico",
        "primer mes de reinducción",
        "cómo son las células de leucemia",
        "cuántas veces ha regresado",
        "no pueden decir lo que le pasará a su hijo",
        "el cerebro y la médula espinal",
    ],
    "questions": [
        "las preguntas recomendadas",
        "escanear un código",
        "se imprimen en la misma hoja que sus preguntas",
    ],
}

# What the English review took out (test_content_facts_fixes.GONE), in Spanish: it stays out.
GONE: dict[str, list[str]] = {
    "treatment": ["se añade radiación", "se agrega radiación"],
    "car-t-cell-therapy": ["presión arterial baja", "hipotensión", "aprobación especial"],
    "clinical-trials": ["junio de 2024", "28 días", "advertencia en recuadro"],
}

# Signs for emergency services; they stand in call-emergency boxes only, never the care team's.
EMERGENCY_WORDS = ("911", "labios azules", "convulsi", "no se puede despertar", "desmaya")

FIGURES = {
    "treatment": ["pictures/road-map-after-relapse.svg"],
    "car-t-cell-therapy": ["pictures/car-t-steps.svg"],
}

BOX_TITLES = {
    "key-points": "Puntos clave",
    "to-do": "Lo que usted puede hacer",
    "call-now": "Llame ahora a su equipo de atención",
    "call-emergency": "Llame a los servicios de emergencia (911 en EE. UU.)",
}


def _spanish_section(section_id: str):  # type: ignore[no-untyped-def]
    section = load_bundle(content_root(), "es").get(section_id)
    assert section is not None, section_id
    assert section.fallback_for is None, f"{section_id} has no Spanish file"
    return section


@pytest.fixture(scope="module")
def section_text(reader_text: Callable[[str], dict[str, str]]) -> dict[str, str]:
    return reader_text("es")


def _boxes(section_id: str) -> list[tuple[str, str, str]]:
    return section_boxes("es", section_id)


@pytest.mark.parametrize("section_id", SECTIONS)
def test_the_section_is_written_in_spanish_with_the_english_header(section_id: str) -> None:
    spanish = _spanish_section(section_id)
    english = load_bundle(content_root(), "en").get(section_id)
    assert english is not None
    assert spanish.language == "es"
    assert (spanish.order, spanish.generated) == (english.order, english.generated)
    assert [s.url for s in spanish.sources] == [s.url for s in english.sources]
    assert spanish.title != english.title
    assert len(spanish.short_title) <= 18


@pytest.mark.parametrize(
    ("section_id", "fact"), [(s, fact) for s, facts in FACTS.items() for fact in facts]
)
def test_the_fact_is_in_its_spanish_section(
    section_text: dict[str, str], section_id: str, fact: str
) -> None:
    assert fold(fact)[0] in section_text[section_id], f"{section_id} (es) no longer says: {fact}"


@pytest.mark.parametrize(
    ("section_id", "words"), [(s, words) for s, gone in GONE.items() for words in gone]
)
def test_what_the_english_review_took_out_stays_out(section_id: str, words: str) -> None:
    body = fold(_spanish_section(section_id).body)[0]
    assert fold(words)[0] not in body, f"{section_id} (es) says again: {words}"


@pytest.mark.parametrize("section_id", SECTIONS)
def test_the_boxes_have_the_spanish_titles(section_id: str) -> None:
    boxes = _boxes(section_id)
    assert boxes[0][0] == "key-points"
    assert any(kind == "to-do" for kind, _, _ in boxes)
    for kind, title, _ in boxes:
        if kind in BOX_TITLES:
            assert title == BOX_TITLES[kind], f"{section_id}: {kind} box titled {title!r}"


@pytest.mark.parametrize("section_id", ["treatment", "car-t-cell-therapy"])
def test_the_911_signs_have_their_own_box(section_id: str) -> None:
    boxes = _boxes(section_id)
    assert any(kind == "call-emergency" for kind, _, _ in boxes), section_id
    for kind, _, text in boxes:
        if kind == "call-now":
            found = [w for w in EMERGENCY_WORDS if w in fold(text)[0]]
            assert not found, f"{section_id} (es): a call-now box lists {found}"


@pytest.mark.parametrize(
    ("section_id", "picture"), [(s, p) for s, pictures in FIGURES.items() for p in pictures]
)
def test_the_picture_stands_in_a_figure_box(section_id: str, picture: str) -> None:
    figures = [text for kind, _, text in _boxes(section_id) if kind == "figure"]
    assert any(f"]({picture})" in text for text in figures), f"{section_id} (es) lacks {picture}"


def test_no_outlook_numbers_that_frighten() -> None:
    # As in English: the numbered headings list the factors; the body says it without numbers.
    body = _spanish_section("outlook").body
    lines = [line for line in body.splitlines() if not line.startswith("#")]
    assert not any(char.isdigit() for char in "\n".join(lines))


def test_the_spanish_question_bank_matches_the_english_one() -> None:
    root = content_root()
    english = load_question_bank(root / "en" / "questions.toml")
    spanish = load_question_bank(root / "es" / "questions.toml")
    assert [t.id for t in spanish.topics] == [t.id for t in english.topics]
    assert [(q.id, q.topic, q.default) for q in spanish.questions] == [
        (q.id, q.topic, q.default) for q in english.questions
    ]
    assert len(spanish.questions) == 55
    english_texts = {q.text for q in english.questions}
    for question in spanish.questions:
        assert question.text not in english_texts, question.id
        assert "¿" in question.text and question.text.endswith("?"), question.id


def test_the_spanish_question_bank_records_its_english_version_first() -> None:
    path = content_root() / "es" / "questions.toml"
    first = next(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    assert first.startswith('translation_of = "sha256:')
    assert tomllib.loads(path.read_text(encoding="utf-8"))["translation_of"].startswith("sha256:")
