#!/usr/bin/python3
"""End to end over AT-SPI: the real limber window plays a short routine on a private Xvfb
screen with a private session bus and accessibility bus, and the player's announcements must
arrive on the accessibility bus as events a screen reader speaks (a notification-role object
reported "showing", which Orca presents), in the expected order, including a pause.

Usage: player_announcements.py LIMBER ROUTINE_FILE
Exit 77 (skipped) when Xvfb, dbus-run-session, at-spi2-core or python3-gi's Atspi is missing.

The AT-SPI walk helper's shared harness (tests/a11y/atspi_harness.py) had not landed when this
was written; the few lines of set-up here are this test's own.
"""
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"

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


def skip(reason):
    print("SKIPPED:", reason)
    sys.exit(SKIP)


def outer(limber, routine):
    """Checks the tools, then runs the test inside its own D-Bus session."""
    for tool in ("Xvfb", "dbus-run-session"):
        if not shutil.which(tool):
            skip(f"{tool} is not installed (scripts/setup-deps installs it)")
    if not os.access(BUS_LAUNCHER, os.X_OK):
        skip("at-spi2-core is not installed")
    try:
        import gi
        gi.require_version("Atspi", "2.0")
        from gi.repository import Atspi  # noqa: F401
    except (ImportError, ValueError):
        skip("python3-gi with Atspi (python3-pyatspi) is not installed")
    env = dict(os.environ, LIMBER_A11Y_INNER="1")
    return subprocess.call(["dbus-run-session", "--", sys.executable, os.path.abspath(__file__),
                            limber, routine], env=env)


def start_xvfb(processes):
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write_fd,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    processes.append(xvfb)
    os.close(write_fd)
    with os.fdopen(read_fd) as pipe:
        display = pipe.readline().strip()
    if not display:
        raise RuntimeError("Xvfb did not start")
    return ":" + display


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


def inner(limber, routine):
    import gi
    gi.require_version("Atspi", "2.0")
    from gi.repository import Atspi, GLib

    processes = []
    work = tempfile.mkdtemp(prefix="limber-a11y-")
    try:
        os.environ["DISPLAY"] = start_xvfb(processes)
        launcher = subprocess.Popen([BUS_LAUNCHER, "--launch-immediately"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(launcher)

        heard = []      # names of notification objects reported showing
        showing = []    # every showing event from limber, for the failure message
        loop = GLib.MainLoop()
        state = {"paused": False, "limber": None}

        def press_play_pause(prefix):
            app = state["limber"]
            button = find(app, lambda n: n.get_role() == Atspi.Role.PUSH_BUTTON
                          and (n.get_name() or "").startswith(prefix))
            if button is None:
                print(f"no '{prefix}' button found in limber's accessible tree")
                loop.quit()
                return False
            button.get_action_iface().do_action(0)
            return False

        def on_showing(event):
            if not event.detail1:
                return
            source = event.source
            try:
                app = source.get_application()
                if "limber" not in (app.get_name() or "").lower():
                    return
                role, name = source.get_role(), source.get_name()
            except Exception:
                return
            state["limber"] = app
            showing.append((source.get_role_name(), name))
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

        home = os.path.join(work, "home")
        env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(work, "config"),
                   XDG_DATA_HOME=os.path.join(work, "data"),
                   XDG_RUNTIME_DIR=os.path.join(work, "run"),
                   QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANG="C.UTF-8")
        for key in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            os.makedirs(env[key], exist_ok=True)
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        os.makedirs(os.path.join(env["XDG_CONFIG_HOME"], "Limber"), exist_ok=True)
        with open(os.path.join(env["XDG_CONFIG_HOME"], "Limber", "limber.conf"), "w") as conf:
            conf.write("[cues]\nvoice=false\n")
        log = open(os.path.join(work, "limber.log"), "w")
        app = subprocess.Popen([limber, "--lang", "en", "--routine", routine, "--start"],
                               env=env, stdout=log, stderr=subprocess.STDOUT)
        processes.append(app)

        timed_out = {"value": False}

        def give_up():
            timed_out["value"] = True
            loop.quit()
            return False

        GLib.timeout_add(TIMEOUT_MS, give_up)
        loop.run()
        listener.deregister("object:state-changed:showing")

        if heard == EXPECTED:
            print("announcements in order:", " | ".join(heard))
            return 0
        print("FAIL: the announcements on the accessibility bus differ")
        print("expected:", EXPECTED)
        print("heard:   ", heard)
        print("all showing events from limber:", showing)
        if timed_out["value"]:
            print(f"(gave up after {TIMEOUT_MS // 1000} s)")
        log.flush()
        with open(os.path.join(work, "limber.log")) as output:
            print("limber's output:\n" + output.read()[-3000:])
        return 1
    finally:
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        shutil.rmtree(work, ignore_errors=True)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    limber, routine = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if os.environ.get("LIMBER_A11Y_INNER") != "1":
        return outer(limber, routine)
    return inner(limber, routine)


if __name__ == "__main__":
    sys.exit(main())
