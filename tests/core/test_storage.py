"""Saving the family's lists: atomic, never losing a file it can't read, memory-only on kiosks."""

from __future__ import annotations

import datetime
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide_app.core import storage
from guide_app.core.checklist import MAX_NOTE_LENGTH
from guide_app.core.family_lists import FamilyLists
from guide_app.core.question_list import MAX_OWN_QUESTION_LENGTH
from guide_app.core.storage import (
    JsonFileStore,
    ListsStore,
    MemoryStore,
    NoticeKind,
    StorageError,
    default_lists_path,
)

FIXED_NOW = datetime.datetime(2026, 11, 27, 9, 5, 3)

# Any text at all, with the awkward kinds named so every run meets them.
AWKWARD = [
    "<script>alert(1)</script>",
    "<b>bold</b> &amp; &lt;",
    "مرحبا بالعالم",
    "\u202eevil\u202c",
    "👨‍👩‍👧 🩸 ⚠️",
    "\x00\x07\x1b[31m\r\n\t",
    "\ud800 lone surrogate",
    '"quotes" \\ back\\slash',
]
ANY_TEXT = st.one_of(st.sampled_from(AWKWARD), st.text(st.characters(exclude_categories=())))


def notes() -> st.SearchStrategy[str]:
    return ANY_TEXT.map(lambda text: text[:MAX_NOTE_LENGTH])


def own_questions() -> st.SearchStrategy[str]:
    return ANY_TEXT.map(lambda t: t.strip()[:MAX_OWN_QUESTION_LENGTH].strip()).filter(bool)


@st.composite
def family_lists(draw: st.DrawFn) -> FamilyLists:
    lists = FamilyLists()
    lists.set_child_name(draw(st.none() | ANY_TEXT))
    for symptom_id in draw(st.lists(ANY_TEXT.filter(bool), max_size=4, unique=True)):
        lists.checklist.set_seen(symptom_id, draw(st.booleans()))
        lists.checklist.set_note(symptom_id, draw(notes()))
        lists.checklist.set_date(symptom_id, draw(st.none() | st.dates()))
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            lists.questions.add_bank(draw(ANY_TEXT.filter(bool)))
        else:
            lists.questions.add_own(draw(own_questions()))
    return lists


FILLED = {
    "schema": 1,
    "child_name": "Maya",
    "checklist": {"entries": {"fever": {"seen": True, "note": "38.5 at night", "date": None}}},
    "questions": {
        "items": [{"bank": "school"}, {"own": "own-1", "text": "Who do we call at night?"}]
    },
}


def filled() -> FamilyLists:
    return FamilyLists.from_dict(FILLED)


def store_in(folder: Path) -> JsonFileStore:
    return JsonFileStore(folder / "family-lists.json", clock=lambda: FIXED_NOW)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(family_lists())
def test_any_text_survives_save_and_load_unchanged(lists: FamilyLists) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = store_in(Path(folder))
        store.save(lists)
        result = JsonFileStore(store.path).load()
    assert result.notice is None
    assert result.lists.to_dict() == lists.to_dict()
    assert result.lists.child_name == lists.child_name
    for item, again in zip(lists.questions.items, result.lists.questions.items, strict=True):
        assert again.own_text == item.own_text


def test_missing_file_means_empty_lists_and_no_notice(tmp_path: Path) -> None:
    result = store_in(tmp_path).load()
    assert result.lists.is_empty()
    assert result.notice is None


def test_saved_file_is_json_with_a_schema_and_private_to_the_user(tmp_path: Path) -> None:
    store = store_in(tmp_path / "new" / "folder")
    store.save(filled())
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data["schema"] == 1
    assert data["child_name"] == "Maya"
    if os.name == "posix":
        assert store.path.stat().st_mode & 0o077 == 0


def test_a_crash_before_the_rename_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_in(tmp_path)
    store.save(filled())
    before = store.path.read_bytes()

    def crash(source: object, target: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(storage.os, "replace", crash)
    changed = filled()
    changed.questions.add_own("A new question that never reached the disk")
    with pytest.raises(StorageError):
        store.save(changed)
    monkeypatch.undo()
    assert store.path.read_bytes() == before
    assert JsonFileStore(store.path).load().lists.to_dict() == filled().to_dict()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["family-lists.json"]


def test_a_failure_to_create_the_temporary_file_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = store_in(tmp_path)
    store.save(filled())
    before = store.path.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage.tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError):
        store.save(FamilyLists())
    assert store.path.read_bytes() == before


