"""WCAG 2.x contrast: relative luminance and the contrast ratio of two sRGB colours.

Pure functions, no Qt: the contrast test reads every colour pair of the style sheets and
palettes and checks it against the thresholds below (WCAG 2.2 SC 1.4.3 and 1.4.11).
"""

from __future__ import annotations

import re

TEXT_MINIMUM = 4.5  # body text (AA)
LARGE_TEXT_MINIMUM = 3.0  # 18 pt, or 14 pt bold, and larger
NON_TEXT_MINIMUM = 3.0  # focus rings, check box borders, urgency bars and icons

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def parse_hex(colour: str) -> tuple[int, int, int]:
    """``#rgb`` or ``#rrggbb`` as 0-255 channels; anything else is a ValueError."""
    colour = colour.strip()
    if not _HEX.match(colour):
        raise ValueError(f"not a hex colour: {colour!r}")
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def normalise(colour: str) -> str:
    """``#rgb`` or ``#rrggbb`` in either case as ``#rrggbb`` in lower case."""
    return "#{:02x}{:02x}{:02x}".format(*parse_hex(colour))


def _linear(channel: int) -> float:
    value = channel / 255
    # WCAG 2.x's sRGB threshold (0.03928; IEC's 0.04045 gives the same result at 8 bits).
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    red, green, blue = (_linear(c) for c in parse_hex(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """From 1.0 (the same colour) to 21.0 (black on white); the order does not matter."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
