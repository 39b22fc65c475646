"""One measured run for ``benchmarks/memory.py``, in a child process: the guide or a bare window.

    python benchmarks/memory_child.py guide
    python benchmarks/memory_child.py bare TABS.json

Prints one line per moment, with the peak resident set size so far (``VmHWM``) and the current
one (``VmRSS``) in kB, from ``/proc/self/status`` (``ru_maxrss`` for both where there is none),
and the monotonic time, then leaves with ``os._exit(0)`` (no teardown is measured):

    mem start <VmHWM> <VmRSS> <time>    the end of the main window's first paint pass
    mem loaded <VmHWM> <VmRSS> <time>   guide only: its after-first-paint work done (the search
                                        index over every section, the link checks, the family's
                                        tools), as a family sees it a moment after the start
    mem all <VmHWM> <VmRSS> <time> <n>  every page (tab) shown once and painted; n pages

The guide is started as ``guide-app`` starts it (``guide_app.cli.main([])``, see
``startup_child.py``); this file finds its window and its ``Guide`` once the window has painted,
and then opens every page in its side list (each section, and the tools' pages) with
``SideTabs.set_current_index`` (what a click on its name does), painting the window after each
(``QWidget.repaint``: a synchronous paint, so the page is laid out and drawn before the next one
is opened). Its extra tools (the symptom checklist, the
question builder, the care team's card) are built when their page is shown, as in use.

The bare window is a ``QMainWindow`` with a ``QTabWidget`` of ``QTextBrowser`` tabs, the HTML of
each from ``TABS.json`` (written by ``memory.py``: the guide's own section HTML, shared out over
the tabs), with the guide's style sheet as the documents' default style sheet and the guide's
resources folder as the search path, so the same pictures load. All tabs are filled before the
first paint (as in ``startup_child.py bare``); then every tab is shown and painted in turn.
"""

import os
import sys
import time

from startup_child import WINDOW_SIZE, _proc_status_kb, _ru_maxrss_kb


def _report(moment: str, extra: str = "") -> None:
    peak, current = _proc_status_kb("VmHWM"), _proc_status_kb("VmRSS")
    if peak < 0:  # no /proc: the peak so far, for both
        peak = current = _ru_maxrss_kb()
    print(f"mem {moment} {peak} {current} {time.monotonic():.6f}{extra}", flush=True)


def _after_first_paint(app, then):  # noqa: ANN001, ANN202
    """Call ``then(window)`` just after the main window's first paint pass (see
    ``startup_child.FirstPaintProbe``: on the application until the window exists, then on the
    window alone)."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    paint = QEvent.Type.Paint
    done_type = QEvent.Type(QEvent.registerEventType())

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.window = None
            self.painted = False

        @_exit_on_error
        def eventFilter(self, obj, event) -> bool:  # noqa: N802, ANN001 (Qt's name)
            if self.window is None:
                if not isinstance(obj, QMainWindow):
                    return False
                self.window = obj
                app.removeEventFilter(self)
                obj.installEventFilter(self)
            if not self.painted and event.type() == paint:
                self.painted = True
                QCoreApplication.postEvent(self, QEvent(done_type), 1)
            return False

        @_exit_on_error
        def event(self, event) -> bool:  # noqa: ANN001
            if event.type() == done_type:
                self.window.removeEventFilter(self)
                then(self.window)
                return True
            return super().event(event)

    probe = Probe()
    app.installEventFilter(probe)
    return probe


def _exit_on_error(function):  # noqa: ANN001, ANN202
    """An exception in a Qt slot is only printed; the child must end, not wait for its timeout."""

    def wrapper(*args):  # noqa: ANN002, ANN202
        try:
            return function(*args)
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
            os._exit(3)

    return wrapper


def run_guide() -> int:
    # In the order guide-app imports them (see startup_child.py): PySide6 after the guide's.
    # isort: off
    import guide_app.cli
    import guide_app.app
    from PySide6.QtWidgets import QApplication

    # isort: on

    app = QApplication([sys.argv[0]])

    def open_every_section(seen) -> None:  # noqa: ANN001
        _report("start")
        # The filter may have seen a stand-in wrapper of the window (made while the window's
        # constructor ran); the Guide, a child of the window, holds the real one.
        guide = seen.findChild(guide_app.app.Guide)
        if guide is None:
            print("memory_child: no Guide under the main window", file=sys.stderr, flush=True)
            os._exit(3)
        window = guide.window

        @_exit_on_error
        def show_all() -> None:
            _report("loaded")
            tabs = window.tabs  # every name in the side list: sections and tool pages
            for index in range(tabs.count()):
                tabs.set_current_index(index)  # what a click on the name does
                app.processEvents()
                window.repaint()
            app.processEvents()
            window.repaint()
            _report("all", f" {tabs.count()}")
            os._exit(0)

        if guide.is_loaded:
            show_all()
        else:
            guide.loaded.connect(show_all)

    probe = _after_first_paint(app, open_every_section)  # noqa: F841 (kept alive)
    code = guide_app.cli.main([])
    print(f"memory_child: the guide returned {code} before its sections were shown", flush=True)
    return 3


def run_bare(tabs_file: str) -> int:
    import json

    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QTextBrowser

    with open(tabs_file, encoding="utf-8") as file:
        spec = json.load(file)
    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setWindowTitle("Bare baseline")
    tabs = QTabWidget(window)
    for index, html in enumerate(spec["tabs"]):
        browser = QTextBrowser(tabs)
        browser.setSearchPaths([spec["search_path"]])
        browser.document().setDefaultStyleSheet(spec["style_sheet"])
        browser.setHtml(html)
        tabs.addTab(browser, f"Section {index + 1}")
    window.setCentralWidget(tabs)
    window.resize(*WINDOW_SIZE)

    @_exit_on_error
    def open_every_tab(shown) -> None:  # noqa: ANN001
        _report("start")
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            app.processEvents()
            window.repaint()
        app.processEvents()
        window.repaint()
        _report("all", f" {tabs.count()}")
        os._exit(0)

    probe = _after_first_paint(app, open_every_tab)  # noqa: F841 (kept alive)
    window.show()
    app.exec()
    print("memory_child: the bare window's event loop ended before it painted", flush=True)
    return 3


def main(argv: list[str]) -> int:
    if argv[:1] == ["guide"]:
        return run_guide()
    if len(argv) == 2 and argv[0] == "bare":
        return run_bare(argv[1])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