def test_an_unwritable_folder_raises_storage_error(tmp_path: Path) -> None:
    # A regular file where the folder should be: a real OSError even for root.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = JsonFileStore(blocker / "family-lists.json")
    with pytest.raises(StorageError):
        store.save(filled())
    assert blocker.read_text() == "x"


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe\x00garbage",
        b'{"schema": 1, "questions": {"items": [7]}}',
        b"[]",
        b"",
    ],
)
def test_an_unreadable_file_is_moved_aside_and_reported(tmp_path: Path, content: bytes) -> None:
    store = store_in(tmp_path)
    store.path.write_bytes(content)
    result = store.load()
    assert result.lists.is_empty()
    assert result.notice is not None
    assert result.notice.kind is NoticeKind.MOVED_ASIDE
    assert result.notice.file_name == "family-lists.corrupt-20261127-090503.json"
    kept = tmp_path / result.notice.file_name
    assert kept.read_bytes() == content
    assert not store.path.exists()
    assert result.notice.file_name in result.notice.message()
    assert "could not be read" in result.notice.message()
    # The store stays usable: the next save writes a fresh file.
    assert not store.read_only
    store.save(filled())
    assert store.load().lists.to_dict() == filled().to_dict()


def test_files_moved_aside_in_the_same_second_get_distinct_names(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    names = []
    for content in (b"first", b"second", b"third"):
        store.path.write_bytes(content)
        notice = store.load().notice
        assert notice is not None
        names.append(notice.file_name)
    assert names == [
        "family-lists.corrupt-20261127-090503.json",
        "family-lists.corrupt-20261127-090503-2.json",
        "family-lists.corrupt-20261127-090503-3.json",
    ]
    assert (tmp_path / names[0]).read_bytes() == b"first"


def test_a_file_from_a_newer_version_is_never_overwritten(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    newer = b'{"schema": 2, "lists": ["from the future"]}'
    store.path.write_bytes(newer)
    result = store.load()
    assert result.lists.is_empty()
    assert result.notice is not None
    assert result.notice.kind is NoticeKind.NEWER_VERSION
    assert result.notice.file_name == "family-lists.json"
    assert "newer version" in result.notice.message()
    assert store.read_only
    store.save(filled())
    store.clear()
    assert store.path.read_bytes() == newer
    assert sorted(p.name for p in tmp_path.iterdir()) == ["family-lists.json"]


def test_a_file_that_cannot_be_opened_is_left_alone(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.path.mkdir()  # a folder where the file should be: reading fails
    result = store.load()
    assert result.notice is not None
    assert result.notice.kind is NoticeKind.LEFT_UNREADABLE
    assert store.read_only
    assert store.path.is_dir()


def test_clear_removes_the_saved_lists(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.clear()  # nothing saved yet: fine
    store.save(filled())
    store.clear()
    assert not store.path.exists()
    assert store.load().lists.is_empty()
    store.save(filled())  # saving the same lists again after a clear writes them again
    assert store.path.exists()


def test_memory_store_keeps_lists_in_memory_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    store: ListsStore = MemoryStore()
    assert store.load().lists.is_empty()
    lists = filled()
    store.save(lists)
    lists.questions.clear()  # later changes are not saved until save() is called again
    loaded = store.load()
    assert loaded.lists.to_dict() == filled().to_dict()
    assert loaded.notice is None
    store.clear()
    assert store.load().lists.is_empty()
    assert list(tmp_path.iterdir()) == []
    assert not store.read_only


def test_both_stores_satisfy_the_protocol(tmp_path: Path) -> None:
    stores: list[ListsStore] = [MemoryStore(), store_in(tmp_path)]
    for store in stores:
        store.save(filled())
        assert store.load().lists.to_dict() == filled().to_dict()


def test_default_path_is_in_the_given_folder(tmp_path: Path) -> None:
    assert default_lists_path(tmp_path) == tmp_path / "family-lists.json"


@pytest.mark.skipif(sys.platform != "linux", reason="XDG_DATA_HOME is how Linux names the folder")
def test_default_path_is_in_the_users_data_folder(isolated_profile: Path) -> None:
    path = default_lists_path()
    assert path.name == "family-lists.json"
    assert path.parent.name == "relapsed-all-family-guide"
    assert path.is_relative_to(isolated_profile)
