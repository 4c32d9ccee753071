"""Two real Syncthing instances on one machine, sharing one folder over loopback only.

    with SyncthingPair(work_dir, "laptop", "desktop") as pair:
        pair.wait_connected()
        pair.pause_link(); ...; pair.resume_link()

Each instance has a home of its own (keys, config, database, log) and talks only to the
other, at an address given explicitly: discovery (global and local), relays, NAT traversal,
usage reporting, crash reporting and upgrades are all off before it first starts, so nothing
leaves 127.0.0.1. The shared folder and the other device are set through the REST API, as
Syncthing's own web page does. Everything started is stopped on leaving the block.
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ElementTree

FOLDER_ID = "limber-data"
# Syncthing's "this device" options that would reach beyond loopback, turned off.
QUIET_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "startBrowser": "false",
    "urAccepted": "-1",  # usage reporting declined
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "announceLANAddresses": "false",
    "stunKeepaliveStartS": "0",
    "stunKeepaliveMinS": "0",
    # Dial the other device again soon after a pause is lifted, not a minute later.
    "reconnectionIntervalS": "1",
    "setLowPriority": "false",
}


def syncthing_binary():
    return shutil.which("syncthing") or (
        "/usr/bin/syncthing" if os.access("/usr/bin/syncthing", os.X_OK) else None)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(probe, timeout, what, interval=0.1):
    """Polls probe() until it returns something true, and returns that; fails naming what."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() >= deadline:
            raise AssertionError("timed out after %s s waiting for %s" % (timeout, what))
        time.sleep(interval)


