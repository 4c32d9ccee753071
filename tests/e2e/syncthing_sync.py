#!/usr/bin/python3
"""Real sync, end to end: two Syncthing instances on loopback share a data folder, and a Limber
runs on each copy, read through the accessibility bus as a screen reader reads it.

  1. A routine imported on the laptop (limber --data-dir LAPTOP --import) arrives in the
     desktop's folder and shows in the desktop Limber's Routines list.
  2. With the link paused, the routine is edited differently on each side; once resumed,
     Syncthing makes a conflict copy, and both Limbers show "Two versions of …" with its
     three choices.

Usage: syncthing_sync.py LIMBER
Exit 0 passed, 1 failed, 77 skipped: only when syncthing is not installed (scripts/setup-deps
installs it). Everything else it needs missing is a failure. Prints each stage and the figures.
"""

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from syncthing_pair import SyncthingPair, syncthing_binary, wait_until  # noqa: E402

SKIP = 77
ROUTINE_NAME = "Evening unwind"
ROUTINE = {
    "format": "limber-routine", "version": 1, "name": ROUTINE_NAME,
    "prepare_seconds": 5, "rest_seconds": 5, "switch_seconds": 5, "warmup_seconds": 0,
    "steps": [{"stretch": "knee-to-chest", "hold_seconds": 60},
              {"stretch": "butterfly", "hold_seconds": 60}],
}
# The two edits made while the link is down: far enough apart that the lengths Limber shows
# for the two versions differ in whole minutes.
LAPTOP_HOLD, DESKTOP_HOLD = 240, 20
ARRIVE_TIMEOUT_S = 60
CONFLICT_TIMEOUT_S = 90
CHOICES = ["Keep this one", "Keep the other", "Keep both"]


def stage(text):
    print("stage: " + text, flush=True)


class Failure(Exception):
    pass


class LimberDevice:
    """limber_device.py in a process of its own: one Limber, one private desktop."""

    def __init__(self, limber, name, folder, work):
        self.name = name
        self.log_copy = os.path.join(work, name + "-limber.log")
        python = "/usr/bin/python3" if os.access("/usr/bin/python3", os.X_OK) else sys.executable
        self.process = subprocess.Popen(
            [python, os.path.join(HERE, "limber_device.py"), limber, folder, self.log_copy],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, start_new_session=True)

    def receive(self, timeout):
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        line = self.process.stdout.readline() if ready else ""
        if not line:
            raise Failure("Limber on the %s did not answer within %s s (exit %s)"
                          % (self.name, timeout, self.process.poll()))
        message = json.loads(line)
        if "error" in message:
            raise Failure("Limber on the %s: %s" % (self.name, message["error"]))
        return message

    def read(self):
        self.process.stdin.write("read\n")
        self.process.stdin.flush()
        return self.receive(30)

    def stop(self):
        if self.process.poll() is None:
            try:
                self.process.stdin.write("quit\n")
                self.process.stdin.close()
            except OSError:
                pass
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                # Its own session: Xvfb, the buses and Limber go with it.
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)

    def log_tail(self, lines=20):
        try:
            with open(self.log_copy, errors="replace") as log:
                return "".join(log.readlines()[-lines:])
        except OSError:
            return "(no log)"


def import_routine(limber, folder, routine_file, work):
    """Limber's headless import into the laptop's folder, as a separate run of its own."""
    home = os.path.join(work, "importer")
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
               QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(["dbus-run-session", "--", limber, "--data-dir", folder,
                           "--import", routine_file], env=env, capture_output=True, text=True,
                          timeout=60)
    if done.returncode != 0:
        raise Failure("limber --import failed (%d):\n%s%s"
                      % (done.returncode, done.stdout, done.stderr))


def routine_files(folder):
    where = os.path.join(folder, "routines")
    if not os.path.isdir(where):
        return []
    return sorted(n for n in os.listdir(where)
                  if n.endswith(".json") and not n.startswith(".") and "sync-conflict" not in n)


def edit_hold(path, hold, age_s):
    """Changes the first hold, written as an editor would (a new file renamed over the old),
    with a modification time age_s seconds in the past."""
    with open(path) as existing:
        routine = json.load(existing)
    routine["steps"][0]["hold_seconds"] = hold
    temporary = os.path.join(os.path.dirname(path), ".edit-%d.tmp" % os.getpid())
    with open(temporary, "w") as out:
        json.dump(routine, out, indent=2)
    when = time.time() - age_s
    os.utime(temporary, (when, when))
    os.rename(temporary, path)


def first_hold(path):
    with open(path) as routine:
        return json.load(routine)["steps"][0]["hold_seconds"]


def showing_routine(view):
    return ROUTINE_NAME in view["routines"]


def conflict_for_routine(view):
    headline = "%s “%s”" % ("Two versions of", ROUTINE_NAME)
    return next((c for c in view["conflicts"] if c["headline"] == headline), None)


