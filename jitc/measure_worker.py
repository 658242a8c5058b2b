"""The measuring worker: a separate process that builds and times candidates, so that a
candidate that crashes or hangs takes down only this process (jitc.measure restarts it).

For each kernel it receives, it computes a reference output once (the unscheduled kernel with
only its outer spatial loops parallel) and checks every candidate's output against it before
timing counts.
Timing: warm-up calls, then TVM's time_evaluator with repeats sized to a minimum duration;
the median of the repeats and their spread ((max - min) / median) are reported.

Messages (over a multiprocessing pipe):
  in:  ("measure", job) | ("stop",)
  out: ("ready", pid) | ("phase", "build", [i...]) | ("phase", "run", i) | ("result", i, dict) | ("done",)
"""

from __future__ import annotations

import os
import time
import traceback


def _rules_modules(configs) -> None:
    """Import modules that register extra schedule rules named by configs ({"module": ...})."""
    import importlib

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
    import numpy as np

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


class _TvmRunner:
    """Candidates on a TVM device (the CPU through LLVM, a CUDA GPU)."""

    def __init__(self, dev):
        self.dev = dev

    def tensor(self, array):
        import tvm

        return tvm.runtime.tensor(array, self.dev)

    def run(self, lib, name, args) -> None:
        lib[name](*args)
        self.dev.sync()

    def time(self, lib, name, args, settings) -> dict:
        return _time(lib, name, args, self.dev, settings)


class _WebGPURunner:
    """WGSL candidates through wgpu on this machine's WebGPU adapter (lavapipe, or a GPU)."""

    def __init__(self):
        from .backends.webgpu_runner import KernelRunner

        self.kr = KernelRunner()

    def tensor(self, array):
        return self.kr.tensor(array)

    def run(self, lib, name, args) -> None:
        self.kr.run(lib[name], args)

    def time(self, lib, name, args, settings) -> dict:
        return self.kr.time(lib[name], args, repeat=settings.get("repeat", 5),
                            min_repeat_ms=float(settings.get("min_repeat_ms", 10)), warmup=settings.get("warmup", 2))


def runner_for(backend, target):
    return _WebGPURunner() if target.kind == "webgpu" else _TvmRunner(backend.device(target))


class _KernelState:
    def __init__(self, job, backend, target, runner):
        import tvm

        from .kernel_data import kernel_arrays
        from .kernels import Kernel

        k = job["kernel"]
        func = tvm.ir.load_json(k["func"])
        self.kernel = Kernel(name=k["name"], func=func, key=k["key"], kind=k.get("kind", "other"),
                             flops=k.get("flops", 0), bytes=k.get("bytes", 0),
                             args=[(tuple(a["shape"]), a["dtype"]) for a in k["args"]], n_out=k["n_out"])
        arrays = kernel_arrays(self.kernel, seed=job.get("seed", 0))
        self.arrays = arrays
        self.inputs = [runner.tensor(a) for a in arrays]
        self._laid_out: dict = {}  # (arg index, layout spec) -> tensor in that layout
        self.n_out = k["n_out"]
        # the reference: the kernel with its outer spatial loops run in parallel and nothing
        # else changed (the fallback rule's level 1; every output's arithmetic in the order the
        # lowering wrote it), about twice as fast as running it serially
        # (for a GPU or browser target, on the host CPU: the same TensorIR, built by LLVM;
        # a GPU cannot run a kernel whose loops are not bound to threads)
        from . import schedules
        from .backends import llvm
        from .target import host

        ref_target, ref_backend, ref_runner = target, backend, runner
        if target.is_gpu:
            ref_target, ref_backend = host(), llvm
            ref_runner = _TvmRunner(llvm.device(ref_target))
        try:
            ref_func = schedules.apply(self.kernel, {"rule": "fallback", "level": 1}, ref_target)
        except schedules.ScheduleError:
            ref_func = func
        ref_lib = ref_backend.build_candidates({"ref": ref_func}, ref_target)
        ref_args = [ref_runner.tensor(a) for a in arrays]
        ref_runner.run(ref_lib, "ref", ref_args)
        self.reference = [t.numpy() for t in ref_args[len(ref_args) - self.n_out:]]

    def fresh_args(self, runner, transforms: dict | None = None):
        """Inputs shared (read only; weights in the layout the candidate asks for), outputs
        zeroed per candidate."""
        import numpy as np

        from .schedules.layouts import transform_param

        ins = list(self.inputs[: len(self.inputs) - self.n_out])
        for i, spec in (transforms or {}).items():
            key = (i, spec)
            if key not in self._laid_out:
                self._laid_out[key] = runner.tensor(transform_param(self.arrays[i], spec))
            ins[i] = self._laid_out[key]
        outs = [runner.tensor(np.zeros(r.shape, r.dtype)) for r in self.reference]
        return ins + outs


