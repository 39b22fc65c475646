"""Loading the content bundle: good sections load, bad files are named with their line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from guide_app.core.content import load_bundle, parse_section
from guide_app.core.problems import ContentError

BUNDLES = Path(__file__).parent.parent / "fixtures" / "bundles"


def test_sections_load_in_their_order_with_metadata(good_bundle: Path) -> None:
    bundle = load_bundle(good_bundle, "en")
    assert [s.id for s in bundle.sections] == ["welcome", "marrow", "words"]
    welcome = bundle.sections[0]
    assert welcome.title == "Welcome to the test guide"
    assert welcome.short_title == "Welcome"
    assert welcome.reviewed == dt.date(2026, 11, 27)
    assert welcome.sources[0].url == "https://example.org/source"
    assert welcome.body.lstrip().startswith("!!! key-points")
    assert welcome.body_line == 12  # the line after the closing +++
    assert bundle.problems == []


def test_a_broken_header_names_file_and_line_and_the_rest_still_loads() -> None:
    bundle = load_bundle(BUNDLES / "broken-header", "en")
    assert [s.id for s in bundle.sections] == ["welcome", "words"]
    [problem] = bundle.problems
    assert problem.path.name == "02-marrow.md"
    assert problem.line == 3  # the unclosed string: line 2 of the header, line 3 of the file
    assert str(problem).startswith(f"{problem.path}:3: header:")


def test_a_duplicate_id_keeps_the_first_section() -> None:
    bundle = load_bundle(BUNDLES / "duplicate-id", "en")
    assert [s.id for s in bundle.sections] == ["welcome", "marrow"]
    [problem] = bundle.problems
    assert problem.path.name == "03-words.md"
    assert "already used by 02-marrow.md" in problem.message


def test_a_missing_translation_falls_back_to_english_section_by_section(good_bundle: Path) -> None:
    bundle = load_bundle(good_bundle, "es")
    by_id = {s.id: s for s in bundle.sections}
    assert by_id["marrow"].title == "La médula"
    assert by_id["marrow"].fallback_for is None
    assert by_id["welcome"].title == "Welcome to the test guide"
    assert by_id["welcome"].fallback_for == "es"
    assert [s.id for s in bundle.sections] == ["welcome", "marrow", "words"]


def test_a_language_without_a_folder_is_english_marked_as_fallback(good_bundle: Path) -> None:
    bundle = load_bundle(good_bundle, "fr")
    assert [s.id for s in bundle.sections] == ["welcome", "marrow", "words"]
    assert all(s.fallback_for == "fr" for s in bundle.sections)


@pytest.mark.parametrize(
    ("header", "line", "message"),
    [
        ('id = "x"\ntitle = "X"\nshort_title = "X"\norder = 1\n', 1, "'reviewed' is missing"),
        (
            'id = "x"\ntitle = "X"\nshort_title = "X"\norder = 1\nreviewed = 2026-02-31\n',
            6,
            "header:",
        ),
        (
            'id = "Bad Id"\ntitle = "X"\nshort_title = "X"\norder = 1\nreviewed = 2026-01-01\n',
            2,
            "'id' must be",
        ),
        (
            'id = "x"\ntitle = "X"\nshort_title = "X"\norder = 1\nreviewed = 2026-01-01\n'
            '[[sources]]\ntitle = "S"\nurl = "ftp://x"\n',
            9,
            "http(s) 'url'",
        ),
        (
            'id = "x"\ntitle = "X"\nshort_title = "X"\norder = 1\nreviewed = 2026-01-01\n',
            1,
            "at least one [[sources]]",
        ),
    ],
)
def test_header_problems_name_their_line(header: str, line: int, message: str) -> None:
    text = f"+++\n{header}+++\nBody\n"
    with pytest.raises(ContentError) as caught:
        parse_section(text, Path("x.md"), "en")
    assert caught.value.problem.line == line
    assert message in caught.value.problem.message


def test_a_file_without_a_header_is_refused_at_line_one() -> None:
    with pytest.raises(ContentError) as caught:
        parse_section("# Just Markdown\n", Path("x.md"), "en")
    assert caught.value.problem.line == 1
