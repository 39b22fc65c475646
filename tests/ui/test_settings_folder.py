"""Everything the guide and Qt remember for the user stays in the guide's own folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from guide_app import APP_DIR_NAME

# The guide as `guide-app` starts it; once it runs, the family opens a file dialog (as Save as
# PDF does) and closes it, and the guide quits.
OPEN_A_FILE_DIALOG_AND_QUIT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

app = QApplication([sys.argv[0]])

def use_a_file_dialog():
    dialog = QFileDialog(None, "Save your questions as a PDF", sys.argv[1])
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    dialog.reject()
    dialog.deleteLater()  # a closed file dialog writes its folder history as it goes
    QTimer.singleShot(0, app.quit)

QTimer.singleShot(0, use_a_file_dialog)
from guide_app.app import run
sys.exit(run())
"""


def test_qts_own_settings_are_kept_in_the_guides_folder_not_in_qtproject_conf(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    config = tmp_path / "config"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", OPEN_A_FILE_DIALOG_AND_QUIT, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    written = sorted(
        str(path.relative_to(tmp_path)) for path in tmp_path.rglob("*") if path.is_file()
    )
    qt_own = [name for name in written if "QtProject" in name]
    assert qt_own == [f"config/{APP_DIR_NAME}/QtProject.conf"], written
    assert not (config / "QtProject.conf").exists()  # where Qt keeps it by default
