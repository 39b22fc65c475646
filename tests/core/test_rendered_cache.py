"""Section HTML kept from an earlier run is shown only when it was made from the same inputs."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from guide_app.core.content import Bundle, Source, load_bundle
from guide_app.core.glossary import Glossary, load_glossary
from guide_app.core.render_inputs import RenderLabels, render_key
from guide_app.core.rendered_cache import RenderedCache
from guide_app.resources import content_root

# Test data: the words around the content are the UI's (render_labels in guide_app/app.py).
LABELS = RenderLabels("Sources", "Last reviewed: {date}", "Shown in English.", "See also:")

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def content(good_bundle: Path) -> tuple[Bundle, Glossary]:
    return load_bundle(good_bundle, "en"), load_glossary(good_bundle, "en")


def test_kept_html_comes_back_for_the_same_key(tmp_path: Path) -> None:
    cache = RenderedCache(tmp_path)
    assert cache.get("en", "tests", "key one") is None
    assert cache.put("en", "tests", "key one", "<h1>Tests</h1>\n<p>Ünïcode ✓</p>")
    assert cache.get("en", "tests", "key one") == "<h1>Tests</h1>\n<p>Ünïcode ✓</p>"
    assert cache.get("en", "tests", "key two") is None
    assert cache.get("es", "tests", "key one") is None
    # A new key replaces the old HTML; no temporary files are left behind.
    assert cache.put("en", "tests", "key two", "<p>new</p>")
    assert cache.get("en", "tests", "key one") is None
    assert cache.get("en", "tests", "key two") == "<p>new</p>"
    assert [p.name for p in (tmp_path / "en").iterdir()] == ["tests.html"]


def test_a_key_that_is_a_prefix_of_the_kept_one_does_not_match(tmp_path: Path) -> None:
    cache = RenderedCache(tmp_path)
    cache.put("en", "tests", "body\nmore", "<p>x</p>")
    assert cache.get("en", "tests", "body\n") is None
    assert cache.get("en", "tests", "body\nmore<p>") is None


def test_a_damaged_or_unreadable_file_means_rendering_again(tmp_path: Path) -> None:
    cache = RenderedCache(tmp_path)
    cache.put("en", "tests", "the key", "<p>x</p>")
    path = tmp_path / "en" / "tests.html"
    path.write_bytes(path.read_bytes()[:20])  # cut short, as by a full disk
    assert cache.get("en", "tests", "the key") is None
    path.write_bytes(b"\xff\xfe not text")
    assert cache.get("en", "tests", "the key") is None
    path.unlink()
    path.mkdir()  # a folder where the file should be
    assert cache.get("en", "tests", "the key") is None
    assert cache.put("en", "tests", "the key", "<p>x</p>") is False


def test_a_file_in_the_way_of_the_folder_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "rendered").write_text("not a folder")
    cache = RenderedCache(tmp_path / "rendered")
    assert cache.put("en", "tests", "k", "<p>x</p>") is False
    assert cache.get("en", "tests", "k") is None


def test_names_that_could_leave_the_folder_are_never_used(tmp_path: Path) -> None:
    cache = RenderedCache(tmp_path / "rendered")
    for language, section_id in [("..", "x"), ("en", "../x"), ("en/..", "x"), ("en\n", "x")]:
        assert cache.put(language, section_id, "k", "<p>x</p>") is False
        assert cache.get(language, section_id, "k") is None
    assert not tmp_path.joinpath("rendered").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def loader(glossary: Glossary) -> Callable[[], Glossary]:
    """render_key takes a function that loads the glossary."""
    return lambda: glossary


def test_the_key_changes_with_everything_the_html_is_made_from(
    content: tuple[Bundle, Glossary],
) -> None:
    bundle, glossary = content
    section = bundle.sections[0]
    key = render_key(section, bundle, loader(glossary), LABELS)
    # The same inputs, the same key.
    assert (
        render_key(section, bundle, loader(glossary), LABELS) == key
    )  # the same inputs, the same key
    changed = [
        dataclasses.replace(section, body=section.body + "\nOne more line.\n"),
        dataclasses.replace(section, title=section.title + "!"),
        dataclasses.replace(section, sources=(Source("Another", "https://example.org/"),)),
        dataclasses.replace(section, fallback_for="es"),
    ]
    for other in changed:
        assert render_key(other, bundle, loader(glossary), LABELS) != key
    spanish_labels = dataclasses.replace(LABELS, sources="Fuentes")
    assert render_key(section, bundle, loader(glossary), spanish_labels) != key
    # Where the file lives is not part of what is shown.
    assert (
        render_key(
            dataclasses.replace(section, path=Path("/elsewhere.md")),
            bundle,
            loader(glossary),
            LABELS,
        )
        == key
    )


def test_only_generated_sections_depend_on_the_glossary_and_the_other_sections() -> None:
    bundle, glossary = load_bundle(content_root(), "en"), load_glossary(content_root(), "en")
    words = next(s for s in bundle.sections if s.generated == "glossary")
    sources = next(s for s in bundle.sections if s.generated == "sources")
    plain = next(s for s in bundle.sections if s.generated is None)
    fewer_terms = Glossary(glossary.terms[1:])
    assert render_key(words, bundle, loader(fewer_terms), LABELS) != render_key(
        words, bundle, loader(glossary), LABELS
    )
    assert render_key(plain, bundle, loader(fewer_terms), LABELS) == render_key(
        plain, bundle, loader(glossary), LABELS
    )
    retitled = Bundle(
        bundle.language,
        [
            dataclasses.replace(plain, title="Retitled") if s is plain else s
            for s in bundle.sections
        ],
    )
    assert render_key(sources, retitled, loader(glossary), LABELS) != render_key(
        sources, bundle, loader(glossary), LABELS
    )


def test_the_glossary_is_loaded_only_for_the_section_that_shows_it() -> None:
    bundle, glossary = load_bundle(content_root(), "en"), load_glossary(content_root(), "en")
    loads: list[str] = []

    def load() -> Glossary:
        loads.append("glossary")
        return glossary

    for section in bundle.sections:
        render_key(section, bundle, load, LABELS)
    assert loads == ["glossary"]


def test_computing_a_key_does_not_import_markdown(good_bundle: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from guide_app.core.content import load_bundle\n"
        "from guide_app.core.glossary import load_glossary\n"
        "from guide_app.core.render_inputs import RenderLabels, render_key\n"
        f"bundle = load_bundle(Path({str(good_bundle)!r}), 'en')\n"
        f"glossary = load_glossary(Path({str(good_bundle)!r}), 'en')\n"
        "labels = RenderLabels('Sources', 'Last reviewed: {date}', 'In English.', 'See also:')\n"
        "keys = [render_key(s, bundle, lambda: glossary, labels) for s in bundle.sections]\n"
        "print(len(keys), 'markdown' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    count, markdown_imported = result.stdout.split()
    assert int(count) > 0 and markdown_imported == "False"
