"""Readable text blocks from rendered section HTML, for the search index."""

from __future__ import annotations

from html.parser import HTMLParser

from guide_app.core.search import Block

_BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class _BlockCollector(HTMLParser):
    def __init__(self, section_id: str) -> None:
        super().__init__()
        self.section_id = section_id
        self.blocks: list[Block] = []
        self._anchor = ""
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._text.append(" ")
            return
        if tag in _BLOCK_TAGS:
            self._flush()
        if tag in _HEADINGS:
            ids = [value for name, value in attrs if name == "id" and value]
            self._anchor = ids[0] if ids and ids[0] != "top" else ""

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._text.append(" ")

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._text).split())
        self._text = []
        if text:
            self.blocks.append(Block(self.section_id, self._anchor, text))


def text_blocks(section_id: str, html: str) -> list[Block]:
    collector = _BlockCollector(section_id)
    collector.feed(html)
    collector.close()
    collector._flush()
    return collector.blocks
