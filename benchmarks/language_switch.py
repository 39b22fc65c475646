"""How long a language switch takes, against a cold start of the guide, in the same run.

A switch is what the language control does: ``GuideApp.switch_language`` builds a fresh window
over the other language's library (kept after its first use) and the same lists, and the new
window paints. It is timed from the call to the end of the new window's first paint pass, in one
process, English <-> Spanish, many times; the median is printed beside the median cold start
(``startup_child.py guide``, a fresh process each, as ``startup.py`` measures it).
Target (issue 12): a switch takes less time than a cold start.

    uv run python benchmarks/language_switch.py            # 12 switches, 6 cold starts
    uv run python benchmarks/language_switch.py --runs 20
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


@functools.cache
def _paint_watch_type():  # type: ignore[no-untyped-def]
    """The class is made once: PySide6 keeps every QObject subclass made for the rest of the run,
    and the kiosk soak waits for 2,000 paints."""
    from PySide6.QtCore import QEvent, QObject

    class PaintWatch(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    return PaintWatch


def wait_painted(window) -> None:  # type: ignore[no-untyped-def]
    """Until ``window`` has been painted once (the paint pass complete)."""
    from PySide6.QtWidgets import QApplication

    watch = _paint_watch_type()()
    window.installEventFilter(watch)
    while not watch.painted:
        QApplication.processEvents()
    QApplication.processEvents()  # the paint pass completes
    window.removeEventFilter(watch)


def switches(runs: int) -> list[float]:
    """Milliseconds per switch, from the call to the end of the new window's first paint."""
    from PySide6.QtWidgets import QApplication

    from guide_app.app import GuideApp
    from guide_app.ui.profile import Profile, ProfileKind

    _app = QApplication.instance() or QApplication([sys.argv[0]])  # held for the run
    guide_app = GuideApp(Profile(ProfileKind.KIOSK))
    guide = guide_app.open_window("en")
    guide.window.show()

    wait_painted(guide.window)
    times = []
    for run in range(runs + 2):  # the first switch to each language builds its library
        language = "es" if run % 2 == 0 else "en"
        started = time.perf_counter()
        guide = guide_app.switch_language(language)
        wait_painted(guide.window)
        elapsed = (time.perf_counter() - started) * 1000
        if run >= 2:
            times.append(elapsed)
    return times


def cold_starts(runs: int) -> list[float]:
    """Milliseconds from Popen to the guide's first paint (startup_child.py reports it)."""
    times = []
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
            env[variable] = str(Path(home) / variable.lower())
        for _ in range(runs + 1):  # the first start fills the cache of kept HTML
            started = time.monotonic()
            done = subprocess.run(
                [sys.executable, str(REPO / "benchmarks" / "startup_child.py"), "guide"],
                capture_output=True, text=True, env=env, cwd=REPO, check=True,
            )  # fmt: skip
            # "painted <first Paint event> <paint pass done> <peak RSS> <max RSS>", monotonic
            line = next(line for line in done.stdout.splitlines() if line.startswith("painted"))
            times.append((float(line.split()[2]) - started) * 1000)
    return times[1:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--starts", type=int, default=6)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    cold = cold_starts(args.starts)
    switch = switches(args.runs)
    cold_median, switch_median = statistics.median(cold), statistics.median(switch)
    print(f"language switch: {switch_median:.1f} ms median of {len(switch)} "
          f"({min(switch):.1f}-{max(switch):.1f})")  # fmt: skip
    print(f"cold start:      {cold_median:.1f} ms median of {len(cold)} "
          f"({min(cold):.1f}-{max(cold):.1f})")  # fmt: skip
    verdict = "within" if switch_median < cold_median else "OVER"
    print(f"switch/cold start: {switch_median / cold_median:.2f}x ({verdict} target: below 1x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
