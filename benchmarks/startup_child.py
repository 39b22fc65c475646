"""One measured start-up, run as a child process by ``benchmarks/startup.py``.

    python benchmarks/startup_child.py guide [--entry cli|run] [--trace]
    python benchmarks/startup_child.py bare [--trace]

Everything the program needs is imported *inside* this process, after the parent took its start
timestamp: PySide6, the QApplication and (for the guide) every ``guide_app`` module count as
start-up cost. This file itself imports only ``os``, ``sys`` and ``time`` before that.

First paint: an event filter watches the QApplication until the main window exists, then the
window alone (see FirstPaintProbe for why), for the window's first ``QEvent.Paint``. Qt paints a
window in one synchronous pass (the top-level widget, then its children, then the flush to the
platform window), so the filter posts itself a high-priority event and takes the time when that
event is delivered, i.e. just after the first paint pass is complete. At that moment the child
prints one line to stdout and exits at once with ``os._exit`` (nothing is saved, no teardown):

    painted <first-paint-event> <paint-pass-done> <VmHWM kB> <ru_maxrss kB> <CPU s>

The last field is the CPU time the process has used so far, every thread, user and system
(``time.process_time()``): on a shared machine it moves much less than the wall time.

Times are ``time.monotonic()`` (CLOCK_MONOTONIC on Linux, shared by every process), so the parent
subtracts its own ``time.monotonic()`` taken right before ``Popen``.

The guide is started the way ``guide-app`` starts it: ``guide_app.cli.main([])`` (``--entry cli``,
the default), which calls ``guide_app.app.run()``: ``QApplication.instance() or QApplication(...)``,
``Guide("en")`` with the bundled content, ``window.show()``, ``app.exec()``. The harness first
imports ``guide_app.cli`` and ``guide_app.app`` (what ``guide-app`` imports, in its order; the
second imports PySide6), then creates the QApplication (so the filter can be installed); ``run()``
finds it through ``QApplication.instance()``. ``--entry run`` calls ``guide_app.app.run()``
directly, skipping the command line module.

The bare baseline is a plain QMainWindow holding a QTabWidget of six QTextBrowser tabs, each with
generated HTML of about the size of one guide section (a heading, six paragraphs and a list,
~600 words), at the guide's window size (1100 x 760).
"""

import os
import sys
import time

WINDOW_SIZE = (1100, 760)  # MainWindow.resize(1100, 760) in guide_app/ui/main_window.py
BARE_TABS = 6

_TEXT = """
the child doctor team blood cells marrow test week treatment plan family nurse medicine care
clinic visit question answer chance trial option body fever infection rest school home parent
sibling help time day result sample count platelet red white cancer leukemia relapse remission
therapy dose side effect hospital room talk support friend feel tired eat drink sleep play learn
read write call ask listen watch wait plan next step goal
"""
_WORDS = _TEXT.split()


