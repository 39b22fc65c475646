"""The glossary file: good terms load, each bad one is named at its own line."""

from __future__ import annotations

from pathlib import Path

from guide_app.core.glossary import check_glossary


def test_a_duplicate_term_points_at_the_second_copy_not_a_see_also(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    path.write_text(
        '[[term]]\nid = "a"\nterm = "A"\nmeaning = "x"\nsee_also = ["b"]\n\n'
        '[[term]]\nid = "b"\nterm = "B"\nmeaning = "y"\n\n'
        '[[term]]\nid = "b"\nterm = "B again"\nmeaning = "z"\n',
        encoding="utf-8",
    )
    glossary, problems = check_glossary(path)
    assert [t.id for t in glossary.terms] == ["a", "b"]
    assert [(p.line, p.message) for p in problems] == [(13, "term id 'b' is used twice")]


def test_terms_that_are_not_tables_are_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    path.write_text('term = ["bone marrow"]\n', encoding="utf-8")
    glossary, problems = check_glossary(path)
    assert glossary.terms == ()
    assert [(p.line, p.message) for p in problems] == [(1, "'term' must be [[term]] tables")]


def test_an_unknown_see_also_is_named_at_the_term(tmp_path: Path) -> None:
    path = tmp_path / "glossary.toml"
    path.write_text(
        '[[term]]\nid = "a"\nterm = "A"\nmeaning = "x"\nsee_also = ["nowhere"]\n', encoding="utf-8"
    )
    _, problems = check_glossary(path)
    assert [(p.line, p.message) for p in problems] == [(2, "term 'a' sees also unknown 'nowhere'")]