def _time(lib, name, args, dev, settings) -> dict:
    f = lib[name]
    for _ in range(settings.get("warmup", 2)):
        f(*args)
    dev.sync()
    ev = lib.time_evaluator(name, dev, number=1, repeat=settings.get("repeat", 5),
                            min_repeat_ms=int(settings.get("min_repeat_ms", 10)))
    res = sorted(ev(*args).results)
    med = res[len(res) // 2]
    return {"median_us": med * 1e6, "spread": (res[-1] - res[0]) / med if med > 0 else 0.0, "repeats": len(res)}


def serve(conn) -> None:
    from . import schedules
    from .backends import for_target
    from .target import TargetSpec

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
        try:
            if target.kind not in runners:
                runners[target.kind] = runner_for(backend, target)
        except Exception as e:  # noqa: BLE001 - no device to measure on
            for i in range(len(job["configs"])):
                conn.send(("result", i, {"status": "run_error", "error": f"no device: {str(e)[:300]}"}))
            conn.send(("done",))
            continue
        runner = runners[target.kind]
        settings = job.get("settings", {})
        key = job["kernel"]["key"]
        if key not in states:
            try:
                states[key] = _KernelState(job, backend, target, runner)
            except Exception as e:  # noqa: BLE001 - no reference: nothing can be checked
                for i in range(len(job["configs"])):
                    conn.send(("result", i, {"status": "run_error",
                                             "error": f"reference failed: {type(e).__name__}: {str(e)[:300]}"}))
                conn.send(("done",))
                continue
        st = states[key]
        configs = job["configs"]
        _rules_modules(configs)
        funcs, build_ms = {}, {}
        for i, cfg in enumerate(configs):
            t0 = time.perf_counter()
            try:
                funcs[f"c{i}"] = schedules.apply(st.kernel, cfg, target)
                build_ms[i] = (time.perf_counter() - t0) * 1e3
            except Exception as e:  # noqa: BLE001
                conn.send(("result", i, {"status": "build_error", "error": str(e)[:500]}))
        libs = {}
        if funcs:
            conn.send(("phase", "build", [int(n[1:]) for n in funcs]))
            t0 = time.perf_counter()
            try:
                lib = backend.build_candidates(funcs, target)
                per = (time.perf_counter() - t0) * 1e3 / len(funcs)
                for n in funcs:
                    libs[int(n[1:])] = (lib, n)
                    build_ms[int(n[1:])] += per
            except Exception:  # noqa: BLE001 - one bad candidate: build them one by one
                for n, f in funcs.items():
                    i = int(n[1:])
                    t0 = time.perf_counter()
                    try:
                        libs[i] = (backend.build_candidates({n: f}, target), n)
                        build_ms[i] += (time.perf_counter() - t0) * 1e3
                    except Exception as e:  # noqa: BLE001
                        conn.send(("result", i, {"status": "build_error", "error": str(e)[:500]}))
        interleave = int(settings.get("interleave", 0))
        checked = {}  # index -> (lib, name, args) of candidates that computed the right numbers
        for i in sorted(libs):
            lib, name = libs[i]
            conn.send(("phase", "run", i))
            try:
                args = st.fresh_args(runner, schedules.param_transforms(st.kernel, configs[i], target))
                runner.run(lib, name, args)
                bad = None
                for got, want in zip(args[len(args) - st.n_out:], st.reference):
                    bad = bad or check_output(got.numpy(), want)
                if bad:
                    conn.send(("result", i, {"status": "wrong", "error": bad, "build_ms": build_ms[i]}))
                    continue
                if interleave:
                    checked[i] = (lib, name, args)
                    continue
                res = runner.time(lib, name, args, settings)
                res.update(status="ok", build_ms=build_ms[i])
                conn.send(("result", i, res))
            except Exception as e:  # noqa: BLE001
                conn.send(("result", i, {"status": "run_error", "error": "".join(
                    traceback.format_exception_only(type(e), e))[:500], "build_ms": build_ms.get(i)}))
        if checked:
            # paired timing: the candidates take turns, one repeat each per round, so a load
            # that comes and goes (a model serving beside the tuner) hits them all alike
            samples = {i: [] for i in checked}
            one = dict(settings, repeat=1, warmup=1)
            for _ in range(interleave):
                for i, (lib, name, args) in checked.items():
                    conn.send(("phase", "run", i))
                    samples[i].append(runner.time(lib, name, args, one)["median_us"])
            for i, ts in samples.items():
                ts.sort()
                med = ts[len(ts) // 2]
                conn.send(("result", i, {"status": "ok", "median_us": med, "spread": (ts[-1] - ts[0]) / med,
                                         "repeats": len(ts), "build_ms": build_ms[i]}))
        conn.send(("done",))


def main(argv=None) -> None:
    import sys
    from multiprocessing.connection import Connection

    # `python -m jitc.measure_worker` imported the jitc package first: TVM_NUM_THREADS is set

    fd = int((argv or sys.argv[1:])[0])
    conn = Connection(fd)
    try:
        serve(conn)
    except (EOFError, KeyboardInterrupt, BrokenPipeError, ConnectionResetError):
        pass


if __name__ == "__main__":
    main()
