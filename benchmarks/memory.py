"""Peak memory benchmark: the guide after start and after every section was opened, against a
bare PySide6 window of six QTextBrowser tabs holding the same HTML.

    uv run python benchmarks/memory.py                     # 10 runs of each, offscreen
    uv run python benchmarks/memory.py --runs 20
    uv run python benchmarks/memory.py --platform offscreen,xcb   # both (xcb needs DISPLAY)
    uv run python benchmarks/memory.py --bare-tabs 18      # one bare tab per guide section

Each run is a fresh process (``benchmarks/memory_child.py guide|bare``), in the environment of
``startup.py`` (empty settings and data folders, a byte-code cache, a cache folder for the kept
section HTML that the warm-up fills). The child reports its peak resident set size (``VmHWM``)
at the end of the first paint, (guide) once its after-first-paint work is done, and after every
section was shown once and painted.

The bare window's tabs hold the guide's own HTML: every English section, rendered here by the
guide's renderer, shared out in order over the tabs (six by default, so three sections a tab),
with the guide's style sheet and its pictures. So both programs have laid out the same text and
pictures by the end. The bare window lays all of it out before its first paint; the guide renders
a section when it is first shown, so "after start" compares the guide's one page with the bare
window's whole text: it is the cost of being ready, not of the same work.

Runs are interleaved (guide, bare, guide, bare, ...) after one unmeasured warm-up pair. Medians,
min-max, and the ratio of the medians guide/bare, with "over budget" above 1.3. Exit status 0
whenever the measurements were made, within budget or not; 2 when a child failed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from startup import PLATFORMS, child_env, platform_list

BUDGET = 1.3
HERE = Path(__file__).resolve().parent
CHILD = HERE / "memory_child.py"
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # run from anywhere: the checkout's guide_app


class ChildFailed(RuntimeError):
    pass


def guide_html(tabs: int) -> dict[str, object]:
    """Every English section's HTML as the guide shows it, shared out in order over ``tabs``."""
    from guide_app.app import render_labels
    from guide_app.core.library import Library
    from guide_app.core.rendered_cache import shipped_html
    from guide_app.resources import content_root, rendered_root, resources_root, style_root

    library = Library(
        content_root(),
        "en",
        render_labels(source=True),
        shipped=shipped_html(rendered_root(), frozen=False),
    )
    pages = [library.render(section) for section in library.bundle.sections]
    per_tab = -(-len(pages) // tabs)  # rounded up
    shared = ["\n".join(pages[i : i + per_tab]) for i in range(0, len(pages), per_tab)]
    return {
        "tabs": shared,
        "sections": len(pages),
        "chars": sum(len(p) for p in pages),
        "style_sheet": (style_root() / "guide.css").read_text(encoding="utf-8"),
        "search_path": str(resources_root()),
    }


def run_child(args: list[str], env: dict[str, str], timeout: float) -> dict[str, list[str]]:
    try:
        done = subprocess.run(
            [sys.executable, str(CHILD), *args],
            cwd=REPO,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as expired:
        err = expired.stderr or b""
        err = err.decode(errors="replace") if isinstance(err, bytes) else err
        out = expired.stdout or b""
        out = out.decode(errors="replace") if isinstance(out, bytes) else out
        message = f"{args[0]}: not done within {timeout:.0f} s\n{out[-1000:]}\n{err[-3000:]}"
        raise ChildFailed(message) from None
    moments = {}
    for line in done.stdout.splitlines():
        if line.startswith("mem "):
            fields = line.split()
            moments[fields[1]] = fields[2:]
    if "all" not in moments:
        raise ChildFailed(
            f"{args[0]}: exit {done.returncode}\n{done.stdout[-1000:]}\n{done.stderr[-3000:]}"
        )
    return moments


def mib(kib: str) -> float:
    return int(kib) / 1024


def spread(values: list[float]) -> str:
    return f"{min(values):.1f}-{max(values):.1f}"


def report(guide: list[dict[str, list[str]]], bare: list[dict[str, list[str]]]) -> bool:
    print(
        f"{f'median of {len(guide)} runs':<30} {'guide':>7} {'bare':>7} {'guide/bare':>11}"
        f"   {'guide min-max':>13} {'bare min-max':>13}"
    )
    rows = [
        ("peak RSS after start (MiB)", "start", "start", True),
        ("peak RSS, guide loaded (MiB)", "loaded", "start", False),
        ("peak RSS, all shown (MiB)", "all", "all", True),
        ("RSS now, all shown (MiB)", "all", "all", False),
    ]
    within = True
    for name, g_moment, b_moment, budgeted in rows:
        column = 1 if name.startswith("RSS now") else 0
        g = [mib(run[g_moment][column]) for run in guide]
        b = [mib(run[b_moment][column]) for run in bare]
        ratio = statistics.median(g) / statistics.median(b)
        flag = ""
        if budgeted:
            within = within and ratio <= BUDGET
            flag = "  over budget" if ratio > BUDGET else ""
        else:
            flag = "  (for information)"
        print(
            f"{name:<30} {statistics.median(g):7.1f} {statistics.median(b):7.1f} {ratio:10.3f}x"
            f"   {spread(g):>13} {spread(b):>13}{flag}"
        )
    tabs = int(guide[0]["all"][3]), int(bare[0]["all"][3])
    seconds = [float(run["all"][2]) - float(run["start"][2]) for run in guide]
    print(
        f"(guide: {tabs[0]} pages (sections and tools) shown one after the other, "
        f"{statistics.median(seconds):.2f} s median from its first paint to the last one "
        f"painted; bare: {tabs[1]} tabs. "
        f"'guide loaded' is compared with the bare window after start)"
    )
    return within


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="measured runs of each (10)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each first (1)")
    parser.add_argument(
        "--platform",
        type=platform_list,
        default=["offscreen"],
        help=f"{', '.join(PLATFORMS)}, or both separated by a comma (offscreen)",
    )
    parser.add_argument("--bare-tabs", type=int, default=6, help="the bare window's tabs (6)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per child (120)")
    args = parser.parse_args(argv)
    if "xcb" in args.platform and not os.environ.get("DISPLAY"):
        parser.error("--platform xcb needs DISPLAY (or run it under xvfb-run)")
    if args.runs < 1 or args.bare_tabs < 1:
        parser.error("--runs and --bare-tabs must be at least 1")

    platforms: list[str] = args.platform
    guide: dict[str, list[dict[str, list[str]]]] = {p: [] for p in platforms}
    bare: dict[str, list[dict[str, list[str]]]] = {p: [] for p in platforms}
    with tempfile.TemporaryDirectory(prefix="guide-memory-") as home:
        html = guide_html(args.bare_tabs)
        tabs_file = os.path.join(home, "tabs.json")
        with open(tabs_file, "w", encoding="utf-8") as file:
            json.dump(html, file)
        cache_home = os.path.join(home, "cache")
        envs = {p: child_env(p, home, cache_home) for p in platforms}
        bare_args = ["bare", tabs_file]
        try:
            for _ in range(args.warmup):
                for platform in platforms:
                    run_child(["guide"], envs[platform], args.timeout)
                    run_child(bare_args, envs[platform], args.timeout)
            for _ in range(args.runs):
                for platform in platforms:
                    guide[platform].append(run_child(["guide"], envs[platform], args.timeout))
                    bare[platform].append(run_child(bare_args, envs[platform], args.timeout))
        except ChildFailed as failure:
            print(f"memory benchmark: a child failed: {failure}", file=sys.stderr)
            return 2

    import PySide6

    print(
        f"memory: {args.runs} runs each, interleaved, after {args.warmup} warm-up pair(s); "
        f"QT_QPA_PLATFORM={','.join(platforms)}; Python {sys.version.split()[0]}, "
        f"PySide6 {PySide6.__version__}, {os.cpu_count()} CPUs"
    )
    print(
        f"bare window: {len(html['tabs'])} QTextBrowser tabs holding the guide's "  # type: ignore[arg-type]
        f"{html['sections']} English sections ({html['chars']:,} characters of HTML), "
        f"its style sheet and pictures"
    )
    within = True
    for platform in platforms:
        if len(platforms) > 1:
            print(f"\n-- QT_QPA_PLATFORM={platform}")
        within = report(guide[platform], bare[platform]) and within
    print(
        f"budget: at most {BUDGET}x the bare window, after start and with every section shown; "
        + ("within budget" if within else "OVER BUDGET")
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
