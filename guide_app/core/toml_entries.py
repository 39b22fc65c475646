"""Reading ``[[table]]`` arrays from TOML data files and pointing problems at their lines.

``tomllib`` gives values but no positions, so problems are located by searching the text: the
header of the n-th ``[[table]]`` entry, or the entry's ``id = "..."`` line when there is one.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from guide_app.core.problems import Problem

_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column \d+\)")
# Any entry's ``id = "..."`` line. One pattern for every id: compiling one per id cost ~0.1 ms
# each, several milliseconds for a glossary at start-up.
_ID_LINE = re.compile(r"^[ \t]*id[ \t]*=[ \t]*([\"'])(.*?)\1", re.MULTILINE)
# Ids of sections, terms, symptoms and questions: lower-case words joined by "-".
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def toml_error(error: tomllib.TOMLDecodeError) -> tuple[int, str]:
    """(line, message without the position) of a TOML syntax error; line 1 when not given."""
    match = _TOML_POSITION.search(str(error))
    return (int(match.group(1)) if match else 1), _TOML_POSITION.sub("", str(error)).strip()


def read_toml(path: Path) -> tuple[str, dict[str, Any] | None, list[Problem]]:
    """The file's text, its parsed data (``None`` when unusable) and the problem that stopped it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return "", None, [Problem(path, 1, f"cannot read the file: {error}")]
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line, message = toml_error(error)
        return text, None, [Problem(path, line, f"not valid TOML: {message}")]
    return text, data, []


def entry_lines(text: str, table: str) -> list[int]:
    """The 1-based line of each ``[[table]]`` header, in file order."""
    header = re.compile(rf"^[ \t]*\[\[[ \t]*{re.escape(table)}[ \t]*\]\]", re.MULTILINE)
    return [text.count("\n", 0, match.start()) + 1 for match in header.finditer(text)]


def id_line(text: str, entry_id: object, fallback: int) -> int:
    """The line of ``id = "<entry_id>"`` at or after line ``fallback``, else ``fallback``.

    Searching from the entry's own header means a duplicate id points at the second copy.
    """
    if not isinstance(entry_id, str):
        return fallback
    start = _offset_of_line(text, fallback)
    for match in _ID_LINE.finditer(text, start):
        if match.group(2) == entry_id:
            return text.count("\n", 0, match.start()) + 1
    return fallback


def table_entries(
    path: Path, text: str, data: dict[str, Any], table: str
) -> tuple[list[tuple[dict[str, Any], int]], list[Problem]]:
    """Each ``[[table]]`` entry with its header's line, or a problem when the shape is wrong."""
    raw = data.get(table, [])
    lines = entry_lines(text, table)
    if not isinstance(raw, list) or not all(isinstance(entry, dict) for entry in raw):
        return [], [
            Problem(path, lines[0] if lines else 1, f"'{table}' must be [[{table}]] tables")
        ]
    located = [(entry, lines[i] if i < len(lines) else 1) for i, entry in enumerate(raw)]
    return located, []


def _offset_of_line(text: str, line: int) -> int:
    """Where 1-based ``line`` starts in ``text`` (its end when the text is shorter)."""
    parts = text.split("\n", max(line - 1, 0))
    return len(text) - len(parts[-1]) if len(parts) == max(line, 1) else len(text)
