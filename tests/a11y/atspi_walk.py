#!/usr/bin/python3
"""The AT-SPI walk: opens every view and dialog of Limber and checks, as a screen reader sees
the tree, that every control a person can reach or act on has a name and a role, that lists
and tables expose their rows, and that pictures have a text alternative.

Usage: atspi_walk.py LIMBER_BINARY      exit 0 clean, 1 naming each offender, 77 skipped
"""

import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
SOURCE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from atspi_harness import AtspiSession, require_stack  # noqa: E402

# Names that say nothing: a role word, or an icon's file name.
EMPTY_WORDS = {"button", "push button", "toggle button", "check box", "radio button",
               "combo box", "list", "list item", "menu item", "label", "icon", "image", "text",
               "slider", "spin button", "table", "cell", "graphic", "filler", "panel"}
ICON_FILE = re.compile(r"\.(svg|png|ico|xpm)$|^[\w-]+-symbolic$", re.I)
CONTAINER_ROLES = {"list", "table", "tree table", "tree", "tree view"}
ROW_ROLES = {"list item", "table cell", "table row", "tree item"}
BAD_ROLES = {"invalid", "unknown", "redundant object", ""}


class Walk:
    def __init__(self, session):
        self.session = session
        self.pyatspi = session.pyatspi
        self.offenders = []
        self.checked = 0
        self.places = []

    def actionable(self, node):
        states = node.getState()
        if states.contains(self.pyatspi.STATE_FOCUSABLE):
            return True
        try:
            return node.queryAction().nActions > 0
        except NotImplementedError:
            return False

    def check(self, root, place):
        """Checks every showing node under root."""
        self.places.append(place)
        for node, path in self.session.nodes(root, showing_only=True):
            try:
                role = node.getRoleName()
                name = (node.name or "").strip()
            except Exception:
                continue
            where = "%s: %s" % (place, " > ".join(path[-4:]))
            if role == "image":
                self.checked += 1
                if not name:
                    self.offenders.append("%s: a picture without a text alternative" % where)
                continue
            if role in CONTAINER_ROLES:
                self.check_rows(node, where)
            if role == "label":
                self.check_label(node, name, where)
            if not self.actionable(node):
                continue
            self.checked += 1
            if role in BAD_ROLES:
                self.offenders.append("%s: no role (%r)" % (where, role))
            if not name and not self.named_by_label(node):
                self.offenders.append("%s: no name" % where)
            elif name.lower() in EMPTY_WORDS or ICON_FILE.search(name):
                self.offenders.append("%s: named only %r" % (where, name))

    def check_label(self, node, name, where):
        # Orca reads a label's name: one set to the label's purpose ("Routine length") hides
        # what it shows ("12 min"). The purpose belongs in the description.
        try:
            text = node.queryText()
            shown = text.getText(0, text.characterCount).strip()
        except NotImplementedError:
            return
        self.checked += 1
        if shown and name != shown and shown not in name:
            self.offenders.append("%s: named %r, which hides its text %r" % (where, name, shown))

    def named_by_label(self, node):
        # A text field's name may come from the label that points at it (QLabel::setBuddy);
        # Orca reads that label.
        if node.getRoleName() not in ("text", "spin button", "combo box", "password text"):
            return False
        for relation in node.getRelationSet():
            if relation.getRelationType() == self.pyatspi.RELATION_LABELLED_BY:
                return any((relation.getTarget(i).name or "").strip()
                           for i in range(relation.getNTargets()))
        return False

    def check_rows(self, container, where):
        try:
            count = container.childCount
        except Exception:
            return
        rows = [container.getChildAtIndex(i) for i in range(count)]
        named = [r for r in rows if r is not None and r.getRoleName() in ROW_ROLES]
        for row in named:
            if not (row.name or "").strip():
                self.offenders.append("%s: a row without text" % where)
                return


DIALOG_ROLES = {"dialog", "alert"}  # a QMessageBox is an alert


def open_dialog(session, app, opener):
    """Runs opener (keys or a button's action) and returns the dialog it opened."""
    opener()
    return session.wait_for(
        lambda: next((n for n, _ in session.nodes(app) if n.getRoleName() in DIALOG_ROLES
                      and session.is_showing(n)), None), what="a dialog")


def close_dialog(session, app, dialog):
    session.press("Escape")
    session.wait_for(lambda: not any(n.getRoleName() in DIALOG_ROLES and session.is_showing(n)
                                     for n, _ in session.nodes(app)), what="the dialog to close")
    session.focus_main_window()


