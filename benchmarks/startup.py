"""Start-up benchmark: the guide's window against a bare PySide6 window of similar content.

    uv run python benchmarks/startup.py                 # 12 runs each, offscreen
    uv run python benchmarks/startup.py --runs 20
    uv run python benchmarks/startup.py --platform xcb  # a real X display (DISPLAY must be set)
    uv run python benchmarks/startup.py --platform offscreen,xcb   # both, interleaved
    uv run python benchmarks/startup.py --trace         # one guide start-up, phase by phase
    uv run python benchmarks/startup.py --no-bytecode-cache   # compile sources at every start

For each program it measures, in a fresh child process (``benchmarks/startup_child.py``, same
Python as this one):

* first paint: wall time from just before ``Popen`` to the end of the first paint pass of the
  main window (both ends read from the same system-wide monotonic clock);
* peak memory: the child's VmHWM (peak resident set size) read from /proc at that moment.

Runs are interleaved (guide, bare, guide, bare, ...) after one unmeasured warm-up pair, so both
programs see the same disk cache and machine load (with several platforms, each round runs a pair
on each platform in turn: guide and bare offscreen, then guide and bare on xcb, ...); the
warm-up also fills the byte-code cache and the guide's kept section HTML, as on a machine where
the guide has been opened before. Then, for information, a few guide starts with an empty cache
folder (the first start after installing). It prints medians, min-max and the ratio guide/bare,
and "over budget" for every ratio above 1.3. The exit status is 0 whether or not the
guide is within budget; it is 2 only when a child failed to paint (nothing could be measured).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BUDGET = 1.3  # the guide may cost at most 1.3x the bare window, in time and in memory
PLATFORMS = ("offscreen", "xcb")
HERE = Path(__file__).resolve().parent
CHILD = HERE / "startup_child.py"
REPO = HERE.parent


@dataclass(frozen=True)
class Sample:
    paint_ms: float  # Popen -> first paint pass done
    first_event_ms: float  # Popen -> first Paint event delivered (start of that pass)
    peak_kib: int  # VmHWM (or ru_maxrss where there is no /proc)
    cpu_ms: float = float("nan")  # the child's CPU time (all threads) at that moment


class ChildFailed(RuntimeError):
    pass


def child_env(
    platform: str, home: str, cache_home: str, bytecode_cache: bool = True
) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    # Settings (QSettings) come from an empty folder: the user's saved text size must not change
    # what is measured, and nothing is read from or written to the user's config.
    env["XDG_CONFIG_HOME"] = home
    # Likewise the family's saved lists (platformdirs' user data folder): start from none.
    env["XDG_DATA_HOME"] = home
    # The guide keeps rendered section HTML in the user's cache folder; the warm-up start fills
    # this one, as the first start on a machine fills the real one.
    env["XDG_CACHE_HOME"] = cache_home
    if bytecode_cache:
        # Python keeps compiled byte code between runs unless told not to, and an installed
        # guide has it (pip and PyInstaller compile it). Some shells set
        # PYTHONDONTWRITEBYTECODE (this workplace's does); measured that way, every start would
        # compile the guide's and Markdown's sources again, which no family's start does. The
        # byte code goes to a folder of this run's, not into the checkout or the environment.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = os.path.join(home, "pycache")
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def run_child(
    args: list[str], env: dict[str, str], timeout: float, program: list[str] | None = None
) -> tuple[float, list[str]]:
    """Start one child; its stdout lines and the monotonic time taken just before Popen.

    ``program``: the child to start instead of ``python startup_child.py`` (a frozen build of
    it, for ``frozen.py``)."""
    command = program if program is not None else [sys.executable, str(CHILD)]
    start = time.monotonic()
    process = subprocess.Popen(
        [*command, *args],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        message = f"{' '.join(args)}: no paint within {timeout:.0f} s\n{err[-2000:]}"
        raise ChildFailed(message) from None
    lines = out.splitlines()
    if not any(line.startswith("painted ") for line in lines):
        raise ChildFailed(
            f"{' '.join(args)}: exit {process.returncode} without a paint\n{err[-3000:]}"
        )
    return start, lines


def measure(
    args: list[str], env: dict[str, str], timeout: float, program: list[str] | None = None
) -> Sample:
    start, lines = run_child(args, env, timeout, program)
    fields = next(line for line in lines if line.startswith("painted ")).split()
    first_event, done = float(fields[1]), float(fields[2])
    vm_hwm, maxrss = int(fields[3]), int(fields[4])
    return Sample(
        paint_ms=(done - start) * 1000,
        first_event_ms=(first_event - start) * 1000,
        peak_kib=vm_hwm if vm_hwm > 0 else maxrss,
        cpu_ms=float(fields[5]) * 1000 if len(fields) > 5 else float("nan"),
    )


def trace(args: list[str], env: dict[str, str], timeout: float) -> None:
    """One start-up, phase by phase: ms after Popen, and the resident set size at that point."""
    start, lines = run_child([*args, "--trace"], env, timeout)
    print(f"One start-up of: {' '.join(args)}")
    print(f"  {'ms':>7}  {'(+ms)':>8}  {'RSS MiB':>7}  phase")
    previous = 0.0
    for line in lines:
        if line.startswith("trace "):
            _, when, rss, name = line.split(" ", 3)
            at = (float(when) - start) * 1000
            print(f"  {at:7.1f}  (+{at - previous:6.1f})  {int(rss) / 1024:7.1f}  {name}")
            previous = at


def spread(values: list[float]) -> str:
    return f"{min(values):.1f}-{max(values):.1f}"


def platform_list(text: str) -> list[str]:
    """``offscreen``, ``xcb`` or both separated by a comma (measured interleaved in one run)."""
    platforms = [p.strip() for p in text.split(",") if p.strip()]
    if not platforms or any(p not in PLATFORMS for p in platforms):
        raise argparse.ArgumentTypeError(
            f"one or more of {', '.join(PLATFORMS)}, like offscreen,xcb"
        )
    return list(dict.fromkeys(platforms))


def report(guide: list[Sample], bare: list[Sample]) -> None:
    rows = [
        ("first paint (ms)", [s.paint_ms for s in guide], [s.paint_ms for s in bare]),
        ("peak RSS (MiB)", [s.peak_kib / 1024 for s in guide], [s.peak_kib / 1024 for s in bare]),
    ]
    print(
        f"{f'median of {len(guide)} runs':<18} {'guide':>8} {'bare':>8} {'guide/bare':>11}"
        f"   {'guide min-max':>14} {'bare min-max':>13}"
    )
    verdicts = []
    for name, g, b in rows:
        ratio = statistics.median(g) / statistics.median(b)
        flag = "  over budget" if ratio > BUDGET else ""
        verdicts.append(ratio <= BUDGET)
        print(
            f"{name:<18} {statistics.median(g):8.1f} {statistics.median(b):8.1f} {ratio:10.3f}x"
            f"   {spread(g):>14} {spread(b):>13}{flag}"
        )
    g_cpu, b_cpu = [s.cpu_ms for s in guide], [s.cpu_ms for s in bare]
    ratio = statistics.median(g_cpu) / statistics.median(b_cpu)
    print(
        f"{'CPU time (ms)':<18} {statistics.median(g_cpu):8.1f} {statistics.median(b_cpu):8.1f} "
        f"{ratio:10.3f}x   {spread(g_cpu):>14} {spread(b_cpu):>13}  (for information)"
    )
    first_event = statistics.median(s.first_event_ms for s in guide)
    print(
        f"(guide: first Paint event delivered at {first_event:.1f} ms median; the first-paint "
        f"time above is when that paint pass was complete)"
    )
    print(
        f"budget: at most {BUDGET}x the bare window on both; "
        + ("within budget" if all(verdicts) else "OVER BUDGET")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=12, help="measured runs of each program (12)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each first (1)")
    parser.add_argument(
        "--platform",
        type=platform_list,
        default=["offscreen"],
        help="offscreen (default), xcb, or offscreen,xcb: both in the same run, interleaved",
    )
    parser.add_argument(
        "--entry",
        choices=("cli", "run"),
        default="cli",
        help="start the guide through guide_app.cli.main([]) like guide-app (cli, default) or "
        "call guide_app.app.run() directly (run)",
    )
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a paint")
    parser.add_argument(
        "--trace", action="store_true", help="time one start-up of each program, phase by phase"
    )
    parser.add_argument(
        "--first-starts",
        type=int,
        default=6,
        help="also time this many guide starts with an empty cache folder, as the first start "
        "after installing (6; 0 to skip); for information, not budgeted",
    )
    parser.add_argument(
        "--no-bytecode-cache",
        action="store_true",
        help="start both programs with PYTHONDONTWRITEBYTECODE=1: every start compiles the "
        "Python sources it imports",
    )
    args = parser.parse_args(argv)
    if "xcb" in args.platform and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs DISPLAY (or run it under xvfb-run)")
    if args.runs < 1:
        parser.error("--runs must be at least 1 (10 or more for figures worth quoting)")

    guide_args = ["guide", "--entry", args.entry]
    bytecode = not args.no_bytecode_cache
    platforms: list[str] = args.platform
    guide: dict[str, list[Sample]] = {p: [] for p in platforms}
    bare: dict[str, list[Sample]] = {p: [] for p in platforms}
    first: dict[str, list[Sample]] = {p: [] for p in platforms}
    with tempfile.TemporaryDirectory(prefix="guide-bench-") as home:
        cache_home = os.path.join(home, "cache")
        envs = {p: child_env(p, home, cache_home, bytecode) for p in platforms}
        try:
            for _ in range(args.warmup):
                for platform in platforms:
                    measure(guide_args, envs[platform], args.timeout)
                    measure(["bare"], envs[platform], args.timeout)
            if args.trace:
                for platform in platforms:
                    print(f"QT_QPA_PLATFORM={platform}")
                    trace(guide_args, envs[platform], args.timeout)
                    trace(["bare"], envs[platform], args.timeout)
                return 0
            for _ in range(args.runs):
                for platform in platforms:
                    guide[platform].append(measure(guide_args, envs[platform], args.timeout))
                    bare[platform].append(measure(["bare"], envs[platform], args.timeout))
            for run in range(args.first_starts):
                for platform in platforms:
                    empty_cache = os.path.join(home, f"first-start-cache-{platform}-{run}")
                    first_env = child_env(platform, home, empty_cache, bytecode)
                    first[platform].append(measure(guide_args, first_env, args.timeout))
        except ChildFailed as failure:
            print(f"startup benchmark: a child failed: {failure}", file=sys.stderr)
            return 2

    import PySide6

    print(
        f"startup: {args.runs} runs each, interleaved, after {args.warmup} warm-up pair(s); "
        f"QT_QPA_PLATFORM={','.join(platforms)}; guide via --entry {args.entry}; "
        f"byte-code cache {'on' if bytecode else 'off'}; "
        f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs"
    )
    for platform in platforms:
        if len(platforms) > 1:
            print(f"\n-- QT_QPA_PLATFORM={platform}")
        report(guide[platform], bare[platform])
        if first[platform]:
            paint = statistics.median(s.paint_ms for s in first[platform])
            ratio = paint / statistics.median(s.paint_ms for s in bare[platform])
            print(
                f"for information: the first start after installing (no kept section HTML, so "
                f"Markdown renders the first page): {paint:.1f} ms median of "
                f"{len(first[platform])} ({spread([s.paint_ms for s in first[platform]])}), "
                f"{ratio:.3f}x the bare window"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
