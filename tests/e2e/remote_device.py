"""The test's side of a device_agent.py process: its methods are called by name, each call
waits for the agent's answer, and an agent's failure is raised here with its traceback.
Calls to two devices may run at once from two threads (later()).
"""
import concurrent.futures
import json
import os
import subprocess
import sys
import threading

AGENT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "device_agent.py")


class DeviceError(AssertionError):
    pass


class RemoteDevice:
    def __init__(self, limber, shared, name):
        self.name = name
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            [sys.executable, AGENT, limber, shared, name, str(write_end)],
            stdin=subprocess.PIPE, text=True, pass_fds=(write_end,))
        os.close(write_end)
        self.replies = os.fdopen(read_end, "r")
        self.lock = threading.Lock()
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)

    def call(self, name, *args):
        with self.lock:
            if self.process.poll() is not None:
                raise DeviceError("%s: the agent exited with %s" % (self.name,
                                                                   self.process.returncode))
            self.process.stdin.write(json.dumps({"call": name, "args": list(args)}) + "\n")
            self.process.stdin.flush()
            line = self.replies.readline()
        if not line:
            raise DeviceError("%s: the agent stopped during %s" % (self.name, name))
        reply = json.loads(line)
        if "error" in reply:
            raise DeviceError("%s.%s%r failed in the agent:\n%s" % (self.name, name, args,
                                                                    reply["error"]))
        return reply["ok"]

    def later(self, name, *args):
        """Starts a call on another thread; .result() waits for it."""
        return self.pool.submit(self.call, name, *args)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return lambda *args: self.call(name, *args)

    def close(self):
        """Stops the agent, which stops its Limber, buses and screen."""
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(15)
            except (subprocess.TimeoutExpired, OSError):
                self.process.terminate()
                try:
                    self.process.wait(10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.replies.close()
