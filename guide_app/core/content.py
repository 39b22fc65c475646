"""Loading the content bundle: one Markdown file per section per language, with a TOML header.

The header sits between two ``+++`` lines at the top of the file (see docs/content-format.md).
Loading never stops at a bad file: good sections load, and each bad file becomes a Problem that
names the file and line, so the app can start and say what is wrong.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NoReturn

from guide_app.core.problems import ContentError, Problem, line_of
from guide_app.core.toml_entries import ID_PATTERN, toml_error

FALLBACK_LANGUAGE = "en"
HEADER_FENCE = "+++"
GENERATED_KINDS = frozenset({"glossary", "sources", "questions"})
MAX_SHORT_TITLE = 18


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Section:
    """One section of the guide in one language."""

    id: str
    title: str
    short_title: str
    order: int
    reviewed: dt.date
    sources: tuple[Source, ...]
    body: str
    path: Path
    body_line: int  # the file line where the Markdown body starts
    language: str
    generated: str | None = None
    # Set when this is the English file standing in for a missing translation.
    fallback_for: str | None = None
    # False when the header was read without its [[sources]] (for the tabs, at start; the
    # library reads the whole file again when the section is shown).
    sources_loaded: bool = True


@dataclass
class Bundle:
    """All sections of one language, in tab order, and what went wrong loading them."""

    language: str
    sections: list[Section] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    @property
    def fallbacks(self) -> list[Section]:
        return [s for s in self.sections if s.fallback_for is not None]


def split_header(text: str, path: Path) -> tuple[str, str, int]:
    """Split a section file into (header TOML, Markdown body, body's first line number)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != HEADER_FENCE:
        raise ContentError(Problem(path, 1, f"the file must start with a '{HEADER_FENCE}' header"))
    for index in range(1, len(lines)):
        if lines[index].strip() == HEADER_FENCE:
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    raise ContentError(Problem(path, 1, f"the header is not closed by a '{HEADER_FENCE}' line"))


def parse_section(text: str, path: Path, language: str, *, with_sources: bool = True) -> Section:
    """Parse one section file; raise ContentError naming the file and line of the first problem.

    Without ``with_sources`` the header's [[sources]] (most of it, and most of the time it takes
    to read) are not read, and not checked: the app's tabs need only the rest at start.
    """
    header_text, body, body_line = split_header(text, path)
    if not with_sources:
        header_text = _before_sources(header_text)

    def problem_at(needle: str, message: str) -> ContentError:
        # +1: the header starts on the file's second line.
        return ContentError(Problem(path, line_of(header_text, needle, default=0) + 1, message))

    try:
        header = tomllib.loads(header_text)
    except tomllib.TOMLDecodeError as error:
        line, message = toml_error(error)
        # +1: the header starts on the file's second line.
        raise ContentError(Problem(path, line + 1, f"header: {message}")) from None

    for key in ("id", "title", "short_title", "order", "reviewed"):
        if key not in header:
            raise ContentError(Problem(path, 1, f"header: '{key}' is missing"))

    section_id = header["id"]
    if not isinstance(section_id, str) or not ID_PATTERN.match(section_id):
        raise problem_at("id", "header: 'id' must be lower-case letters, digits and '-'")
    for key in ("title", "short_title"):
        if not isinstance(header[key], str) or not header[key].strip():
            raise problem_at(key, f"header: '{key}' must be non-empty text")
    if len(header["short_title"]) > MAX_SHORT_TITLE:
        raise problem_at(
            "short_title", f"header: 'short_title' is longer than {MAX_SHORT_TITLE} characters"
        )
    if not isinstance(header["order"], int) or isinstance(header["order"], bool):
        raise problem_at("order", "header: 'order' must be a whole number")
    reviewed = header["reviewed"]
    if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
        raise problem_at("reviewed", "header: 'reviewed' must be a date like 2026-11-27")
    generated = header.get("generated")
    if generated is not None and generated not in GENERATED_KINDS:
        raise problem_at(
            "generated", f"header: 'generated' must be one of {', '.join(sorted(GENERATED_KINDS))}"
        )
    sources = _parse_sources(header.get("sources"), header_text, path) if with_sources else ()

    return Section(
        id=section_id,
        title=header["title"].strip(),
        short_title=header["short_title"].strip(),
        order=header["order"],
        reviewed=reviewed,
        sources=sources,
        body=body,
        path=path,
        body_line=body_line,
        language=language,
        generated=generated,
        sources_loaded=with_sources,
    )


def _before_sources(header_text: str) -> str:
    """The header up to its first [[sources]] table (TOML keys before any table belong to the
    top level, so the part before it parses alone)."""
    index = header_text.find("\n[[sources]]")
    return header_text if index < 0 else header_text[: index + 1]


def _parse_sources(raw: object, header_text: str, path: Path) -> tuple[Source, ...]:
    if not isinstance(raw, list) or not raw:
        _fail(path, header_text, "[[sources]]", "header: at least one [[sources]] is needed")
    sources = []
    for entry in raw:
        title = entry.get("title") if isinstance(entry, dict) else None
        url = entry.get("url") if isinstance(entry, dict) else None
        if not isinstance(title, str) or not title.strip():
            _fail(path, header_text, "[[sources]]", "header: a source has no 'title'")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            needle = f'"{url}"' if isinstance(url, str) else title
            _fail(path, header_text, needle, "header: a source needs an http(s) 'url'")
        sources.append(Source(title=title.strip(), url=url.strip()))
    return tuple(sources)


def _fail(path: Path, header_text: str, needle: str, message: str) -> NoReturn:
    raise ContentError(Problem(path, line_of(header_text, needle, default=0) + 1, message))


def language_file(content_root: Path, language: str, name: str) -> Path:
    """A language's data file (glossary, symptoms, questions), or English's while it has none."""
    own = content_root / language / name
    return own if own.is_file() else content_root / FALLBACK_LANGUAGE / name


def section_files(language_dir: Path) -> list[Path]:
    return sorted(language_dir.glob("*.md"))


def load_language(content_root: Path, language: str, *, with_sources: bool = True) -> Bundle:
    """Every good section of one language folder, in order; each bad file becomes a Problem."""
    bundle = Bundle(language=language)
    language_dir = content_root / language
    seen: dict[str, Path] = {}
    for path in section_files(language_dir):
        try:
            text = path.read_text(encoding="utf-8")
            section = parse_section(text, path, language, with_sources=with_sources)
        except ContentError as error:
            bundle.problems.append(error.problem)
            continue
        except (OSError, UnicodeDecodeError) as error:
            bundle.problems.append(Problem(path, 1, f"cannot be read: {error}"))
            continue
        if section.id in seen:
            bundle.problems.append(
                Problem(path, 2, f"id '{section.id}' is already used by {seen[section.id].name}")
            )
            continue
        seen[section.id] = path
        bundle.sections.append(section)
    bundle.sections.sort(key=lambda s: (s.order, s.id))
    return bundle


def load_bundle(content_root: Path, language: str, *, with_sources: bool = True) -> Bundle:
    """The sections of ``language``; any section it lacks comes from English, marked as such."""
    if language == FALLBACK_LANGUAGE or not (content_root / language).is_dir():
        bundle = load_language(content_root, FALLBACK_LANGUAGE, with_sources=with_sources)
        if language != FALLBACK_LANGUAGE:
            bundle.language = language
            bundle.sections = [_as_fallback(s, language) for s in bundle.sections]
        return bundle

    own = load_language(content_root, language, with_sources=with_sources)
    english = load_language(content_root, FALLBACK_LANGUAGE, with_sources=with_sources)
    present = {s.id for s in own.sections}
    missing = [_as_fallback(s, language) for s in english.sections if s.id not in present]
    own.sections = sorted(own.sections + missing, key=lambda s: (s.order, s.id))
    return own


def _as_fallback(section: Section, language: str) -> Section:
    return replace(section, fallback_for=language)


def languages(content_root: Path) -> list[str]:
    """Language codes with a content folder, English first: the languages the guide ships."""
    codes = (
        sorted(p.name for p in content_root.iterdir() if p.is_dir())
        if content_root.is_dir()
        else []
    )
    return sorted(codes, key=lambda code: (code != FALLBACK_LANGUAGE, code))
