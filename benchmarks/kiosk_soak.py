"""A day (and more) at a clinic's kiosk: many family sessions in one process, each wiped by
"Start over", to show that nothing piles up and that a wipe is quick.

Each session does what a family does: on the welcome screen, every other family picks Spanish;
it opens the symptom checklist, ticks a sign and writes a note, opens the question page, adds the
recommended questions and one of its own, types a search, reads a glossary term, makes the text
larger, and leaves with "Start over" (``KioskMode.reset``, which opens a fresh window over the
wiped lists). Memory is the process's resident set (VmRSS) after the wipe, with deleted windows
collected; a wipe is timed from the button to the end of the new window's first paint pass, as
``language_switch.py`` times a switch, and compared with cold starts (``startup_child.py guide``,
a fresh process each) spread over the same run.

Targets (issue 13): memory grows by at most 5 MB from session 100 to the last; a wipe takes at
most half a cold start (median).

    uv run python benchmarks/kiosk_soak.py                 # 1,000 sessions, 6 cold starts
    uv run python benchmarks/kiosk_soak.py --sessions 200  # a quicker look
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from language_switch import cold_starts, wait_painted  # noqa: E402  (beside this file)

MEMORY_FROM = 100  # the session whose memory is the baseline (caches are warm by then)
MAX_GROWTH_MB = 5.0
MAX_WIPE_SHARE = 0.5


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def soak(
    sessions: int, cold_start_after: set[int]
) -> tuple[dict[int, float], list[float], list[float]]:
    """Memory (MB) after chosen sessions, milliseconds per wipe, and milliseconds per cold start
    (one after each session in ``cold_start_after``: spread over the run, so that wipes and
    cold starts meet the same load on a shared machine)."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from guide_app.app import GuideApp
    from guide_app.core.kiosk_config import KioskConfig
    from guide_app.ui.checklist_widget import ChecklistWidget
    from guide_app.ui.kiosk import KioskMode
    from guide_app.ui.profile import Profile, ProfileKind
    from guide_app.ui.question_builder import QuestionBuilder
    from guide_app.ui.tool_page import CHECKLIST, QUESTIONS

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app_part = GuideApp(Profile(ProfileKind.KIOSK))
    quiet = logging.getLogger("kiosk-soak")
    quiet.addHandler(logging.NullHandler())
    quiet.propagate = False
    kiosk = KioskMode(KioskConfig(kiosk=True), app_part.reset, quiet)
    app_part.kiosk = kiosk

    def settle(guide) -> None:  # type: ignore[no-untyped-def]
        """Until the window painted and loaded its tools (what a family waits for)."""
        wait_painted(guide.window)
        while not guide.is_loaded:
            app.processEvents()

    def collect() -> None:
        """As a kiosk is a second after a wipe, long before the next family: the old windows
        deleted (the event loop's next turn does it; processEvents alone never does, so do it
        here as exec() would), and what ``KioskMode.reset``'s timer lets go of let go of."""
        from guide_app.ui.kiosk import release_after_wipe

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
        release_after_wipe()

    guide = app_part.open_window("en")
    guide.window.show()
    settle(guide)
    memory: dict[int, float] = {}
    wipes: list[float] = []
    cold: list[float] = []
    for session in range(1, sessions + 1):
        if session % 2 == 0:  # a Spanish-speaking family
            assert kiosk.welcome is not None
            kiosk.welcome.language_buttons["es"].click()
            guide = app_part.guide
            settle(guide)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert kiosk.welcome is not None
        kiosk.welcome.symptoms_button.click()
        window = guide.window
        checklist = window.tool(CHECKLIST)
        assert isinstance(checklist, ChecklistWidget)
        row = checklist.rows[session % len(checklist.rows)]
        row.tick.setChecked(True)
        row.note.setText(f"since Tuesday, session {session}")
        row.note.textEdited.emit(row.note.text())
        window.show_section(QUESTIONS)
        builder = window.tool(QUESTIONS)
        assert isinstance(builder, QuestionBuilder)
        builder.recommended_button.click()
        builder.own_text.setPlainText(f"Can our family visit? ({session})")
        builder.add_button.click()
        window.search.field.setText("marrow" if session % 2 else "médula")
        window.show_glossary_term("bone-marrow")
        window.larger_button.click()
        app.processEvents()

        started = time.perf_counter()
        assert kiosk.start_over is not None
        kiosk.start_over.click()
        guide = app_part.guide
        wait_painted(guide.window)
        wipes.append((time.perf_counter() - started) * 1000)
        settle(guide)
        assert app_part.lists_model().lists.is_empty()
        collect()
        if session in (MEMORY_FROM, sessions) or session % 100 == 0:
            memory[session] = rss_mb()
            print(f"session {session:5d}: {memory[session]:7.1f} MB", flush=True)
        if session in cold_start_after:
            cold += cold_starts(1)
    kiosk.lockdown.release()
    return memory, wipes, cold


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--starts", type=int, default=6)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    spread = {round((start + 0.5) * args.sessions / args.starts) for start in range(args.starts)}
    memory, wipes, cold = soak(args.sessions, spread)
    last = max(memory)
    growth = memory[last] - memory[min(MEMORY_FROM, last)]
    cold_median, wipe_median = statistics.median(cold), statistics.median(wipes)
    first = min(MEMORY_FROM, last)
    within = "within" if growth <= MAX_GROWTH_MB else "OVER"
    target = f"target: at most +{MAX_GROWTH_MB:.0f} MB"
    print(f"memory: {memory[first]:.1f} MB at session {first}, {memory[last]:.1f} MB at session "
          f"{last}: {growth:+.1f} MB ({within} {target})")  # fmt: skip
    print(f"wipe (Start over to first paint): {wipe_median:.1f} ms median of {len(wipes)} "
          f"({min(wipes):.1f}-{max(wipes):.1f})")  # fmt: skip
    print(f"cold start:                       {cold_median:.1f} ms median of {len(cold)} "
          f"({min(cold):.1f}-{max(cold):.1f})")  # fmt: skip
    share = wipe_median / cold_median
    verdict = "within" if share <= MAX_WIPE_SHARE else "OVER"
    print(f"wipe/cold start: {share:.2f}x ({verdict} target: at most {MAX_WIPE_SHARE}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
