"""The runtime module: runs a compiled model's plan, kernel by kernel.

One object, like onnxruntime's InferenceSession: `inputs` / `outputs` describe the model,
`run(feeds)` or `m(x, ...)` runs it on numpy arrays (or torch tensors) and returns numpy arrays.

Memory: every thread that runs the module gets its own workspace (input copies and
intermediate buffers; intermediates share storage when their lifetimes do not overlap), built
once, so a run allocates nothing but its outputs.

Kernels: the module's kernel implementations form an immutable `Epoch` (kernel name -> function,
and per call the weights it takes, when a kernel wants its weights in another layout). A run
reads the current epoch once and finishes on it; `set_kernel` builds a new epoch and publishes
it with one reference assignment, so an inference in flight never sees a half-swapped model,
and no run waits for a swap.
"""

from __future__ import annotations

import threading
import time

import numpy as np
import tvm

from .errors import IndexBoundsError, InputError, JitcError, KernelError, TargetError
from . import index_checks
from .frontends.imported import SUB_BYTE_CONTAINER, TensorSpec
from .plan import Plan, c_array
from .target import TargetSpec


def _as_numpy(x, spec: TensorSpec) -> np.ndarray:
    if isinstance(x, np.ndarray):
        return x
    mod = type(x).__module__
    if mod.startswith("torch"):
        return x.detach().cpu().numpy()
    if hasattr(x, "numpy") and callable(x.numpy):
        return x.numpy()
    try:
        return np.asarray(x, dtype=spec.dtype)
    except (TypeError, ValueError):
        raise InputError(f"input {spec.name!r}: cannot read a {type(x).__name__} as {spec.dtype} tensor") from None


def _host_view(tensor):
    """A numpy view of a CPU tensor, or None for dtypes numpy's DLPack does not take (bfloat16,
    float8, int4...)."""
    try:
        return np.from_dlpack(tensor)
    except (RuntimeError, TypeError, BufferError):
        return None


class Epoch:
    """One consistent set of kernel implementations. Never mutated once published."""

    def __init__(self, ident: int, funcs: dict, overrides: dict):
        self.id = ident
        self.funcs = funcs  # kernel name -> function
        self.overrides = overrides  # step index -> {argument position: tensor}


class _Workspace:
    """Per-thread tensors for every buffer of the plan, and the argument list of every step."""

    def __init__(self, plan: Plan, params: dict, device):
        n = len(plan.buffers)
        tensors: list = [None] * n
        for b in plan.inputs:
            d = plan.buffers[b]
            tensors[b] = tvm.runtime.empty(d.shape, d.dtype, device)
        for b, t in params.items():
            tensors[b] = t
        # lifetimes of storages (a view keeps its base alive)
        last_use: dict[int, int] = {}
        first_def: dict[int, int] = {}
        for s, step in enumerate(plan.steps):
            for b in step.args:
                root = plan.storage_of(b)
                last_use[root] = s
                first_def.setdefault(root, s)
        for b in plan.outputs:
            last_use[plan.storage_of(b)] = len(plan.steps)
        # greedy best-fit reuse of byte blocks among temporaries
        free: list = []  # (nbytes, block tensor)
        live: list = []  # (last use, nbytes, block)
        blocks = 0
        for s, step in enumerate(plan.steps):
            still = []
            for item in live:
                (free if item[0] < s else still).append(item[1:] if item[0] < s else item)
            live = still
            for b in step.args:
                d = plan.buffers[b]
                if tensors[b] is not None or d.kind != "temp" or d.view_of is not None or first_def.get(b) != s:
                    continue
                need = max(d.nbytes, 1)
                fit = [f for f in free if f[0] >= need and f[0] <= 2 * need + 4096]
                if fit:
                    best = min(fit, key=lambda f: f[0])
                    free.remove(best)
                    size, block = best
                else:
                    size, block = need, tvm.runtime.empty((need,), "uint8", device)
                    blocks += need
                tensors[b] = block._create_view(d.shape, d.dtype)
                live.append((last_use.get(b, s), size, block))
        # views (reshape) share their base's storage
        for b, d in enumerate(plan.buffers):
            if tensors[b] is None and d.view_of is not None:
                base = plan.storage_of(b)
                if tensors[base] is None:
                    tensors[base] = tvm.runtime.empty(plan.buffers[base].shape, plan.buffers[base].dtype, device)
                tensors[b] = tensors[base]._create_view(d.shape, d.dtype)
        for b, d in enumerate(plan.buffers):
            if tensors[b] is None:  # a temp no step writes (e.g. an unused output slot)
                tensors[b] = tvm.runtime.empty(d.shape, d.dtype, device)
        self.tensors = tensors
        self.step_args = [[tensors[b] for b in step.args] for step in plan.steps]
        self.temp_bytes = blocks
        # numpy views of the input and output tensors: copying through them costs a fraction
        # of Tensor.copyfrom / Tensor.numpy (CPU targets only; a GPU tensor has no host view)
        self._calls = (None, None)  # (epoch id, [(function, args)])
        host = device.dlpack_device_type() == 1  # kDLCPU
        self.in_views = [_host_view(tensors[b]) if host else None for b in plan.inputs]
        self.out_views = [_host_view(tensors[b]) if host else None for b in plan.outputs]

    def calls(self, epoch: Epoch, plan: Plan) -> list:
        """[(function, arguments)] per step for `epoch`, computed once per epoch."""
        ident, calls = self._calls
        if ident != epoch.id:
            calls = []
            for i, (step, args) in enumerate(zip(plan.steps, self.step_args)):
                ov = epoch.overrides.get(i)
                if ov:
                    args = [ov.get(j, a) for j, a in enumerate(args)]
                calls.append((epoch.funcs[step.kernel], args))
            self._calls = (epoch.id, calls)
        return calls


