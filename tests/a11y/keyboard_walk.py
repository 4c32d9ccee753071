#!/usr/bin/python3
"""Keyboard walk (issue 16): the window used with the keyboard alone.

Under its own Xvfb, D-Bus session and accessibility bus, limber is driven with xdotool
pressing only Tab, Shift+Tab, the arrows, Enter and Space (and typing a routine's name).
It goes to every view through the side bar, makes a routine (New, add a stretch, Save),
changes the hold for every stretch in Settings, then starts the routine and pauses it.
Focus is followed through AT-SPI focus events: the walk fails if focus lands on a node
that is not showing, visible and of some size, or if Tab stops moving it. The outcomes are
checked where they land: the routine file in the data folder, the hold in the settings
file, and the player's Play/Pause button saying it is paused.

usage: keyboard_walk.py LIMBER_EXECUTABLE      exit 77 when pyatspi, xdotool or Xvfb miss.
The private desktop is tests/a11y/atspi_harness.py's.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import time

from atspi_harness import AtspiSession, require_stack

STUCK_AFTER = 4  # Tab presses in a row that leave the focus where it was
FOCUS_WAIT_S = 1.5


TRAIL = []  # where the focus went, for the failure message


def fail(message):
    print("FAIL: " + message, flush=True)
    print("focus went: " + " → ".join(TRAIL[-15:]), flush=True)
    raise SystemExit(1)


class Walk:
    def __init__(self, pyatspi, glib):
        self.pyatspi = pyatspi
        self.context = glib.MainContext.default()
        self.focused = None
        self.candidates = []
        self.visited = TRAIL
        pyatspi.Registry.registerEventListener(self.on_focus, "object:state-changed:focused")

    def on_focus(self, event):
        if event.detail1 != 1:
            return
        try:
            if event.source.getApplication().name != "limber":
                return
        except Exception:
            return
        self.candidates.append(event.source)

    def settle(self):
        """The focus after the events so far: the latest node that says it is focused.

        QListView announces its current row as focused whenever the row changes, even when
        the list has no focus (a page shown behind the side bar does), so an event alone
        is not trusted.
        """
        moved = False
        for node in reversed(self.candidates):
            try:
                focused = self.has_focus(node)
            except Exception:
                continue
            if focused:
                moved = self.key_of(node) != self.key_of(self.focused)
                self.focused = node
                break
        self.candidates.clear()
        return moved

    def has_focus(self, node):
        focused = self.pyatspi.STATE_FOCUSED
        if not node.getState().contains(focused):
            return False
        # A row says it is focused when it is its list's current row; only the list knows
        # whether it has the keyboard.
        if node.getRoleName() in ("list item", "table cell", "tree item"):
            view = node.parent
            return view is not None and view.getState().contains(focused)
        return True

    def key_of(self, node):
        if node is None:
            return None
        try:
            extents = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
            return (node.getRoleName(), node.name, extents.x, extents.y, extents.width,
                    extents.height)
        except Exception:
            return None

    def pump(self, seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while self.context.pending():
                self.context.iteration(False)
            time.sleep(0.02)

    def describe(self, node):
        try:
            return "%s %r" % (node.getRoleName(), node.name)
        except Exception:
            return "(gone)"

    def check_focus_visible(self):
        node = self.focused
        if node is None:
            return
        try:
            states = node.getState()
            extents = node.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        except Exception:
            # Gone with its window (a dialog closed); the next focus event says where it went.
            self.focused = None
            return
        missing = [name for name, state in (("showing", self.pyatspi.STATE_SHOWING),
                                            ("visible", self.pyatspi.STATE_VISIBLE))
                   if not states.contains(state)]
        if missing or extents.width <= 0 or extents.height <= 0:
            fail("focus on an invisible node: %s (not %s, %dx%d)" % (
                self.describe(node), ", ".join(missing) or "sized", extents.width,
                extents.height))

    def key(self, *keys, wait=FOCUS_WAIT_S):
        subprocess.run(["xdotool", "key", "--delay", "80"] + list(keys), env=None,
                       check=True)
        # Until a focus event arrives, or the wait ends for keys that need not move it.
        end = time.monotonic() + wait
        while time.monotonic() < end and not self.candidates:
            self.pump(0.05)
        self.pump(0.2)
        moved = self.settle()
        self.check_focus_visible()
        self.visited.append(self.describe(self.focused))
        return moved

    def type_text(self, text):
        subprocess.run(["xdotool", "type", "--delay", "40", text], env=None,
                       check=True)
        self.pump(0.3)

    def tab_to(self, wanted, what, backwards=False, limit=60):
        """Tab (or Shift+Tab) until wanted(node) holds for the focused node."""
        unmoved = 0
        for _ in range(limit):
            if self.focused is not None and wanted(self.focused):
                return self.focused
            moved = self.key("shift+Tab" if backwards else "Tab")
            unmoved = 0 if moved else unmoved + 1
            if unmoved >= STUCK_AFTER:
                fail("focus stuck on %s while looking for %s" % (
                    self.describe(self.focused), what))
        fail("Tab never reached %s; visited: %s" % (what, " → ".join(self.visited[-limit:])))


def named(*names):
    return lambda node: node.name in names


def role_named(role, *names):
    return lambda node: node.getRoleName() == role and node.name in names


def start_button(node):
    return node.getRoleName() == "push button" and node.name.startswith("Start")


# Something only each view shows, to tell that the page really changed.
PAGE_OF = {
    "Play": lambda node: node.getRoleName() == "push button" and node.name.startswith("Start"),
    "Routines": lambda node: node.name == "Start a new routine",
    "Library": lambda node: node.getRoleName() == "text" and "earch" in node.name,
    "Settings": lambda node: node.name == "Same hold for every stretch",
    "History": lambda node: node.name == "No sessions yet" or node.getRoleName() == "calendar",
}


# A control each view's Tab round must pass: Tab once skipped the library's search field.
ROUND_REACHES = {
    "Routines": "'Start a new routine'",
    "Library": "text 'Search",
    "Settings": "radio button 'Hold each stretch",
}


def find_showing(root, wanted, pyatspi):
    return pyatspi.findDescendant(
        root, lambda node: wanted(node) and node.getState().contains(pyatspi.STATE_SHOWING))


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    require_stack()
    with AtspiSession(os.path.abspath(sys.argv[1])) as session:
        from gi.repository import GLib

        app = session.launch(["--lang", "en"])
        try:
            return run(session, app, session.pyatspi, GLib)
        except SystemExit:
            # What the screen showed, for whoever reads the failure.
            shot = os.environ.get("LIMBER_KEYWALK_SCREENSHOT")
            if shot and shutil.which("import"):
                subprocess.run(["import", "-window", "root", shot], check=False)
            raise


def run(session, app, pyatspi, glib):
    walk = Walk(pyatspi, glib)
    session.wait_for(lambda: find_showing(app, start_button, pyatspi), 20,
                     "the Play view with its Start button")
    walk.pump(0.5)

    # Every view, through the side bar: Tab to it, then Down from view to view.
    def in_side_bar(node):
        return (node.getRoleName() == "list" and node.name == "Views") or (
            node.getRoleName() == "list item" and node.parent is not None and
            node.parent.name == "Views")

    side_bar = in_side_bar

    def current_view():
        """The view the side bar has selected, while it has the focus."""
        node = walk.focused
        if node is None or not in_side_bar(node):
            fail("the focus left the side bar for %s; last: %s" % (
                walk.describe(node), " → ".join(walk.visited[-6:])))
        views_list = node if node.getRoleName() == "list" else node.parent
        for item in views_list:
            if item is not None and item.getState().contains(pyatspi.STATE_SELECTED):
                return item.name
        return None

    def check_view(expected):
        # The page itself, not only the side bar, must have changed.
        if current_view() != expected:
            fail("the side bar is on %s, not %s" % (current_view(), expected))
        session.wait_for(lambda: find_showing(app, PAGE_OF[expected], pyatspi),
                 what="the %s view on screen" % expected)
    walk.tab_to(side_bar, "the side bar")
    views = ["Play", "Routines", "Library", "Settings", "History"]
    check_view("Play")
    for view in views[1:]:
        walk.key("Down")
        check_view(view)
        # Round every control of the view and back to the side bar: each stop is checked.
        start = len(TRAIL)
        walk.key("Tab")
        walk.tab_to(side_bar, "the side bar again after the %s view" % view, limit=150)
        check_view(view)
        wanted = ROUND_REACHES.get(view)
        if wanted and not any(wanted in stop for stop in TRAIL[start:]):
            fail("a Tab round of the %s view never reached %r: %s" % (
                view, wanted, " → ".join(TRAIL[start:])))
    for view in reversed(views[:-1]):
        walk.key("Up")
        check_view(view)

    # A routine: New, a name, a stretch from the Add menu, Save.
    walk.key("Down")
    check_view("Routines")
    walk.tab_to(named("Start a new routine"), "New routine")
    walk.key("space")
    name = "Keyboard walk"
    session.wait_for(lambda: walk.focused is not None and walk.focused.getRoleName() == "text",
             what="the new routine's name field focused")
    # The name field comes with its suggestion selected: typing replaces it.
    walk.type_text(name)
    walk.tab_to(named("Add a stretch to the routine"), "Add stretch")
    walk.key("space")
    walk.key("Down")
    walk.key("Return")
    walk.tab_to(role_named("push button", "Save the routine", "Save"), "Save")
    walk.key("space")
    data = session.path("data")

    def saved_routine():
        for path in glob.glob(os.path.join(data, "**", "routines", "*.json"), recursive=True):
            with open(path, encoding="utf-8") as file:
                routine = json.load(file)
            if routine.get("name") == name and len(routine.get("steps", [])) == 1:
                return path
        return None

    routine_file = session.wait_for(saved_routine, what="the routine saved in the data folder")
    print("routine saved: " + os.path.relpath(routine_file, data))

    # The hold: Settings, "Same hold for every stretch" (an arrow in the radio pair), longer.
    walk.tab_to(side_bar, "the side bar")
    walk.key("Down")
    walk.key("Down")
    check_view("Settings")
    walk.tab_to(role_named("radio button", "Hold each stretch for its recommended time",
                           "Same hold for every stretch"), "the hold choice")
    if walk.focused.name != "Same hold for every stretch":
        walk.key("Down")
    walk.tab_to(named("Hold for every stretch"), "the hold for every stretch")
    before = walk.focused.queryValue().currentValue
    for _ in range(5):
        walk.key("Up", wait=0.2)
    # The hold follows the person: it is kept in this device's file in the data folder.
    preferences = session.path("data", "limber", "preferences")

    def hold_in_config():
        for name in (os.listdir(preferences) if os.path.isdir(preferences) else []):
            if name.endswith(".json"):
                with open(os.path.join(preferences, name), encoding="utf-8") as file:
                    held = json.load(file)["values"].get("timing/default_hold", {})
                if isinstance(held.get("value"), int):
                    return held["value"]
        return None

    hold = session.wait_for(lambda: (hold_in_config() or 0) > before and hold_in_config(),
                    what="a longer hold written to the preferences (was %d)" % before)
    print("hold for every stretch: %d s → %d s" % (before, hold))

    # Play: back to the Play view, Start with Space, then pause with Space.
    walk.tab_to(side_bar, "the side bar")
    for _ in range(3):
        walk.key("Up")
    check_view("Play")
    walk.tab_to(start_button, "Start")
    walk.key("space")
    if walk.focused.name.startswith("Pain from 0"):
        # The pain question comes first: the arrows pick 2, Space answers.
        for _ in range(3):
            walk.key("Right", wait=0.2)
        walk.key("space")
    session.wait_for(lambda: find_showing(app, role_named("push button", "Pause"), pyatspi),
             what="the routine playing (a Pause button)")
    walk.key("space")
    session.wait_for(lambda: find_showing(app, role_named("push button", "Play"), pyatspi),
             what="the routine paused (the Pause button says Play)")

    # The shortcuts list, by F1 and by Ctrl+? as X11 reports it, closed with Tab and Space.
    def shortcuts_dialog():
        return find_showing(app, role_named("dialog", "Keyboard shortcuts"), pyatspi)

    for keys in ("F1", "ctrl+question"):
        # No window manager runs here to give the window back its activation when a dialog
        # closes; this does what one would.
        session.focus_main_window()
        walk.pump(0.3)
        walk.key(keys)
        session.wait_for(shortcuts_dialog, what="the Keyboard shortcuts dialog after " + keys)
        walk.tab_to(role_named("push button", "Close"), "the dialog's Close button")
        walk.key("space")
        session.wait_for(lambda: not shortcuts_dialog(), what="the Keyboard shortcuts dialog closed")
    print("keyboard walk passed: %d key presses, focus always visible" % len(walk.visited))
    return 0


if __name__ == "__main__":
    sys.exit(main())
