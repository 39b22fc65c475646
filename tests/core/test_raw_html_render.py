"""The renderer shows raw HTML in a section as text, never as HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from guide_app.core.content import load_bundle
from guide_app.core.glossary import load_glossary
from guide_app.core.render import render_markdown, render_section
from guide_app.core.render_inputs import RenderLabels

RAW_HTML_BUNDLE = Path(__file__).parent.parent / "fixtures" / "bundles" / "raw-html"
# The raw HTML of raw-html/en/01-welcome.md, each shown as written.
RAW_HTML_IN_WELCOME = [
    '<img src="/etc/passwd">',
    "<script>alert(1)</script>",
    '<iframe src="https://example.org/"></iframe>',
    '<a href="javascript:alert(1)">x</a>',
    "<!-- a note left by a writer -->",
    "<b>Now</b>",
]

ELEMENTS_THAT_MUST_NOT_COME_THROUGH = {"img", "script", "iframe", "style", "object", "embed"}


class _Elements(HTMLParser):
    """The elements, attributes, comments and text of rendered HTML, as a browser would see them."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.comments: list[str] = []
        self.text_parts: list[str] = []
        self.feed(html)
        self.close()

    @property
    def text(self) -> str:
        return " ".join("".join(self.text_parts).split())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def handle_data(self, data: str) -> None:
        self.text_parts.append(data)


def _assert_nothing_live(elements: _Elements) -> None:
    assert not ELEMENTS_THAT_MUST_NOT_COME_THROUGH & set(elements.tags), elements.tags
    for name, value in elements.attributes:
        assert not name.startswith("on"), (name, value)
        assert not value.strip().lower().startswith(("javascript:", "file:", "/etc")), value
    assert not elements.comments


def test_a_section_with_raw_html_renders_it_as_text(labels: RenderLabels) -> None:
    bundle = load_bundle(RAW_HTML_BUNDLE, "en")
    welcome = bundle.get("welcome")
    assert welcome is not None
    elements = _Elements(
        render_section(welcome, bundle, load_glossary(RAW_HTML_BUNDLE, "en"), labels)
    )
    _assert_nothing_live(elements)
    # Only what Markdown and the renderer make: boxes, headings, lists, links, code, the footer.
    made = {"h1", "h2", "h3", "p", "ul", "li", "a", "code", "pre", "hr", "br", "table", "tr", "td"}
    assert set(elements.tags) <= made
    for raw_html in RAW_HTML_IN_WELCOME:
        assert raw_html in elements.text
    assert "Read each part. <script>alert(1)</script> Then rest." in elements.text
    # Prose keeps its "<" and "&", and an entity in the content stays the character it names.
    assert "A count < 20 is low, and <5% is small. Salt & pepper. 1 < 2." in elements.text
    # Markdown's own links still work, and a web address in angle brackets is one.
    assert ("href", "https://www.cancer.gov/") in elements.attributes
    assert ("class", "external") in elements.attributes


def test_dangerous_html_never_becomes_an_element() -> None:
    body = (
        '<img src="file:///etc/passwd">\n'
        "\n"
        "<div>\n"
        '<img src="/etc/passwd"><script>alert(1)</script>\n'
        "</div>\n"
        "\n"
        "<style>body { display: none }</style>\n"
        "\n"
        'Text <iframe src="https://example.org/"></iframe> and '
        '<a href="javascript:alert(1)">x</a> and <p onclick="alert(1)">y</p> '
        '<object data="x"></object><embed src="x"> <!-- hidden -->\n'
    )
    elements = _Elements(render_markdown(body))
    _assert_nothing_live(elements)
    assert set(elements.tags) == {"p"}
    assert '<img src="file:///etc/passwd">' in elements.text
    assert "<script>alert(1)</script>" in elements.text
    assert '<a href="javascript:alert(1)">x</a>' in elements.text
    assert "<!-- hidden -->" in elements.text


def test_entities_and_markdown_still_render_as_html() -> None:
    html = render_markdown("Salt &amp; pepper,&nbsp;1 &lt; 2 & 3 < 4 and [a](section:tests).\n")
    assert html == (
        "<p>Salt &amp; pepper,&nbsp;1 &lt; 2 &amp; 3 &lt; 4 and "
        '<a class="section" href="section:tests">a</a>.</p>'
    )
