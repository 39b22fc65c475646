"""The Qt binding must survive long use (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import subprocess
import sys

# Every Qt setter called from Python: PySide6 6.12.0 on 3.11 lost a reference to None at each,
# and the interpreter aborted ("none_dealloc") after a few thousand.
MANY_SETTER_CALLS = """
from PySide6.QtGui import QTextBlockFormat
block_format = QTextBlockFormat()
for _ in range(20_000):
    block_format.setHeadingLevel(1)
print("survived")
"""


def test_twenty_thousand_qt_setter_calls_do_not_crash_the_interpreter() -> None:
    # In a child process: the crash aborts the interpreter, which would take pytest with it.
    done = subprocess.run(
        [sys.executable, "-c", MANY_SETTER_CALLS], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "survived"