def run(limber, work, figures):
    routine_file = os.path.join(work, "routine.json")
    with open(routine_file, "w") as out:
        json.dump(ROUTINE, out)

    started = time.monotonic()
    with SyncthingPair(work, "laptop", "desktop") as pair:
        laptop, desktop = pair.first, pair.second
        try:
            pair.wait_connected()
            for what, seconds in pair.timings.items():
                figures["Syncthing on the " + what] = seconds
            figures["two Syncthings set up and connected (s)"] = round(
                time.monotonic() - started, 2)
            stage("Syncthing: %s (%s) and %s (%s) connected on 127.0.0.1, sharing one folder"
                  % (laptop.name, laptop.short_id, desktop.name, desktop.short_id))
            return run_with_limbers(limber, work, pair, routine_file, figures)
        except BaseException:
            print(pair.logs(), file=sys.stderr)
            raise


def run_with_limbers(limber, work, pair, routine_file, figures):
    laptop, desktop = pair.first, pair.second
    devices = []
    try:
        for device in (laptop, desktop):
            devices.append(LimberDevice(limber, device.name, device.folder, work))
        for device in devices:
            ready = device.receive(90)
            stage("Limber on the %s: Routines view open (%.1f s)" % (device.name,
                                                                    ready["seconds"]))
        on_laptop, on_desktop = devices
        if showing_routine(on_desktop.read()):
            raise Failure("the desktop lists %r before it was made" % ROUTINE_NAME)

        # 1. A routine made on the laptop arrives on the desktop.
        started = time.monotonic()
        import_routine(limber, laptop.folder, routine_file, work)
        names = routine_files(laptop.folder)
        if len(names) != 1:
            raise Failure("the import left %s in the laptop's routines folder" % names)
        routine_name = names[0]
        stage("Limber on the laptop: imported %r as routines/%s" % (ROUTINE_NAME, routine_name))
        arrived_file = None
        while True:
            if arrived_file is None and routine_name in routine_files(desktop.folder):
                arrived_file = time.monotonic() - started
                stage("Syncthing: routines/%s is in the desktop's folder after %.2f s"
                      % (routine_name, arrived_file))
            listed = on_desktop.read()["routines"]
            if ROUTINE_NAME in listed:
                break
            if time.monotonic() - started > ARRIVE_TIMEOUT_S:
                raise Failure("%r is not in the desktop Limber's Routines list after %d s "
                              "(the file %s); it lists %s"
                              % (ROUTINE_NAME, ARRIVE_TIMEOUT_S,
                                 "arrived" if arrived_file else "never arrived", listed))
            time.sleep(0.2)
        arrived = time.monotonic() - started
        figures["routine in the desktop's folder (s)"] = round(arrived_file or arrived, 2)
        figures["routine in the desktop's Routines list (s)"] = round(arrived, 2)
        stage("Limber on the desktop: %r is in the Routines list after %.2f s"
              % (ROUTINE_NAME, arrived))
        wait_until(lambda: showing_routine(on_laptop.read()), 10,
                   "%r in the laptop Limber's Routines list" % ROUTINE_NAME, interval=0.2)
        pair.wait_in_sync()

        # 2. Edited on both sides while the link is down: a conflict copy, shown by Limber.
        pair.pause_link()
        stage("Syncthing: link paused on both sides")
        relative = "routines/" + routine_name
        edit_hold(os.path.join(laptop.folder, relative), LAPTOP_HOLD, age_s=120)
        edit_hold(os.path.join(desktop.folder, relative), DESKTOP_HOLD, age_s=60)
        for device in (laptop, desktop):
            device.scan()
            modified_by = device.file_info(relative).get("local", {}).get("modifiedBy")
            if modified_by != device.short_id:
                raise Failure("Syncthing on the %s did not register its own edit "
                              "(last modified by %s)" % (device.name, modified_by))
        stage("Syncthing: the first hold edited to %d s on the laptop (older) and %d s on the "
              "desktop (newer), both scanned" % (LAPTOP_HOLD, DESKTOP_HOLD))
        started = time.monotonic()
        pair.resume_link()
        pair.wait_connected()
        stage("Syncthing: link resumed")
        copies = wait_until(
            lambda: (pair.conflict_copies(laptop), pair.conflict_copies(desktop))
            if pair.conflict_copies(laptop) and pair.conflict_copies(desktop) else None,
            CONFLICT_TIMEOUT_S, "a conflict copy in both folders", interval=0.2)
        conflict_seconds = time.monotonic() - started
        figures["conflict copy in both folders (s)"] = round(conflict_seconds, 2)
        stage("Syncthing: conflict copies after %.2f s: laptop %s, desktop %s"
              % (conflict_seconds, copies[0], copies[1]))
        named_after = check_syncthing_resolution(pair, routine_name, copies)

        # Both Limbers show the two versions, with the three choices.
        for device in devices:
            view = wait_for_conflict(device)
            shown = time.monotonic() - started
            figures["conflict shown on the %s (s)" % device.name] = round(shown, 2)
            check_conflict_view(device.name, view, named_after)
            stage("Limber on the %s: %r shown after %.2f s: %s"
                  % (device.name, view["headline"], shown, " | ".join(view["texts"][1:])))
        return 0
    except BaseException:
        for device in devices:
            device.stop()
            print("--- limber on the %s (last lines) ---\n%s" % (device.name, device.log_tail()),
                  file=sys.stderr)
        raise
    finally:
        for device in devices:
            device.stop()


