"""What only content editors need stays out of the guide families run: textstat (and the old
setuptools it imports) is a development dependency, used by check-content alone."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
EDITORS_ONLY = ("textstat", "setuptools")

# Every part of the guide used once (the self-test: every section, tool, glossary term and a
# sheet in every language), then what of the editors' tools got imported.
USE_EVERYTHING_THEN_LIST_IMPORTS = """
import sys
from guide_app.cli import main
status = main(["self-test"])
print(status, sorted(n for n in ("textstat", "pkg_resources", "setuptools") if n in sys.modules))
"""

# check-content where textstat is not installed (as in the bundle).
CHECK_CONTENT_WITHOUT_TEXTSTAT = """
import sys
sys.modules["textstat"] = None  # import textstat now fails, as where it is not installed
from guide_app.cli import main
sys.exit(main(["check-content"]))
"""


def _python(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(tmp_path), "TMPDIR": str(tmp_path)}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_textstat_is_a_development_dependency_only() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = " ".join(project["project"]["dependencies"])
    development = " ".join(project["dependency-groups"]["dev"])
    for name in EDITORS_ONLY:
        assert name not in runtime
        assert name in development


def test_the_guide_imports_no_textstat_at_run_time(tmp_path: Path) -> None:
    done = _python(USE_EVERYTHING_THEN_LIST_IMPORTS, tmp_path)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stdout + done.stderr[-2000:]


def test_check_content_without_textstat_says_where_to_run_it(tmp_path: Path) -> None:
    done = _python(CHECK_CONTENT_WITHOUT_TEXTSTAT, tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "textstat" in done.stderr
    assert "uv run guide-app check-content" in done.stderr
