"""check-content names each piece of raw HTML in a section with its file line; prose and code
with a "<" in them are not raw HTML."""

from __future__ import annotations

from pathlib import Path

from guide_app.core.check import check_content
from guide_app.core.content import parse_section
from guide_app.core.raw_html_check import AngleKind, find_angle_text, raw_html_problems

RAW_HTML_BUNDLE = Path(__file__).parent.parent / "fixtures" / "bundles" / "raw-html"

# (file line, tag) of every piece of raw HTML in raw-html/en/01-welcome.md, in order. Not there:
# the `<b>` in a code span (line 24), the indented code block (line 34), "< 20" and "<5%" (15).
RAW_HTML_IN_WELCOME = [
    (17, '<img src="/etc/passwd">'),
    (21, "<script>"),
    (21, "</script>"),
    (22, '<iframe src="https://example.org/">'),
    (22, "</iframe>"),
    (23, '<a href="javascript:alert(1)">'),
    (23, "</a>"),
    (27, "<!-- a note left by a writer -->"),
    (30, "<b>"),
    (30, "</b>"),
]


def test_check_content_names_each_raw_html_tag_at_its_file_line() -> None:
    report = check_content(RAW_HTML_BUNDLE, with_reading_level=False)
    assert [(p.path.name, p.line, p.message) for p in report.problems] == [
        ("01-welcome.md", line, f"raw HTML '{tag}' is not allowed (the guide shows it as text)")
        for line, tag in RAW_HTML_IN_WELCOME
    ]


def test_prose_code_and_web_addresses_are_not_raw_html() -> None:
    body = (
        "A count < 20 is low, <5% is small, 3 <= 4, a <-- b, and salt & pepper.\n"
        "Code is shown as written: `<b>` and ``<img src=x>``.\n"
        "A web page: <https://www.cancer.gov/> and <HTTP://example.org/a?b=1&c=2>.\n"
        "\n"
        "A sample:\n"
        "\n"
        "    <script>alert(1)</script>\n"
    )
    assert find_angle_text(body) == []


def test_raw_html_is_found_where_markdown_would_take_it_as_html() -> None:
    body = (
        '!!! to-do "Do <em>this</em>"\n'  # 1: the box's title
        "    - An item <br> here.\n"  # 2: inside a box and a list
        "\n"
        "| A | B |\n"
        "|---|---|\n"
        "| <u>1</u> | 2 |\n"  # 6: a table cell
        "\n"
        "## A heading <span>x</span>\n"  # 8
        "\n"
        "<!--\n"  # 10: a comment over several lines is named at its first line
        "a note\n"
        "-->\n"
        "\n"
        "x<y and later z>w, then <a\n"  # 14: a "tag" Markdown would have swallowed; a tag
        'href="https://example.org/">over two lines</a>.\n'  # 15
        "<!DOCTYPE html> <?php echo 1; ?>\n"  # 16
    )
    found = [(f.kind, f.line, f.text) for f in find_angle_text(body)]
    html = AngleKind.HTML
    assert found == [
        (html, 1, "<em>"),
        (html, 1, "</em>"),
        (html, 2, "<br>"),
        (html, 6, "<u>"),
        (html, 6, "</u>"),
        (html, 8, "<span>"),
        (html, 8, "</span>"),
        (html, 10, "<!--\na note\n-->"),
        (html, 14, "<y and later z>"),
        (html, 14, '<a\nhref="https://example.org/">'),
        (html, 15, "</a>"),
        (html, 16, "<!DOCTYPE html>"),
        (html, 16, "<?php echo 1; ?>"),
    ]


def test_addresses_in_angle_brackets_that_are_not_web_pages_are_named() -> None:
    found = find_angle_text("Files: <ftp://example.org/f>.\n\nWrite to <someone@example.org>.\n")
    assert [(f.kind, f.line, f.text) for f in found] == [
        (AngleKind.LINK, 1, "<ftp://example.org/f>"),
        (AngleKind.LINK, 3, "<someone@example.org>"),
    ]


def test_each_problem_is_one_line_at_the_file_line_where_the_html_starts() -> None:
    text = (
        '+++\nid = "x"\ntitle = "X"\nshort_title = "X"\norder = 1\nreviewed = 2026-11-27\n'
        '[[sources]]\ntitle = "S"\nurl = "https://example.org/"\n+++\n'  # lines 1-10
        "Text.\n"  # 11
        "\n"
        "<!-- a note\n"  # 13
        "    over two lines -->\n"
        f"A long one: <a title='{'y' * 80}'>\n"  # 15: shown cut short
    )
    problems = raw_html_problems(parse_section(text, Path("x.md"), "en"))
    assert [(p.line, p.message) for p in problems] == [
        (
            13,
            "raw HTML '<!-- a note over two lines -->' is not allowed (the guide shows it as text)",
        ),
        (15, f"raw HTML '<a title='{'y' * 50}…' is not allowed (the guide shows it as text)"),
    ]
