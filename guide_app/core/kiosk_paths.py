"""Where a machine's kiosk configuration lives. Apart from the configuration's reader so that
every start can look for the file without loading the reader (or the PIN hashing)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PureWindowsPath

CONFIG_DIR_NAME = "guide-app"
CONFIG_FILE_NAME = "kiosk.toml"


def default_config_path(
    platform: str = sys.platform, environ: Mapping[str, str] = os.environ
) -> Path:
    """Where a machine's kiosk config lives: one file for every user of the machine."""
    if platform.startswith("win"):
        base = environ.get("PROGRAMDATA") or r"C:\ProgramData"
        # Built as a Windows path, so it reads the same when computed (or tested) elsewhere.
        return Path(str(PureWindowsPath(base, CONFIG_DIR_NAME, CONFIG_FILE_NAME)))
    if platform == "darwin":
        return Path("/Library/Application Support", CONFIG_DIR_NAME, CONFIG_FILE_NAME)
    return Path("/etc", CONFIG_DIR_NAME, CONFIG_FILE_NAME)
