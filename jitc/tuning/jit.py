"""Just in time: a model that runs at once and gets faster by itself while it serves.

    m = jitc.jit("model.onnx", budget="30s")   # ready at once: default kernels, or the database's best
    y = m(x)                                    # serves immediately, while a tuner works in the background
    m.stats()                                   # kernels tuned, seconds spent, latency then and now
    m.wait(); m.save("model.jitc")              # after the budget: a tuned .jitc

The tuner is a background thread driving the isolated measuring worker (jitc.tuning.tuner: kernels by
expected gain, candidates in the cost model's order). When a kernel's best improves, the
winner is built here (the same lite build that was measured), checked against the kernel
now in use on random data, and published as a new epoch of the module (jitc.module): runs in
flight finish on the kernels they started with; later runs take the new one. Every
measurement lands in the kernel database, so the next process starts tuned.

Serving comes first: the JIT never makes the model slower than its default kernels.
- The tuner works only in idle time: the worker's start, each reference run, build, check
  and timing waits until no call is in flight and none ended for a moment
  (jitc.tuning.serving_gate), and a timing that a call overlapped is discarded and taken again. A
  process that is never idle never tunes.
- While a call is in flight the worker is stopped (SIGSTOP, continued after): a call never
  waits for a build or a timing. The worker and the tuner thread run at the OS's lowest
  priority (SCHED_IDLE); the worker times on one thread.
- The budget is usable idle seconds (jitc.tuning.serving_gate.idle_seconds), not wall time:
  waiting for a quiet moment does not spend it. One JIT module of a process tunes at a time
  (torch.compile makes one per graph).
"""

from __future__ import annotations

import atexit
import collections
import os
import threading
import time
import weakref

import numpy as np
import tvm

from .. import schedules
from ..build import build_candidates, call_weights
from ..compiler import choose_configs, lower, module_from
from ..cost_model import strategy_for
from ..db.store import Database, Record, default_path
from ..device import device_for
from .kernel_data import kernel_arrays
from .measure import Measurer, Settings
from .worker import check_output
from ..plan import c_array
from ..schedules.layouts import transform_param
from .serving_gate import SERVING
from .tuner import tune
from ..units import parse_duration


