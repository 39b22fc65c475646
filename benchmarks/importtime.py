"""Which imports the guide's start-up pays for that the bare window does not.

    uv run python benchmarks/importtime.py            # 5 runs of each, top 10
    uv run python benchmarks/importtime.py --runs 9 --top 20

Runs the same children as ``startup.py`` (``startup_child.py guide`` / ``bare``) under
``python -X importtime``, so it covers the real start path up to the first paint, including the
imports done lazily while the window is built (Markdown extensions, ...). Modules that the bare
window also imports (PySide6, shiboken, the stdlib it needs) are left out; the rest is what
``guide_app``'s own start costs. For each module it prints the median over the runs of the
cumulative time (the module and what it imported first, counting only modules the bare window
does not import: ``guide_app.app`` imports PySide6 itself) and of its self time, and which
module imported it ("a function, at run time" for an import made inside a function: deferred
imports such as ``cli.main`` importing ``guide_app.app``). -X importtime slows imports down a
little; compare rows with each other.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass

from startup import CHILD, REPO, child_env

RUN_TIME = "(a function, at run time)"


@dataclass(frozen=True)
class Import:
    name: str
    self_us: int
    cumulative_us: int
    imported_by: str  # RUN_TIME when imported from inside a function, not by another module


def parse(stderr: str) -> dict[str, Import]:
    """``-X importtime`` lines; a module's importer is the next line with a smaller indent."""
    rows: list[tuple[str, int, int, int]] = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        # "import time:      1614 |      79209 |   guide_app.app": two spaces per nesting level
        self_part, cumulative_part, name_part = line.removeprefix("import time:").split("|")
        if not self_part.strip().isdigit():
            continue  # the header line
        depth = (len(name_part) - len(name_part.lstrip(" ")) - 1) // 2
        rows.append((name_part.strip(), int(self_part), int(cumulative_part), depth))
    imports: dict[str, Import] = {}
    for index, (name, self_us, cumulative_us, depth) in enumerate(rows):
        parent = next((r[0] for r in rows[index + 1 :] if r[3] < depth), RUN_TIME)
        imports[name] = Import(name, self_us, cumulative_us, parent)
    return imports


def run(args: list[str], env: dict[str, str]) -> dict[str, Import]:
    process = subprocess.run(
        [sys.executable, "-X", "importtime", str(CHILD), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if "painted " not in process.stdout:
        raise SystemExit(f"importtime: {' '.join(args)} did not paint:\n{process.stderr[-3000:]}")
    return parse(process.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each program (5)")
    parser.add_argument("--top", type=int, default=10, help="rows to print (10)")
    parser.add_argument("--entry", choices=("cli", "run"), default="cli")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="guide-bench-") as home:
        platform = os.environ.get("QT_QPA_PLATFORM", "offscreen")
        env = child_env(platform, home, os.path.join(home, "cache"))
        # Warm-up: byte-code caches, the disk cache and the guide's kept section HTML.
        run(["guide", "--entry", args.entry], env)
        guide_runs, bare_runs = [], []
        for _ in range(args.runs):
            guide_runs.append(run(["guide", "--entry", args.entry], env))
            bare_runs.append(run(["bare"], env))

    bare_modules = set().union(*bare_runs)
    own = sorted(set().union(*guide_runs) - bare_modules)
    own_cumulative = [_own_cumulative(r, bare_modules) for r in guide_runs]
    rows = []
    for name in own:
        seen = [
            (r[name], c[name]) for r, c in zip(guide_runs, own_cumulative, strict=True) if name in r
        ]
        rows.append(
            (
                statistics.median(c for _, c in seen) / 1000,
                statistics.median(i.self_us for i, _ in seen) / 1000,
                name,
                seen[0][0].imported_by,
            )
        )
    rows.sort(reverse=True)
    total = statistics.median(
        sum(i.self_us for name, i in r.items() if name not in bare_modules) for r in guide_runs
    )
    print(
        f"Imports of the guide's start (--entry {args.entry}) that the bare window does not make; "
        f"median of {args.runs} runs, -X importtime, ms"
    )
    print("  (cumulative: the module and the modules it imported first that the bare window")
    print("  does not import; PySide6 and the standard library it loads are left out)")
    print(f"  {'cumulative':>10} {'self':>7}  {'module':<40} imported by")
    for cumulative, self_ms, name, imported_by in rows[: args.top]:
        print(f"  {cumulative:10.1f} {self_ms:7.1f}  {name:<40} {imported_by}")
    print(f"  {len(own)} modules in all; their self times total {total / 1000:.1f} ms")
    return 0


def _own_cumulative(imports: dict[str, Import], shared: set[str]) -> dict[str, int]:
    """Each module's self time plus that of the modules it imported first, counting only modules
    not in ``shared``. ``-X importtime`` lists a module after the modules it imported, so one
    pass in that order sees every child before its parent."""
    cumulative: dict[str, int] = {}
    for name, entry in imports.items():
        children = sum(
            cumulative[child]
            for child, other in imports.items()
            if other.imported_by == name and child in cumulative
        )
        if name not in shared:
            cumulative[name] = entry.self_us + children
        elif children:
            cumulative[name] = children  # a shared module that imported some of the guide's
    return cumulative


if __name__ == "__main__":
    sys.exit(main())
