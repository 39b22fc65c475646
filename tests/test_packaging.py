"""The bundle's pinned requirements (packaging/requirements*.txt): every package pinned to one
version with its hashes, no registry address or local path (they are committed), the guide's
runtime dependencies and nothing only content editors need."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGING = REPO_ROOT / "packaging"
REQUIREMENT_FILES = ["requirements.txt", "requirements-build.txt"]
_PINNED = re.compile(r"^([A-Za-z0-9._-]+)==([^\s;\\]+)")


def _requirements(text: str) -> dict[str, list[str]]:
    """Each pinned package (normalised name) with its hashes."""
    pinned: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if (match := _PINNED.match(stripped)) is not None:
            current = re.sub(r"[-_.]+", "-", match.group(1)).lower()
            pinned[current] = []
        elif stripped.startswith("--hash=sha256:") and current is not None:
            pinned[current].append(stripped.split(":", 1)[1].rstrip(" \\"))
        else:
            raise AssertionError(f"not a pinned requirement or its hash: {stripped}")
    return pinned


@pytest.mark.parametrize("name", REQUIREMENT_FILES)
def test_every_requirement_is_pinned_with_hashes(name: str) -> None:
    pinned = _requirements((PACKAGING / name).read_text(encoding="utf-8"))
    assert pinned
    for package, hashes in pinned.items():
        assert hashes, f"{package} has no hash"
        assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in hashes), package


@pytest.mark.parametrize("name", [*REQUIREMENT_FILES, "requirements-build.in"])
def test_no_registry_address_or_local_path(name: str) -> None:
    text = (PACKAGING / name).read_text(encoding="utf-8")
    assert "://" not in text
    assert "--index-url" not in text and "--extra-index-url" not in text
    assert "--find-links" not in text
    for path_start in ("/home/", "/root/", "/work/", "/tmp/", "C:\\", "file:"):
        assert path_start not in text


def test_the_bundle_gets_the_runtime_dependencies_and_no_editors_tools() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    runtime = {
        re.sub(r"[-_.]+", "-", re.split(r"[<>=!~;\s\[]", spec, maxsplit=1)[0]).lower()
        for spec in project["project"]["dependencies"]
    }
    pinned = _requirements((PACKAGING / "requirements.txt").read_text(encoding="utf-8"))
    assert runtime <= set(pinned)
    assert not {"textstat", "setuptools", "pyinstaller"} & set(pinned)
    assert "pyinstaller" in _requirements(
        (PACKAGING / "requirements-build.txt").read_text(encoding="utf-8")
    )
