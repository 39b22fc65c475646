"""Three more pictures show a family what to do (issue 11, PEMAT-P item 26), each right after
the text it illustrates in its own chapter: numbing cream before a poke (Getting ready), lying
down with the legs a little raised while waiting for help (Signs and symptoms), and taking off
gloves after cleaning up chemo waste (Care at home). Each stands in one figure box with
alternative text for a reader who cannot see it and a caption carrying the step words and the
reference's numbers, in English and in Spanish (the Spanish file itself, not the English
fallback). Facts: family care facts, numbing cream (line 111), waiting for help (line 139),
handling chemo safely at home (line 32). The steps of Care at home's other pictures are checked
in test_content_facts_care_pictures.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from section_boxes import FIGURE_PICTURE, picture_alts, section_boxes

from guide_app.core.content import load_bundle
from guide_app.core.render import render_markdown
from guide_app.core.search import fold
from guide_app.resources import content_root, resources_root

LANGUAGES = ("en", "es")


def _folded(text: str) -> str:
    return fold(text)[0]


# Pictures of three more actions (PEMAT-P item 26), each in the chapter whose text it illustrates:
# the section, words its alternative text must carry (what it shows), and the step words and
# numbers of its caption, in each language (family care facts: numbing cream, line 111; lying
# down while waiting for help, line 139; gloves for chemo waste, line 32).
ACTION_FIGURES: dict[str, tuple[str, dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]] = {
    "numbing-cream.svg": (
        "getting-ready",
        {"en": ("cream", "clear dressing", "clock", "wipes the cream off", "needle"),
         "es": ("crema", "apósito transparente", "reloj", "limpia la crema", "aguja")},
        {"en": ("put the cream on the spot where the needle will go", "ask your team how long",
                "plastic wrap or a clear dressing", "write down the time", "wiped off"),
         "es": ("ponga la crema en el lugar donde irá la aguja", "pregunte a su equipo cuánto",
                "plástico de cocina o con un apósito transparente", "anote la hora",
                "se limpia la crema")},
    ),
    "legs-raised.svg": (
        "signs-and-symptoms",
        {"en": ("lies flat on the back", "pillow", "legs are a little raised", "blanket"),
         "es": ("acostado boca arriba", "almohada", "piernas quedan un poco levantadas", "manta")},
        {"en": ("while you wait for help", "legs a little raised", "unless this hurts",
                "warm", "nothing to eat or drink"),
         "es": ("mientras espera ayuda", "piernas un poco levantadas", "a menos que esto le duela",
                "abrigado", "nada de comer ni de beber")},
    ),
    "chemo-safety-gloves.svg": (
        "care-at-home",
        {"en": ("wearing gloves are washed", "peeled off", "inside out", "washed again"),
         "es": ("con guantes se lavan", "se quita", "al revés", "se lavan otra vez")},
        {"en": ("at least 48 hours after each dose", "disposable gloves",
                "wash your hands with the gloves on", "remove the gloves",
                "wash your hands again"),
         "es": ("al menos 48 horas después de cada dosis", "guantes desechables",
                "lávese las manos con los guantes puestos", "quíteselos",
                "vuelva a lavarse las manos")},
    ),
}  # fmt: skip


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("picture", sorted(ACTION_FIGURES))
def test_an_action_picture_is_shown_with_its_alt_text_and_its_steps(
    reader_text: Callable[[str], dict[str, str]], language: str, picture: str
) -> None:
    section_id, alt_words, caption_words = ACTION_FIGURES[picture]
    assert (resources_root() / "pictures" / picture).is_file()
    found = [
        (m.group("alt"), text[m.end() :].strip())
        for kind, _, text in section_boxes(language, section_id)
        if kind == "figure" and (m := FIGURE_PICTURE.search(text))
        if m.group("name") == picture
    ]
    assert len(found) == 1, f"{language}: {section_id} shows {picture} in {len(found)} figure boxes"
    [(alt, caption)] = found
    for words in alt_words[language]:
        assert _folded(words) in _folded(alt), f"{language} {picture}: alt text lacks {words!r}"
    for words in caption_words[language]:
        assert _folded(words) in _folded(caption), f"{language} {picture}: caption lacks {words!r}"
    # The reader's view: the page shows the picture with that alternative text, in this
    # language's own file (not the English fallback), and the caption's words are on the page.
    section = load_bundle(content_root(), language).get(section_id)
    assert section is not None and section.path.parent.name == language
    assert picture_alts(render_markdown(section.body)).get(picture) == alt
    assert _folded(caption_words[language][0]) in reader_text(language)[section_id]
