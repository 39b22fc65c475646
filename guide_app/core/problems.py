"""Problems found in content or data files, each pointing at a file and a line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file; printed as ``path:line: message``."""

    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class ContentError(Exception):
    """A content or data file that cannot be used at all."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def line_of(text: str, needle: str, default: int = 1) -> int:
    """The 1-based line where ``needle`` first occurs in ``text`` (for data files whose parser
    gives values but not positions), or ``default`` when it does not occur."""
    index = text.find(needle)
    return text.count("\n", 0, index) + 1 if index >= 0 else default
