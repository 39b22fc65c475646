"""Whether each translated file still translates its English source.

A translated section records, in its header, which version of the English section it
translates: ``translation_of = "sha256:<16 hex digits>"``, a hash of the English body. A
translated data file (glossary, symptoms, questions) records the hash of the whole English file
as a top-level key of the same name. ``check-content`` reports a translation whose English
source has changed since, one that records nothing, and an English section with no translation.

Writers get the hashes to record with ``python -m guide_app.core.translation_status es``.
"""

from __future__ import annotations

import hashlib
import tomllib
from pathlib import Path

from guide_app.core.content import FALLBACK_LANGUAGE, load_language, split_header
from guide_app.core.problems import Problem, line_of

TRANSLATION_KEY = "translation_of"
DATA_FILES = ("glossary.toml", "symptoms.toml", "questions.toml")


def source_hash(text: str) -> str:
    """The version of an English text: line ends and trailing blank lines do not count."""
    normal = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    return "sha256:" + hashlib.sha256(normal.encode("utf-8")).hexdigest()[:16]


def english_versions(content_root: Path) -> dict[str, tuple[Path, str]]:
    """Each English section id and data file name, with its file and its current version."""
    versions = {
        section.id: (section.path, source_hash(section.body))
        for section in load_language(content_root, FALLBACK_LANGUAGE).sections
    }
    for name in DATA_FILES:
        path = content_root / FALLBACK_LANGUAGE / name
        if path.is_file():
            versions[name] = (path, source_hash(path.read_text(encoding="utf-8")))
    return versions


def translation_problems(content_root: Path, language: str) -> list[Problem]:
    """What is missing or stale in ``language`` against the English content."""
    if language == FALLBACK_LANGUAGE:
        return []
    folder = content_root / language
    english = english_versions(content_root)
    translated: dict[str, Path] = {
        section.id: section.path for section in load_language(content_root, language).sections
    }
    translated |= {name: folder / name for name in DATA_FILES if (folder / name).is_file()}
    problems = []
    for key, (english_path, version) in english.items():
        path = translated.get(key)
        if path is None:
            problems.append(
                Problem(folder, 0, f"no translation of {english_path.name} (record {version})")
            )
            continue
        recorded, line = _recorded_version(path)
        if recorded is None:
            problems.append(
                Problem(path, 1, f'no {TRANSLATION_KEY}: add {TRANSLATION_KEY} = "{version}"')
            )
        elif recorded != version:
            problems.append(
                Problem(
                    path,
                    line,
                    f"translates an older {english_path.name}: see what changed there, "
                    f'then record {TRANSLATION_KEY} = "{version}"',
                )
            )
    return problems


def _recorded_version(path: Path) -> tuple[str | None, int]:
    text = path.read_text(encoding="utf-8")
    offset = 0
    if path.suffix == ".md":
        text = split_header(text, path)[0]
        offset = 1  # the header starts on the file's second line
    try:
        value = tomllib.loads(text).get(TRANSLATION_KEY)
    except tomllib.TOMLDecodeError:
        return None, 1  # the file's own check names the syntax error
    line = line_of(text, TRANSLATION_KEY, default=0) + offset
    return (value if isinstance(value, str) else None), line


if __name__ == "__main__":  # a translator's tool: what to record, and what is stale
    import sys

    from guide_app.resources import content_root

    root = content_root()
    for path, version in english_versions(root).values():
        print(f'{path.name}: {TRANSLATION_KEY} = "{version}"')
    for code in sys.argv[1:]:
        for problem in translation_problems(root, code):
            print(f"{problem.path}:{problem.line}: {problem.message}")
