"""The kiosk and self-test profiles keep everything in memory: a family using every part of the
guide leaves the home folder, the XDG folders and the temporary folder exactly as they were."""

from __future__ import annotations

import datetime
import hashlib
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget

from guide_app.app import Guide
from guide_app.ui.checklist_widget import ChecklistWidget
from guide_app.ui.profile import Profile, ProfileKind
from guide_app.ui.question_builder import QuestionBuilder
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS

Snapshot = dict[str, str]


def _snapshot(roots: list[Path]) -> Snapshot:
    """Every file, folder and link under ``roots``, with what each holds."""
    seen: Snapshot = {}
    for root in roots:
        seen[str(root)] = "folder" if root.is_dir() else "missing"
        for path in sorted(root.rglob("*")) if root.is_dir() else []:
            if path.is_symlink():
                seen[str(path)] = f"link to {path.readlink()}"
            elif path.is_dir():
                seen[str(path)] = "folder"
            else:
                seen[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return seen


@pytest.fixture
def watched_folders(
    isolated_profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[Path]:
    """HOME, the XDG folders (set per test by conftest) and a temporary folder of its own."""
    temporary = tmp_path / "tmp"
    monkeypatch.setenv("TMPDIR", str(temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)  # Python reads TMPDIR again
    roots = [isolated_profile / "home", temporary]
    roots += [isolated_profile / name for name in ("xdg_config_home", "xdg_data_home")]
    roots.append(isolated_profile / "xdg_cache_home")
    for root in roots:
        root.mkdir(parents=True, exist_ok=True)
    return roots


def _use_every_feature(guide: Guide, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = guide.window
    for page in window.pages():  # every section, rendered
        window.show_section(page.section.id)
    window.search.field.setText("marrow")
    qtbot.waitUntil(lambda: window.search.results.count() > 0)
    window.search.results.itemActivated.emit(window.search.results.item(0))
    popup = window.show_glossary_term("bone-marrow")
    assert popup is not None
    popup.close()
    window.larger_button.click()

    window.show_section(CHECKLIST)
    checklist = window.tool(CHECKLIST)
    assert isinstance(checklist, ChecklistWidget)
    fever = checklist.row("fever")
    fever.tick.setChecked(True)
    qtbot.keyClicks(fever.note, "38.4 at night")
    fever.date.setDate(datetime.date.today())

    window.show_section(QUESTIONS)
    builder = window.tool(QUESTIONS)
    assert isinstance(builder, QuestionBuilder)
    builder.bank_tree.topLevelItem(0).child(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.keyClicks(builder.own_text, "Who do we call at night?")
    builder.add_button.click()
    builder.chosen.setCurrentRow(1)
    builder.up_button.click()
    builder.child_name.setText("Maya")
    dialog = guide.sheet_actions.preview()
    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert preview.pageCount() >= 1
    dialog.close()
    guide.lists_model.flush()

    # A fresh window over the same lists (what a language switch and "Start over" build on).
    again = guide.app_part.open_window("en")
    qtbot.waitUntil(lambda: again.is_loaded)
    assert again.lists_model.lists.checklist.entry("fever").seen
    guide.lists_model.clear()
    guide.lists_model.close()


@pytest.mark.parametrize("kind", [ProfileKind.KIOSK, ProfileKind.SELF_TEST])
def test_a_memory_profile_writes_nothing_anywhere(
    open_guide: Callable[..., Guide], watched_folders: list[Path], kind: ProfileKind, qtbot
) -> None:  # type: ignore[no-untyped-def]
    before = _snapshot(watched_folders)
    profile = Profile(kind)
    profile.install()
    guide = open_guide(profile=profile)
    _use_every_feature(guide, qtbot)
    assert _snapshot(watched_folders) == before


def test_the_laptop_profile_keeps_the_lists_the_settings_and_the_html(
    open_guide: Callable[..., Guide], watched_folders: list[Path], qtbot
) -> None:  # type: ignore[no-untyped-def]
    # The same walk, to show that the snapshot sees what a profile writes.
    before = _snapshot(watched_folders)
    guide = open_guide(profile=Profile(ProfileKind.LAPTOP))
    guide.window.larger_button.click()
    guide.lists_model.set_seen("fever", True)
    guide.lists_model.flush()
    written = set(_snapshot(watched_folders)) - set(before)
    assert any(name.endswith("family-lists.json") for name in written)
    assert any(name.endswith("start-here.html") for name in written)
