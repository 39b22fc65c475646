"""Walk the running guide's accessibility tree as a screen reader (Orca) reads it, over AT-SPI.

Run by tests/ui/test_screen_reader.py with Debian's /usr/bin/python3 (pyatspi lives there, not
in the project's environment), inside a private D-Bus session (dbus-run-session) on an X server
the test started. It starts the accessibility bus, then the guide (the command after ``--``,
with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1), waits for its window in the AT-SPI registry, and visits
every page of the side list with the keyboard (Ctrl+Page Down, as a family would) and a search,
noting each interactive node that shows and has no name. Prints one JSON object: the pages
visited, the nodes walked and the problems found. ``--once`` (before ``--``) looks at the first
window only, for any Qt program.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

INTERACTIVE_ROLES = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_LIST_ITEM,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE_ITEM,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TABLE_CELL,
    pyatspi.ROLE_PAGE_TAB,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_DOCUMENT_TEXT,
}
TIMEOUT_S = 60.0
POLL_S = 0.1


def wait_for(what: str, probe, timeout: float = TIMEOUT_S):  # type: ignore[no-untyped-def]
    """Poll ``probe`` until it returns something true (an outside process: nothing to wait on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = probe()
        except Exception:  # noqa: BLE001 (the tree changes while it is read)
            found = None
        if found:
            return found
        time.sleep(POLL_S)
    raise SystemExit(json.dumps({"error": f"timed out waiting for {what}"}))


def the_guide(pid: int):  # type: ignore[no-untyped-def]
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.get_process_id() == pid and app.childCount:
            return app
    return None


def walk(node, found: list[str], path: str, counter: list[int]) -> None:  # type: ignore[no-untyped-def]
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        role = node.getRole()
        counter[0] += 1
        if role in INTERACTIVE_ROLES and not (node.name or "").strip():
            found.append(f"{path}/{node.getRoleName()} has no name")
        children = list(node)
    except Exception:  # noqa: BLE001 (a node deleted while walked)
        return
    here = f"{path}/{node.getRoleName()}"
    if (node.name or "").strip():
        here += f"[{node.name.strip()[:30]}]"
    for child in children:
        if child is not None:
            walk(child, found, here, counter)


def section_list(app):  # type: ignore[no-untyped-def]
    """The side list of sections: the list with the most items."""
    lists = pyatspi.findAllDescendants(app, lambda n: n.getRole() == pyatspi.ROLE_LIST)
    return max(lists, key=lambda n: n.childCount, default=None)


def selected_row(names) -> int:  # type: ignore[no-untyped-def]
    for index, item in enumerate(names):
        if item is not None and item.getState().contains(pyatspi.STATE_SELECTED):
            return index
    return -1


def the_results(app, names):  # type: ignore[no-untyped-def]
    """The search results' list (not the sections'), once it shows something."""
    lists = pyatspi.findAllDescendants(
        app,
        lambda n: (
            n.getRole() == pyatspi.ROLE_LIST
            and n != names
            and n.getState().contains(pyatspi.STATE_SHOWING)
            and n.childCount
        ),
    )
    return lists[0] if lists else None


def key(keys: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", keys], check=True)


def main() -> None:
    command = sys.argv[sys.argv.index("--") + 1 :]
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    env.pop("QT_ACCESSIBILITY", None)
    guide = subprocess.Popen(command, env=env)
    try:
        app = wait_for("the guide in the AT-SPI registry", lambda: the_guide(guide.pid))
        if "--once" in sys.argv[: sys.argv.index("--")]:  # one look, no pages (the self-check)
            problems: list[str] = []
            window = wait_for("a window with a control", lambda: app[0][0] and app[0])
            walk(window, problems, "window", [0])
            print(json.dumps({"visited": ["window"], "nodes": 0, "problems": problems}))
            return
        # The family's tools load after the first paint: wait for the list to hold them all.
        names = wait_for("the section list", lambda: section_list(app))
        count = wait_for("every page", lambda: names.childCount >= 10 and names.childCount)
        window = subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--pid", str(guide.pid)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
        problems = []
        visited: list[str] = []
        counter = [0]
        for _ in range(count):
            row = wait_for("a selected section", lambda: selected_row(names) + 1) - 1
            visited.append(names[row].name)
            walk(app, problems, f"page {row}", counter)
            key("ctrl+Next")
            wait_for("the next section", lambda r=row: selected_row(names) not in (-1, r))
        # Searching: the results list and the field's clear button show too.
        key("ctrl+f")
        subprocess.run(["xdotool", "type", "--delay", "20", "CAR T"], check=True)
        wait_for("search results", lambda: the_results(app, names))
        visited.append("search")
        walk(app, problems, "searching", counter)
        print(json.dumps({"visited": visited, "nodes": counter[0], "problems": problems}))
    finally:
        guide.terminate()
        try:
            guide.wait(10)
        except subprocess.TimeoutExpired:
            guide.kill()
        bus.terminate()


if __name__ == "__main__":
    main()