class Module:
    def __init__(self, plan: Plan, lib, target: TargetSpec, manifest: dict, device=None):
        self.plan = plan
        self.target = target
        self.manifest = manifest
        self.device = device if device is not None else tvm.cpu(0)
        self.inputs = [TensorSpec.from_json(d) for d in manifest["inputs"]]
        self.outputs = [TensorSpec.from_json(d) for d in manifest["outputs"]]
        self.library = lib  # the library holding every kernel as compiled
        self._libs = [lib]  # keep every library whose functions are in use alive
        self._swapped = False
        names = sorted({s.kernel for s in plan.steps})
        self.runnable_here = not target.cross_compiled
        # a module cross-compiled for another machine can be saved, not run here
        self._epoch = Epoch(0, {n: lib[n] for n in names} if self.runnable_here else {}, {})
        self._params_on_device = None  # the weights, copied to the device at the first run
        self._local = threading.local()
        self._lock = threading.Lock()

    # ---- introspection ------------------------------------------------------------------
    @property
    def kernels(self) -> list[dict]:
        return self.manifest.get("kernels", [])

    def __repr__(self) -> str:
        ins = ", ".join(s.describe() for s in self.inputs)
        outs = ", ".join(s.describe() for s in self.outputs)
        return f"<jitc.Module {self.target.describe()}: ({ins}) -> ({outs}), {len(self.plan.steps)} kernel calls>"

    # ---- running ------------------------------------------------------------------------
    @property
    def _params(self) -> dict:
        """Weights on the device (allocated on first use: a module compiled for a GPU can be
        built and saved on a machine without one)."""
        if self._params_on_device is None:
            with self._lock:
                if self._params_on_device is None:
                    self._params_on_device = {b: tvm.runtime.tensor(c_array(a), self.device)
                                              for b, a in self.plan.params.items()}
        return self._params_on_device

    def _workspace(self) -> _Workspace:
        ws = getattr(self._local, "ws", None)
        if ws is None:
            ws = _Workspace(self.plan, self._params, self.device)
            self._local.ws = ws
        return ws

    def _feeds(self, args, kwargs) -> list[np.ndarray]:
        specs = self.inputs
        if len(args) == 1 and isinstance(args[0], dict) and not kwargs:
            kwargs, args = args[0], ()
        if args and kwargs:
            raise InputError("pass inputs either by position or by name, not both")
        if kwargs:
            unknown = set(kwargs) - {s.name for s in specs}
            if unknown:
                raise InputError(f"unknown input(s) {sorted(unknown)}; the model's inputs are "
                                 f"{[s.name for s in specs]}")
            missing = [s.name for s in specs if s.name not in kwargs]
            if missing:
                raise InputError(f"missing input(s) {missing}; expected {', '.join(s.describe() for s in specs)}")
            args = [kwargs[s.name] for s in specs]
        if len(args) != len(specs):
            raise InputError(f"the model takes {len(specs)} input(s) ({', '.join(s.describe() for s in specs)}), "
                             f"got {len(args)}")
        out = []
        for x, spec in zip(args, specs):
            if type(x) is np.ndarray and x.shape == spec.shape and x.dtype.name == spec.dtype:
                out.append(x)  # the common case, checked in full
                continue
            a = _as_numpy(x, spec)
            if tuple(a.shape) != spec.shape:
                raise InputError(f"input {spec.name!r}: expected shape {list(spec.shape)}, got {list(a.shape)}; "
                                 "recompile with --shape / shapes= for other shapes")
            if str(a.dtype) != spec.dtype and SUB_BYTE_CONTAINER.get(str(a.dtype)) == spec.dtype:
                a = a.astype(spec.dtype)  # int4 / int2 values, one per byte (frontends/onnx.py)
            if str(a.dtype) != spec.dtype:
                raise InputError(f"input {spec.name!r}: expected dtype {spec.dtype}, got {a.dtype}; "
                                 f"convert it with .astype('{spec.dtype}')")
            out.append(c_array(a))
        return out

    def run(self, *args, **kwargs) -> list[np.ndarray]:
        """Run on inputs given by position, by name, or as one dict; returns a list of arrays."""
        if not self.runnable_here:
            raise TargetError(f"this module was built for {self.target.describe()}, another kind of machine; "
                              "save it (module.save / jitc compile -o) and run it there")
        feeds = self._feeds(args, kwargs)
        ws = self._workspace()
        calls = ws.calls(self._epoch, self.plan)  # one read of the epoch: this run finishes on it
        self._write_inputs(ws, feeds)
        try:
            for func, targs in calls:
                func(*targs)
        except Exception as e:  # noqa: BLE001 - a kernel returned an error (TVM raises it)
            raise self._kernel_error(e, calls, func, targs) from None
        return [v.copy() if v is not None else ws.tensors[b].numpy() for b, v in zip(self.plan.outputs, ws.out_views)]

    def _write_inputs(self, ws: _Workspace, feeds) -> None:
        """Copy the inputs into the workspace (through numpy views on CPUs)."""
        for b, view, a in zip(self.plan.inputs, ws.in_views, feeds):
            if view is not None:
                np.copyto(view, a)
            else:
                ws.tensors[b].copyfrom(a)

    def _kernel_error(self, error: Exception, calls, func, targs) -> Exception:
        """A kernel's error as a jitc error: an index check's names the node, the bad index and
        where it is (the module stays usable: nothing past the check ran)."""
        step = next((i for i, c in enumerate(calls) if c[0] is func and c[1] is targs), None)
        name = self.plan.steps[step].kernel if step is not None else "?"
        checks = {k["name"]: k.get("index_check") for k in self.kernels}
        try:
            idx = targs[0].numpy()
        except Exception:  # noqa: BLE001
            idx = None
        msg = index_checks.describe_failure(str(error), checks.get(name), idx) if idx is not None else None
        if msg is not None:
            return IndexBoundsError(msg)
        text = " ".join(str(error).strip().splitlines()[-2:])[:400]
        return KernelError(f"kernel {name} failed: {type(error).__name__}: {text}")

    def __call__(self, *args, **kwargs):
        outs = self.run(*args, **kwargs)
        return outs[0] if len(outs) == 1 else tuple(outs)

    def time(self, *args, repeat: int = 20, warmup: int = 3, **kwargs) -> dict:
        """Median and spread of `repeat` end-to-end runs, in milliseconds."""
        for _ in range(warmup):
            self.run(*args, **kwargs)
        ts = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            self.run(*args, **kwargs)
            ts.append((time.perf_counter() - t0) * 1e3)
        ts.sort()
        return {"median_ms": ts[len(ts) // 2], "min_ms": ts[0], "max_ms": ts[-1], "repeat": repeat}

    def profile(self, *args, repeat: int = 20, warmup: int = 3, **kwargs) -> list[dict]:
        """Per kernel, sorted by time: its calls per inference, milliseconds per inference (the
        median over `repeat` runs of the sum of its calls, each call timed as the executor
        makes it, in order, on the real data), share of the model's kernel time, GFLOP/s, and
        the config in use with where it came from (default, db, given, jit)."""
        feeds = self._feeds(args, kwargs)
        ws = self._workspace()
        for _ in range(warmup):
            self.run(*feeds)
        calls = ws.calls(self._epoch, self.plan)
        names = [s.kernel for s in self.plan.steps]
        per_run: list[dict] = []
        clock = time.perf_counter
        for _ in range(repeat):
            self._write_inputs(ws, feeds)
            t = dict.fromkeys(names, 0.0)
            for name, (func, targs) in zip(names, calls):
                t0 = clock()
                func(*targs)
                t[name] += clock() - t0
            if self.device.dlpack_device_type() != 1:  # a GPU: the calls were asynchronous
                self.device.sync()
            per_run.append(t)
        rows = []
        table = {k["name"]: k for k in self.kernels}
        for name in dict.fromkeys(names):
            ts = sorted(r[name] for r in per_run)
            ms = ts[len(ts) // 2] * 1e3
            k = table.get(name, {})
            n = names.count(name)
            flops = k.get("flops", 0) * n
            rows.append({"kernel": name, "class": k.get("kind", "?"), "calls": n, "ms": ms,
                         "gflops": flops / (ms * 1e6) if ms > 0 else 0.0, "config": k.get("config"),
                         "source": k.get("source", "default"),
                         "shapes": ", ".join("x".join(map(str, a["shape"])) or "scalar" for a in k.get("args", []))})
        total = sum(r["ms"] for r in rows) or 1.0
        for r in rows:
            r["share"] = r["ms"] / total
        return sorted(rows, key=lambda r: -r["ms"])

    @staticmethod
    def format_profile(rows: list[dict], top: int | None = None) -> str:
        """The profile as a table (the `jitc run --profile` output)."""
        out = [f"{'kernel':44s} {'class':11s} {'calls':>5s} {'ms/inf':>9s} {'share':>6s} {'GFLOP/s':>8s}  config"]
        for r in rows[:top] if top else rows:
            cfg = {k: v for k, v in (r["config"] or {}).items() if k != "rule"}
            rule = (r["config"] or {}).get("rule", "?")
            out.append(f"{r['kernel'][:44]:44s} {r['class']:11s} {r['calls']:5d} {r['ms']:9.4f} {100 * r['share']:5.1f}% "
                       f"{r['gflops']:8.1f}  {rule} {cfg} ({r['source']})")
        total = sum(r["ms"] for r in rows)
        out.append(f"{'total':44s} {'':11s} {sum(r['calls'] for r in rows):5d} {total:9.4f}")
        return "\n".join(out)

    def random_inputs(self, seed: int = 0) -> list[np.ndarray]:
        from .reference import random_input  # onnx and onnxruntime: only when random inputs are asked for

        rng = np.random.default_rng(seed)
        return [random_input(s.shape, s.dtype, rng) for s in self.inputs]

    # ---- changing kernels (the JIT) -----------------------------------------------------
    def kernel_function(self, name: str):
        return self._epoch.funcs[name]

    def set_kernel(self, name: str, func, lib=None, config: dict | None = None,
                   step_overrides: dict | None = None) -> None:
        """Publish a new epoch in which kernel `name` is `func` (from `lib`, kept alive), taking
        `step_overrides` ({step index: {argument position: tensor}}) for the weights it wants
        in another layout. Atomic for concurrent runs."""
        with self._lock:
            old = self._epoch
            funcs = dict(old.funcs)
            funcs[name] = func
            steps = {i for i, s in enumerate(self.plan.steps) if s.kernel == name}
            overrides = {i: v for i, v in old.overrides.items() if i not in steps}
            overrides.update(step_overrides or {})
            if lib is not None:
                self._libs.append(lib)
            for k in self.manifest.get("kernels", []):
                if k["name"] == name and config is not None:
                    k["config"] = config
                    k["source"] = "jit"
            self._swapped = True
            self._epoch = Epoch(old.id + 1, funcs, overrides)  # one assignment: readers see old or new

    def library_for_save(self):
        """The library of every current kernel (the compiled one; after swaps, save the JIT
        module instead, which rebuilds one)."""
        if self._swapped:
            raise JitcError("this module's kernels were swapped while it served; save it with the jitc.jit() "
                            "module's save(), which rebuilds one library")
        return self.library

    def save(self, path) -> None:
        from .module_file import save  # module <-> module_file: save/load import each other

        save(self, path)
