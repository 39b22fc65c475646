"""Frozen benchmark: the PyInstaller bundle's size and start, against a frozen bare window with
the same trimming, and against the guide started from source.

    uv run python benchmarks/frozen.py                  # build dist/guide-app, then measure
    uv run python benchmarks/frozen.py --use-existing   # measure the dist/guide-app already there
    uv run python benchmarks/frozen.py --runs 20 --platform offscreen,xcb   # xcb needs DISPLAY
    uv run python benchmarks/frozen.py --workdir DIR    # keep the frozen benchmark programs in DIR
                                                        # (used again by the next run with it)

1. **The guide's bundle**: ``packaging/build.py`` builds ``dist/guide-app`` (skipped with
   ``--use-existing``).
2. **Two frozen programs of this benchmark's**, built into a work folder (a temporary one unless
   ``--workdir``) by ``benchmarks/frozen.spec``, with a build environment of the same pinned,
   hash-checked requirements as the guide's build (``packaging/requirements*.txt``), and the
   trimming and data files read from ``packaging/guide-app.spec``:

   * ``bare-window``: the bare window of ``startup_child.py`` (a ``QMainWindow`` of six
     ``QTextBrowser`` tabs), without the guide's code;
   * ``guide-probe``: ``startup_child.py`` frozen with the guide's code and data, so the guide
     starts exactly as ``dist/guide-app/guide-app`` starts it (``guide_app.cli.main([])``), under
     the start-up probe. The guide's own binary cannot tell when it has painted; this one can.
     Its size is shown beside the guide's bundle to show that it is the same program.

3. **Sizes**: the disk usage of each folder (``du``: allocated blocks), its apparent size, its
   files, and its size as a ``.tar.gz`` (gzip level 6, what ``tar czf`` makes). Target: the guide's
   bundle under 120 MB unpacked (MB = 10^6 bytes; MiB shown too).
4. **Start to first paint**, measured as ``startup.py`` does (a fresh process each time, Popen to
   the end of the main window's first paint pass; peak RSS), interleaved in rounds: guide from
   source, frozen guide, frozen bare, bare from source (the other way round every second round),
   after one warm-up round. Targets: frozen guide at most 1.3x the frozen bare window. For
   information: frozen guide vs the guide from source, and the two bare windows.

The exit status is 0 whenever the measurements were made, within target or not; 1 when a build
failed; 2 when a child failed to paint.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from startup import ChildFailed, Sample, child_env, measure, platform_list, spread

BUDGET = 1.3  # frozen guide / frozen bare window
SIZE_TARGET_MB = 120.0  # the guide's bundle, unpacked
HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "frozen.spec"
GUIDE_BUNDLE = REPO / "dist" / "guide-app"
REQUIREMENTS = (
    REPO / "packaging" / "requirements.txt",
    REPO / "packaging" / "requirements-build.txt",
)
EXE = ".exe" if sys.platform == "win32" else ""


class BuildFailed(RuntimeError):
    pass


def _run(command: list[str | Path], **kwargs: object) -> None:
    print("frozen:", " ".join(str(part) for part in command), flush=True)
    done = subprocess.run([str(part) for part in command], cwd=REPO, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise BuildFailed(f"exit {done.returncode}: {' '.join(str(p) for p in command)}")


def build_guide() -> None:
    _run([sys.executable, REPO / "packaging" / "build.py"])


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def build_environment(venv: Path) -> Path:
    """A build environment of the guide's pinned, hash-checked requirements (as build.py's)."""
    python = venv_python(venv)
    if python.exists():
        return python
    requirements: list[str | Path] = []
    for path in REQUIREMENTS:
        requirements += ["-r", path]
    uv = shutil.which("uv")
    if uv:
        _run([uv, "venv", "--quiet", "--python", sys.executable, venv])
        _run(
            [uv, "pip", "install", "--quiet", "--python", python, "--require-hashes", "--no-deps"]
            + requirements
        )
    else:
        _run([sys.executable, "-m", "venv", venv])
        _run(
            [python, "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps"]
            + requirements
        )
    return python


def build_probes(work: Path, rebuild: bool) -> dict[str, Path]:
    """The frozen bare window and the frozen guide under the probe, built once per work folder."""
    dist = work / "dist"
    binaries = {
        kind: dist / name / f"{name}{EXE}"
        for kind, name in (("bare", "bare-window"), ("guide", "guide-probe"))
    }
    if not rebuild and all(path.is_file() for path in binaries.values()):
        print(f"frozen: using the frozen programs in {dist}")
        return binaries
    python = build_environment(work / "venv")
    rendered = work / "rendered"
    shutil.rmtree(rendered, ignore_errors=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    _run([python, "-m", "guide_app", "render-content", "--output", rendered], env=env)
    for kind, binary in binaries.items():
        shutil.rmtree(binary.parent, ignore_errors=True)
        env = {**os.environ, "GUIDE_BENCH_FROZEN": kind, "GUIDE_BENCH_RENDERED": str(rendered)}
        _run(
            [
                python,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--log-level=WARN",
                "--distpath",
                dist,
                "--workpath",
                work / "pyinstaller",
                SPEC,
            ],
            env=env,
        )
        if not binary.is_file():
            raise BuildFailed(f"PyInstaller made no {binary}")
    return binaries


def folder_size(folder: Path, work: Path) -> dict[str, float]:
    """Disk usage (allocated blocks, as du), apparent bytes, files, and the .tar.gz's bytes."""
    used = apparent = files = 0
    for path in folder.rglob("*"):
        info = path.lstat()
        used += getattr(info, "st_blocks", 0) * 512 or info.st_size
        if path.is_file() and not path.is_symlink():
            apparent += info.st_size
            files += 1
    archive = work / f"{folder.name}.tar.gz"
    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    packed = archive.stat().st_size
    archive.unlink()
    return {"du": used, "apparent": apparent, "files": files, "targz": packed}


