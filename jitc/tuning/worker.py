"""The measuring worker: a separate process that builds and times candidates, so that a
candidate that crashes or hangs takes down only this process (jitc.tuning.measure restarts it).

For each kernel it receives, it computes a reference output once (the unscheduled kernel with
only its outer spatial loops parallel) and checks every candidate's output against it before
timing counts.
Timing: warm-up calls, then TVM's time_evaluator with repeats sized to a minimum duration;
the median of the repeats and their spread ((max - min) / median) are reported.

Candidates run here (the CPU, a CUDA GPU, a WebGPU adapter), or, when the job names a
`remote` (jitc.rpc.client), on a device behind TVM's RPC tracker: built here, linked and run there,
the reference still computed here; a candidate whose session is lost (the server died or was
killed) is re-run on a fresh session, possibly another server, before it counts as a crash.

Messages (over a multiprocessing pipe):
  in:  ("measure", job) | ("stop",)
  out: ("ready", pid) | ("phase", "connect") | ("phase", "build", [i...]) | ("phase", "run", i)
       | ("result", i, dict) | ("fatal", message) | ("done",)
"""

from __future__ import annotations

import importlib
import os
import time
import traceback
import sys
from multiprocessing.connection import Connection

import numpy as np
import tvm

from .. import schedules
from ..backends import for_target
from ..backends import llvm
from ..errors import MeasureError
from .kernel_data import kernel_arrays
from ..build import build_candidates
from ..kernels import Kernel
from ..rpc.client import Remote, RpcRunner, SessionLost
from ..schedules.layouts import transform_param
from ..target import TargetSpec, host


def _rules_modules(configs) -> None:
    """Import modules that register extra schedule rules named by configs ({"module": ...})."""
    for cfg in configs:
        mod = cfg.get("module")
        if mod:
            importlib.import_module(mod)


def _tolerance(dtype: str) -> tuple[float, float]:
    # per-kernel check: reductions of thousands of terms reassociate, so looser than end to end
    if dtype in ("float16", "bfloat16"):
        return 2e-2, 2e-2
    if dtype.startswith("float"):
        return 1e-3, 1e-3
    return 0.0, 0.0


def check_output(got, want) -> str | None:
    """None when a candidate's output matches the reference, else what differs (also the JIT's
    check of a new kernel against the one in use)."""
    if got.shape != want.shape:
        return f"shape {got.shape} != {want.shape}"
    r, a = _tolerance(str(want.dtype))
    if r == 0 and a == 0:
        bad = int(np.count_nonzero(got != want))
        return None if bad == 0 else f"{bad} of {got.size} elements differ"
    g, w = got.astype("float64"), want.astype("float64")
    if str(want.dtype) in ("float16", "bfloat16"):
        # a half-precision sum of thousands of terms rounds at every step, and a tensor core
        # rounds once per 16: the same kernel in another order differs by ~1% of the output's
        # largest magnitude (a wrong index or a lost tile differs by ~100% of it)
        finite = np.abs(w[np.isfinite(w)])
        a = max(a, r * float(finite.max())) if finite.size else a
    ok = np.isclose(g, w, rtol=r, atol=a) | (np.isnan(g) & np.isnan(w))
    if ok.all():
        return None
    i = int(np.argmax(~ok.reshape(-1)))
    return f"{int((~ok).sum())} of {g.size} elements differ; e.g. {g.reshape(-1)[i]!r} vs {w.reshape(-1)[i]!r}"


def runner_for(backend, target, remote=None, announce=None):
    if remote is not None:
        return RpcRunner(Remote.from_json(remote), target, announce)
    return backend.candidate_runner(target)