def press_button(session, root, name):
    button = session.wait_for(lambda: session.find(root, role="push button", name=name,
                                                   showing=True), what="the button " + name)
    return lambda: session.activate(button)


def press_by_keyboard(session, node):
    """Focuses a button and presses Space: a button that opens a modal dialog or a menu would
    keep an AT-SPI action call waiting until it closes."""
    node.queryComponent().grabFocus()
    session.wait_for(lambda: node.getState().contains(session.pyatspi.STATE_FOCUSED),
                     what="focus on " + node.name)
    session.press("space")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    require_stack()
    with AtspiSession(sys.argv[1]) as session:
        # Two months of practice, so the History view has its list, charts and details.
        history = session.path("data", "limber", "history")
        subprocess.run([os.path.join(SOURCE_DIR, "scripts", "sample-history"), "--days", "60",
                        history], check=True, stdout=subprocess.DEVNULL)
        app = session.launch(["--lang", "en"])
        walk = Walk(session)
        frame = session.find(app, role="frame")
        views = session.wait_for(lambda: session.find(frame, role="list", name="Views"),
                                 what="the side bar")

        def show_view(number):
            item = views.getChildAtIndex(number - 1)
            session.press("ctrl+%d" % number)
            session.wait_for(lambda: item.getState().contains(session.pyatspi.STATE_SELECTED),
                             what="the %s view" % item.name)
            return item.name

        for number in range(1, views.childCount + 1):
            walk.check(frame, "%s view" % show_view(number))

        # The dialogs a person reaches from the views.
        dialogs = [
            (3, "Make a new stretch of your own"),
        ]
        for number, button in dialogs:
            view = show_view(number)
            dialog = open_dialog(session, app, press_button(session, frame, button))
            walk.check(dialog, "%s view > %s" % (view, button))
            close_dialog(session, app, dialog)
        # The Keyboard shortcuts dialog (F1).
        show_view(1)
        dialog = open_dialog(session, app, lambda: session.press("F1"))
        walk.check(dialog, "Keyboard shortcuts")
        close_dialog(session, app, dialog)

        # An own routine: its editor and the delete question. (Qt keeps popup menus out of the
        # application's tree; Orca follows them by focus, and their items are action texts.)
        show_view(2)
        session.press("ctrl+n")
        add = session.wait_for(lambda: session.find(
            frame, role="push button", name="Add a stretch to the routine", showing=True),
            what="a new routine in the editor")
        walk.check(frame, "Routines view > a new routine")
        dialog = open_dialog(session, app, lambda: press_by_keyboard(session, session.find(
            frame, role="push button", name="Delete the selected routine", showing=True)))
        walk.check(dialog, "Routines view > Delete")
        close_dialog(session, app, dialog)

        # A session's details, from the History list.
        show_view(5)
        sessions = session.wait_for(lambda: next(
            (n for n, _ in session.nodes(frame, showing_only=True)
             if n.getRoleName() == "list" and n.childCount > 0 and n.name != "Views"), None),
            what="the list of sessions")
        walk.check(frame, "History view with sessions")
        first = sessions.getChildAtIndex(0)
        first.queryComponent().grabFocus()
        dialog = open_dialog(session, app, lambda: session.press("Return"))
        walk.check(dialog, "History view > session details")
        close_dialog(session, app, dialog)

        show_view(3)
        session.activate(session.wait_for(lambda: session.find(
            frame, role="push button", name="Before you start: safe-stretching guidelines",
            showing=True), what="the guidelines button"))
        walk.check(frame, "Guidelines")

        # Playing: the question before, the playing page, and "It hurts".
        show_view(1)
        session.activate(session.find(frame, role="push button", name="Start the routine"))
        skip = session.wait_for(lambda: session.find(
            frame, role="push button", name="Skip the question and start", showing=True),
            what="the pain question")
        walk.check(frame, "Pain question")
        session.activate(skip)
        session.wait_for(lambda: session.find(frame, role="push button", name="Pause",
                                              showing=True), what="the player playing")
        walk.check(frame, "Playing")
        dialog = open_dialog(session, app, press_button(session, frame, "It hurts"))
        walk.check(dialog, "Playing > It hurts")
        close_dialog(session, app, dialog)

        print("checked %d nodes in %d places: %s" % (walk.checked, len(walk.places),
                                                    ", ".join(walk.places)))
        for offender in walk.offenders:
            print("FAIL: " + offender)
        return 1 if walk.offenders else 0


if __name__ == "__main__":
    sys.exit(main())
