"""A Python-Markdown extension for what Qt's rich text can show: boxes as tables, links by kind.

Admonitions (``!!! key-points "Key points"``) become single-cell tables with a coloured bar,
because QTextDocument draws table cell backgrounds but not div borders or backgrounds. The
colours are the style sheet's (``td.box-bar`` and ``td.box-body`` under ``table.KIND``), not
``bgcolor`` attributes, which would win over it: the high-contrast style sheet gives the same
boxes its own colours. A
``figure`` box holds a picture, its title and its caption. Links get a class naming their kind
(section, glossary, external) so the stylesheet can tell them apart.
"""

from __future__ import annotations

from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from guide_app.core.links import LinkKind, classify

# The kinds of box; their colours are in resources/style/guide*.css (tests/ui/test_contrast.py).
BOX_KINDS = ("key-points", "to-do", "call-now", "call-emergency", "figure")


class BoxTreeprocessor(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for parent in root.iter():
            for index, child in enumerate(list(parent)):
                if child.tag == "div" and "admonition" in child.get("class", "").split():
                    parent[index] = _box_table(child)
        for anchor in root.iter("a"):
            kind, _, _ = classify(anchor.get("href", ""))
            if kind is not LinkKind.OTHER:
                anchor.set("class", kind.value)


def _box_table(div: etree.Element) -> etree.Element:
    kinds = [k for k in div.get("class", "").split() if k in BOX_KINDS]
    kind = kinds[0] if kinds else "key-points"
    table = etree.Element(
        "table",
        {"class": f"box {kind}", "width": "100%", "cellspacing": "0", "cellpadding": "12"},
    )
    row = etree.SubElement(table, "tr")
    etree.SubElement(row, "td", {"width": "6", "class": "box-bar"})
    cell = etree.SubElement(row, "td", {"class": "box-body"})
    for child in list(div):
        if child.tag == "p" and "admonition-title" in child.get("class", ""):
            child.set("class", "box-title")
        elif _is_picture_only(child):
            # Its own class: the text's 150% line height would add half a picture of space.
            child.set("class", "picture")
        cell.append(child)
    return table


def _is_picture_only(paragraph: etree.Element) -> bool:
    return (
        paragraph.tag == "p"
        and not (paragraph.text or "").strip()
        and len(paragraph) == 1
        and paragraph[0].tag == "img"
        and not (paragraph[0].tail or "").strip()
    )


class BoxExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (the Markdown API's name)
        # Priority 4: after admonition's block parsing and the inline links, before toc (< 5).
        md.treeprocessors.register(BoxTreeprocessor(md), "guide-boxes", 4)
