"""Build the guide as a folder that needs no Python on the machine: ``dist/guide-app/``, with the
binary ``dist/guide-app/guide-app`` (``guide-app.exe`` on Windows).

    python packaging/build.py          (or: uv run python packaging/build.py)

From a clean checkout it:

1. makes a build environment (``build/venv``) and installs into it exactly the pinned,
   hash-checked requirements: ``packaging/requirements.txt`` (the guide's) and
   ``packaging/requirements-build.txt`` (PyInstaller); with uv when there is one, else pip;
2. copies the code and the resources into ``build/stage`` (so the content, the HTML made from
   it and what is bundled are one and the same, even if the checkout changes meanwhile);
3. compiles the interface translations (``translations/*.ts``) into the stage's
   ``resources/translations``;
4. renders every section of every language into the stage's ``resources/rendered``
   (``guide-app render-content``, run by the build environment over the stage), so the frozen
   guide's first page needs no Markdown;
5. runs PyInstaller over ``packaging/guide-app.spec`` (which takes everything from the stage)
   into ``dist/guide-app/``.

Then check it with ``dist/guide-app/guide-app self-test``. Uses only the standard library, so
any Python of the version to build for can run it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build"
VENV = BUILD / "venv"
STAGE = BUILD / "stage"
DIST = ROOT / "dist"
REQUIREMENTS = (PACKAGING / "requirements.txt", PACKAGING / "requirements-build.txt")
_STAMP = VENV / "requirements.sha256"  # what the build environment was installed from


def venv_python() -> Path:
    if sys.platform == "win32":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def binary() -> Path:
    return DIST / "guide-app" / ("guide-app.exe" if sys.platform == "win32" else "guide-app")


def _run(command: list[str | Path], cwd: Path = ROOT, **kwargs: object) -> None:
    print("build:", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=cwd, **kwargs)  # type: ignore[call-overload]


def _requirements_digest() -> str:
    digest = hashlib.sha256()
    for path in REQUIREMENTS:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_environment() -> None:
    """``build/venv`` with exactly the pinned requirements, made again when they change."""
    wanted = _requirements_digest()
    if venv_python().exists() and _STAMP.is_file() and _STAMP.read_text() == wanted:
        print("build: the build environment is up to date")
        return
    shutil.rmtree(VENV, ignore_errors=True)
    requirements: list[str | Path] = []
    for path in REQUIREMENTS:
        requirements += ["-r", path]
    uv = shutil.which("uv")
    if uv:
        _run([uv, "venv", "--quiet", "--python", sys.executable, VENV])
        install = [uv, "pip", "install", "--python", venv_python(), "--require-hashes"]
        _run([*install, "--no-deps", *requirements])
    else:
        _run([sys.executable, "-m", "venv", VENV])
        install = [venv_python(), "-m", "pip", "install", "--quiet", "--require-hashes"]
        _run([*install, "--no-deps", *requirements])
    _STAMP.write_text(wanted)


def _lrelease() -> Path:
    """Qt's lrelease, from the build environment's PySide6."""
    found = subprocess.run(
        [str(venv_python()), "-c", "import PySide6, sys; sys.stdout.write(PySide6.__file__)"],
        check=True,
        capture_output=True,
        text=True,
    )
    package = Path(found.stdout).parent
    for candidate in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (package / candidate).is_file():
            return package / candidate
    raise SystemExit(f"build: no lrelease in {package}")


def stage() -> None:
    """The code and resources to bundle, copied as they are now (no caches, no HTML made by
    another run)."""
    shutil.rmtree(STAGE, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "rendered", "*.qm")
    shutil.copytree(ROOT / "guide_app", STAGE / "guide_app", ignore=ignore)
    shutil.copytree(ROOT / "resources", STAGE / "resources", ignore=ignore)
    shutil.copy2(ROOT / "main.py", STAGE / "main.py")


def compile_translations() -> None:
    """``translations/*.ts`` -> the stage's ``resources/translations/*.qm``."""
    output = STAGE / "resources" / "translations"
    output.mkdir(parents=True, exist_ok=True)
    lrelease = _lrelease()
    for source in sorted((ROOT / "translations").glob("*.ts")):
        _run([lrelease, "-silent", source, "-qm", output / f"{source.stem}.qm"])


def render_content() -> None:
    """Every section's HTML, made by the staged code and the Markdown the bundle carries."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    output = STAGE / "resources" / "rendered"
    _run(
        [venv_python(), "-m", "guide_app", "render-content", "--output", output], env=env, cwd=STAGE
    )


def freeze() -> None:
    shutil.rmtree(DIST / "guide-app", ignore_errors=True)
    _run(
        [
            venv_python(),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            "--distpath",
            DIST,
            "--workpath",
            BUILD / "pyinstaller",
            PACKAGING / "guide-app.spec",
        ]
    )
    if not binary().is_file():
        raise SystemExit(f"build: PyInstaller made no {binary()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    started = time.monotonic()
    try:
        build_environment()
        stage()
        compile_translations()
        render_content()
        freeze()
    except subprocess.CalledProcessError as error:
        print(f"build: failed (exit {error.returncode}): {error.cmd[0]}", file=sys.stderr)
        return 1
    print(f"build: {binary().relative_to(ROOT)} built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
