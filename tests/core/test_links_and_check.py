"""check-content: every content mistake is reported as file:line, a clean bundle passes."""

from __future__ import annotations

from pathlib import Path

from guide_app.core.check import check_content, report_lines
from guide_app.core.links import LinkKind, classify, find_links, heading_anchors
from guide_app.core.translation_status import source_hash, translation_problems

BUNDLES = Path(__file__).parent.parent / "fixtures" / "bundles"


def test_link_kinds() -> None:
    assert classify("section:tests#mrd-tests") == (LinkKind.SECTION, "tests", "mrd-tests")
    assert classify("glossary:blast") == (LinkKind.GLOSSARY, "blast", "")
    assert classify("https://www.cancer.gov/x")[0] is LinkKind.EXTERNAL
    assert classify("#here") == (LinkKind.SECTION, "", "here")
    assert classify("javascript:alert(1)")[0] is LinkKind.OTHER
    assert classify("file:///etc/passwd")[0] is LinkKind.OTHER


def test_links_are_found_with_their_line() -> None:
    links = find_links("one\n[a](glossary:blast) and ![img](x.png)\n[b](section:tests)")
    assert [(link.kind, link.target, link.line) for link in links] == [
        (LinkKind.GLOSSARY, "blast", 2),
        (LinkKind.SECTION, "tests", 3),
    ]


def test_heading_anchors_match_the_renderer() -> None:
    from guide_app.core.render import render_markdown

    body = "## What is MRD?\n\n## Médula ósea\n\n## What is MRD?\n"
    html = render_markdown(body)
    for anchor in heading_anchors(body):
        assert f'id="{anchor}"' in html
    assert heading_anchors(body) == {"what-is-mrd", "médula-ósea", "what-is-mrd_1"}


def test_a_clean_bundle_passes_but_for_its_untranslated_parts(good_bundle: Path) -> None:
    report = check_content(good_bundle)
    # The fixture's Spanish is partial on purpose (the app shows English for the rest).
    missing = {p.message.split(" (")[0] for p in report.problems}
    assert missing == {
        f"no translation of {name}"
        for name in (
            "01-welcome.md", "03-words.md", "glossary.toml", "symptoms.toml", "questions.toml"
        )
    }, report_lines(report)  # fmt: skip
    assert len(report.levels) == 4  # three English sections and one Spanish
    lines = report_lines(report)
    assert any("words a sentence" in line and "grade" in line for line in lines)
    assert any("Fernández-Huerta" in line for line in lines)


def _problems(bundle: str) -> list[str]:
    report = check_content(BUNDLES / bundle, with_reading_level=False)
    return report_lines(report, relative_to=BUNDLES / bundle)


def test_broken_header_is_named_with_file_and_line() -> None:
    assert any(p.startswith("en/02-marrow.md:3: header:") for p in _problems("broken-header"))


def test_duplicate_id_is_named() -> None:
    assert any(
        p.startswith("en/03-words.md:2:") and "already used" in p for p in _problems("duplicate-id")
    )


def test_link_to_a_missing_section_is_named() -> None:
    assert "en/02-marrow.md:19: link to unknown section 'no-such-section'" in _problems(
        "missing-section-link"
    )


def test_unknown_glossary_term_is_named() -> None:
    assert "en/01-welcome.md:19: unknown glossary term 'spleen'" in _problems("unknown-term")


def test_missing_anchor_and_missing_boxes_are_named(tmp_path: Path, good_bundle: Path) -> None:
    import shutil

    shutil.copytree(good_bundle, tmp_path / "b")
    page = tmp_path / "b" / "en" / "02-marrow.md"
    text = page.read_text().replace("(section:welcome)", "(section:welcome#nowhere)")
    text = text.replace('!!! key-points "Key points"\n    - Marrow is inside bones.\n', "Hello.\n")
    text = text.replace('!!! to-do "What you can do"', "Then:")
    page.write_text(text)
    problems = report_lines(check_content(tmp_path / "b", with_reading_level=False), tmp_path / "b")
    assert any("unknown anchor 'welcome#nowhere'" in p for p in problems)
    assert any("must start with a Key points box" in p for p in problems)
    assert any("no 'What you can do'" in p for p in problems)


def test_a_hard_section_fails_the_reading_level(tmp_path: Path, good_bundle: Path) -> None:
    import shutil

    shutil.copytree(good_bundle, tmp_path / "b")
    page = tmp_path / "b" / "en" / "02-marrow.md"
    hard = (
        "Notwithstanding considerable interindividual heterogeneity, immunophenotypic "
        "characterization of leukemic lymphoblasts facilitates stratification of therapeutic "
        "interventions according to prognostically significant cytogenetic abnormalities.\n"
    )
    page.write_text(page.read_text() + "\n" + hard * 3)
    report = check_content(tmp_path / "b")
    assert any("reading level grade" in p.message for p in report.problems)


def test_a_translation_says_when_its_english_source_has_changed(
    good_bundle: Path, tmp_path: Path
) -> None:
    import shutil

    root = tmp_path / "content"
    shutil.copytree(good_bundle, root)
    assert not [p for p in translation_problems(root, "es") if "02-marrow" in str(p.path)]
    english = root / "en" / "02-marrow.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nA new sentence.\n", "utf-8")
    [stale] = [p for p in translation_problems(root, "es") if "02-marrow" in str(p.path)]
    assert stale.path == root / "es" / "02-marrow.md" and stale.line == 7
    assert "translates an older 02-marrow.md" in stale.message
    assert source_hash(english_body(english)) in stale.message
    spanish = root / "es" / "02-marrow.md"
    spanish.write_text(
        "".join(line for line in spanish.read_text("utf-8").splitlines(True)
                if not line.startswith("translation_of")), "utf-8"
    )  # fmt: skip
    [unrecorded] = [p for p in translation_problems(root, "es") if "02-marrow" in str(p.path)]
    assert unrecorded.message.startswith("no translation_of: add translation_of = ")


def english_body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("+++", 2)[2]


def test_a_link_to_the_familys_tools_is_good_but_not_to_a_heading_in_them(
    tmp_path: Path, good_bundle: Path
) -> None:
    import shutil

    shutil.copytree(good_bundle, tmp_path / "b")
    page = tmp_path / "b" / "en" / "02-marrow.md"
    text = page.read_text().replace(
        "(section:welcome)", "(section:my-checklist), [list](section:my-questions#top-part)"
    )
    page.write_text(text)
    problems = report_lines(check_content(tmp_path / "b", with_reading_level=False), tmp_path / "b")
    assert not any("my-checklist" in p for p in problems)
    assert any("unknown anchor 'my-questions#top-part'" in p for p in problems)