def wait_for_conflict(device):
    last = {}

    def shown():
        last["view"] = device.read()
        return conflict_for_routine(last["view"])
    try:
        return wait_until(shown, CONFLICT_TIMEOUT_S, "the %s Limber to show the conflict"
                          % device.name, interval=0.2)
    except AssertionError as error:
        raise Failure("%s; its Routines view shows the conflicts %s"
                      % (error, last.get("view", {}).get("conflicts"))) from None


def check_syncthing_resolution(pair, routine_name, copies):
    """Syncthing keeps the newer edit (the desktop's) under the routine's name on both sides,
    and the older one (the laptop's) in conflict copies; returns the device IDs the copies are
    named after. (Syncthing 1.19 names a copy after the device whose change it met while
    pulling, which may be the winner's; only that the ID is one of the two is checked.)"""
    stem = routine_name[: -len(".json")]
    named_after = set()
    short_ids = {pair.first.short_id, pair.second.short_id}
    for device, names in zip((pair.first, pair.second), copies):
        routines = os.path.join(device.folder, "routines")
        wait_until(lambda: first_hold(os.path.join(routines, routine_name)) == DESKTOP_HOLD, 30,
                   "the newer edit in the %s's %s" % (device.name, routine_name), interval=0.2)
        for name in names:
            device_id = name[: -len(".json")].rsplit("-", 1)[-1]
            if not name.startswith(stem + ".sync-conflict-") or device_id not in short_ids:
                raise Failure("the %s's folder has an unexpected conflict copy %s"
                              % (device.name, name))
            copied = first_hold(os.path.join(routines, name))
            if copied != LAPTOP_HOLD:
                raise Failure("on the %s the copy %s holds %s s, expected the laptop's %d s"
                              % (device.name, name, copied, LAPTOP_HOLD))
            named_after.add(device_id)
    return named_after


def check_conflict_view(name, view, named_after):
    if view["buttons"] != CHOICES:
        raise Failure("the %s's conflict offers %s, expected %s" % (name, view["buttons"],
                                                                  CHOICES))
    this_one = [t for t in view["texts"] if t.startswith("This one:")]
    other = [t for t in view["texts"] if t.startswith("The other:")]
    if len(this_one) != 1 or len(other) != 1:
        raise Failure("the %s's conflict reads %s" % (name, view["texts"]))
    if not any("set aside by Syncthing (device %s)" % device_id in other[0]
               for device_id in named_after):
        raise Failure("the %s's conflict does not name the device of the copy's name (%s): %r"
                      % (name, " or ".join(sorted(named_after)), other[0]))
    # The lengths differ (one hold of 20 s against one of 4 min), so the two lines must too.
    if this_one[0].rsplit("·", 1)[-1] == other[0].rsplit("·", 1)[-1]:
        raise Failure("the %s shows both versions with the same length: %r / %r"
                      % (name, this_one[0], other[0]))


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    limber = os.path.abspath(sys.argv[1])
    if syncthing_binary() is None:
        print("SKIP: syncthing is not installed and cannot be here (scripts/setup-deps "
              "installs the Debian package syncthing)")
        return SKIP
    missing = [tool for tool in ("dbus-run-session",) if not shutil.which(tool)]
    if missing or not os.access(limber, os.X_OK):
        print("FAIL: not found: %s" % ", ".join(missing or [limber]))
        return 1

    # A stop from CTest's timeout or ^C unwinds through every clean-up below.
    def interrupted(number, _frame):
        raise SystemExit("FAIL: stopped by signal %d" % number)
    signal.signal(signal.SIGTERM, interrupted)
    signal.signal(signal.SIGINT, interrupted)

    work = tempfile.mkdtemp(prefix="limber-sync-e2e-")
    figures = {}
    try:
        result = run(limber, work, figures)
    except (Failure, AssertionError, RuntimeError, OSError) as error:
        print("FAIL: %s" % error)
        result = 1
    finally:
        print(work) if os.environ.get("KEEP") else shutil.rmtree(work, ignore_errors=True)
    for what, seconds in figures.items():
        print("figure: %s: %s" % (what, seconds))
    print("PASS" if result == 0 else "FAILED")
    return result


if __name__ == "__main__":
    sys.exit(main())
