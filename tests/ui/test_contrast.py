"""Every colour pair the guide defines meets WCAG 2.2 AA, in the normal and the high-contrast
theme: 4.5:1 for text, 3:1 for non-text (bars, focus rings, the urgency icons' outlines).

The pairs are read from where they are defined: the section style sheets
(resources/style/guide*.css), the printed sheet's template, the widgets' colours
(guide_app/core/theme.py, which every colour in guide_app/ui comes from), the palettes the
themes set on the application, and the "When to call" icons. The three urgency levels keep one
colour family each everywhere they appear.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from guide_app.core.contrast import (
    NON_TEXT_MINIMUM,
    TEXT_MINIMUM,
    contrast_ratio,
    normalise,
    parse_hex,
    relative_luminance,
)
from guide_app.core.symptoms import Urgency
from guide_app.core.theme import HIGH_CONTRAST, NORMAL, THEMES, Theme, ThemeName
from guide_app.resources import pictures_root, style_root
from guide_app.ui.theme import apply_theme

REPO = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
ICONS = {
    Urgency.CALL_EMERGENCY: "when-to-call-emergency.svg",
    Urgency.CALL_NOW: "when-to-call-now.svg",
    Urgency.CONTACT_TEAM: "when-to-call-soon.svg",
}
BOX_OF_LEVEL = {Urgency.CALL_EMERGENCY: "call-emergency", Urgency.CALL_NOW: "call-now"}


# --- the pure function --------------------------------------------------------------------------


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just under AA
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # just over
    assert contrast_ratio("#308cc6", "#ffffff") == pytest.approx(3.7, abs=0.05)  # Fusion's blue
    assert contrast_ratio("#123a5e", "#ffffff") == contrast_ratio("#ffffff", "#123a5e")
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)
    with pytest.raises(ValueError):
        parse_hex("red")


# --- helpers ------------------------------------------------------------------------------------


def css_rules(text: str) -> dict[str, dict[str, str]]:
    """Selector -> declarations of a simple style sheet (comments dropped; a rule with several
    selectors gives each of them its declarations)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules: dict[str, dict[str, str]] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                declarations[name.strip()] = value.strip()
        for selector in selectors.split(","):
            rules.setdefault(" ".join(selector.split()), {}).update(declarations)
    return rules


def hue(colour: str) -> float:
    red, green, blue = (c / 255 for c in parse_hex(colour))
    return colorsys.rgb_to_hsv(red, green, blue)[0] * 360


def same_family(first: str, second: str) -> bool:
    distance = abs(hue(first) - hue(second)) % 360
    return min(distance, 360 - distance) <= 30


def check(pairs: list[tuple[str, str, float, str]]) -> None:
    failures = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1, needs {minimum}:1"
        for fg, bg, minimum, what in pairs
        if contrast_ratio(fg, bg) < minimum
    ]
    assert not failures, "\n".join(failures)


def text_colours(rules: dict[str, dict[str, str]]) -> dict[str, str]:
    return {sel: d["color"] for sel, d in rules.items() if "color" in d}


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    yield
    apply_theme(qapp, ThemeName.NORMAL)


# --- the section text ---------------------------------------------------------------------------


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=lambda t: t.name.value)
def test_section_style_sheet_pairs_pass(theme: Theme) -> None:
    rules = css_rules((style_root() / theme.style_sheet_file).read_text(encoding="utf-8"))
    page = rules["body"]["background-color"]
    colours = text_colours(rules)
    pairs = [(fg, page, TEXT_MINIMUM, f"{sel} on the page") for sel, fg in colours.items()]
    # In each box: the body text, the box title and the links (on its background); the bar
    # beside it, against the box and the page.
    inside = {s: c for s, c in colours.items() if s in ("body", "a", "a.glossary", "a.external")}
    for kind in ("key-points", "to-do", "call-now", "call-emergency", "figure"):
        box = rules.get(f"table.{kind} td.box-body", rules["td.box-body"])["background-color"]
        bar = rules.get(f"table.{kind} td.box-bar", rules["td.box-bar"])["background-color"]
        pairs += [(fg, box, TEXT_MINIMUM, f"{sel} in a {kind} box") for sel, fg in inside.items()]
        pairs += [(bar, box, NON_TEXT_MINIMUM, f"the {kind} box's bar on the box")]
        pairs += [(bar, page, NON_TEXT_MINIMUM, f"the {kind} box's bar on the page")]
    pairs += [(theme.search_highlight_text, theme.search_highlight, TEXT_MINIMUM, "a search hit")]
    check(pairs)


