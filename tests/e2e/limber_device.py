#!/usr/bin/python3
"""One "device": Limber on a data folder, in a private desktop (Xvfb, session bus, accessibility
bus: tests/a11y/atspi_harness.py), its Routines view read as a screen reader reads it.

Usage: limber_device.py LIMBER DATA_DIR LOG_COPY

It runs as a process of its own because pyatspi talks to one accessibility bus per process;
two devices need two. It answers on stdout, one JSON object a line:
    {"ready": true, "seconds": ...}     once the Routines view is showing
then for each line read from stdin:
    "read"  ->  {"routines": [names in the Routines list],
                 "conflicts": [{"headline": ..., "texts": [...], "buttons": [...]}]}
    "quit"  ->  stops Limber and everything else it started, copies Limber's log to LOG_COPY
End of input counts as "quit". An error is answered {"error": "..."} and ends the process.
"""

import json
import os
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "a11y"))
from atspi_harness import AtspiSession, require_stack  # noqa: E402

CONFLICT_PREFIX = "Two versions of"


def answer(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def show_routines_view(session, frame):
    views = session.wait_for(lambda: session.find(frame, role="list", name="Views"),
                             what="the side bar")
    item = next(views.getChildAtIndex(i) for i in range(views.childCount)
                if views.getChildAtIndex(i).name == "Routines")

    def selected():
        return item.getState().contains(session.pyatspi.STATE_SELECTED)

    deadline = time.monotonic() + 20
    while not selected():
        if time.monotonic() > deadline:
            raise AssertionError("the Routines view did not open (ctrl+2)")
        session.focus_main_window()
        session.press("ctrl+2")
    return session.wait_for(lambda: session.find(frame, role="list", name="Routines",
                                                 showing=True), what="the Routines list")


def read_view(session, frame, routine_list):
    routines = [routine_list.getChildAtIndex(i).name for i in range(routine_list.childCount)]
    conflicts = []
    for node, _ in session.nodes(frame, showing_only=True):
        try:
            role, name = node.getRoleName(), node.name or ""
        except Exception:
            continue
        # The bar that groups one conflict carries its headline as its name; its title label
        # repeats it and is read among the bar's texts.
        if not name.startswith(CONFLICT_PREFIX) or role in ("label", "push button"):
            continue
        texts, buttons = [], []
        for child, _ in session.nodes(node, showing_only=True):
            if child.getRoleName() == "label":
                texts.append(child.name)
            elif child.getRoleName() == "push button":
                buttons.append(child.name)
        conflicts.append({"headline": name, "texts": texts, "buttons": buttons})
    if not conflicts:
        # Should the bar not be on the bus as a node of its own, its labels still are.
        conflicts = [{"headline": node.name, "texts": [node.name], "buttons": []}
                     for node, _ in session.nodes(frame, showing_only=True)
                     if node.getRoleName() == "label"
                     and (node.name or "").startswith(CONFLICT_PREFIX)]
    return {"routines": routines, "conflicts": conflicts}


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    binary, data_dir, log_copy = sys.argv[1:]
    try:
        require_stack()
    except SystemExit:
        # For this test the accessibility stack is a requirement, not a reason to skip.
        answer({"error": "the accessibility stack is missing (run scripts/setup-deps)"})
        return 1
    started = time.monotonic()
    with AtspiSession(binary) as session:
        try:
            app = session.launch(["--lang", "en", "--data-dir", data_dir], timeout=40)
            frame = session.find(app, role="frame")
            routine_list = show_routines_view(session, frame)
            answer({"ready": True, "seconds": round(time.monotonic() - started, 2)})
            for line in sys.stdin:
                command = line.strip()
                if command == "quit":
                    break
                if command == "read":
                    answer(session.wait_for(lambda: read_view(session, frame, routine_list),
                                            timeout=10, what="the Routines view"))
                else:
                    answer({"error": "unknown command %r" % command})
        except Exception as error:
            answer({"error": "%s: %s" % (type(error).__name__, error)})
            return 1
        finally:
            try:
                shutil.copyfile(session.path("limber.log"), log_copy)
            except OSError:
                pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
