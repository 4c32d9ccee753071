#!/usr/bin/python3
"""One "device" of the two-devices test: a Limber on a private desktop of its own
(tests/a11y/atspi_harness.py: Xvfb, session bus, accessibility bus, config and data homes),
using the shared data folder, driven through AT-SPI as a screen reader's user drives it.

pyatspi talks to one accessibility bus per process, so each device lives in a process of its
own: this one, started by two_devices.py, which sends it one JSON line per call on stdin
({"call": NAME, "args": [...]}) and reads one JSON line back ({"ok": RESULT} or
{"error": TEXT}) on the descriptor given on the command line. Everything it started is stopped
when stdin closes, on SIGTERM, and when the test process dies (PR_SET_PDEATHSIG).

usage: device_agent.py LIMBER SHARED_FOLDER NAME REPLY_FD
"""
import ctypes
import json
import os
import signal
import subprocess
import sys
import time
import traceback

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "a11y"))
from atspi_harness import AtspiSession  # noqa: E402

VIEWS = {"Play": 1, "Routines": 2, "Library": 3, "Settings": 4, "History": 5}
POLL_S = 0.02


class Device:
    def __init__(self, session, limber, shared, name):
        self.session = session
        self.limber = limber
        self.shared = shared
        self.name = name
        self.app = None
        self.frame = None

    # -- Limber ---------------------------------------------------------------------------
    def env(self):
        s = self.session
        return dict(os.environ, XDG_CONFIG_HOME=s.path("config"), XDG_DATA_HOME=s.path("data"),
                    XDG_RUNTIME_DIR=s.path("runtime"), QT_QPA_PLATFORM="xcb")

    def launch(self):
        os.makedirs(self.session.path("config", "limber"), exist_ok=True)
        # No speech: the machine may have no speech service, and nothing here listens.
        with open(self.session.path("config", "limber", "limber.conf"), "w") as conf:
            conf.write("[cues]\nvoice=false\n")
        self.app = self.session.launch(["--lang", "en", "--data-dir", self.shared])
        self.frame = self.session.find(self.app, role="frame")
        self.session.wait_for(lambda: self.session.find(self.frame, role="list", name="Views"),
                              what="%s: the side bar" % self.name)
        return self.limber_pid()

    def limber_pid(self):
        return self.session.limber.pid

    def run_limber(self, *arguments):
        """Runs a second `limber` in this device's environment: a headless command, or a start
        that the running Limber takes over (its single instance is on this session bus)."""
        done = subprocess.run([self.limber, "--lang", "en", "--data-dir", self.shared,
                               *arguments], env=self.env(), capture_output=True, text=True,
                              timeout=60)
        return [done.returncode, done.stdout, done.stderr]

    def log(self):
        self.session.log.flush()
        with open(self.session.path("limber.log"), encoding="utf-8", errors="replace") as log:
            return log.read()[-4000:]

    # -- views ----------------------------------------------------------------------------
    def show_view(self, view):
        views = self.session.find(self.frame, role="list", name="Views")
        item = views.getChildAtIndex(VIEWS[view] - 1)
        selected = self.session.pyatspi.STATE_SELECTED
        if not item.getState().contains(selected):
            self.session.focus_main_window()
            self.session.press("ctrl+%d" % VIEWS[view])
        self.session.wait_for(lambda: item.getState().contains(selected),
                              what="%s: the %s view" % (self.name, view))
        return item.name

    def showing(self, role=None, name=None, starts=None):
        for node, _ in self.session.nodes(self.frame, showing_only=True):
            if role is not None and node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if starts is not None and not (node.name or "").startswith(starts):
                continue
            return node
        return None

    def wait_showing(self, role=None, name=None, starts=None, timeout=10):
        return self.session.wait_for(lambda: self.showing(role, name, starts), timeout,
                                     "%s: %s %r on screen" % (self.name, role, name or starts))

    def press_button(self, name):
        self.session.activate(self.wait_showing("push button", name))

    def rows(self, list_name):
        """The rows of a list, as [name, description] pairs."""
        found = self.session.wait_for(lambda: self.showing("list", list_name), 10,
                                      "%s: the list %r" % (self.name, list_name))
        rows = []
        for index in range(found.childCount):
            row = found.getChildAtIndex(index)
            if row is not None and row.getRoleName() == "list item":
                rows.append([row.name, row.description])
        return rows

    # -- the Routines view ----------------------------------------------------------------
    def routine_names(self):
        self.show_view("Routines")
        return [name for name, _ in self.rows("Routines")]

    def routine_rows(self):
        self.show_view("Routines")
        return self.rows("Routines")

    def wait_for_routine(self, name, timeout):
        """Watches the Routines list until name is in it; returns the monotonic time it was
        first seen (CLOCK_MONOTONIC is the machine's, the same in every process)."""
        self.show_view("Routines")
        routines = self.wait_showing("list", "Routines")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                names = [routines.getChildAtIndex(i).name for i in range(routines.childCount)]
            except Exception:  # a row went away while being read: the list is changing
                names = []
            if name in names:
                return time.monotonic()
            time.sleep(POLL_S)
        raise AssertionError("%s: %r not in the Routines list after %s s: %s"
                             % (self.name, name, timeout, self.routine_names()))

    def save_new_routine(self, name):
        """New routine, its name typed, the first stretch of the Add menu, Save: as the
        keyboard walk does it (an Add menu opened through an AT-SPI action would keep the call
        waiting until it closes)."""
        self.show_view("Routines")
        self.press_button("Start a new routine")
        field = self.wait_showing("text", "Routine name")
        self.focus(field)
        self.session.press("ctrl+a")
        subprocess.run(["xdotool", "type", "--delay", "30", name], check=True)
        self.session.wait_for(lambda: self.text_of(field) == name, 5,
                              "%s: the name %r typed" % (self.name, name))
        self.focus(self.wait_showing("push button", "Add a stretch to the routine"))
        self.session.press("space", "Down", "Return")
        self.session.wait_for(lambda: self.rows("Stretches in this routine"), 5,
                              "%s: a stretch added to the new routine" % self.name)
        self.press_button("Save the routine")

    def focus(self, node):
        node.queryComponent().grabFocus()
        self.session.wait_for(
            lambda: node.getState().contains(self.session.pyatspi.STATE_FOCUSED), 5,
            "%s: the focus on %s" % (self.name, node.name))

    @staticmethod
    def text_of(node):
        try:
            text = node.queryText()
        except NotImplementedError:  # a label's text is its name
            return node.name
        return text.getText(0, text.characterCount)

    def conflicts(self):
        """The conflict bars on the Routines view: [headline, [label texts], [buttons]]."""
        self.show_view("Routines")
        bars = []
        for node, _ in self.session.nodes(self.frame, showing_only=True):
            role = node.getRoleName()
            if role == "label" or not (node.name or "").startswith("Two versions of"):
                continue
            labels, buttons = [], []
            for child, _ in self.session.nodes(node, showing_only=True):
                if child.getRoleName() == "label":
                    labels.append(self.text_of(child))
                elif child.getRoleName() == "push button":
                    enabled = child.getState().contains(self.session.pyatspi.STATE_ENABLED)
                    buttons.append(child.name if enabled else child.name + " (disabled)")
            bars.append([node.name, labels, buttons])
        return bars

    def wait_for_conflict(self, headline, present, timeout):
        """Until the bar named headline is shown (or gone); returns when it first was."""
        self.show_view("Routines")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                shown = any(bar[0] == headline for bar in self.conflicts())
            except Exception:
                shown = None
            if shown is present:
                return time.monotonic()
            time.sleep(POLL_S)
        raise AssertionError("%s: the bar %r %s after %s s; bars: %s" % (
            self.name, headline, "not shown" if present else "still shown", timeout,
            self.conflicts()))

    def wait_for_conflicts(self, headlines, timeout):
        """Until every bar in headlines is shown: when each was first seen."""
        self.show_view("Routines")
        seen = {}
        deadline = time.monotonic() + timeout
        while len(seen) < len(headlines):
            if time.monotonic() > deadline:
                raise AssertionError("%s: not all of %s shown after %s s; bars: %s"
                                     % (self.name, headlines, timeout, self.conflicts()))
            try:
                shown = {bar[0] for bar in self.conflicts()}
            except Exception:
                shown = set()
            now = time.monotonic()
            for line in headlines:
                if line in shown:
                    seen.setdefault(line, now)
            time.sleep(POLL_S)
        return seen

    def resolve(self, headline, choice):
        self.show_view("Routines")
        bar = self.session.wait_for(
            lambda: next((n for n, _ in self.session.nodes(self.frame, showing_only=True)
                          if n.name == headline and n.getRoleName() != "label"), None),
            5, "%s: the bar %r" % (self.name, headline))
        button = self.session.find(bar, role="push button", name=choice, showing=True)
        if button is None:
            raise AssertionError("%s: no %r button on the bar %r" % (self.name, choice, headline))
        self.session.activate(button)

    # -- History and Settings -------------------------------------------------------------
    def sessions(self):
        self.show_view("History")
        return [name for name, _ in self.rows("Sessions, newest first")]

    def wait_for_sessions(self, names, timeout):
        """Until the History list has a row naming each of names: {when, rows}."""
        self.show_view("History")
        deadline = time.monotonic() + timeout
        while True:
            try:
                rows = self.sessions()
            except Exception:
                rows = []
            if all(any(name in row for row in rows) for name in names):
                return {"when": time.monotonic(), "rows": rows}
            if time.monotonic() > deadline:
                raise AssertionError("%s: the History list has not %s: %s"
                                     % (self.name, names, rows))
            time.sleep(POLL_S)

    def spin_value(self, view, name):
        self.show_view(view)
        return self.wait_showing("spin button", name).queryValue().currentValue

    def set_spin(self, view, name, value):
        """Sets a spin box through the AT-SPI Value interface, as a screen reader's user
        does; returns the monotonic time it was set."""
        self.show_view(view)
        self.wait_showing("spin button", name).queryValue().currentValue = value
        return time.monotonic()

    def wait_for_spin(self, view, name, value, timeout):
        self.show_view(view)
        spin = self.wait_showing("spin button", name)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if spin.queryValue().currentValue == value:
                return time.monotonic()
            time.sleep(POLL_S)
        raise AssertionError("%s: %r is %s, not %s, after %s s" % (
            self.name, name, spin.queryValue().currentValue, value, timeout))


def die_with_parent():
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() == 1:
        raise SystemExit(1)


def serve(device, replies):
    for line in sys.stdin:
        request = json.loads(line)
        try:
            reply = {"ok": getattr(device, request["call"])(*request.get("args", []))}
        except Exception:
            reply = {"error": traceback.format_exc()}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


def main():
    limber, shared, name, reply_fd = sys.argv[1:5]
    die_with_parent()

    def stop(*_):
        raise SystemExit(1)

    signal.signal(signal.SIGTERM, stop)
    replies = os.fdopen(int(reply_fd), "w")
    # stdout stays free of anything but replies: whatever else is printed goes to stderr.
    sys.stdout = sys.stderr
    with AtspiSession(limber) as session:
        try:
            serve(Device(session, limber, shared, name), replies)
        finally:
            # The test's death closes stdin and sends SIGTERM at once: the second must not
            # cut short the clean-up that the first began.
            signal.signal(signal.SIGTERM, signal.SIG_IGN)
    return 0


if __name__ == "__main__":
    sys.exit(main())
