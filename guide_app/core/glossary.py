"""The glossary ("Words to know"): terms with a plain meaning, shared by links in every section."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from guide_app.core.problems import ContentError, Problem
from guide_app.core.toml_entries import ID_PATTERN, id_line, read_toml, table_entries

GLOSSARY_FILE = "glossary.toml"


@dataclass(frozen=True)
class GlossaryTerm:
    id: str
    term: str
    meaning: str
    see_also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Glossary:
    terms: tuple[GlossaryTerm, ...] = ()

    def get(self, term_id: str) -> GlossaryTerm | None:
        return next((t for t in self.terms if t.id == term_id), None)

    def ids(self) -> set[str]:
        return {t.id for t in self.terms}


def check_glossary(path: Path) -> tuple[Glossary, list[Problem]]:
    """Read a glossary file; return the good terms and a Problem for each bad one."""
    text, data, problems = read_toml(path)
    if data is None:
        return Glossary(), problems

    # Lines come from each [[term]] header and its id line, as for the symptom and question
    # data: an id may also stand earlier in another term's see_also.
    entries, problems = table_entries(path, text, data, "term")
    if not entries and not problems:
        return Glossary(), [Problem(path, 1, "no [[term]] entries")]
    terms: list[GlossaryTerm] = []
    lines: dict[str, int] = {}
    for raw, header in entries:
        term_id = raw.get("id")
        where = id_line(text, term_id, header)
        if not isinstance(term_id, str) or not ID_PATTERN.match(term_id):
            problems.append(Problem(path, where, "a term needs an 'id' of a-z, 0-9 and '-'"))
            continue
        if term_id in lines:
            problems.append(Problem(path, where, f"term id '{term_id}' is used twice"))
            continue
        term, meaning = raw.get("term"), raw.get("meaning")
        if not isinstance(term, str) or not term.strip():
            problems.append(Problem(path, where, f"term '{term_id}' has no 'term' text"))
            continue
        if not isinstance(meaning, str) or not meaning.strip():
            problems.append(Problem(path, where, f"term '{term_id}' has no 'meaning'"))
            continue
        see_also = raw.get("see_also", [])
        if not isinstance(see_also, list) or not all(isinstance(s, str) for s in see_also):
            problems.append(Problem(path, where, f"term '{term_id}': 'see_also' must list ids"))
            continue
        lines[term_id] = where
        terms.append(
            GlossaryTerm(term_id, term.strip(), " ".join(meaning.split()), tuple(see_also))
        )

    for term in terms:
        for other in term.see_also:
            if other not in lines:
                problems.append(
                    Problem(path, lines[term.id], f"term '{term.id}' sees also unknown '{other}'")
                )
    return Glossary(tuple(terms)), problems


def load_glossary(content_root: Path, language: str, fallback: str = "en") -> Glossary:
    """The glossary of a language, each term it lacks taken from the fallback language."""
    own, _ = check_glossary(content_root / language / GLOSSARY_FILE)
    if language == fallback:
        return own
    english, _ = check_glossary(content_root / fallback / GLOSSARY_FILE)
    own_ids = own.ids()
    return Glossary(own.terms + tuple(t for t in english.terms if t.id not in own_ids))


def require_glossary(path: Path) -> Glossary:
    """The glossary at ``path``, or ContentError naming the first problem."""
    glossary, problems = check_glossary(path)
    if problems:
        raise ContentError(problems[0])
    return glossary