def print_sizes(sizes: dict[str, dict[str, float]]) -> bool:
    print(
        f"{'bundle':<32} {'du MB':>8} {'du MiB':>8} {'apparent MB':>12} {'files':>6} "
        f"{'tar.gz MB':>10}"
    )
    for name, size in sizes.items():
        print(
            f"{name:<32} {size['du'] / 1e6:8.1f} {size['du'] / 2**20:8.1f} "
            f"{size['apparent'] / 1e6:12.1f} {size['files']:6.0f} {size['targz'] / 1e6:10.1f}"
        )
    guide = sizes["dist/guide-app (the guide)"]["du"] / 1e6
    met = guide < SIZE_TARGET_MB
    print(
        f"target: the guide's bundle under {SIZE_TARGET_MB:.0f} MB unpacked: "
        f"{'met' if met else 'NOT MET'} ({guide:.1f} MB)"
    )
    return met


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=12, help="measured rounds (12)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured rounds first (1)")
    parser.add_argument(
        "--platform",
        type=platform_list,
        default=["offscreen"],
        help="offscreen (default), xcb, or offscreen,xcb",
    )
    parser.add_argument(
        "--use-existing",
        action="store_true",
        help="measure the dist/guide-app already built (no packaging/build.py)",
    )
    parser.add_argument(
        "--workdir",
        type=Path,
        help="where to build (and keep) the frozen "
        "benchmark programs; a temporary folder by default",
    )
    parser.add_argument(
        "--rebuild", action="store_true", help="with --workdir: build the frozen programs again"
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a paint")
    args = parser.parse_args(argv)
    if "xcb" in args.platform and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs DISPLAY (start Xvfb, or run it under xvfb-run)")
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    started = time.monotonic()
    try:
        if not args.use_existing:
            build_guide()
        if not (GUIDE_BUNDLE / f"guide-app{EXE}").is_file():
            print(
                f"frozen: no dist/guide-app/guide-app{EXE}: build it with packaging/build.py "
                "(or run without --use-existing)",
                file=sys.stderr,
            )
            return 1
        with tempfile.TemporaryDirectory(prefix="guide-frozen-") as temporary:
            work = args.workdir.resolve() if args.workdir else Path(temporary)
            work.mkdir(parents=True, exist_ok=True)
            binaries = build_probes(work, args.rebuild)
            built = time.monotonic() - started
            sizes = {
                "dist/guide-app (the guide)": folder_size(GUIDE_BUNDLE, Path(temporary)),
                "guide-probe (the same, probed)": folder_size(
                    binaries["guide"].parent, Path(temporary)
                ),
                "bare-window (same trimming)": folder_size(
                    binaries["bare"].parent, Path(temporary)
                ),
            }
            return measure_starts(args, binaries, sizes, built, Path(temporary))
    except BuildFailed as failure:
        print(f"frozen: a build failed: {failure}", file=sys.stderr)
        return 1


def measure_starts(
    args: argparse.Namespace,
    binaries: dict[str, Path],
    sizes: dict[str, dict[str, float]],
    built: float,
    home: Path,
) -> int:
    programs: dict[str, tuple[list[str] | None, list[str]]] = {
        "guide, source": (None, ["guide", "--entry", "cli"]),
        "guide, frozen": ([str(binaries["guide"])], ["guide", "--entry", "cli"]),
        "bare, frozen": ([str(binaries["bare"])], ["bare"]),
        "bare, source": (None, ["bare"]),
    }
    platforms: list[str] = args.platform
    samples: dict[tuple[str, str], list[Sample]] = {
        (p, name): [] for p in platforms for name in programs
    }
    envs = {p: child_env(p, str(home), str(home / "cache")) for p in platforms}
    try:
        for round_ in range(args.warmup + args.runs):
            order = list(programs) if round_ % 2 == 0 else list(reversed(programs))
            for platform in platforms:
                for name in order:
                    program, child_args = programs[name]
                    sample = measure(child_args, envs[platform], args.timeout, program)
                    if round_ >= args.warmup:
                        samples[(platform, name)].append(sample)
    except ChildFailed as failure:
        print(f"frozen: a child failed: {failure}", file=sys.stderr)
        return 2

    import PySide6

    print(
        f"\nfrozen: Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, "
        f"{os.cpu_count()} CPUs; builds took {built:.0f} s"
    )
    size_met = print_sizes(sizes)
    print(
        f"\nstart to first paint: {args.runs} rounds, interleaved, after {args.warmup} "
        f"warm-up round(s)"
    )
    within = True
    for platform in platforms:
        print(f"-- QT_QPA_PLATFORM={platform}")
        print(
            f"{'median of ' + str(args.runs):<16} {'first paint ms':>15} {'min-max':>14} "
            f"{'peak RSS MiB':>13}"
        )
        medians = {}
        for name in programs:
            runs = samples[(platform, name)]
            paint = [s.paint_ms for s in runs]
            medians[name] = statistics.median(paint)
            rss = statistics.median(s.peak_kib / 1024 for s in runs)
            print(f"{name:<16} {medians[name]:15.1f} {spread(paint):>14} {rss:13.1f}")
        ratio = medians["guide, frozen"] / medians["bare, frozen"]
        within = within and ratio <= BUDGET
        print(
            f"frozen guide / frozen bare:   {ratio:.3f}x  "
            f"{'within budget' if ratio <= BUDGET else 'over budget'} (at most {BUDGET}x)"
        )
        print(
            f"frozen guide / source guide:  "
            f"{medians['guide, frozen'] / medians['guide, source']:.3f}x  (for information)"
        )
        print(
            f"frozen bare / source bare:    "
            f"{medians['bare, frozen'] / medians['bare, source']:.3f}x  (for information)"
        )
        print(
            f"source guide / source bare:   "
            f"{medians['guide, source'] / medians['bare, source']:.3f}x  (for information)"
        )
    print(
        f"\ntargets: bundle size {'met' if size_met else 'NOT MET'}; frozen start "
        f"{'within budget' if within else 'OVER BUDGET'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
