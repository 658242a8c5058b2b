"""The runtime module: runs a compiled model's plan, kernel by kernel.

One object, like onnxruntime's InferenceSession: `inputs` / `outputs` describe the model,
`run(feeds)` or `m(x, ...)` runs it on numpy arrays (or torch tensors) and returns numpy arrays.

Memory: every thread that runs the module gets its own workspace (input copies and
intermediate buffers; intermediates share storage when their lifetimes do not overlap), built
once, so a run allocates nothing but its outputs. Kernels: the table of kernel functions is
read once per run; `swap_kernel` replaces the table with a new one, so an inference in flight
finishes on the kernels it started with and never sees a half-swapped table.
"""

from __future__ import annotations

import threading
import time

import numpy as np

from .errors import InputError
from .frontends.imported import TensorSpec
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


class _Workspace:
    """Per-thread tensors for every buffer of the plan, and the argument list of every step."""

    def __init__(self, plan: Plan, params: dict, device):
        import tvm

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
        host = device.dlpack_device_type() == 1  # kDLCPU
        self.in_views = [_host_view(tensors[b]) if host else None for b in plan.inputs]
        self.out_views = [_host_view(tensors[b]) if host else None for b in plan.outputs]


class Module:
    def __init__(self, plan: Plan, lib, target: TargetSpec, manifest: dict, device=None):
        import tvm

        self.plan = plan
        self.target = target
        self.manifest = manifest
        self.device = device if device is not None else tvm.cpu(0)
        self.inputs = [TensorSpec.from_json(d) for d in manifest["inputs"]]
        self.outputs = [TensorSpec.from_json(d) for d in manifest["outputs"]]
        self.library = lib  # the library holding every kernel as compiled
        self._libs = [lib]  # keep every library whose functions are in use alive
        self._swapped = False
        self.rebuild = None  # optional: () -> library with the current kernels, for save()
        names = sorted({s.kernel for s in plan.steps})
        self._funcs = {n: lib[n] for n in names}
        self._params = {b: tvm.runtime.tensor(c_array(a), self.device) for b, a in plan.params.items()}
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
            if str(a.dtype) != spec.dtype:
                raise InputError(f"input {spec.name!r}: expected dtype {spec.dtype}, got {a.dtype}; "
                                 f"convert it with .astype('{spec.dtype}')")
            out.append(c_array(a))
        return out

    def run(self, *args, **kwargs) -> list[np.ndarray]:
        """Run on inputs given by position, by name, or as one dict; returns a list of arrays."""
        feeds = self._feeds(args, kwargs)
        ws = self._workspace()
        funcs = self._funcs  # one read: a concurrent swap replaces the dict, never mutates it
        for b, view, a in zip(self.plan.inputs, ws.in_views, feeds):
            if view is not None:
                np.copyto(view, a)
            else:
                ws.tensors[b].copyfrom(a)
        for step, targs in zip(self.plan.steps, ws.step_args):
            funcs[step.kernel](*targs)
        return [v.copy() if v is not None else ws.tensors[b].numpy() for b, v in zip(self.plan.outputs, ws.out_views)]

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

    def random_inputs(self, seed: int = 0) -> list[np.ndarray]:
        from .reference import random_input

        rng = np.random.default_rng(seed)
        return [random_input(s.shape, s.dtype, rng) for s in self.inputs]

    # ---- changing kernels (the JIT) -----------------------------------------------------
    def kernel_function(self, name: str):
        return self._funcs[name]

    def swap_kernel(self, name: str, lib, config: dict | None = None) -> None:
        """Replace kernel `name` by the function of the same name in `lib`, atomically."""
        func = lib[name]
        with self._lock:
            funcs = dict(self._funcs)
            funcs[name] = func
            self._libs.append(lib)
            for k in self.manifest.get("kernels", []):
                if k["name"] == name and config is not None:
                    k["config"] = config
            self._funcs = funcs  # a single reference assignment: atomic for readers
            self._swapped = True

    # ---- saving -------------------------------------------------------------------------
    def library_for_save(self):
        """One library with every current kernel: the compiled one, or a rebuild after swaps."""
        if not self._swapped:
            return self.library
        if self.rebuild is None:
            from .errors import JitcError

            raise JitcError("this module's kernels were swapped and it cannot rebuild them; save it "
                            "from the jitc.jit() module that swapped them")
        return self.rebuild()

    def save(self, path) -> None:
        from .module_file import save

        save(self, path)
