"""Saving the family's lists: atomic, never losing a file it can't read, memory-only on kiosks."""

from __future__ import annotations

import datetime
import json
import os
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guide_app.core import atomic_write
from guide_app.core.checklist import MAX_NOTE_LENGTH
from guide_app.core.family_lists import SCHEMA_VERSION, FamilyLists
from guide_app.core.question_list import MAX_OWN_QUESTION_LENGTH, MAX_QUESTIONS
from guide_app.core.storage import (
    MAX_LISTS_FILE_BYTES,
    JsonFileStore,
    ListsStore,
    MemoryStore,
    NoticeKind,
    StorageError,
    default_lists_path,
)
from guide_app.core.typed_text import clean_typed_text

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
    return ANY_TEXT.map(lambda t: t.strip()[:MAX_OWN_QUESTION_LENGTH].strip()).filter(
        lambda t: clean_typed_text(t).strip()
    )


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
    assert data["schema"] == SCHEMA_VERSION
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

    monkeypatch.setattr(atomic_write.os, "replace", crash)
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

    monkeypatch.setattr(atomic_write.tempfile, "mkstemp", refuse)
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
    newer = b'{"schema": 99, "lists": ["from the future"]}'
    store.path.write_bytes(newer)
    result = store.load()
    assert result.lists.is_empty()
    assert result.notice is not None
    assert result.notice.kind is NoticeKind.NEWER_VERSION
    assert result.notice.file_name == "family-lists.json"
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


posix_only = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and links are POSIX here")


class FakeLock:
    """A lock held, or not, by another guide."""

    def __init__(self, held_elsewhere: bool) -> None:
        self.held_elsewhere = held_elsewhere
        self.released = False

    def acquire(self) -> bool:
        return not self.held_elsewhere

    def release(self) -> None:
        self.released = True


