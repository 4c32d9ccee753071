"""A private desktop for the accessibility tests: Xvfb, a D-Bus session with the AT-SPI bus,
and limber in it with its own configuration and data folders. Everything it starts is ended
by close()."""
import os
import subprocess
import time


class Session:
    """Xvfb, a private D-Bus session with the accessibility bus, and limber in it."""

    def __init__(self, limber, home):
        self.processes = []
        self.home = home
        self.env = dict(os.environ)
        for key in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR"):
            path = os.path.join(home, key.lower())
            os.makedirs(path, mode=0o700, exist_ok=True)
            self.env[key] = path
        self.env.pop("QT_QPA_PLATFORM", None)
        read_fd, write_fd = os.pipe()
        self.start(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1366x768x24",
                    "-nolisten", "tcp"], pass_fds=(write_fd,))
        os.close(write_fd)
        with os.fdopen(read_fd) as display:
            self.env["DISPLAY"] = ":" + display.readline().strip()
        bus = self.start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                         stdout=subprocess.PIPE, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        self.start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        time.sleep(0.5)
        self.env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
        self.env["QT_ACCESSIBILITY"] = "1"
        self.app = self.start([limber, "--lang", "en"])

    def start(self, command, **kwargs):
        process = subprocess.Popen(command, env=self.env, start_new_session=True,
                                   stderr=subprocess.DEVNULL, **kwargs)
        self.processes.append(process)
        return process

    def close(self):
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(5)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
