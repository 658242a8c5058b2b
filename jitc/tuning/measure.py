"""Measuring candidates, in an isolated worker process with timeouts.

`Measurer(target).measure(kernel, configs)` builds every config of a kernel in the worker
(jitc.tuning.worker), checks its output against the unscheduled kernel's, and times it. A
candidate that crashes the worker is recorded as "crash", one that runs past the timeout as
"timeout" (the worker is killed and restarted), one that computes different numbers as
"wrong"; the others go on. Nothing a candidate does can take this process down.

`Measurer(target, remote=Remote(...))` measures on a device behind TVM's RPC tracker
(jitc.rpc.client): the worker builds here and runs there. `MeasurerPool` spreads one kernel's
candidates over several measurers at once (one per RPC server): the tuner asks it for
`parallel` times as many candidates per round.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Connection
from dataclasses import asdict, dataclass, field
from dataclasses import replace

import tvm

from ..errors import MeasureError
from ..target import TargetSpec


@dataclass
class Settings:
    repeat: int = 5  # timed repeats; the median counts
    min_repeat_ms: float = 10.0  # each repeat runs the kernel enough times to last this long
    warmup: int = 2  # untimed calls first
    timeout_s: float = 20.0  # one candidate's check and timing
    build_timeout_s: float = 120.0  # one batch's schedule + build
    batch: int = 8  # candidates compiled into one module
    nice: int = 0  # the worker's scheduling niceness (the JIT measures at 10: serving comes first)
    spin: int | None = None  # TVM_THREAD_POOL_SPIN_COUNT of the worker (None: TVM's default)
    interleave: int = 0  # > 0: time the batch's candidates in turns, this many rounds (paired timing)
    threads: int | None = None  # TVM threads of the worker (None: every core; the JIT uses 1)
    idle: bool = False  # the worker at the OS's lowest priority (SCHED_IDLE): the JIT's, beside a serving model
    retakes: int = 6  # gated (a Measurer with a serving gate): a timing a call overlapped is taken again this often

    def worker_settings(self) -> dict:
        return {"repeat": self.repeat, "min_repeat_ms": self.min_repeat_ms, "warmup": self.warmup,
                "interleave": self.interleave, "retakes": self.retakes}


@dataclass
class Measurement:
    config: dict
    status: str  # ok | wrong | build_error | run_error | crash | timeout
    median_us: float | None = None
    spread: float | None = None
    repeats: int | None = None
    build_ms: float | None = None
    error: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == "ok" and self.median_us is not None

    def gflops(self, flops: int) -> float:
        return flops / (self.median_us * 1e3) if self.ok and self.median_us else 0.0

    def to_json(self) -> dict:
        return asdict(self)


def kernel_job(kernel) -> dict:
    cached = kernel.meta.get("func_json")
    if cached is None:
        cached = kernel.meta["func_json"] = tvm.ir.save_json(kernel.func)
    return {"name": kernel.name, "key": kernel.key, "kind": kernel.kind, "flops": kernel.flops,
            "bytes": kernel.bytes, "n_out": kernel.n_out, "func": cached,
            "args": [{"shape": list(s), "dtype": d} for s, d in kernel.args]}


class Measurer:
    """One worker process, restarted when a candidate kills or hangs it."""

    parallel = 1  # candidates measured at once

    def __init__(self, target: TargetSpec, settings: Settings | None = None, cpus: list[int] | None = None,
                 remote=None, gate=None):
        self.target = target
        self.settings = settings or Settings()
        self.cpus = cpus
        self.remote = remote  # a jitc.rpc.client.Remote: measure on its tracker's servers
        # a jitc.tuning.serving_gate.ServingGate: each check and timing waits for a quiet moment of the
        # serving process, and one that a call overlapped is discarded and taken again
        self.gate = gate
        self.discarded = 0  # timings discarded because a call overlapped them
        self._proc = None
        self._conn = None
        self.restarts = 0
        self.closed = False  # close() was called: measure() starts no worker again
        self._closing = threading.Event()  # the same, for a wait on the gate

    # ---- the worker ---------------------------------------------------------------------
    def _start(self) -> None:
        """A fresh `python -m jitc.tuning.worker` talking over a socket pair. (Not
        multiprocessing's spawn: it re-imports the user's __main__, which breaks scripts
        without a main guard.)"""
        env = dict(os.environ)
        if self.settings.nice:
            env["JITC_MEASURE_NICE"] = str(self.settings.nice)
        if self.settings.idle:
            env["JITC_MEASURE_IDLE"] = "1"
        if self.gate is not None:
            # a worker the gate stops (SIGSTOP) would outlive a parent killed meanwhile: it dies
            # with the thread that started it (PR_SET_PDEATHSIG; the JIT's tuner thread owns it)
            env["JITC_MEASURE_PDEATHSIG"] = "1"
        if self.settings.threads:
            env["TVM_NUM_THREADS"] = str(self.settings.threads)
        if self.settings.spin is not None:
            env["TVM_THREAD_POOL_SPIN_COUNT"] = str(self.settings.spin)
        if self.cpus:
            env["JITC_MEASURE_CPUS"] = ",".join(map(str, self.cpus))
        ours, theirs = socket.socketpair()
        log = os.environ.get("JITC_MEASURE_LOG")
        try:
            # the worker's stderr: the user's log, else a scratch file read back if it dies starting
            err = open(log, "ab") if log else tempfile.TemporaryFile()
        except OSError as e:
            theirs.close()
            ours.close()
            raise MeasureError(f"the measuring worker cannot start: JITC_MEASURE_LOG={log}: {e.strerror}") from None
        try:
            # the priority is set before anything is imported: a worker starting (Python, TVM)
            # beside a serving model takes only the cycles it leaves
            launch = ("import os, runpy, sys; "
                      "os.environ.get('JITC_MEASURE_PDEATHSIG') and sys.platform.startswith('linux') and "
                      "__import__('ctypes').CDLL(None).prctl(1, 9); "
                      "os.environ.get('JITC_MEASURE_IDLE') and hasattr(os, 'SCHED_IDLE') and "
                      "os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0)); "
                      "sys.argv[0] = 'jitc.tuning.worker'; runpy.run_module('jitc.tuning.worker', run_name='__main__')")
            self._proc = subprocess.Popen([sys.executable, "-c", launch, str(theirs.fileno())],
                                          pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL,
                                          stdout=subprocess.DEVNULL, stderr=err, env=env)
        except OSError as e:
            err.close()
            ours.close()
            raise MeasureError(f"the measuring worker cannot start: {sys.executable}: {e.strerror}") from None
        finally:
            theirs.close()
        self._conn = Connection(ours.detach())
        if self.gate is not None:
            self.gate.pause_during_calls(self._proc.pid)
        try:
            started = self._conn.poll(120)
            hello = self._conn.recv() if started else None
        except (EOFError, OSError):
            hello = None
        if not hello or hello[0] != "ready":
            code = self._proc.poll()
            self._kill()
            tail = ""
            if not log:
                err.seek(0)
                lines = [ln for ln in err.read().decode(errors="replace").strip().splitlines() if ln.strip()]
                tail = f": {lines[-1].strip()[:400]}" if lines else ""
            err.close()
            what = "did not start within 120 s" if code is None else f"exited with status {code} while starting"
            raise MeasureError(f"the measuring worker {what}{tail}")
        err.close()

    def _alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def _kill(self) -> None:
        if self._proc is not None:
            if self.gate is not None:
                self.gate.release(self._proc.pid)
            try:
                self._proc.kill()
            except Exception:  # noqa: BLE001
                pass
            try:
                self._proc.wait(10)
            except Exception:  # noqa: BLE001
                pass
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001
                pass
        self._proc = self._conn = None

    def close(self) -> None:
        self.closed = True
        self._closing.set()
        if self._conn is not None:
            try:
                self._conn.send(("stop",))
                self._proc.wait(5)
            except Exception:  # noqa: BLE001
                pass
        self._kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- measuring ----------------------------------------------------------------------
    def compare(self, kernel, a: dict, b: dict, rounds: int = 7) -> tuple[Measurement, Measurement]:
        """Time two configs of one kernel in turns (paired), for a decision that noise from
        other work on the machine does not flip."""
        saved = self.settings
        self.settings = replace(saved, interleave=rounds, batch=2)
        try:
            ma, mb = self.measure(kernel, [a, b])
        finally:
            self.settings = saved
        return ma, mb

    def measure(self, kernel, configs: list[dict], on_result=None) -> list[Measurement]:
        """Measure `configs` of `kernel`, in order; `on_result(measurement)` as each finishes."""
        results: dict[int, Measurement] = {}
        # batches of `batch`; a batch that dies while building is retried one by one
        queue = [list(range(i, min(i + self.settings.batch, len(configs))))
                 for i in range(0, len(configs), self.settings.batch)]
        job_kernel = kernel_job(kernel)
        while queue:
            batch = queue.pop(0)
            if self.closed:  # closed from another thread (a JIT module stopping): no new worker
                self._record_closed(results, batch, configs, on_result)
                continue
            if not self._alive():
                if self.gate is not None:  # a worker starting (Python, TVM) in idle time too
                    self.gate.wait_quiet(stop=self._closing)
                    if self.closed:
                        continue
                self._start()
            job = {"kernel": job_kernel, "target": self.target.to_json(), "configs": [configs[i] for i in batch],
                   "settings": self.settings.worker_settings(), "seed": 0, "gated": self.gate is not None}
            if self.remote is not None:
                job["remote"] = self.remote.to_json()
            self._conn.send(("measure", job))
            phase, current = "reference", None
            deadline = time.time() + self.settings.build_timeout_s
            while True:
                remaining = deadline - time.time()
                try:
                    if self.gate is not None:
                        # the worker is stopped while the model serves: that time does not count
                        ready = self._conn.poll(max(0.0, min(remaining, 0.25)))
                        if not ready and remaining > 0.25:
                            if self.gate.quiet_for() < 0.25:
                                deadline += 0.25
                            continue
                    else:
                        ready = self._conn.poll(max(0.0, remaining))
                    msg = self._conn.recv() if ready else None
                except (EOFError, OSError):
                    msg, ready = "dead", True
                if msg is None and phase == "connect":
                    self._kill()
                    raise MeasureError(f"no RPC server with key {self.remote.key!r} became free within "
                                       f"{self.remote.connect_timeout_s:.0f} s (tracker {self.remote.host}:"
                                       f"{self.remote.port}); is one registered? `python -m tvm.exec."
                                       f"query_rpc_tracker --port {self.remote.port}`")
                if msg is None or msg == "dead":
                    status = "timeout" if msg is None else "crash"
                    why = (f"over {self.settings.timeout_s:.0f} s" if status == "timeout"
                           else f"the worker died (exit code {self._proc.poll() if self._proc else '?'})")
                    self._kill()
                    self.restarts += 1
                    pending = [i for i in batch if i not in results]
                    if phase == "run" and current is not None:
                        self._record(results, batch[current], configs, {"status": status, "error": why}, on_result)
                        rest = [i for i in pending if i != batch[current]]
                        if rest:
                            queue.insert(0, rest)
                    elif len(pending) > 1:
                        queue[:0] = [[i] for i in pending]  # find the culprit: one at a time
                    else:
                        for i in pending:
                            self._record(results, i, configs, {"status": status, "error": why + f" ({phase})"},
                                         on_result)
                    break
                kind = msg[0]
                if kind == "ask":  # gated: the worker is ready to check or time; serving first
                    self.gate.wait_quiet(stop=self._closing)
                    if self.closed:
                        self._kill()
                        self._record_closed(results, batch, configs, on_result)
                        break
                    self._send(("go",))
                    # -1: a build or the reference next (their own clock), else a check or timing
                    deadline = time.time() + (self.settings.build_timeout_s if msg[1] == -1 else self.settings.timeout_s)
                    continue
                if kind == "window":  # gated: when it ran; a call in that window spoils the timing
                    spoiled = self.gate.overlapped(msg[2], msg[3])
                    self.discarded += int(spoiled)
                    self._send(("again",) if spoiled else ("keep",))
                    continue
                if kind == "fatal":  # the worker cannot measure at all (no remote server): say so
                    self._conn.recv()  # its ("done",)
                    raise MeasureError(msg[1])
                if kind == "phase":
                    phase = msg[1]
                    if phase == "connect":
                        deadline = time.time() + self.remote.connect_timeout_s
                    elif phase == "build":
                        deadline = time.time() + self.settings.build_timeout_s
                    else:
                        current = msg[2]
                        deadline = time.time() + self.settings.timeout_s
                elif kind == "result":
                    self._record(results, batch[msg[1]], configs, msg[2], on_result)
                    deadline = max(deadline, time.time() + 1.0)
                elif kind == "done":
                    for i in batch:  # a config the worker did not answer for
                        if i not in results:
                            self._record(results, i, configs, {"status": "run_error", "error": "no result"}, on_result)
                    break
        return [results[i] for i in range(len(configs))]

    def _send(self, msg) -> None:
        try:
            self._conn.send(msg)
        except (OSError, AttributeError):  # the worker died meanwhile: the next poll says so
            pass

    def _record_closed(self, results, batch, configs, on_result) -> None:
        """The candidates of `batch` not answered yet: not measured, the measurer was closed."""
        for i in batch:
            if i not in results:
                self._record(results, i, configs, {"status": "run_error", "error": "measurer closed"}, on_result)

    @staticmethod
    def _record(results, i, configs, d, on_result) -> None:
        m = Measurement(config=configs[i], status=d.get("status", "run_error"), median_us=d.get("median_us"),
                        spread=d.get("spread"), repeats=d.get("repeats"), build_ms=d.get("build_ms"),
                        error=d.get("error", ""))
        results[i] = m
        if on_result is not None:
            on_result(m)


class MeasurerPool:
    """Several measurers working on one kernel's candidates at once (one per RPC server: on
    one machine they would time each other's load). Results come back in order; `on_result`
    is called under a lock, one at a time. A measurer that fails (no server left for it)
    hands its share to the others; only when all fail does the pool raise."""

    def __init__(self, measurers: list[Measurer]):
        if not measurers:
            raise ValueError("MeasurerPool needs at least one measurer")
        self.measurers = measurers
        self.parallel = len(measurers)
        self.target = measurers[0].target
        self.settings = measurers[0].settings
        self._lock = threading.Lock()

    @property
    def restarts(self) -> int:
        return sum(m.restarts for m in self.measurers)

    def close(self) -> None:
        for m in self.measurers:
            m.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def compare(self, kernel, a: dict, b: dict, rounds: int = 7):
        return self.measurers[0].compare(kernel, a, b, rounds)

    def measure(self, kernel, configs: list[dict], on_result=None) -> list[Measurement]:
        results: dict[int, Measurement] = {}
        todo = list(range(len(configs)))  # indices not yet handed out
        errors: dict[int, str] = {}  # measurer index -> why it stopped

        def work(w: int, meas: Measurer) -> None:
            step = max(1, min(meas.settings.batch, -(-len(configs) // self.parallel)))
            while True:
                with self._lock:
                    mine, todo[:] = todo[:step], todo[step:]
                if not mine:
                    return
                slots: dict[int, list[int]] = {}
                for i in mine:
                    slots.setdefault(id(configs[i]), []).append(i)

                def answer(m: Measurement) -> None:
                    with self._lock:
                        i = slots[id(m.config)].pop(0)
                        results[i] = m
                        if on_result is not None:
                            on_result(m)

                try:
                    meas.measure(kernel, [configs[i] for i in mine], on_result=answer)
                except Exception as e:  # noqa: BLE001 - a measurer with no server gives its share back
                    with self._lock:
                        todo[:0] = [i for i in mine if i not in results]
                        errors[w] = f"{type(e).__name__}: {e}" if not isinstance(e, MeasureError) else str(e)
                    return

        while todo:
            healthy = [(w, m) for w, m in enumerate(self.measurers) if w not in errors]
            if not healthy:
                raise MeasureError("no measurer could go on: " + "; ".join(dict.fromkeys(errors.values())))
            threads = [threading.Thread(target=work, args=wm, daemon=True) for wm in healthy]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        return [results[i] for i in range(len(configs))]