class _KernelState:
    def __init__(self, job, backend, target, runner):
        k = job["kernel"]
        func = tvm.ir.load_json(k["func"])
        self.kernel = Kernel(name=k["name"], func=func, key=k["key"], kind=k.get("kind", "other"),
                             flops=k.get("flops", 0), bytes=k.get("bytes", 0),
                             args=[(tuple(a["shape"]), a["dtype"]) for a in k["args"]], n_out=k["n_out"])
        arrays = kernel_arrays(self.kernel, seed=job.get("seed", 0))
        self.arrays = arrays
        self._session = None  # the runner session self._inputs were made in
        self._inputs: list = []
        self._laid_out: dict = {}  # (arg index, layout spec) -> tensor in that layout
        self.n_out = k["n_out"]
        # the reference: the kernel with its outer spatial loops run in parallel and nothing
        # else changed (the fallback rule's level 1; every output's arithmetic in the order the
        # lowering wrote it), about twice as fast as running it serially
        # (for a GPU or browser target, on the host CPU: the same TensorIR, built by LLVM;
        # a GPU cannot run a kernel whose loops are not bound to threads; a remote device's
        # candidates are checked against the same numbers computed here)
        ref_target, ref_backend, ref_runner = target, backend, runner
        if target.is_gpu or runner.is_remote:
            ref_target, ref_backend = host(), llvm
            ref_runner = llvm.candidate_runner(ref_target)
        try:
            ref_func = schedules.apply(self.kernel, {"rule": "fallback", "level": 1}, ref_target)
        except schedules.ScheduleError:
            ref_func = func
        ref_lib = ref_backend.build_candidates({"ref": ref_func}, ref_target)
        ref_args = [ref_runner.tensor(a) for a in arrays]
        ref_runner.run(ref_lib, "ref", ref_args)
        self.reference = [t.numpy() for t in ref_args[len(ref_args) - self.n_out:]]

    def forget_tensors(self) -> None:
        """Drop the tensors made on the runner's device (a remote session ends only when
        nothing refers to it any more)."""
        self._inputs, self._laid_out, self._session = [], {}, None

    def fresh_args(self, runner, transforms: dict | None = None):
        """Inputs shared (read only; weights in the layout the candidate asks for), outputs
        zeroed per candidate."""
        if self._session != runner.session:  # a new remote session: the old tensors are gone
            self._inputs = [runner.tensor(a) for a in self.arrays[: len(self.arrays) - self.n_out]]
            self._laid_out = {}
            self._session = runner.session
        ins = list(self._inputs)
        for i, spec in (transforms or {}).items():
            key = (i, spec)
            if key not in self._laid_out:
                self._laid_out[key] = runner.tensor(transform_param(self.arrays[i], spec))
            ins[i] = self._laid_out[key]
        outs = [runner.tensor(np.zeros(r.shape, r.dtype)) for r in self.reference]
        return ins + outs


def _build(conn, st, configs, target) -> dict:
    """Schedule and build the batch (jitc.build.build_candidates): index -> (library, function
    name, build ms). Failures are answered here."""
    built = build_candidates({f"c{i}": (st.kernel, cfg) for i, cfg in enumerate(configs)}, target,
                             before_build=lambda names: conn.send(("phase", "build", [int(n[1:]) for n in names])))
    for n, why in built.errors.items():
        conn.send(("result", int(n[1:]), {"status": "build_error", "error": why[:500]}))
    return {int(n[1:]): (lib, n, built.ms[n]) for n, lib in built.libs.items()}


class _Loaded:
    """The batch's libraries as the runner runs them, loaded once per session."""

    def __init__(self, runner):
        self.runner = runner
        self._mods: dict = {}  # (session, id(lib)) -> loaded module

    def __call__(self, lib):
        self.runner.begin()
        key = (self.runner.session, id(lib))
        if key not in self._mods:
            self._mods[key] = self.runner.load(lib)
        return self._mods[key]


class Contended(Exception):
    """Every try of a gated timing overlapped a call of the serving model."""


def _gated(conn, job, i, work):
    """`work()` (a check or a timing) run when the parent says the model it serves beside is
    quiet, and again while the parent finds that a call overlapped it (jitc.tuning.serving_gate):
    the numbers of a timing that shared the cores with serving are contention, not the kernel.
    Ungated jobs (`jitc tune`, RPC) run it at once."""
    if not job.get("gated"):
        return work()
    for _ in range(max(1, int(job.get("settings", {}).get("retakes", 6)))):
        _wait_turn(conn, job, i)
        t0 = time.monotonic()
        out = work()
        conn.send(("window", i, t0, time.monotonic()))
        if conn.recv()[0] == "keep":
            return out
    raise Contended


def _candidate(conn, st, runner, loaded, i, lib, name, build_ms, config, target, settings, interleave, job):
    """Check one candidate's output and time it; (module, args) to time later when interleaving."""
    conn.send(("phase", "run", i))
    mod = loaded(lib)
    args = st.fresh_args(runner, schedules.param_transforms(st.kernel, config, target))

    def check():
        runner.run(mod, name, args)
        bad = None
        for got, want in zip(args[len(args) - st.n_out:], st.reference):
            bad = bad or check_output(got.numpy(), want)
        return bad

    try:
        bad = _gated(conn, job, i, check)
        if not bad and not interleave:
            res = _gated(conn, job, i, lambda: runner.time(mod, name, args, settings))
    except Contended:
        conn.send(("result", i, {"status": "contended", "build_ms": build_ms,
                                 "error": "every timing overlapped a call of the serving model"}))
        return None
    if bad:
        conn.send(("result", i, {"status": "wrong", "error": bad, "build_ms": build_ms}))
        return None
    if interleave:
        return mod, args
    res.update(status="ok", build_ms=build_ms)
    conn.send(("result", i, res))
    return None


def _wait_turn(conn, job, i: int = -1) -> None:
    """Gated: start candidate i's check or timing, or (i = -1) a build or a reference run, only
    when the parent says the model is quiet (a build that a call then overlaps goes on, at idle
    priority and stopped while the call runs: it measures nothing)."""
    if job.get("gated"):
        conn.send(("ask", i))
        if conn.recv()[0] != "go":
            raise EOFError


