"""Every picture under resources/pictures is a calm, self-contained SVG Tiny drawing that Qt can
show as it is: well-formed, with a viewBox, a title and a description for a reader who cannot see
it, and nothing Qt's SVG Tiny 1.2 support leaves out (text, CSS, filters, masks, foreign content),
nothing that runs (scripts, on* event attributes) and nothing that reaches outside the file.
No words are drawn in a picture: the figure's caption carries them, so a translation needs no new
drawing. (tests/ui/test_pictures_render.py checks that Qt draws each one.)"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from guide_app.resources import resources_root

PICTURES = resources_root() / "pictures"
SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

# The file names the content refers to (resources/content/*/*.md, `pictures/NAME.svg`).
EXPECTED = {
    "where-all-comes-back.svg",
    "crowded-marrow.svg",
    "road-map-after-relapse.svg",
    "car-t-steps.svg",
    "when-to-call-emergency.svg",
    "when-to-call-now.svg",
    "when-to-call-soon.svg",
}

# Plain shapes and groups, and what a shape may refer to inside the file. No text of any kind
# (text, tspan, textArea), no style, script, foreignObject, image, filter, mask, animation.
STRUCTURE = {"svg", "title", "desc", "g", "defs", "use"}
SHAPES = {"rect", "circle", "ellipse", "line", "polyline", "polygon", "path"}
PAINTS = {"linearGradient", "radialGradient", "stop"}
ALLOWED_ELEMENTS = STRUCTURE | SHAPES | PAINTS
MAX_BYTES = 20 * 1024

SVG_FILES = sorted(PICTURES.glob("*.svg"))


def _local(tag: str) -> str:
    return tag.removeprefix(SVG_NS)


def _root(path: Path) -> ET.Element:
    text = path.read_text(encoding="utf-8")
    # No document type: it could declare entities that pull in other files.
    assert "<!DOCTYPE" not in text and "<!ENTITY" not in text, path.name
    return ET.fromstring(text)


def test_the_pictures_the_content_refers_to_are_all_there() -> None:
    missing = EXPECTED - {path.name for path in SVG_FILES}
    assert not missing, sorted(missing)


@pytest.mark.parametrize("path", SVG_FILES, ids=lambda path: path.name)
def test_picture_is_a_titled_described_svg_with_a_view_box(path: Path) -> None:
    root = _root(path)
    assert root.tag == f"{SVG_NS}svg"
    view_box = root.get("viewBox", "").replace(",", " ").split()
    assert len(view_box) == 4, f"{path.name}: no viewBox"
    assert float(view_box[2]) > 0 and float(view_box[3]) > 0, f"{path.name}: empty viewBox"
    assert float(root.get("width", "0")) > 0 and float(root.get("height", "0")) > 0
    title = root.find(f"{SVG_NS}title")
    desc = root.find(f"{SVG_NS}desc")
    assert title is not None and (title.text or "").strip()
    assert desc is not None and (desc.text or "").strip()
    assert path.stat().st_size <= MAX_BYTES


@pytest.mark.parametrize("path", SVG_FILES, ids=lambda path: path.name)
def test_picture_has_only_plain_shapes_and_reaches_nothing_outside(path: Path) -> None:
    root = _root(path)
    for element in root.iter():
        name = _local(element.tag)
        assert element.tag.startswith(SVG_NS), f"{path.name}: {element.tag} is not SVG"
        assert name in ALLOWED_ELEMENTS, f"{path.name}: <{name}>"
        if name not in ("title", "desc"):
            assert not (element.text or "").strip(), f"{path.name}: text inside <{name}>"
        for attribute, value in element.attrib.items():
            local = attribute.rsplit("}", 1)[-1]
            assert not local.lower().startswith("on"), f"{path.name}: event attribute {attribute}"
            assert local != "style", f"{path.name}: CSS in a style attribute"
            if attribute in ("href", XLINK_HREF):
                assert value.startswith("#"), f"{path.name}: {attribute}={value!r}"
            for reference in re.findall(r"url\(\s*([^)]*)\)", value):
                assert reference.strip("'\" ").startswith("#"), f"{path.name}: url({reference})"
