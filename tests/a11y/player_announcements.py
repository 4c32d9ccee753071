#!/usr/bin/python3
"""End to end over AT-SPI: the real limber window plays a short routine on a private desktop
(tests/a11y/atspi_harness.py), and the player's announcements must arrive on the
accessibility bus as events a screen reader speaks (a notification-role object reported
"showing", which Orca presents), in the expected order, including a pause pressed through
AT-SPI.

Usage: player_announcements.py LIMBER ROUTINE_FILE
Exit 77 (skipped) only when the accessibility stack (pyatspi, at-spi2-core, Xvfb) is missing.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from atspi_harness import AtspiSession, require_stack  # noqa: E402

EXPECTED = [
    "Get ready. Next: Knee to chest, left side",
    "Knee to chest, left side, 6 seconds",
    "Switch sides",
    "Knee to chest, right side, 6 seconds",
    "Paused",
    "Resumed",
    "Rest. Next: Butterfly stretch",
    "Butterfly stretch, 20 seconds",
    "Ten seconds left",
    "Routine complete. Well done.",
]
# Pause once the right side has been announced, resume this much later.
PAUSE_AFTER = "Knee to chest, right side, 6 seconds"
PAUSE_MS = 1500
TIMEOUT_MS = 90_000


def find(node, predicate, depth=0):
    if node is None or depth > 40:
        return None
    try:
        if predicate(node):
            return node
        for i in range(node.get_child_count()):
            found = find(node.get_child_at_index(i), predicate, depth + 1)
            if found:
                return found
    except Exception:  # a node that went away while walking
        return None
    return None


def run(limber, routine):
    with AtspiSession(limber) as session:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi, GLib

        heard = []      # names of notification objects reported showing
        showing = []    # every showing event from limber, for the failure message
        loop = GLib.MainLoop()
        state = {"paused": False, "limber": None}

        def press_play_pause(prefix):
            button = find(state["limber"], lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON
                          and (n.get_name() or "").startswith(prefix))
            if button is None:
                print(f"no '{prefix}' button found in limber's accessible tree")
                loop.quit()
                return False
            Atspi.Action.do_action(button, 0)
            return False

        def on_showing(event):
            if not event.detail1:
                return
            source = event.source
            try:
                app = source.get_application()
                if (app.get_name() or "") != "limber":
                    return
                role, name = source.get_role(), source.get_name()
                showing.append((source.get_role_name(), name))
            except Exception:
                return
            state["limber"] = app
            if role != Atspi.Role.NOTIFICATION or not name:
                return
            heard.append(name)
            if name == PAUSE_AFTER and not state["paused"]:
                state["paused"] = True
                GLib.idle_add(press_play_pause, "Pause")
                GLib.timeout_add(PAUSE_MS, press_play_pause, "Play")
            if name == EXPECTED[-1]:
                loop.quit()

        listener = Atspi.EventListener.new(on_showing)
        # Registered before limber starts, so its bridge knows from the start that someone
        # listens (Qt sends only the events a listener asked for).
        listener.register("object:state-changed:showing")

        os.makedirs(session.path("config", "limber"), exist_ok=True)
        with open(session.path("config", "limber", "limber.conf"), "w") as conf:
            conf.write("[cues]\nvoice=false\n")
        # The routine's first gap is long enough for this wait: the events queue meanwhile
        # and are read (the announcing line's name) before the line changes again.
        session.launch(["--lang", "en", "--routine", routine, "--start"])

        timed_out = []
        GLib.timeout_add(TIMEOUT_MS, lambda: timed_out.append(True) or loop.quit())
        loop.run()
        listener.deregister("object:state-changed:showing")

        if heard == EXPECTED:
            print("announcements in order:", " | ".join(heard))
            return 0
        print("FAIL: the announcements on the accessibility bus differ")
        print("expected:", EXPECTED)
        print("heard:   ", heard)
        print("all showing events from limber:", showing)
        if timed_out:
            print(f"(gave up after {TIMEOUT_MS // 1000} s)")
        session.log.flush()
        with open(session.path("limber.log")) as output:
            print("limber's output:\n" + output.read()[-3000:])
        return 1


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    limber, routine = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    require_stack()
    return run(limber, routine)


if __name__ == "__main__":
    sys.exit(main())