def test_the_high_contrast_style_sheet_has_every_rule_of_the_normal_one() -> None:
    """The two themes show the same boxes and links: only the colours differ."""
    normal = css_rules((style_root() / NORMAL.style_sheet_file).read_text(encoding="utf-8"))
    high = css_rules((style_root() / HIGH_CONTRAST.style_sheet_file).read_text(encoding="utf-8"))
    assert set(normal) <= set(high)
    assert all(set(normal[s]) <= set(high[s]) for s in normal)


def test_printed_sheet_text_colours_pass_on_paper() -> None:
    template = (REPO / "resources" / "templates" / "sheet.html.j2").read_text(encoding="utf-8")
    style = template.split("<style>", 1)[1].split("</style>", 1)[0]
    colours = text_colours(css_rules(style))
    assert colours, "the sheet's style sheet was not read"
    check([(fg, "#ffffff", TEXT_MINIMUM, f"sheet {sel}") for sel, fg in colours.items()])


# --- the widgets' colours and the palettes --------------------------------------------------------


def test_every_colour_in_the_widgets_comes_from_the_theme() -> None:
    """A colour written straight into a widget's style sheet or palette would escape this test."""
    known = {
        normalise(c)
        for theme in THEMES.values()
        for value in vars(theme).values()
        for c in HEX.findall(repr(value))
    }
    strays = []
    for path in sorted((REPO / "guide_app" / "ui").glob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#", 1)[0] if not line.lstrip().startswith("#") else ""
            for colour in HEX.findall(line if '"#' in line or "'#" in line else code):
                if normalise(colour) not in known:
                    strays.append(f"{path.name}:{number}: {colour}")
    assert not strays, "colours outside guide_app/core/theme.py:\n" + "\n".join(strays)


@pytest.mark.parametrize("theme", list(THEMES.values()), ids=lambda t: t.name.value)
def test_widget_colours_and_palette_pass(qapp: QApplication, themed: None, theme: Theme) -> None:
    apply_theme(qapp, theme.name)
    palette = qapp.palette()

    def role(name: str) -> str:
        return palette.color(QPalette.ColorRole[name]).name()

    window, base = role("Window"), role("Base")
    pairs = [
        (role(fg), role(bg), TEXT_MINIMUM, f"palette {fg} on {bg}")
        for fg, bg in (
            ("WindowText", "Window"),
            ("Text", "Base"),
            ("Text", "AlternateBase"),
            ("ButtonText", "Button"),
            ("HighlightedText", "Highlight"),
            ("PlaceholderText", "Base"),
            ("ToolTipText", "ToolTipBase"),
            ("Link", "Base"),
        )
    ]
    for level, colours in theme.urgency.items():
        name = level.value
        pairs += [
            (colours.text, colours.background, TEXT_MINIMUM, f"{name} words"),
            (colours.bar, window, NON_TEXT_MINIMUM, f"{name} bar on the window"),
        ]
    pairs += [
        (theme.notice_text, theme.notice_background, TEXT_MINIMUM, "notice bar"),
        (theme.focused_link_text, theme.focus_ring, TEXT_MINIMUM, "a link chosen with Tab"),
        (theme.check_border, window, NON_TEXT_MINIMUM, "a check box's square"),
        (theme.check_border, base, NON_TEXT_MINIMUM, "a check box's square in a list"),
        (theme.check_fill, window, NON_TEXT_MINIMUM, "a ticked box"),
        (theme.side_tab_ring, role("Highlight"), NON_TEXT_MINIMUM, "ring on the open section"),
        (theme.overlay_text, theme.overlay_page, TEXT_MINIMUM, "idle warning text"),
        (theme.overlay_button_text, theme.overlay_button, TEXT_MINIMUM, "idle button"),
        (theme.overlay_button_text, theme.overlay_button_hover, TEXT_MINIMUM, "hovered button"),
        (theme.overlay_button_text, theme.overlay_button_pressed, TEXT_MINIMUM, "pressed"),
        (theme.overlay_button, theme.overlay_page, NON_TEXT_MINIMUM, "idle button's shape"),
        (theme.overlay_focus_ring, theme.overlay_page, NON_TEXT_MINIMUM, "idle focus ring"),
        (theme.overlay_text, theme.overlay_page, TEXT_MINIMUM, "welcome language button"),
        (theme.overlay_chosen_text, theme.overlay_chosen, TEXT_MINIMUM, "welcome: chosen one"),
    ]
    # The welcome screen's chosen language shows by its thick border or by its fill.
    border_or_fill = max(
        contrast_ratio(theme.overlay_button, theme.overlay_chosen),
        contrast_ratio(theme.overlay_chosen, theme.overlay_page),
    )
    assert border_or_fill >= NON_TEXT_MINIMUM, "the chosen language does not stand out"
    tick = (style_root() / theme.check_mark_file).read_text(encoding="utf-8")
    stroke = re.search(r'stroke="(#[0-9a-fA-F]{6})"', tick)
    assert stroke is not None
    pairs.append((stroke.group(1), theme.check_fill, NON_TEXT_MINIMUM, "the tick in its box"))
    if theme.field_border:
        pairs.append((theme.field_border, window, NON_TEXT_MINIMUM, "a field's edge"))
    if theme.disabled_text:
        pairs.append((theme.disabled_text, window, TEXT_MINIMUM, "disabled text"))
    for background in {*theme.focus_ring_backgrounds, window, base}:
        pairs.append((theme.focus_ring, background, NON_TEXT_MINIMUM, "focus ring"))
    check(pairs)


# --- urgency: one colour family per level, never colour alone ------------------------------------


def icon_colours(svg: str) -> tuple[str, str, list[str]]:
    """The level shape's fill and outline (its second drawn shape: the first is a white halo)
    and the fills of the symbol drawn on it."""
    shapes = re.findall(r"<(?:polygon|circle|rect|path)\b[^>]*>", svg)
    fill = re.search(r'fill="(#[0-9A-Fa-f]{6})"', shapes[1]).group(1)  # type: ignore[union-attr]
    stroke = re.search(r'stroke="(#[0-9A-Fa-f]{6})"', shapes[1]).group(1)  # type: ignore[union-attr]
    symbol = [m.group(1) for s in shapes[2:] if (m := re.search(r'fill="(#[0-9A-Fa-f]{6})"', s))]
    return fill, stroke, symbol


@pytest.mark.parametrize("level", list(ICONS), ids=lambda u: u.value)
def test_each_urgency_level_has_one_colour_family_everywhere(level: Urgency) -> None:
    svg = (pictures_root() / ICONS[level]).read_text(encoding="utf-8")
    fill, outline, symbol = icon_colours(svg)
    # The icon: its outline shows on paper and on the page; its symbol shows on its fill.
    check([(outline, "#ffffff", NON_TEXT_MINIMUM, f"{ICONS[level]} outline")])
    check([(s, fill, NON_TEXT_MINIMUM, f"{ICONS[level]} symbol") for s in symbol if s != fill])
    # The checklist's tag (both themes) and the content's urgent box (both style sheets).
    family = [NORMAL.urgency[level].bar, NORMAL.urgency[level].background]
    family += [HIGH_CONTRAST.urgency[level].bar, HIGH_CONTRAST.urgency[level].text]
    if level in BOX_OF_LEVEL:
        for theme in THEMES.values():
            css = (style_root() / theme.style_sheet_file).read_text(encoding="utf-8")
            rules = css_rules(css)
            family.append(rules[f"table.{BOX_OF_LEVEL[level]} td.box-bar"]["background-color"])
            body = rules[f"table.{BOX_OF_LEVEL[level]} td.box-body"]["background-color"]
            if theme is NORMAL:
                family.append(body)
    strays = [c for c in family if not same_family(c, fill)]
    assert not strays, f"{level.value}: {strays} are not in the family of the icon's {fill}"


def test_urgency_is_never_colour_alone(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each level has its words: the checklist's tag, the sheet's chart row, the box's title."""
    from guide_app.core.storage import MemoryStore
    from guide_app.core.symptoms import Symptom
    from guide_app.ui.checklist_widget import SymptomRow
    from guide_app.ui.family_lists_model import FamilyListsModel

    words = set()
    model = FamilyListsModel(MemoryStore())
    for level in Urgency:
        symptom = Symptom(f"s-{level.value}", "A sign", "d", level, "Call.", from_seed=False)
        row = SymptomRow(symptom, model)
        qtbot.addWidget(row)
        assert row.urgency.text().strip()
        words.add(row.urgency.text())
    assert len(words) == len(Urgency)
