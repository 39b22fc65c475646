"""Search across the sections of one language, blind to case and accents ("medula" finds "médula").

The index holds each section's readable text block by block, with the heading anchor each block
sits under, so a result can open the section at the right place.
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

SNIPPET_CONTEXT = 40  # characters of text shown either side of a match
MIN_QUERY_LENGTH = 2


def fold(text: str) -> tuple[str, list[int]]:
    """Text without case or accents, and for each folded character its index in ``text``.

    Folding one character at a time keeps the map exact even where folding changes the length
    (German "ß" folds to "ss"), so a match in folded text maps back to the original.
    """
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        decomposed = unicodedata.normalize("NFKD", char)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        folded.append(plain)
        origin.extend([index] * len(plain))
    return "".join(folded), origin


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of every case- and accent-blind match of ``query`` in ``text``."""
    needle, _ = fold(" ".join(query.split()))
    if not needle:
        return []
    haystack, origin = fold(text)
    spans = []
    start = haystack.find(needle)
    while start >= 0:
        end = start + len(needle)
        spans.append((origin[start], origin[end - 1] + 1))
        start = haystack.find(needle, end)
    return spans


@dataclass(frozen=True)
class Block:
    """One paragraph, list item or heading of a section, as plain text."""

    section_id: str
    anchor: str  # the heading anchor above the block, "" at the top of the section
    text: str


@dataclass(frozen=True)
class SearchResult:
    section_id: str
    section_title: str
    anchor: str
    snippet: str  # text around the match
    match_start: int  # the match's place inside the snippet
    match_end: int
    matched_text: str  # the match as it stands in the section (with its accents)
    block_text: str  # the whole paragraph or item the match is in, to find it on screen
    block_offset: int  # where the match starts in block_text


class SearchIndex:
    def __init__(self, titles: dict[str, str], blocks: Iterable[Block]) -> None:
        self._titles = dict(titles)
        # Each block's folded text and its map back: none where every character folds to one
        # in the same place (most blocks), else 4-byte integers. A list of ints takes about 36
        # bytes a character: 3 MiB for one language's guide.
        self._blocks: list[tuple[Block, str, array[int] | None]] = []
        for block in blocks:
            folded, origin = fold(block.text)
            same_places = origin == list(range(len(block.text)))
            self._blocks.append((block, folded, None if same_places else array("I", origin)))

    def search(self, query: str, limit: int = 50) -> list[SearchResult]:
        needle, _ = fold(" ".join(query.split()))
        if len(needle) < MIN_QUERY_LENGTH:
            return []
        results = []
        for block, folded, origin in self._blocks:
            start = folded.find(needle)
            if start < 0:
                continue
            if origin is None:
                begin, end = start, start + len(needle)
            else:
                begin, end = origin[start], origin[start + len(needle) - 1] + 1
            results.append(self._result(block, begin, end))
            if len(results) >= limit:
                break
        return results

    def _result(self, block: Block, begin: int, end: int) -> SearchResult:
        left = max(0, begin - SNIPPET_CONTEXT)
        right = min(len(block.text), end + SNIPPET_CONTEXT)
        # Widen to whole words so the snippet does not start or end mid-word.
        while left > 0 and not block.text[left - 1].isspace():
            left -= 1
        while right < len(block.text) and not block.text[right].isspace():
            right += 1
        prefix = "… " if left > 0 else ""
        suffix = " …" if right < len(block.text) else ""
        snippet = prefix + block.text[left:right] + suffix
        offset = len(prefix) - left
        return SearchResult(
            section_id=block.section_id,
            section_title=self._titles.get(block.section_id, block.section_id),
            anchor=block.anchor,
            snippet=snippet,
            match_start=begin + offset,
            match_end=end + offset,
            matched_text=block.text[begin:end],
            block_text=block.text,
            block_offset=begin,
        )
