"""Problems in the data files point at the line a writer has to fix."""

from guide_app.core.toml_entries import entry_lines, id_line

TEXT = """\
[[term]]
id = "blast"
meaning = "a young cell"

[[term]]
  id='relapse'
meaning = "the cancer comes back"

[[term]]
id = "blast"
meaning = "the same id again"
"""


def test_id_line_finds_the_entry_id_with_either_quote():
    assert id_line(TEXT, "blast", 1) == 2
    assert id_line(TEXT, "relapse", 1) == 6


def test_a_duplicate_id_points_at_the_copy_under_its_own_header():
    second_header = entry_lines(TEXT, "term")[2]
    assert second_header == 9
    assert id_line(TEXT, "blast", second_header) == 10


def test_an_id_that_is_not_there_or_not_text_keeps_the_header_line():
    assert id_line(TEXT, "marrow", 5) == 5
    assert id_line(TEXT, 42, 5) == 5
    assert id_line(TEXT, "bla", 1) == 1  # a prefix of an id is not that id