def test_a_file_larger_than_the_guide_ever_writes_is_kept_aside_unread(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    huge = json.dumps({**FILLED, "padding": "x" * MAX_LISTS_FILE_BYTES}).encode()
    store.path.write_bytes(huge)
    result = store.load()
    assert result.notice is not None and result.notice.kind is NoticeKind.MOVED_ASIDE
    assert (tmp_path / result.notice.file_name).read_bytes() == huge
    assert result.lists.is_empty() and not store.read_only


def test_forty_thousand_questions_are_over_the_cap_and_kept_aside(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    items = [{"own": f"own-{n}", "text": f"Question {n}?"} for n in range(40_000)]
    store.path.write_text(json.dumps({"schema": 1, "questions": {"items": items}}))
    result = store.load()
    assert result.notice is not None and result.notice.kind is NoticeKind.MOVED_ASIDE
    assert result.lists.is_empty()


def test_the_largest_lists_the_guide_can_make_load_again(tmp_path: Path) -> None:
    lists = FamilyLists()
    worst = "👨\u200d👩\u200d👧" * (MAX_OWN_QUESTION_LENGTH // 5)  # \u-escaped: 12 bytes a char
    for _ in range(MAX_QUESTIONS):
        lists.questions.add_own(worst)
    store = store_in(tmp_path)
    store.save(lists)
    result = store_in(tmp_path).load()
    assert result.notice is None
    assert len(result.lists.questions) == MAX_QUESTIONS


def test_one_question_over_the_length_limit_does_not_send_the_file_aside(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    data = json.loads(json.dumps(FILLED))
    data["questions"]["items"][1]["text"] = "w" * (MAX_OWN_QUESTION_LENGTH + 1)
    data["checklist"]["entries"]["fever"]["note"] = "n" * 900
    store.path.write_text(json.dumps(data))
    result = store.load()
    assert result.notice is None
    assert result.lists.questions.items[1].own_text == "w" * MAX_OWN_QUESTION_LENGTH
    assert len(result.lists.checklist.entry("fever").note) == 500


@posix_only
def test_a_fifo_at_the_path_does_not_hang_the_start(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    os.mkfifo(store.path)
    results: list[object] = []
    loading = threading.Thread(target=lambda: results.append(store.load()), daemon=True)
    loading.start()
    loading.join(timeout=10)
    assert results, "loading the lists blocked on a FIFO"
    notice = results[0].notice  # type: ignore[attr-defined]
    assert notice is not None and notice.kind is NoticeKind.LEFT_UNREADABLE
    assert store.read_only  # nothing is written over something that is not our file


def test_leftovers_of_a_crash_mid_save_are_removed_at_load(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.save(filled())
    leftover = tmp_path / ".family-lists.json.k2j3h4.tmp"
    leftover.write_text('{"child_name": "Maya", "checklist": ...')
    other = tmp_path / "notes.tmp"  # not ours: stays
    other.write_text("x")
    assert store_in(tmp_path).load().lists.to_dict() == filled().to_dict()
    assert not leftover.exists() and other.exists()


def test_leftovers_stay_while_another_guide_holds_the_lists(tmp_path: Path) -> None:
    leftover = tmp_path / ".family-lists.json.k2j3h4.tmp"  # the other guide may be writing it
    leftover.write_text("{")
    JsonFileStore(tmp_path / "family-lists.json", lock=FakeLock(held_elsewhere=True)).load()
    assert leftover.exists()


@posix_only
def test_a_symbolic_link_at_the_path_is_kept_and_its_file_is_written(tmp_path: Path) -> None:
    synced = tmp_path / "synced" / "our-lists.json"
    synced.parent.mkdir()
    link = tmp_path / "data" / "family-lists.json"
    link.parent.mkdir()
    link.symlink_to(synced)
    store = JsonFileStore(link)
    assert store.load().notice is None
    store.save(filled())
    assert link.is_symlink() and os.readlink(link) == str(synced)
    assert FamilyLists.from_json(synced.read_text()).to_dict() == filled().to_dict()
    assert sorted(p.name for p in link.parent.iterdir()) == ["family-lists.json"]
    assert JsonFileStore(link).load().lists.to_dict() == filled().to_dict()
    store.clear()  # "Clear my lists" removes the lists themselves, not only the link
    assert not synced.exists()


def test_nothing_entered_writes_no_file(tmp_path: Path) -> None:
    store = store_in(tmp_path)
    store.load()
    store.save(FamilyLists())
    assert not store.path.exists()
    store.save(filled())
    emptied = filled()
    emptied.clear()
    store.save(emptied)  # emptied by the family: the file says so
    assert FamilyLists.from_json(store.path.read_text()).is_empty()


def test_while_another_guide_holds_the_lists_they_are_shown_and_never_written(
    tmp_path: Path,
) -> None:
    first = JsonFileStore(tmp_path / "family-lists.json", lock=FakeLock(held_elsewhere=False))
    first.load()
    first.save(filled())
    saved = first.path.read_bytes()
    second = JsonFileStore(first.path, lock=FakeLock(held_elsewhere=True))
    result = second.load()
    assert result.lists.to_dict() == filled().to_dict()
    assert result.notice is not None and result.notice.kind is NoticeKind.OPEN_ELSEWHERE
    assert second.read_only
    second.save(FamilyLists())
    second.clear()
    assert first.path.read_bytes() == saved


def test_closing_the_store_lets_the_lock_go(tmp_path: Path) -> None:
    lock = FakeLock(held_elsewhere=False)
    store = JsonFileStore(tmp_path / "family-lists.json", lock=lock)
    store.load()
    store.close()
    assert lock.released


JSON_SHAPES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)
LISTS_LIKE = st.fixed_dictionaries(
    {"schema": st.sampled_from([1, 1, 0, 2, "1", True])},
    optional={
        "child_name": JSON_SHAPES,
        "checklist": st.fixed_dictionaries({"entries": JSON_SHAPES}) | JSON_SHAPES,
        "questions": st.fixed_dictionaries({"items": st.lists(JSON_SHAPES)}) | JSON_SHAPES,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(max_size=300)
    | JSON_SHAPES.map(lambda d: json.dumps(d).encode())
    | LISTS_LIKE.map(lambda d: json.dumps(d).encode())
)
def test_any_file_at_all_loads_or_is_kept_with_a_notice(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = store_in(Path(folder))
        store.path.write_bytes(content)
        result = store.load()  # never raises
        if result.notice is None:
            FamilyLists.from_json(result.lists.to_json())  # what loaded is a usable list
        elif result.notice.kind is NoticeKind.MOVED_ASIDE:
            assert (Path(folder) / result.notice.file_name).read_bytes() == content
        else:
            assert result.notice.kind is NoticeKind.NEWER_VERSION
            assert store.path.read_bytes() == content
