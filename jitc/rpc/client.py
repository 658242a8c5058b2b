"""Measuring on devices registered with TVM's RPC tracker.

A team tunes for a fleet the way TVM (and nnJIT's own tuning) does: each device runs an RPC
server (`python -m jitc.rpc.server --tracker HOST:PORT --key KEY`: TVM's, kept serving after a
crashing candidate), one machine runs `python -m tvm.exec.rpc_tracker`, and
`jitc tune MODEL --rpc HOST:PORT --device-key KEY`
builds candidates here (cross-compiled for the device's triple; the server links the objects
with its own compiler) and measures them there, on as many servers of that key as answer.

This module is what both sides of a measuring worker need to talk to one remote device:
`Remote` (where, from the command line), `remote_target` (the TargetSpec a device's LLVM
reports), `device_for_remote` (the fingerprint its records are stored under) and `RpcRunner`,
the measuring worker's runner for a remote device: one tracker session per batch of
candidates, so that servers are shared between workers and a server that goes away only
costs its batch a retry on another (jitc.tuning.worker re-runs a candidate whose session
was lost before it counts it as a crash).
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
import time
import socket
import subprocess
import sys
import signal

from tvm import rpc
from tvm.target import codegen
import tvm

from ..errors import InputError, MeasureError
from ..target import TargetSpec
from ..timing import time_function
from ..device import device_for
from ..target import host, spec_for_cpu


@dataclasses.dataclass(frozen=True)
class Remote:
    """An RPC tracker and the key its servers for one kind of device registered under."""

    host: str
    port: int
    key: str
    session_timeout_s: float = 120.0  # a session the server kills (a hung candidate frees it)
    connect_timeout_s: float = 300.0  # how long a worker waits for a free server

    @staticmethod
    def parse(tracker: str, key: str, **kw) -> "Remote":
        m = re.fullmatch(r"\[?([^\]]+?)\]?:(\d+)", (tracker or "").strip())
        if not m:
            raise InputError(f"--rpc {tracker!r}: write the tracker as HOST:PORT (e.g. 127.0.0.1:9190)")
        if not key:
            raise InputError("--rpc needs --device-key KEY: the key the device's rpc_server registered with "
                             "(`python -m tvm.exec.query_rpc_tracker --port PORT` lists them)")
        return Remote(m.group(1), int(m.group(2)), key, **kw)

    def to_json(self) -> dict:
        return dataclasses.asdict(self)

    @staticmethod
    def from_json(d: dict) -> "Remote":
        return Remote(**d)

    def __str__(self) -> str:
        return f"{self.key}@{self.host}:{self.port}"


def _tracker(remote: Remote):
    """A tracker session; MeasureError at once when nothing listens there (TVM's client retries
    for a minute)."""
    try:
        socket.create_connection((remote.host, remote.port), timeout=10).close()
        return rpc.connect_tracker(remote.host, remote.port)
    except (OSError, RuntimeError) as e:
        raise MeasureError(f"the RPC tracker at {remote.host}:{remote.port} does not answer ({e}); start it with "
                           f"`python -m tvm.exec.rpc_tracker --host 0.0.0.0 --port {remote.port}`") from None


def connect(remote: Remote):
    """A session on a free server of `remote.key` (the tracker hands them out in turn; this
    waits while every one is busy)."""
    tracker = _tracker(remote)
    try:
        return tracker.request(remote.key, priority=1, session_timeout=remote.session_timeout_s, max_retry=3)
    finally:
        tracker.close()


def servers(remote: Remote) -> int:
    """How many servers of `remote.key` the tracker knows (free or busy)."""
    tracker = _tracker(remote)
    try:
        summary = tracker.summary()
    finally:
        tracker.close()
    return sum(1 for s in summary.get("server_info", []) if str(s.get("key", "")).split(":")[-1] == remote.key)


def remote_target(remote: Remote) -> TargetSpec:
    """The target a remote CPU reports: its LLVM triple and CPU name, its thread pool's size.
    (LLVM's table for that name, not what the device's OS grants: where they differ, pass
    --target with -mattr=-feature, as for a local cross build; a remote GPU needs --target.)"""
    sess = connect(remote)
    triple = str(sess.get_function("target.llvm_get_system_triple")())
    cpu = str(sess.get_function("target.llvm_get_system_cpu")())
    cores = int(sess.get_function("runtime.NumThreads")())
    h = host()
    same = triple == str(codegen.llvm_get_system_triple())
    # the same triple as here: leave it out, so the target (and its fingerprint) read like a local one
    return spec_for_cpu(cpu, None, mtriple="" if same else triple, num_cores=max(1, cores),
                        l1d_bytes=h.l1d_bytes, l2_bytes=h.l2_bytes)


def device_for_remote(target: TargetSpec, remote: Remote):
    """The database device of a remote: keyed like a local device of the same target (what the
    code and its timings depend on), named after the tracker key it was measured under."""
    dev = device_for(target)
    return dataclasses.replace(dev, cpu_model=f"rpc {remote.key}: {target.mcpu or 'generic'}", flags=())


class SessionLost(Exception):
    """The RPC session broke (the server died, was killed or timed out) while a candidate was
    loaded, copied or run: the candidate is retried on a fresh session before it is blamed."""


def _lost(e: Exception) -> bool:
    text = f"{type(e).__name__}: {e}"
    return isinstance(e, (OSError, EOFError)) or any(s in text for s in (
        "RPCSessionTimeoutError", "RPC", "connection", "Connection", "socket", "Socket", "closed", "EOF"))


class RpcRunner:
    """The measuring worker's runner on a remote device (cf. measure_worker's local runners):
    `begin()` opens a session for a batch, `load(lib)` ships a built library (as a .tar of
    objects the server links), `tensor`/`run`/`time` act there; `end()` closes the session.
    Every remote call raises SessionLost when the session breaks."""

    is_remote = True

    def __init__(self, remote: Remote, target: TargetSpec, announce=None):
        self.remote = remote
        self.target = target
        self.announce = announce or (lambda: None)  # told before a (possibly long) wait for a server
        self.sess = None
        self.dev = None
        self.session = 0  # changes with every session: remote tensors of an old one are gone
        self._tmp = tempfile.TemporaryDirectory(prefix="jitc-rpc-")

    def begin(self) -> None:
        if self.sess is not None:
            return
        self.announce()
        try:
            self.sess = connect(self.remote)
        except MeasureError:
            raise
        except Exception as e:  # noqa: BLE001 - no server answered
            raise MeasureError(f"no RPC server with key {self.remote.key!r} at {self.remote.host}:"
                               f"{self.remote.port} accepted a session: {e}") from None
        self.dev = self.sess.device(self.target.runtime_device)
        self.session += 1

    def end(self) -> None:
        self.sess = self.dev = None  # the server ends the session when its socket closes

    def _call(self, fn, *args):
        try:
            return fn(*args)
        except Exception as e:  # noqa: BLE001 - sorted: a lost session, or the candidate's own error
            if _lost(e):
                self.end()
                last = (str(e).strip().splitlines() or [""])[-1][:200]
                raise SessionLost(f"{type(e).__name__}: {last}") from None
            raise

    def tensor(self, array):
        return self._call(tvm.runtime.tensor, array, self.dev)

    def load(self, lib):
        self.begin()
        name = f"cand{self.session}_{time.monotonic_ns()}.tar"
        path = os.path.join(self._tmp.name, name)
        lib.export_library(path)  # objects for the remote triple; its server links them
        try:
            self._call(self.sess.upload, path)
            return self._call(self.sess.load_module, name)
        finally:
            os.unlink(path)

    def run(self, mod, name, args) -> None:
        def go():
            mod[name](*args)
            self.dev.sync()

        self._call(go)

    def time(self, mod, name, args, settings) -> dict:
        return self._call(time_function, mod, name, args, self.dev, settings)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LocalCluster:
    """A tracker and `n` servers on 127.0.0.1, each in its own process group (for trying the
    RPC path on one machine, for the tests and bench/rpc_scaling.py). `kill(i)` kills server i
    as a crash would; leaving the `with` stops everything. `env`: extra environment of the
    servers (TVM_NUM_THREADS, say). `server`: the module the servers run (jitc.rpc.server, which
    survives crashing candidates, or TVM's own tvm.exec.rpc_server)."""

    def __init__(self, n: int, key: str = "jitc-local", env: dict | None = None, start_timeout_s: float = 90.0,
                 server: str = "jitc.rpc.server"):
        self.key = key
        self.port = _free_port()
        self.procs: list = []
        self.servers: list = []
        child_env = dict(os.environ, **(env or {}))
        log = subprocess.DEVNULL
        self.tracker = subprocess.Popen([sys.executable, "-m", "tvm.exec.rpc_tracker", "--host", "127.0.0.1",
                                         "--port", str(self.port), "--port-end", str(self.port + 1)],
                                        stdout=log, stderr=log, start_new_session=True, env=child_env)
        self.procs.append(self.tracker)
        self.remote = Remote("127.0.0.1", self.port, key)
        try:
            for _ in range(n):
                p = _free_port()
                srv = subprocess.Popen([sys.executable, "-m", server, "--tracker",
                                        f"127.0.0.1:{self.port}", "--key", key, "--host", "127.0.0.1",
                                        "--port", str(p), "--port-end", str(p + 20)],
                                       stdout=log, stderr=log, start_new_session=True, env=child_env)
                self.procs.append(srv)
                self.servers.append(srv)
            self._wait(n, start_timeout_s)
        except BaseException:
            self.close()
            raise

    def _wait(self, n: int, timeout_s: float) -> None:
        deadline = time.time() + timeout_s
        seen = -1
        while time.time() < deadline:
            if self.tracker.poll() is not None:
                raise MeasureError(f"the RPC tracker exited with status {self.tracker.returncode} "
                                   "(TVM's tracker needs `pip install tornado`)")
            try:
                seen = servers(self.remote)
            except MeasureError:
                seen = -1
            if seen >= n:
                return
            time.sleep(0.5)
        raise MeasureError(f"{max(seen, 0)} of {n} RPC servers registered with the tracker within {timeout_s:.0f} s")

    def kill(self, i: int) -> None:
        srv = self.servers[i]
        try:
            os.killpg(srv.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        srv.wait(10)

    def close(self) -> None:
        for p in reversed(self.procs):
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            try:
                p.wait(10)
            except Exception:  # noqa: BLE001
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