def _measure(conn, st, runner, job, target, backend) -> None:
    configs = job["configs"]
    settings = job.get("settings", {})
    interleave = int(settings.get("interleave", 0))
    _wait_turn(conn, job)
    libs = _build(conn, st, configs, target)
    loaded = _Loaded(runner)
    checked = {}  # index -> (module, name, args) of candidates that computed the right numbers
    for i in sorted(libs):
        lib, name, build_ms = libs[i]
        for attempt in (1, 2):  # a lost session is retried once, on a fresh one
            try:
                ready = _candidate(conn, st, runner, loaded, i, lib, name, build_ms, configs[i], target, settings,
                                   interleave, job)
                if ready is not None:
                    checked[i] = (ready[0], name, ready[1])
                break
            except MeasureError:  # no server to run on: the batch is not measured
                raise
            except SessionLost as e:
                if attempt == 2:
                    conn.send(("result", i, {"status": "crash", "build_ms": build_ms,
                                             "error": f"the remote session was lost twice running it: {e}"}))
            except Exception as e:  # noqa: BLE001
                conn.send(("result", i, {"status": "run_error", "error": "".join(
                    traceback.format_exception_only(type(e), e))[:500], "build_ms": build_ms}))
                break
    if checked:
        # paired timing: the candidates take turns, one repeat each per round, so a load
        # that comes and goes (a model serving beside the tuner) hits them all alike
        samples = {i: [] for i in checked}
        one = dict(settings, repeat=1, warmup=1)
        first = next(iter(checked))

        def one_round():
            return {i: runner.time(mod, name, args, one)["median_us"] for i, (mod, name, args) in checked.items()}

        try:
            for _ in range(interleave):
                conn.send(("phase", "run", first))
                for i, t in _gated(conn, job, first, one_round).items():  # a round at a time: both or neither
                    samples[i].append(t)
        except SessionLost as e:
            for i in checked:
                conn.send(("result", i, {"status": "run_error", "error": f"paired timing: session lost: {e}"}))
            return
        except Contended:
            for i in checked:
                conn.send(("result", i, {"status": "contended", "error": "every paired round overlapped a call"}))
            return
        for i, ts in samples.items():
            ts.sort()
            med = ts[len(ts) // 2]
            conn.send(("result", i, {"status": "ok", "median_us": med, "spread": (ts[-1] - ts[0]) / med,
                                     "repeats": len(ts), "build_ms": libs[i][2]}))


def serve(conn) -> None:
    nice = int(os.environ.get("JITC_MEASURE_NICE", "0") or 0)
    if nice:
        os.nice(nice)  # below the process that serves the model
    cpus = os.environ.get("JITC_MEASURE_CPUS")
    if cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {int(c) for c in cpus.split(",")})
    conn.send(("ready", os.getpid()))
    states: dict = {}
    runners: dict = {}
    while True:
        msg = conn.recv()
        if msg[0] == "stop":
            return
        job = msg[1]
        target = TargetSpec.from_json(job["target"])
        backend = for_target(target)
        remote = job.get("remote")
        where = (target.kind, repr(remote))
        try:
            if where not in runners:
                runners[where] = runner_for(backend, target, remote, lambda: conn.send(("phase", "connect")))
        except Exception as e:  # noqa: BLE001 - no device to measure on
            for i in range(len(job["configs"])):
                conn.send(("result", i, {"status": "run_error", "error": f"no device: {str(e)[:300]}"}))
            conn.send(("done",))
            continue
        runner = runners[where]
        key = job["kernel"]["key"]
        if key not in states:
            try:
                _wait_turn(conn, job)  # the reference runs the unscheduled kernel: idle time only
                states[key] = _KernelState(job, backend, target, runner)
            except Exception as e:  # noqa: BLE001 - no reference: nothing can be checked
                for i in range(len(job["configs"])):
                    conn.send(("result", i, {"status": "run_error",
                                             "error": f"reference failed: {type(e).__name__}: {str(e)[:300]}"}))
                conn.send(("done",))
                continue
        _rules_modules(job["configs"])
        try:
            _measure(conn, states[key], runner, job, target, backend)
        except MeasureError as e:  # no remote server: nothing measured, and the tuner is told
            conn.send(("fatal", str(e)))
        finally:
            if runner.is_remote:  # one session per batch: the server goes back to the tracker's pool
                states[key].forget_tensors()
                runner.end()
        conn.send(("done",))


def main(argv=None) -> None:
    # `python -m jitc.tuning.worker` imported the jitc package first: TVM_NUM_THREADS is set

    fd = int((argv or sys.argv[1:])[0])
    conn = Connection(fd)
    try:
        serve(conn)
    except (EOFError, KeyboardInterrupt, BrokenPipeError, ConnectionResetError):
        pass


if __name__ == "__main__":
    main()
