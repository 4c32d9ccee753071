"""A private desktop for accessibility tests: Xvfb, a D-Bus session bus, the accessibility bus
(at-spi2-core) and Limber, with its tree read through pyatspi as a screen reader reads it.

    with AtspiSession(limber_binary) as session:
        app = session.launch(["--lang", "en"])
        frame = session.wait_for(lambda: session.find(app, role="frame"))

Everything it starts is stopped on leaving the block. pyatspi is imported only once the
private buses exist, so it never talks to the desktop of whoever runs the test. Run with the
system Python (/usr/bin/python3), which has python3-pyatspi.
"""

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77  # CTest's SKIP_RETURN_CODE: only when the accessibility stack is not installed
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def require_stack():
    """Exits with SKIP, saying why, when pyatspi, the bus launcher or Xvfb is missing."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "xdotool") if not shutil.which(tool)]
    if not os.access(BUS_LAUNCHER, os.X_OK):
        missing.append(BUS_LAUNCHER + " (at-spi2-core)")
    try:
        import importlib.util
        if importlib.util.find_spec("pyatspi") is None:
            missing.append("pyatspi (python3-pyatspi)")
    except ImportError:
        missing.append("pyatspi (python3-pyatspi)")
    if missing:
        print("SKIP: not installed: " + ", ".join(missing) + " (run scripts/setup-deps)")
        sys.exit(SKIP)


class AtspiSession:
    def __init__(self, binary, width=1366, height=768):
        self.binary = binary
        self.size = (width, height)
        self.processes = []
        self.bus_pid = None
        self.home = None
        self.pyatspi = None

    # -- set-up and tear-down -------------------------------------------------------------
    def __enter__(self):
        self.home = tempfile.mkdtemp(prefix="limber-a11y-")
        for sub in ("config", "data"):
            os.makedirs(os.path.join(self.home, sub))
        os.makedirs(os.path.join(self.home, "runtime"), mode=0o700)
        os.environ["DISPLAY"] = self._start_screen()
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1",
                              "--print-pid=1"], capture_output=True, text=True, check=True)
        address, pid = bus.stdout.split()[:2]
        self.bus_pid = int(pid)
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
        os.environ.pop("AT_SPI_BUS_ADDRESS", None)
        self._start([BUS_LAUNCHER, "--launch-immediately"])
        import pyatspi  # only now: it connects to the buses named in the environment

        self.pyatspi = pyatspi
        return self

    def __exit__(self, *exc):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
        if self.bus_pid:
            try:
                os.kill(self.bus_pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        shutil.rmtree(self.home, ignore_errors=True)
        return False

    def _start_screen(self):
        # A display number of its own, far from :0 and from other tests' screens (Xvfb's
        # -displayfd counts up from :0, where concurrent runs collide).
        for number in random.sample(range(100, 1000), 50):
            if os.path.exists("/tmp/.X%d-lock" % number):
                continue
            # -noreset: by default the server resets when its last client leaves (the probe
            # below, the bus launcher), and a client connecting meanwhile is refused.
            xvfb = self._start(["Xvfb", ":%d" % number, "-screen", "0", "%dx%dx24" % self.size,
                                "-nolisten", "tcp", "-noreset"])
            socket = "/tmp/.X11-unix/X%d" % number
            deadline = time.monotonic() + 10
            while xvfb.poll() is None and not os.path.exists(socket):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.05)
            if xvfb.poll() is None and os.path.exists(socket) and self._answers(":%d" % number):
                return ":%d" % number
            xvfb.terminate()
        raise RuntimeError("no Xvfb screen could be started")

    @staticmethod
    def _answers(display):
        # The socket can exist a moment before the server takes connections.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            probe = subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True,
                                   env=dict(os.environ, DISPLAY=display))
            if probe.returncode == 0:
                return True
            time.sleep(0.1)
        return False

    def _start(self, command, env=None, stderr=subprocess.DEVNULL, **kwargs):
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr,
                                   **kwargs)
        self.processes.append(process)
        return process

    # -- Limber ---------------------------------------------------------------------------
    def path(self, *parts):
        """A path in the private home: config/, data/ (XDG_CONFIG_HOME, XDG_DATA_HOME)."""
        return os.path.join(self.home, *parts)

    def launch(self, arguments=(), timeout=20):
        """Starts limber with the accessibility bridge on; returns its application node."""
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
                   XDG_CONFIG_HOME=self.path("config"), XDG_DATA_HOME=self.path("data"),
                   XDG_RUNTIME_DIR=self.path("runtime"), QT_QPA_PLATFORM="xcb")
        self.log = open(self.path("limber.log"), "w")
        self.limber = self._start([self.binary, *arguments], env=env, stderr=self.log)
        return self.wait_for(self._application, timeout, "Limber on the accessibility bus")

    def _application(self):
        if self.limber.poll() is not None:
            with open(self.path("limber.log")) as log:
                raise RuntimeError("limber exited with %s on %s:\n%s"
                                   % (self.limber.returncode, os.environ["DISPLAY"], log.read()))
        desktop = self.pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.name == "limber":
                frame = self.find(app, role="frame")
                if frame is not None and frame.childCount > 0:
                    return app
        return None

    # -- reading the tree -----------------------------------------------------------------
    def wait_for(self, probe, timeout=10, what="a condition"):
        """Polls probe() (tree reads are D-Bus calls, there is nothing to wait on) until it
        returns something true; fails the test naming what did not happen."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                result = probe()
            except Exception as error:  # a node vanished while being read: read again
                if time.monotonic() >= deadline:
                    raise
                result = None
                last_error = error
            if result:
                return result
            if time.monotonic() >= deadline:
                raise AssertionError("timed out after %s s waiting for %s" % (timeout, what))
            time.sleep(0.1)

    def nodes(self, root, showing_only=False):
        """Every node below root (depth first), with its path of "role 'name'" steps; with
        showing_only, what is on screen: a hidden node's subtree is left out (Qt reports the
        cells of a table on a hidden page as showing)."""
        stack = [(root, [])]
        while stack:
            node, path = stack.pop()
            try:
                if showing_only and not self.is_showing(node):
                    continue
                step = "%s %r" % (node.getRoleName(), node.name)
                children = [node.getChildAtIndex(i) for i in range(node.childCount)]
            except Exception:
                continue
            here = path + [step]
            yield node, here
            for child in reversed(children):
                if child is not None:
                    stack.append((child, here))

    def find(self, root, role=None, name=None, showing=False):
        for node, _ in self.nodes(root):
            if role is not None and node.getRoleName() != role:
                continue
            if name is not None and node.name != name:
                continue
            if showing and not self.is_showing(node):
                continue
            return node
        return None

    def is_showing(self, node):
        states = node.getState()
        return states.contains(self.pyatspi.STATE_SHOWING) and states.contains(
            self.pyatspi.STATE_VISIBLE)

    def press(self, *keys):
        """Types keys (xdotool names: Tab, shift+Tab, ctrl+1, Return, space, Escape)."""
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
        time.sleep(0.3)

    def focus_main_window(self):
        """Gives the keyboard back to Limber's main window: without a window manager, closing
        a dialog leaves the focus nowhere, where keys are lost."""
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                str(self.limber.pid)], capture_output=True, text=True)
        windows = []
        for window in found.stdout.split():
            geometry = subprocess.run(["xdotool", "getwindowgeometry", "--shell", window],
                                      capture_output=True, text=True).stdout
            values = dict(line.split("=", 1) for line in geometry.split())
            windows.append((int(values.get("WIDTH", 0)) * int(values.get("HEIGHT", 0)), window))
        if windows:
            subprocess.run(["xdotool", "windowfocus", "--sync", max(windows)[1]], check=True)

    def activate(self, node):
        """Runs a node's first action (Press on buttons), as a screen reader's user would."""
        actions = node.queryAction()
        for index in range(actions.nActions):
            if actions.getName(index) in ("Press", "press", "click", "SetFocus"):
                actions.doAction(index)
                return
        actions.doAction(0)