class SyncthingDevice:
    def __init__(self, binary, name, home, folder):
        self.binary = binary
        self.name = name
        self.home = home
        self.folder = folder
        self.gui_port = free_port()
        self.listen_port = free_port()
        self.api_key = secrets.token_hex(16)
        self.device_id = None
        self.process = None
        self.log_path = os.path.join(home, "syncthing.log")

    @property
    def short_id(self):
        """The first group of the device ID: what Syncthing writes into a conflict copy's name."""
        return self.device_id.split("-")[0]

    @property
    def listen_address(self):
        return "tcp://127.0.0.1:%d" % self.listen_port

    def environment(self):
        # HOME too, so nothing of the person running the test is read or written.
        return dict(os.environ, HOME=self.home, STNOUPGRADE="1", STNORESTART="1",
                    STNODEFAULTFOLDER="1", all_proxy="", http_proxy="", https_proxy="")

    def generate(self):
        os.makedirs(self.home, exist_ok=True)
        made = subprocess.run([self.binary, "generate", "--home=" + os.path.join(self.home, "st"),
                               "--no-default-folder", "--skip-port-probing"],
                              env=self.environment(), capture_output=True, text=True, timeout=60)
        if made.returncode != 0:
            raise RuntimeError("syncthing generate failed for %s:\n%s%s"
                               % (self.name, made.stdout, made.stderr))
        found = re.search(r"Device ID:\s*([A-Z0-9-]{50,})", made.stdout + made.stderr)
        config = ElementTree.parse(self.config_path())
        self.device_id = found.group(1) if found else config.getroot().find("device").get("id")
        self._quieten(config)

    def config_path(self):
        return os.path.join(self.home, "st", "config.xml")

    def _quieten(self, config):
        root = config.getroot()
        gui = root.find("gui")
        gui.find("address").text = "127.0.0.1:%d" % self.gui_port
        gui.find("apikey").text = self.api_key
        root.find("device").set("name", self.name)
        options = root.find("options")
        for address in options.findall("listenAddress"):
            options.remove(address)
        listen = ElementTree.SubElement(options, "listenAddress")
        listen.text = self.listen_address
        for key, value in QUIET_OPTIONS.items():
            element = options.find(key)
            if element is None:
                element = ElementTree.SubElement(options, key)
            element.text = value
        config.write(self.config_path())

    def start(self):
        self.log = open(self.log_path, "w")
        self.process = subprocess.Popen(
            [self.binary, "serve", "--home=" + os.path.join(self.home, "st"), "--no-browser",
             "--no-restart", "--no-upgrade", "--gui-address=http://127.0.0.1:%d" % self.gui_port,
             "--gui-apikey=" + self.api_key],
            env=self.environment(), stdin=subprocess.DEVNULL, stdout=self.log,
            stderr=subprocess.STDOUT, start_new_session=True)

    def wait_answering(self):
        wait_until(self._answers, 60, "Syncthing on %s to answer on its REST API" % self.name,
                   interval=0.2)

    def _answers(self):
        if self.process.poll() is not None:
            raise RuntimeError("syncthing (%s) exited with %s:\n%s"
                               % (self.name, self.process.returncode, self.log_tail()))
        try:
            return self.api("GET", "/rest/system/ping", timeout=2).get("ping") == "pong"
        except (OSError, urllib.error.URLError):
            return False

    def stop(self):
        """Stops the monitor process and the Syncthing it started (its own process group)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        if self.process.poll() is None:
            self.process.wait(5)
        self.log.close()

    def log_tail(self, lines=25):
        try:
            with open(self.log_path, errors="replace") as log:
                return "".join(log.readlines()[-lines:])
        except OSError:
            return "(no log)"

    # -- the REST API ---------------------------------------------------------------------
    def api(self, method, path, body=None, timeout=30):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request("http://127.0.0.1:%d%s" % (self.gui_port, path),
                                         data=data, method=method,
                                         headers={"X-API-Key": self.api_key,
                                                  "Content-Type": "application/json"})
        # No proxy: the API is on loopback, and a proxy from the environment must not see it.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=timeout) as reply:
            text = reply.read().decode()
        return json.loads(text) if text.strip() else {}

    def share_with(self, other):
        """Adds the other device at its explicit address and shares the folder with it."""
        self.api("POST", "/rest/config/devices", {
            "deviceID": other.device_id, "name": other.name, "addresses": [other.listen_address],
            "autoAcceptFolders": False, "introducer": False})
        self.api("POST", "/rest/config/folders", {
            "id": FOLDER_ID, "label": "Limber", "path": self.folder, "type": "sendreceive",
            "devices": [{"deviceID": self.device_id}, {"deviceID": other.device_id}],
            "fsWatcherEnabled": True, "fsWatcherDelayS": 1, "rescanIntervalS": 3600})

    def connected_to(self, other):
        connections = self.api("GET", "/rest/system/connections")["connections"]
        return connections.get(other.device_id, {}).get("connected", False)

    def scan(self):
        """Scans the folder now; returns when the scan is done."""
        self.api("POST", "/rest/db/scan?folder=" + FOLDER_ID, timeout=60)

    def file_info(self, relative):
        return self.api("GET", "/rest/db/file?folder=%s&file=%s" % (FOLDER_ID, relative))

    def completion_of(self, other):
        return self.api("GET", "/rest/db/completion?folder=%s&device=%s"
                        % (FOLDER_ID, other.device_id))

    def folder_state(self):
        return self.api("GET", "/rest/db/status?folder=" + FOLDER_ID).get("state")


class SyncthingPair:
    def __init__(self, work_dir, first_name, second_name):
        binary = syncthing_binary()
        if binary is None:
            raise RuntimeError("syncthing is not installed")
        self.work_dir = work_dir
        self.devices = []
        for name in (first_name, second_name):
            folder = os.path.join(work_dir, name, "synced")
            os.makedirs(folder, exist_ok=True)
            self.devices.append(SyncthingDevice(binary, name, os.path.join(work_dir, name),
                                                folder))
        self.first, self.second = self.devices
        self.timings = {}  # seconds from the start, for the report

    def __enter__(self):
        started = time.monotonic()
        try:
            for device in self.devices:
                device.generate()
                device.start()
            for device in self.devices:
                device.wait_answering()
                self.timings["%s answering (s)" % device.name] = round(
                    time.monotonic() - started, 2)
            self.first.share_with(self.second)
            self.second.share_with(self.first)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc):
        for device in self.devices:
            device.stop()
        return False

    def logs(self):
        return "\n".join("--- syncthing %s (last lines) ---\n%s" % (d.name, d.log_tail())
                         for d in self.devices)

    def wait_connected(self, timeout=60):
        wait_until(lambda: self.first.connected_to(self.second)
                   and self.second.connected_to(self.first), timeout,
                   "the two Syncthing instances to connect", interval=0.2)

    def wait_in_sync(self, timeout=60):
        """Both folders idle and each device 100 % complete for the other."""
        def settled():
            return all(d.folder_state() == "idle" for d in self.devices) and all(
                a.completion_of(b).get("completion") == 100 and
                a.completion_of(b).get("needItems", 0) == 0
                for a, b in ((self.first, self.second), (self.second, self.first)))
        wait_until(settled, timeout, "both folders to be in sync", interval=0.2)

    def pause_link(self, timeout=30):
        for device, other in ((self.first, self.second), (self.second, self.first)):
            device.api("POST", "/rest/system/pause?device=" + other.device_id)
        wait_until(lambda: not self.first.connected_to(self.second)
                   and not self.second.connected_to(self.first), timeout,
                   "the link to go down after the pause", interval=0.2)

    def resume_link(self):
        for device, other in ((self.first, self.second), (self.second, self.first)):
            device.api("POST", "/rest/system/resume?device=" + other.device_id)

    def conflict_copies(self, device, subfolder="routines"):
        """The names of the Syncthing conflict copies in device's folder."""
        where = os.path.join(device.folder, subfolder)
        try:
            names = os.listdir(where)
        except FileNotFoundError:
            return []
        return sorted(n for n in names if ".sync-conflict-" in n and not n.startswith("."))
