"""Small helpers of two_devices.py: watching the shared folder from the test's side, and the
files a sync tool would put there."""
import json
import os
import threading
import time

POLL_S = 0.005


def check(condition, what):
    if not condition:
        raise AssertionError(what)


class FileWatch:
    """Polls probe() on a thread of its own from now on, and keeps its first true value and
    the monotonic time it was first seen, so that a change another process makes is timed
    when it happens, not when the test gets round to looking."""

    def __init__(self, probe):
        self.probe = probe
        self.value = None
        self.when = None
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)
        self.thread.start()

    def _poll(self):
        while not self.stopped.is_set():
            try:
                value = self.probe()
            except (OSError, ValueError):  # a file being replaced while read
                value = None
            if value:
                self.when = time.monotonic()
                self.value = value
                return
            time.sleep(POLL_S)

    def result(self, timeout, what):
        """The time it was seen; fails naming what did not happen within timeout."""
        self.thread.join(timeout)
        self.stopped.set()
        if self.when is None:
            raise AssertionError("timed out after %s s waiting for %s" % (timeout, what))
        return self.when


def read_json(path):
    with open(path, encoding="utf-8") as file:
        return json.load(file)


def routine_shape(routine):
    """What a routine is, leaving out how its file is laid out: its name and its steps."""
    return (routine.get("name"), [(step.get("stretch"), step.get("hold_seconds"))
                                  for step in routine.get("steps", [])])


def conflict_copy_name(path, device="ABCDEF7"):
    """The name Syncthing gives the losing version of path."""
    base, extension = os.path.splitext(os.path.basename(path))
    return "%s.sync-conflict-20261204-101500-%s%s" % (base, device, extension)


def write_atomically(path, content):
    """As Syncthing writes: a hidden temporary file beside it, renamed into place."""
    folder, name = os.path.split(path)
    os.makedirs(folder, exist_ok=True)
    temporary = os.path.join(folder, ".syncthing.%s.tmp" % name)
    with open(temporary, "w", encoding="utf-8") as file:
        json.dump(content, file, indent=4)
    os.replace(temporary, path)
