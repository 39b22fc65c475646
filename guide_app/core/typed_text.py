"""Text a family typed, made safe to keep, show and print: no control characters, and no bidi
controls that could reverse what follows them on the sheet. Scripts written right to left, emoji
(with their joiners and variation selectors) and the bidi marks (LRM, RLM, ALM) are kept."""

from __future__ import annotations

import unicodedata

# Embeddings, overrides and isolates: each changes the direction of the text after it (U+202E
# makes "1 tablet" print as "telbat 1"). The sheet isolates each typed text itself.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Typed line breaks and tabs: a space, so the words stay apart.
_SPACE_LIKE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u2028\u2029")


def clean_typed_text(text: str) -> str:
    """``text`` without control characters, bidi controls or lone surrogates (breaks: spaces)."""
    return "".join(_kept(character) for character in text)


def _kept(character: str) -> str:
    if character in _SPACE_LIKE:
        return " "
    if character in _BIDI_CONTROLS or unicodedata.category(character) in ("Cc", "Cs"):
        return ""
    return character
