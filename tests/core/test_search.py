"""Search finds words whatever their case or accents, and says where they are."""

from __future__ import annotations

from guide_app.core.html_text import text_blocks
from guide_app.core.search import SearchIndex, find_all, fold


def _index() -> SearchIndex:
    blocks = text_blocks(
        "tests",
        '<h1 id="top">Pruebas</h1><p>Intro.</p><h2 id="medula-osea">Médula ósea</h2>'
        "<p>La aspiración de MÉDULA ósea usa una aguja.</p><ul><li>Punción lumbar</li></ul>",
    )
    return SearchIndex({"tests": "Pruebas"}, blocks)


def test_accents_and_case_do_not_matter() -> None:
    results = _index().search("medula")
    assert [r.matched_text for r in results] == ["Médula", "MÉDULA"]
    assert all(r.section_title == "Pruebas" for r in results)


def test_results_carry_the_heading_anchor_and_a_snippet_around_the_match() -> None:
    result = _index().search("AGUJA")[0]
    assert result.anchor == "medula-osea"
    assert result.snippet[result.match_start : result.match_end] == "aguja"


def test_a_word_before_any_heading_has_no_anchor() -> None:
    assert _index().search("intro")[0].anchor == ""


def test_no_result_and_too_short_queries() -> None:
    assert _index().search("quimioterapia") == []
    assert _index().search("a") == []
    assert _index().search("   ") == []


def test_fold_keeps_a_map_back_to_the_original_text() -> None:
    folded, origin = fold("Straße Ñu")
    assert folded == "strasse nu"
    assert find_all("Straße Ñu", "SS") == [(4, 5)]
    assert find_all("Straße Ñu", "nu") == [(7, 9)]
    assert len(origin) == len(folded)


def test_spaces_in_the_query_are_normalised() -> None:
    assert _index().search("  puncion   lumbar ")[0].matched_text == "Punción lumbar"


def test_a_match_after_a_letter_that_folds_to_two_is_found_where_it_stands() -> None:
    """Blocks that fold letter for letter keep no map back; the others keep theirs, so a match
    after "ß" (folded "ss") or a decomposed accent ("e" and a combining mark) is not shifted."""
    blocks = text_blocks(
        "tests",
        "<p>Die Straße nach Ñu.</p><p>Me\u0301dula y nada mas.</p><p>Plain nach text.</p>",
    )
    index = SearchIndex({"tests": "Pruebas"}, blocks)
    found = index.search("nach")
    assert [(r.matched_text, r.block_offset) for r in found] == [("nach", 11), ("nach", 6)]
    for result in found:
        snippet = result.snippet[result.match_start : result.match_end]
        assert snippet == "nach"
    nada = index.search("nada")[0]
    assert nada.block_text[nada.block_offset :].startswith("nada")
    assert index.search("medula")[0].matched_text == "Me\u0301dula"