def _sentence(seed: int, length: int) -> str:
    words = [_WORDS[(seed * 7 + i * 13 + (i * i) % 11) % len(_WORDS)] for i in range(length)]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def bare_html(tab: int) -> str:
    """A heading, six ~80-word paragraphs and a six-item list: about 600 words."""
    parts = [f"<h1>Bare section {tab + 1}</h1>"]
    for p in range(6):
        sentences = [_sentence(tab * 100 + p * 10 + s, 16) for s in range(5)]
        parts.append("<p>" + " ".join(sentences) + "</p>")
        if p == 2:
            parts.append("<h2>More about this part</h2>")
    items = "".join(f"<li>{_sentence(tab * 50 + i, 18)}</li>" for i in range(6))
    parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def _proc_status_kb(field: str = "VmHWM") -> int:
    """A memory figure of this process (kB) from /proc/self/status; -1 where there is no /proc.

    VmHWM is the peak resident set size so far, VmRSS the current one."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return -1


def _mark(trace: list[tuple[str, float, int]], name: str) -> None:
    trace.append((name, time.monotonic(), _proc_status_kb("VmRSS")))


def _ru_maxrss_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return -1
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss // 1024 if sys.platform == "darwin" else maxrss  # bytes on macOS, kB elsewhere


def _install_probe(app, trace: list[tuple[str, float, int]] | None):  # noqa: ANN001, ANN202
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    paint = QEvent.Type.Paint
    done_type = QEvent.Type(QEvent.registerEventType())

    class FirstPaintProbe(QObject):
        """Watches the application only until the main window exists, then that window alone.

        A Python event filter gets every event's receiver as a Python object. Left on the
        application, it made PySide6 set up Python types for objects no program touches (the
        item models inside a QListWidget cost ~20 ms that way), so the probe itself slowed
        whichever program had more kinds of objects. On the window it sees only the window's
        own events, and its first Paint event is the start of the first paint pass: Qt paints
        a window from the top-level widget down."""

        def __init__(self) -> None:
            super().__init__()
            self.first_paint: float | None = None
            self.on_window = False

        def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001 (Qt's name)
            if not self.on_window:
                if not isinstance(obj, QMainWindow):
                    return False
                # From here on only the window's own events come here. (No identity check:
                # during the window's constructor PySide6 may pass a stand-in wrapper.)
                self.on_window = True
                app.removeEventFilter(self)
                obj.installEventFilter(self)
            if self.first_paint is None and event.type() == paint:
                self.first_paint = time.monotonic()
                if trace is not None:
                    _mark(trace, "first Paint event")
                # Delivered after the current paint pass (all widgets + flush) returns, and
                # before any work the program posted from the same Paint event: high priority
                # (Qt::HighEventPriority is 1; as an int, the Qt namespace is not touched).
                QCoreApplication.postEvent(self, QEvent(done_type), 1)
            return False

        def event(self, event) -> bool:  # noqa: ANN001
            if event.type() == done_type:
                done = time.monotonic()
                if trace is not None:
                    _mark(trace, "paint pass done")
                    for name, when, rss in trace:
                        print(f"trace {when:.6f} {rss} {name}", flush=True)
                peak, maxrss = _proc_status_kb("VmHWM"), _ru_maxrss_kb()
                cpu = time.process_time()
                line = f"painted {self.first_paint:.6f} {done:.6f} {peak} {maxrss} {cpu:.6f}"
                print(line, flush=True)
                os._exit(0)
            return super().event(event)

    probe = FirstPaintProbe()
    app.installEventFilter(probe)
    return probe


def _traced(trace: list[tuple[str, float, int]], name: str, function, first_only=False):  # noqa: ANN001, ANN202
    calls = 0

    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        nonlocal calls
        calls += 1
        if first_only and calls > 1:
            return function(*args, **kwargs)
        _mark(trace, f"{name} start")
        try:
            return function(*args, **kwargs)
        finally:
            _mark(trace, f"{name} end")

    return wrapper


# Names in guide_app.app wrapped by --trace (those that exist: the app is being developed), with
# the label printed and whether only the first call is timed.
TRACED = (
    ("use_bundled_font", "use_bundled_font(app): the bundled font loaded", False),
    ("_kiosk_config", "_kiosk_config(...): is this a kiosk?", False),
    ("GuideApp", "GuideApp(...): profile, translators, settings", False),
    ("Languages", "  Languages()", False),
    ("GuideSettings", "  GuideSettings(...)", False),
    ("shipped_html", "  shipped_html(...): HTML rendered at build time", False),
    ("install_focus_ring", "  install_focus_ring(app)", False),
    ("Library", "  Library(...): reads the bundle", False),
    ("MainWindow", "  MainWindow(...)", False),
    ("render_section", "    first render_section (the tab shown)", True),
)


# Methods of classes in guide_app.app wrapped by --trace (those that exist), with the label.
TRACED_METHODS = (("GuideApp", "_apply_theme", "  GuideApp._apply_theme: style sheet, colours"),)


def run_guide(entry: str, trace: list[tuple[str, float, int]] | None) -> int:
    if trace is not None:
        # Diagnostics only (startup.py --trace): wrap the phases of start-up to time them.
        import guide_app.app as guide

        for class_name, method, label in TRACED_METHODS:
            owner = getattr(guide, class_name, None)
            if owner is not None and hasattr(owner, method):
                setattr(owner, method, _traced(trace, label, getattr(owner, method)))

        for attribute, label, first_only in TRACED:
            if hasattr(guide, attribute):
                wrapped = _traced(trace, label, getattr(guide, attribute), first_only)
                setattr(guide, attribute, wrapped)
    if entry == "cli":
        from guide_app.cli import main

        return main([])
    from guide_app.app import run

    return run()


def run_bare(trace: list[tuple[str, float, int]] | None) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTextBrowser

    app = QApplication.instance()
    window = QMainWindow()
    window.setWindowTitle("Bare baseline")
    tabs = QTabWidget(window)
    for tab in range(BARE_TABS):
        browser = QTextBrowser(tabs)
        browser.setHtml(bare_html(tab))
        tabs.addTab(browser, f"Section {tab + 1}")
    window.setCentralWidget(tabs)
    window.resize(*WINDOW_SIZE)
    if trace is not None:
        _mark(trace, "bare window built")
    window.show()
    return app.exec()


def main(argv: list[str]) -> int:
    kind = argv[0] if argv else ""
    entry = argv[argv.index("--entry") + 1] if "--entry" in argv else "cli"
    trace: list[tuple[str, float, int]] | None = [] if "--trace" in argv else None
    if kind not in ("guide", "bare") or entry not in ("cli", "run"):
        print(__doc__, file=sys.stderr)
        return 2
    if trace is not None:
        _mark(trace, "child main() entered")

    if kind == "guide":
        # The guide's modules are imported in the order `guide-app` imports them: the command
        # line module, then guide_app.app, which imports PySide6 itself. Importing PySide6 here
        # first would change what the guide pays: PySide6's import hook reads the source of
        # every module imported after it (see benchmarks/README.md).
        if entry == "cli":
            import guide_app.cli  # noqa: F401
        import guide_app.app  # noqa: F401

        if trace is not None:
            _mark(trace, "guide_app.app imported (PySide6 too)")

    from PySide6.QtWidgets import QApplication

    if trace is not None and kind == "bare":
        _mark(trace, "PySide6.QtWidgets imported")
    # guide_app.app.run() would create it the same way; it reuses this one via instance().
    app = QApplication([sys.argv[0]])
    probe = _install_probe(app, trace)  # noqa: F841 (keep it alive: the filter dies with it)
    if trace is not None:
        _mark(trace, "QApplication created")
    code = run_guide(entry, trace) if kind == "guide" else run_bare(trace)
    # Reaching here means the event loop ended without a paint.
    print(f"no paint: the program returned {code} before painting", file=sys.stderr, flush=True)
    return 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
