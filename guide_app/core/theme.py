"""The guide's two looks, normal and high contrast, as plain colours (no Qt).

One place for every colour a widget style sheet or palette sets, so the contrast test reads them
all and the three urgency levels look alike wherever they appear: the "When to call" icons
(resources/pictures/when-to-call-*.svg), the checklist's tags and the content's urgent boxes.

- call emergency services: the red family (the red stop shape);
- call your care team now: the yellow-amber family (the yellow triangle);
- contact your care team: the blue family (the blue circle).

Colour is never the only sign: each level also has its words (and on the sheet its icon shape).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from guide_app.core.symptoms import Urgency


class ThemeName(enum.StrEnum):
    NORMAL = "normal"
    HIGH_CONTRAST = "high-contrast"


@dataclass(frozen=True)
class UrgencyColours:
    """One level's colours: its words on ``background`` in ``text``, beside a ``bar``."""

    background: str
    text: str
    bar: str


@dataclass(frozen=True)
class Theme:
    name: ThemeName
    # Palette roles set on the application (role name -> colour); an empty dict of the normal
    # theme's base roles keeps the system's own (a dark or high-contrast desktop stays so).
    palette: dict[str, str]
    urgency: dict[Urgency, UrgencyColours]
    notice_background: str
    notice_text: str
    search_highlight: str  # behind the body text where a search result is marked
    search_highlight_text: str
    focus_ring: str  # round the widget with the keyboard focus
    focus_ring_backgrounds: tuple[str, ...]  # what the ring is drawn on (window, fields)
    side_tab_ring: str  # round the open section's name, on the selection colour
    focused_link_text: str  # a link chosen with Tab: this on the focus ring's colour
    check_border: str  # a check box's square, on the window and on a field's background
    check_fill: str  # inside a ticked box, behind its mark (check_mark_file)
    check_mark_file: str  # the tick, under resources/style/
    overlay_page: str  # the kiosk's "Are you still there?"
    overlay_text: str
    overlay_button: str
    overlay_button_hover: str
    overlay_button_pressed: str
    overlay_button_text: str
    overlay_focus_ring: str
    overlay_chosen: str  # the welcome screen's language shown now
    overlay_chosen_text: str
    style_sheet_file: str  # the section text's style sheet under resources/style/
    disabled_text: str = ""  # "": the system's dimmed text (the normal theme)
    field_border: str = ""  # fields' and lists' edges; "": the style's own (the normal theme)


SELECTION = {"Highlight": "#123a5e", "HighlightedText": "#ffffff"}

NORMAL = Theme(
    name=ThemeName.NORMAL,
    palette=dict(SELECTION),
    urgency={
        Urgency.CALL_EMERGENCY: UrgencyColours("#7a0f0f", "#ffffff", "#a61b1b"),
        Urgency.CALL_NOW: UrgencyColours("#fff4d6", "#4d3500", "#8a5a00"),
        Urgency.CONTACT_TEAM: UrgencyColours("#e8f1fa", "#0f2f4d", "#2f6fa3"),
    },
    notice_background="#eef3f8",
    notice_text="#1a1a1a",
    search_highlight="#ffe066",
    search_highlight_text="#1a1a1a",
    focus_ring="#0b4f8a",
    focus_ring_backgrounds=("#ffffff", "#efefef", "#e8f1fa", "#fff4d6", "#f9dede"),
    side_tab_ring="#f2b705",
    focused_link_text="#ffffff",
    check_border="#4a4a4a",
    check_fill="#123a5e",
    check_mark_file="check.svg",
    overlay_page="#eef3f8",
    overlay_text="#1b2b3a",
    overlay_button="#245c8f",
    overlay_button_hover="#1d4e7a",
    overlay_button_pressed="#173f63",
    overlay_button_text="#ffffff",
    overlay_focus_ring="#0b1620",
    overlay_chosen="#d3e2f0",
    overlay_chosen_text="#1b2b3a",
    style_sheet_file="guide.css",
)

HIGH_CONTRAST = Theme(
    name=ThemeName.HIGH_CONTRAST,
    palette={
        "Window": "#000000",
        "WindowText": "#ffffff",
        "Base": "#000000",
        "AlternateBase": "#1a1a1a",
        "Text": "#ffffff",
        "Button": "#000000",
        "ButtonText": "#ffffff",
        "BrightText": "#ffffff",
        "ToolTipBase": "#000000",
        "ToolTipText": "#ffffff",
        "PlaceholderText": "#c8c8c8",
        "Highlight": "#ffff00",
        "HighlightedText": "#000000",
        "Link": "#ffff00",
        "LinkVisited": "#ffff00",
        "Light": "#ffffff",
        "Midlight": "#c8c8c8",
        "Mid": "#c8c8c8",
        "Dark": "#ffffff",
        "Shadow": "#ffffff",
    },
    urgency={
        Urgency.CALL_EMERGENCY: UrgencyColours("#000000", "#ff9a9a", "#ff9a9a"),
        Urgency.CALL_NOW: UrgencyColours("#000000", "#ffd84d", "#ffd84d"),
        Urgency.CONTACT_TEAM: UrgencyColours("#000000", "#8cc8ff", "#8cc8ff"),
    },
    notice_background="#000000",
    notice_text="#ffffff",
    search_highlight="#ffff00",
    search_highlight_text="#000000",
    focus_ring="#00ffff",
    focus_ring_backgrounds=("#000000", "#1a1a1a"),
    side_tab_ring="#000000",  # inside the open name, on the yellow selection
    focused_link_text="#000000",
    check_border="#ffffff",
    check_fill="#ffff00",
    check_mark_file="check-high-contrast.svg",
    overlay_page="#000000",
    overlay_text="#ffffff",
    overlay_button="#ffff00",
    overlay_button_hover="#ffffff",
    overlay_button_pressed="#c8c8c8",
    overlay_button_text="#000000",
    overlay_focus_ring="#00ffff",
    overlay_chosen="#ffff00",
    overlay_chosen_text="#000000",
    style_sheet_file="guide-high-contrast.css",
    disabled_text="#b0b0b0",
    # Fusion draws a field's edge a shade darker than the window: on black, nothing shows.
    field_border="#ffffff",
)

THEMES = {theme.name: theme for theme in (NORMAL, HIGH_CONTRAST)}


def urgency_style(theme: Theme, urgency: Urgency) -> str:
    """A Qt widget style sheet for a level's tag or action line: its words in its colours."""
    colours = theme.urgency[urgency]
    return (
        f"background:{colours.background}; color:{colours.text}; "
        f"border:2px solid {colours.bar}; border-left:8px solid {colours.bar};"
    )


def mix(first: str, second: str, share: float) -> str:
    """``share`` of ``first`` over the rest of ``second``, as a hex colour (a placeholder's grey
    between the text and the field's background)."""
    from guide_app.core.contrast import parse_hex

    a, b = parse_hex(first), parse_hex(second)
    return "#" + "".join(
        f"{round(x * share + y * (1 - share)):02x}" for x, y in zip(a, b, strict=True)
    )
