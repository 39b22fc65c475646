"""Frozen benchmark: the PyInstaller bundle's size and start, against a frozen bare window with
the same trimming, and against the guide started from source.

    uv run python benchmarks/frozen.py                  # build from HEAD, then measure
    uv run python benchmarks/frozen.py --use-existing   # the checkout's dist/guide-app and stage
    uv run python benchmarks/frozen.py --runs 20 --platform offscreen,xcb   # xcb needs DISPLAY
    uv run python benchmarks/frozen.py --workdir DIR    # build into DIR and keep it; the next
                                                        # run with DIR measures it again

1. **The guide's bundle**: the committed tree (``git archive HEAD``) is unpacked into a work
   folder (a temporary one unless ``--workdir``) and ``packaging/build.py`` builds
   ``dist/guide-app`` there, as from a clean clone; the shared checkout's ``build/`` and
   ``dist/`` are neither read nor written. ``--use-existing`` measures the checkout's own
   ``dist/guide-app`` (and builds the programs below over its ``build/stage``) instead.
2. **Two frozen programs of this benchmark's**, built by ``benchmarks/frozen.spec``, which runs
   the guide's own ``packaging/guide-app.spec`` with only the script and the name changed, in a
   build environment of the same pinned, hash-checked requirements:

   * ``bare-window``: the bare window of ``startup_child.py`` (a ``QMainWindow`` of six
     ``QTextBrowser`` tabs), without the guide's code and data files;
   * ``guide-probe``: ``startup_child.py`` frozen with the guide's code and data files, so the
     guide starts exactly as ``dist/guide-app/guide-app`` starts it (``guide_app.cli.main([])``),
     under the start-up probe. The guide's own binary cannot tell when it has painted; this one
     can. Its size is shown beside the guide's bundle, to show that it is the same program.

3. **Sizes**: the disk usage of each folder (``du``: allocated blocks), its apparent size, its
   files, and its size as a ``.tar.gz`` (gzip level 6, as ``tar czf``). Target: the guide's
   bundle under 120 MB unpacked (MB = 10^6 bytes; MiB shown too).
4. **Start to first paint**, measured as ``startup.py`` measures it (a fresh process each time,
   from Popen to the end of the main window's first paint pass; peak RSS; CPU time), interleaved
   in rounds: the guide from source, the frozen guide, the frozen bare window, the bare window
   from source (the other way round every second round), after one warm-up round. Target: the
   frozen guide at most 1.3x the frozen bare window. For information: the frozen guide against
   the guide from source, and the two bare windows.

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
EXE = ".exe" if sys.platform == "win32" else ""


class BuildFailed(RuntimeError):
    pass


def _run(command: list[str | Path], cwd: Path = REPO, **kwargs: object) -> None:
    print("frozen:", " ".join(str(part) for part in command), flush=True)
    done = subprocess.run([str(part) for part in command], cwd=cwd, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise BuildFailed(f"exit {done.returncode}: {' '.join(str(p) for p in command)}")


def clean_checkout(work: Path) -> Path:
    """The committed tree (HEAD) in ``work/src``, with this benchmark's own files as they are now,
    so the build neither reads nor writes the shared checkout's build/ and dist/."""
    source = work / "src"
    shutil.rmtree(source, ignore_errors=True)
    source.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", "HEAD"], cwd=REPO, capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise BuildFailed(f"git archive HEAD: {archive.stderr.decode(errors='replace')}")
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive.stdout, check=True)
    for name in ("frozen.spec", "startup_child.py"):
        shutil.copy2(HERE / name, source / "benchmarks" / name)
    return source


def build_guide(source: Path) -> None:
    _run([sys.executable, source / "packaging" / "build.py"], cwd=source)


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def build_environment(venv: Path, source: Path) -> Path:
    """A build environment of the guide's pinned, hash-checked requirements (as build.py's)."""
    python = venv_python(venv)
    if python.exists():
        return python
    requirements: list[str | Path] = []
    for name in ("requirements.txt", "requirements-build.txt"):
        requirements += ["-r", source / "packaging" / name]
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


def build_probes(work: Path, source: Path, rebuild: bool) -> dict[str, Path]:
    """The frozen bare window and the frozen guide under the probe (``frozen.spec``, over the
    stage that packaging/build.py left in ``source``), built once per work folder."""
    dist = work / "dist"
    binaries = {
        kind: dist / name / f"{name}{EXE}"
        for kind, name in (("bare", "bare-window"), ("guide", "guide-probe"))
    }
    if not rebuild and all(path.is_file() for path in binaries.values()):
        print(f"frozen: using the frozen programs in {dist}")
        return binaries
    python = build_environment(work / "venv", source)
    for kind, binary in binaries.items():
        shutil.rmtree(binary.parent, ignore_errors=True)
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
                source / "benchmarks" / "frozen.spec",
            ],
            cwd=source,
            env={**os.environ, "GUIDE_BENCH_FROZEN": kind},
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
    guide = sizes["guide-app (the guide's bundle)"]["du"] / 1e6
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
        with tempfile.TemporaryDirectory(prefix="guide-frozen-") as temporary:
            work = args.workdir.resolve() if args.workdir else Path(temporary)
            work.mkdir(parents=True, exist_ok=True)
            if args.use_existing:
                source = REPO
            elif args.rebuild or not (work / "src" / "dist" / "guide-app").is_dir():
                source = clean_checkout(work)
                build_guide(source)
            else:
                source = work / "src"
                print(f"frozen: using the guide's bundle in {source / 'dist'}")
            bundle = source / "dist" / "guide-app"
            if not (bundle / f"guide-app{EXE}").is_file():
                print(
                    f"frozen: no {bundle}/guide-app{EXE}: build it with packaging/build.py "
                    "(or run without --use-existing)",
                    file=sys.stderr,
                )
                return 1
            binaries = build_probes(work, source, args.rebuild)
            built = time.monotonic() - started
            scratch = Path(temporary)
            sizes = {
                "guide-app (the guide's bundle)": folder_size(bundle, scratch),
                "guide-probe (the same, probed)": folder_size(binaries["guide"].parent, scratch),
                "bare-window (same trimming)": folder_size(binaries["bare"].parent, scratch),
            }
            return measure_starts(args, binaries, sizes, built, scratch)
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
            f"{'peak RSS MiB':>13} {'CPU ms':>8}"
        )
        medians, cpu = {}, {}
        for name in programs:
            runs = samples[(platform, name)]
            paint = [s.paint_ms for s in runs]
            medians[name] = statistics.median(paint)
            rss = statistics.median(s.peak_kib / 1024 for s in runs)
            cpu[name] = statistics.median(s.cpu_ms for s in runs)
            print(
                f"{name:<16} {medians[name]:15.1f} {spread(paint):>14} {rss:13.1f} {cpu[name]:8.1f}"
            )
        ratio = medians["guide, frozen"] / medians["bare, frozen"]
        within = within and ratio <= BUDGET
        print(
            f"frozen guide / frozen bare:   {ratio:.3f}x  "
            f"{'within budget' if ratio <= BUDGET else 'over budget'} (at most {BUDGET}x); "
            f"CPU time {cpu['guide, frozen'] / cpu['bare, frozen']:.3f}x"
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
