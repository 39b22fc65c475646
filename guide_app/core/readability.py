"""Reading level of a section: US grade (Flesch-Kincaid) for English, Fernández-Huerta for Spanish.

Scores are computed on the text a reader sees: Markdown is rendered, tags are dropped, and every
block (paragraph, list item, heading, table cell) counts as its own sentence, because a list of
short points read aloud is a list of short sentences, not one long one.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from types import ModuleType

from guide_app.core.html_text import text_blocks

_SENTENCE_END = (".", "!", "?", ":", ";")

# The grades families should be able to read (US school grade): at most 8; and at least 4 for
# prose, because text below that reads as written for a child. The Spanish ease floor.
MAX_ENGLISH_GRADE = 8.0
MIN_ENGLISH_GRADE = 4.0
MIN_SPANISH_EASE = 60.0  # Fernández-Huerta: below 60 fails; aim for 70 or more
AIM_SPANISH_EASE = 70.0


def plain_text(markdown_body: str) -> str:
    """The words of a Markdown body as a reader meets them, one block per sentence."""
    from guide_app.core.render import render_markdown  # Markdown is imported only when scoring

    blocks = [block.text for block in text_blocks("", render_markdown(markdown_body))]
    return "\n".join(text if text.endswith(_SENTENCE_END) else text + "." for text in blocks)


@dataclass(frozen=True)
class ReadingLevel:
    language: str
    score: float
    words: int
    words_per_sentence: float = 0.0
    prose: bool = True  # a written section; a generated one's short introduction has no floor

    @property
    def acceptable(self) -> bool:
        if self.language == "es":
            return self.score >= MIN_SPANISH_EASE
        floor = MIN_ENGLISH_GRADE if self.prose else float("-inf")
        return floor <= self.score <= MAX_ENGLISH_GRADE

    def describe(self) -> str:
        if self.language == "es":
            return (
                f"Fernández-Huerta {self.score:.1f} "
                f"(at least {MIN_SPANISH_EASE:.0f}, aim {AIM_SPANISH_EASE:.0f})"
            )
        limits = f"{MIN_ENGLISH_GRADE:.0f}-" if self.prose else "at most "
        return f"grade {self.score:.1f} ({limits}{MAX_ENGLISH_GRADE:.0f})"


def load_textstat() -> ModuleType:
    """textstat, a development dependency (content editors score their text; the bundle for
    families does not carry it): ``ImportError`` where it is not installed."""
    # textstat 0.7.3 imports pkg_resources, which warns on import; the warning is not ours.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import textstat

    module: ModuleType = textstat
    return module


def reading_level(markdown_body: str, language: str, *, prose: bool = True) -> ReadingLevel:
    """Score a section body; English as a US grade, Spanish as Fernández-Huerta reading ease."""
    textstat = load_textstat()
    text = plain_text(markdown_body)
    words = textstat.lexicon_count(text)
    if language == "es":
        textstat.set_lang("es")
        score = textstat.fernandez_huerta(text)
    else:
        textstat.set_lang("en")
        score = textstat.flesch_kincaid_grade(text)
    sentences = max(1, int(textstat.sentence_count(text)))
    return ReadingLevel(language, float(score), int(words), int(words) / sentences, prose)


if __name__ == "__main__":  # a writer's tool: python -m guide_app.core.readability FILE.md ...
    import sys
    from pathlib import Path

    for name in sys.argv[1:]:
        raw = Path(name).read_text(encoding="utf-8")
        body = raw.split("+++", 2)[2] if raw.startswith("+++") else raw
        lang = "es" if "/es/" in name else "en"
        level = reading_level(body, lang)
        print(
            f"{name}: {level.describe()}, {level.words} words, "
            f"{level.words_per_sentence:.1f} words a sentence"
        )