class JitModule:
    def __init__(self, low, db: Database, budget_s: float, strategy=None, settings=None, verbose: bool = False,
                 batch: int = 2):
        self.low = low
        self.batch = batch
        self.db = db
        self.budget_s = budget_s
        self.strategy = strategy
        self.settings = settings
        self.verbose = verbose
        t0 = time.perf_counter()
        self.configs = choose_configs(low, None, db)
        self.initial_sources = dict(low.sources or {})  # where each kernel's first config came from
        self.module = module_from(low, self.configs)
        self.module.run(*[np.zeros(i.shape, i.dtype) for i in self.module.inputs])  # workspace, thread pool
        self.compile_seconds = time.perf_counter() - t0
        self.inputs, self.outputs, self.target = self.module.inputs, self.module.outputs, self.module.target
        self.swaps: list[dict] = []  # what was swapped in, when
        self.rejected: list[dict] = []  # winners whose output did not match the kernel in use
        self.errors: list[str] = []
        self._lat = collections.deque(maxlen=200)  # (time, seconds) of recent runs
        self._first: list[float] = []
        # every call's latency, by whether the tuner was at work then (stats' percentiles)
        self._by_phase: dict[str, collections.deque] = {"tuning": collections.deque(maxlen=100_000),
                                                        "not_tuning": collections.deque(maxlen=100_000)}
        self._tuner_working = False
        self._idle_t0 = None  # SERVING.idle_seconds() when the tuner got its turn
        self.work_seconds = 0.0  # idle seconds the tuner used (when it stopped)
        self.discarded = 0  # timings a call overlapped (when it stopped)
        self._lock = threading.Lock()
        self._served = threading.Event()  # set by the first inference: tuning starts after it
        self.finished_at = None  # seconds after start when the tuner stopped
        self._measurer = None
        self._result = None
        self._states = None
        self._t_start = time.perf_counter()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._tune, name="jitc-tuner", daemon=True)
        _LIVE.add(self)
        self._thread.start()

    # ---- serving ------------------------------------------------------------------------
    def run(self, *args, **kwargs) -> list[np.ndarray]:
        token = SERVING.begin()  # the tuner holds off while a call is in flight (jitc.tuning.serving_gate)
        t0 = time.perf_counter()
        tuning = self._tuner_working
        try:
            out = self.module.run(*args, **kwargs)
        finally:
            SERVING.end(token)
        dt = time.perf_counter() - t0
        with self._lock:
            self._lat.append((time.perf_counter() - self._t_start, dt))
            self._by_phase["tuning" if tuning or self._tuner_working else "not_tuning"].append(dt)
            if len(self._first) < 5:
                self._first.append(dt)
        self._served.set()
        return out

    def __call__(self, *args, **kwargs):
        outs = self.run(*args, **kwargs)
        return outs[0] if len(outs) == 1 else tuple(outs)

    def random_inputs(self, seed: int = 0):
        return self.module.random_inputs(seed)

    @property
    def kernels(self):
        return self.module.kernels

    # ---- the tuner ----------------------------------------------------------------------
    def _worked(self) -> float:
        """Idle seconds since the tuner got its turn (the budget's clock): the time in which no
        call of any JIT module of the process was in flight (jitc.tuning.serving_gate.idle_seconds)."""
        if self._idle_t0 is None:
            return 0.0
        return SERVING.idle_seconds() - self._idle_t0

    def _tune(self) -> None:
        if hasattr(os, "SCHED_IDLE"):  # this thread (and TVM's pool threads it starts) yield to serving
            try:
                os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
            except OSError:
                pass
        # the first inference runs alone: the worker's start (Python, TVM, references) would
        # otherwise take the cores it needs
        self._served.wait(timeout=5.0)
        while not _TUNER_TURN.acquire(timeout=0.25):  # one JIT module of the process tunes at a time
            if self._stop.is_set():
                self.finished_at = time.perf_counter() - self._t_start
                return
        meas = None
        try:
            if self._stop.is_set():
                return
            self._idle_t0 = SERVING.idle_seconds()
            self._tuner_working = True
            with Measurer(self.low.target, self.settings, gate=SERVING) as meas:
                self._measurer = meas
                # small rounds: the model's top 2 per kernel, confirmed by measurement, give most
                # of the gain within seconds; more rounds follow while the budget lasts
                self._result = tune(self.low, self.db, self.budget_s, measurer=meas, strategy=self.strategy,
                                    settings=self.settings, progress=self._progress, batch=self.batch,
                                    stop=self._stop, clock=self._worked,
                                    turn=lambda: SERVING.wait_quiet(stop=self._stop))
        except Exception as e:  # noqa: BLE001 - the model keeps serving on what it has
            if not self._stop.is_set():
                self.errors.append(f"tuning stopped: {type(e).__name__}: {e}")
        finally:
            self.work_seconds = self._worked()
            if meas is not None:
                self.discarded = meas.discarded
            self._measurer = None
            self._tuner_working = False
            self.finished_at = time.perf_counter() - self._t_start
            _TUNER_TURN.release()

    def _progress(self, event, st, m, states) -> None:
        self._states = states
        if event == "measured":
            self._log(f"measured {st.kernel.name[:40]} {m.status} {m.median_us}")
            return
        if event != "round" or st is None or st.best is None or not st.best.ok:
            return
        # after a round (never inside one: the measurer is busy then), install the kernel's best
        for name in st.names:
            if self.configs.get(name) == st.best.config or any(
                    r["kernel"] == name and r["config"] == st.best.config for r in self.rejected):
                continue
            try:
                self._install(name, st.best.config)
            except Exception as e:  # noqa: BLE001 - a winner that cannot be installed is skipped
                self.errors.append(f"{name}: {type(e).__name__}: {str(e)[:200]}")

    def _confirmed(self, name: str, config: dict) -> bool:
        """A paired A/B timing of the winner against the config in use: measured while the
        model serves, one timing can be off by a lot; a swap needs the winner to stay 2%
        faster when the two take turns."""
        if self._measurer is None:
            return True
        k = self.low.kernels[name]
        cur, new = self._measurer.compare(k, self.configs[name], config)
        dev = device_for(self.low.target)
        for m in (cur, new):  # the careful timing becomes the latest record of both configs
            self.db.add(dev, Record.of(k.key, m, "paired"))
        if not (cur.ok and new.ok):
            return new.ok
        return new.median_us < 0.98 * cur.median_us

    def _install(self, name: str, config: dict) -> None:
        """Build `config` for kernel `name`, check it against the kernel in use, publish it."""
        self._log(f"confirming {name[:40]}")
        if not self._confirmed(name, config):
            self.rejected.append({"kernel": name, "config": config, "why": "not faster in a paired timing"})
            return
        k = self.low.kernels[name]
        target = self.low.target
        SERVING.wait_quiet(stop=self._stop)  # the build and its check: in idle time too
        built = build_candidates({name: (k, config)}, target)
        if name in built.errors:
            self.rejected.append({"kernel": name, "config": config, "why": built.errors[name][:300]})
            return
        lib = built.libs[name]
        new = lib[name]
        # check on random data: new kernel vs the one in use (each with its own weight layout)
        dev = self.module.device
        arrays = kernel_arrays(k, seed=7)
        n_in = len(arrays) - k.n_out
        old_tf = schedules.param_transforms(k, self.configs[name], target)
        new_tf = schedules.param_transforms(k, config, target)

        def run(fn, tf):
            args = [tvm.runtime.tensor(transform_param(a, tf[i]) if i in tf else a, dev) for i, a in enumerate(arrays)]
            fn(*args)
            return [t.numpy() for t in args[n_in:]]

        want = run(self.module.kernel_function(name), old_tf)
        got = run(new, new_tf)
        for g, w in zip(got, want):
            bad = check_output(g, w)  # the measuring worker's check (half precision by output scale)
            if bad:
                self.rejected.append({"kernel": name, "config": config, "why": bad})
                return
        # weights for the new layout, per call of the kernel (the plan as imported: raw weights)
        overrides = {}
        on_device: dict = {}
        for i, row in call_weights(self.low.plan, name, new_tf, every_weight=True).items():
            for key, data in row.values():
                if key not in on_device:
                    on_device[key] = tvm.runtime.tensor(c_array(data), dev)  # a 0-d weight stays 0-d
            overrides[i] = {pos: on_device[key] for pos, (key, _) in row.items()}
        self.module.set_kernel(name, new, lib=lib, config=config, step_overrides=overrides)
        self.configs[name] = config
        self.swaps.append({"time": time.perf_counter() - self._t_start, "kernel": name, "config": config})
        if self.verbose:
            print(f"[jitc] {time.perf_counter() - self._t_start:6.1f}s swapped in {name}", flush=True)

    def _log(self, msg: str) -> None:
        if self.verbose:
            print(f"[jitc] {time.perf_counter() - self._t_start:6.1f}s {msg}", flush=True)

    # ---- reporting and saving -----------------------------------------------------------
    @property
    def tuning(self) -> bool:
        return self._thread.is_alive()

    def close(self, timeout: float = 30.0) -> None:
        """Stop tuning now (the kernels found so far stay in use; every record is in the
        database). Called for every live JIT module when the interpreter exits, so a script
        that used jitc.jit or torch.compile(backend="jitc") exits 0, never with
        "terminate called without an active exception" from a tuner thread inside TVM."""
        self._stop.set()
        meas = self._measurer
        if meas is not None:
            meas.close()  # ends the measurement in flight: the tuner sees a dead worker, stops
        self._thread.join(timeout)

    def wait(self, timeout: float | None = None) -> "JitModule":
        """Wait for the tuning budget to run out (or `timeout` seconds)."""
        self._thread.join(timeout)
        return self

    def stats(self) -> dict:
        """What the module did: kernels tuned, the tuner's idle seconds and discarded timings,
        and serving latency percentiles (ms) while the tuner worked and while it did not."""
        states = self._states or []
        with self._lock:
            lat = list(self._lat)
            first = list(self._first)
            phases = {k: sorted(v) for k, v in self._by_phase.items()}
        meas = self._measurer
        latency = {}
        for phase, ds in phases.items():
            latency[phase] = ({f"p{q}": 1e3 * ds[min(len(ds) - 1, int(q / 100 * len(ds)))] for q in (50, 90, 99)}
                              | {"calls": len(ds)}) if ds else {"calls": 0}
        recent = sorted(d for _, d in lat[-20:])
        est_default = sum((s.default_us or 0) * s.calls for s in states)
        est_now = sum(s.time_us for s in states)
        return {
            "tuning": self.tuning,
            "seconds": time.perf_counter() - self._t_start,
            "tuning_seconds": self.finished_at,
            "budget_s": self.budget_s,
            "compile_seconds": self.compile_seconds,
            "kernels": len(self.low.kernels),
            "kernels_tuned": len({s["kernel"] for s in self.swaps}),
            "swaps": len(self.swaps),
            "rejected": len(self.rejected),
            "measured": sum(len(s.measured) for s in states),
            "initial_latency_ms": 1e3 * sorted(first)[len(first) // 2] if first else None,
            "current_latency_ms": 1e3 * recent[len(recent) // 2] if recent else None,
            "estimated_initial_ms": est_default / 1e3 if est_default else None,
            "estimated_current_ms": est_now / 1e3 if est_now else None,
            "calls": sum(v["calls"] for v in latency.values()),
            "latency_ms": latency,
            "idle_seconds_used": self._worked() if self._tuner_working else self.work_seconds,
            "timings_discarded": meas.discarded if meas is not None else self.discarded,
            "errors": list(self.errors),
        }

    def latencies(self) -> list[tuple[float, float]]:
        """(seconds since start, latency seconds) of the recent runs."""
        with self._lock:
            return list(self._lat)

    def save(self, path) -> None:
        """A .jitc of the current kernels (one library rebuilt with the current configs)."""
        module_from(self.low, dict(self.configs)).save(path)

    def __repr__(self) -> str:
        s = self.stats()
        return (f"<jitc.JitModule {self.target.describe()}: {s['kernels_tuned']}/{s['kernels']} kernels tuned, "
                f"{'tuning' if s['tuning'] else 'done'} ({s['idle_seconds_used']:.0f}/{self.budget_s:.0f} idle s)>")


_LIVE: "weakref.WeakSet[JitModule]" = weakref.WeakSet()
_TUNER_TURN = threading.Lock()


def live_modules() -> list[JitModule]:
    """The JIT modules of this process still alive (torch.compile(backend="jitc") makes one per
    graph): to wait for their tuning, or read their stats."""
    return list(_LIVE)


@atexit.register
def _close_all() -> None:
    for m in list(_LIVE):
        try:
            m.close(timeout=10.0)
        except Exception:  # noqa: BLE001 - exiting anyway
            pass


def _seconds(budget) -> float:
    if isinstance(budget, (int, float)):
        return float(budget)
    return parse_duration(str(budget))


def jit(model, target=None, *, budget="30s", db=None, shapes: dict | None = None, example_inputs=None,
        cost_model: bool = True, settings=None, verbose: bool = False) -> JitModule:
    """Compile `model` and start tuning it in the background; see the module docstring.

    db: kernel database (path or Database); default $JITC_DB or ~/.cache/jitc/kernels.db.
    budget: seconds (or "30s", "2m") of idle time the background tuner may use (it works only
    while the model is not serving; see the module docstring).
    """
    low = lower(model, target, shapes, example_inputs)
    if db is None or isinstance(db, str):
        db = Database(db or default_path())
    strategy = None
    if cost_model:
        # at most 3 rounds of the model's top 2 after the default: a JIT has to be done quickly
        strategy = strategy_for(low.target, max_rounds=3)
    if settings is None:
        # lighter timing than `jitc tune` (3 repeats of >= 5 ms), on one thread: beside a model
        # that serves on every core, a parallel kernel in the worker would time the scheduler
        # (its threads wait for each other's time slices), not the kernel; at idle priority
        settings = Settings(repeat=3, min_repeat_ms=5, threads=1, idle=True)
    return JitModule(low, db, _seconds(budget), strategy=strategy, settings=settings, verbose=verbose)
