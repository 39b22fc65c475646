"""Build step: compile the interface translations (translations/*.ts) to .qm files with Qt's
lrelease, into resources/translations/ where the guide loads them. They are built, not
committed, so they can never drift from their source. Runs for editable installs too, so a
fresh clone's `uv run guide-app --lang es` finds them."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        output = root / "resources" / "translations"
        output.mkdir(parents=True, exist_ok=True)
        for source in sorted((root / "translations").glob("*.ts")):
            target = output / f"{source.stem}.qm"
            subprocess.run(
                [_lrelease(), "-silent", str(source), "-qm", str(target)],
                check=True,
            )


def _lrelease() -> str:
    """Qt's lrelease, as PySide6-Essentials (a build requirement) ships it."""
    import PySide6

    package = Path(PySide6.__file__).parent
    for candidate in (
        package / "lrelease",
        package / "lrelease.exe",
        package / "Qt" / "libexec" / "lrelease",
    ):
        if candidate.is_file():
            return str(candidate)
    raise RuntimeError(f"no lrelease in {package}")
