"""The lists' lock against another guide in another process: held while it runs, free once it
has crashed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from guide_app.ui.lists_lock import ListsLockFile

OTHER_GUIDE = """
import sys
from pathlib import Path
from guide_app.ui.lists_lock import ListsLockFile
lock = ListsLockFile(Path(sys.argv[1]))
print("locked" if lock.acquire() else "refused", flush=True)
sys.stdin.readline()
"""


def _other_guide(lists_path: Path) -> subprocess.Popen[str]:
    other = subprocess.Popen(
        [sys.executable, "-c", OTHER_GUIDE, str(lists_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout is not None and other.stdout.readline().strip() == "locked"
    return other


def test_a_lock_held_by_a_running_guide_is_respected_and_a_crashed_ones_taken_over(
    tmp_path: Path,
) -> None:
    lists_path = tmp_path / "family-lists.json"
    other = _other_guide(lists_path)
    try:
        assert not ListsLockFile(lists_path).acquire()
    finally:
        other.kill()  # a crash: the lock file stays behind
        other.wait(timeout=30)
    assert lists_path.with_name("family-lists.json.lock").exists()
    ours = ListsLockFile(lists_path)
    assert ours.acquire()
    ours.release()
    assert not lists_path.with_name("family-lists.json.lock").exists()


def test_a_lock_is_not_stale_because_the_guide_has_been_open_long(tmp_path: Path) -> None:
    import os

    lists_path = tmp_path / "family-lists.json"
    other = _other_guide(lists_path)
    try:
        day_ago = os.stat(lists_path.with_name("family-lists.json.lock")).st_mtime - 86_400
        os.utime(lists_path.with_name("family-lists.json.lock"), (day_ago, day_ago))
        assert not ListsLockFile(lists_path).acquire()
    finally:
        other.kill()
        other.wait(timeout=30)
