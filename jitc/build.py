"""The one build path, for every target and every caller (compile, the JIT, the web runners,
export-web): kernels + configs -> weights in the layouts the configs want -> schedule each
kernel -> the target's backend builds one library -> a kernel TVM's code generator rejects is
rebuilt with its rule's default or the fallback rule's (a warning names it).

    lib, plan, used, seconds = build(lowering, configs)

Candidates of single kernels (the measuring worker's batches, the JIT's swap, the web
export's variants) are built by `build_candidates`: each scheduled, all in one library,
one by one where that fails, so one bad candidate costs only itself.
"""

from __future__ import annotations

import copy
import time
import warnings
from dataclasses import dataclass, field

from . import schedules
from .backends import for_target
from .errors import ModelError
from .plan import BufferDecl, Plan
from .schedules.layouts import transform_param


def call_weights(plan: Plan, name: str, tf: dict, every_weight: bool = False) -> dict[int, dict[int, tuple]]:
    """Per call (step index) of kernel `name`: {argument position: ((buffer, spec), array)} for
    the constant weights `tf` gives a layout (`every_weight`: the others too, as stored). One
    array per (weight, layout), however many calls share it. (The build lays weights out with
    it; the JIT, when it swaps in a kernel that wants other layouts.)"""
    arrays: dict = {}
    out = {}
    for i, step in enumerate(plan.steps):
        if step.kernel != name:
            continue
        row = {}
        for pos, b in enumerate(step.args):
            spec = tf.get(pos)
            if b not in plan.params or (spec is None and not every_weight):
                continue
            key = (b, spec)
            if key not in arrays:
                arrays[key] = transform_param(plan.params[b], spec) if spec else plan.params[b]
            row[pos] = (key, arrays[key])
        out[i] = row
    return out


def apply_param_layouts(plan: Plan, low, configs: dict) -> tuple[Plan, dict]:
    """A copy of the plan whose weights are in the layouts the schedules expect. A config that
    wants a layout for an argument that is not a constant weight is replaced by the default."""
    plan = Plan(list(plan.buffers), [copy.copy(s) for s in plan.steps], plan.inputs, plan.outputs, dict(plan.params))
    configs = dict(configs)
    cache: dict = {}
    for name, k in low.kernels.items():
        tf = schedules.param_transforms(k, configs[name], low.target)
        if not tf:
            continue
        calls = [s for s in plan.steps if s.kernel == name]
        if any(s.args[i] not in plan.params for s in calls for i in tf):
            # the weight arrives at run time (torch.compile passes parameters as inputs): a
            # config that needs no layout, the default if it is one
            configs[name] = next((cfg for cfg in [schedules.default_config(k, low.target)]
                                  + schedules.space(k, low.target)
                                  if not schedules.param_transforms(k, cfg, low.target)),
                                 schedules.fallback_rule(low.target).default(k, low.target))
            continue
        for i, row in call_weights(plan, name, tf).items():
            args = list(plan.steps[i].args)
            for pos, ((b, spec), data) in row.items():
                if (b, spec) not in cache:
                    plan.buffers.append(BufferDecl(tuple(data.shape), str(data.dtype), "param",
                                                   plan.buffers[b].name + f".{spec[0]}"))
                    cache[(b, spec)] = len(plan.buffers) - 1
                    plan.params[cache[(b, spec)]] = data
                args[pos] = cache[(b, spec)]
            plan.steps[i].args = args
    used = {b for s in plan.steps for b in s.args} | set(plan.outputs)
    plan.params = {b: a for b, a in plan.params.items() if b in used}
    return plan, configs


def build(low, configs: dict[str, dict]):
    """Schedule every kernel with its config and build one library. Returns
    (library, plan with weight layouts applied, configs actually used, seconds)."""
    t0 = time.perf_counter()
    plan, configs = apply_param_layouts(low.plan, low, configs)
    funcs, used = {}, {}
    for name, k in low.kernels.items():
        funcs[name], used[name] = schedules.schedule(k, low.target, configs[name])
    backend = for_target(low.target)
    try:
        lib = backend.build(funcs, low.target)
    except Exception as e:  # noqa: BLE001 - a kernel TVM's code generation rejects: replace it
        before = dict(used)
        funcs, used = _replace_unbuildable(low, funcs, used, backend, e)
        if used == before:
            raise
        lib = None
    if used != configs:  # a fallback changed a config: weight layouts must follow the one used
        plan, used = apply_param_layouts(low.plan, low, used)
    if lib is None:
        lib = backend.build(funcs, low.target)
    return lib, plan, used, time.perf_counter() - t0


def _replace_unbuildable(low, funcs: dict, used: dict, backend, error: Exception) -> tuple[dict, dict]:
    """The library did not build: build each kernel alone, and give each one that fails the
    first of its rule's default and the fallback rule's default that builds (a warning names
    it). A kernel nothing builds for is an error naming it."""
    funcs, used = dict(funcs), dict(used)
    build_one = getattr(backend, "build_candidates", backend.build)  # the lite build where the backend has one
    for name, k in low.kernels.items():
        try:
            build_one({name: funcs[name]}, low.target)
            continue
        except Exception as e:  # noqa: BLE001
            first = e
        for cfg in (schedules.default_config(k, low.target), schedules.fallback_rule(low.target).default(k, low.target)):
            if cfg == used[name]:
                continue
            try:
                f = schedules.apply(k, cfg, low.target)
                build_one({name: f}, low.target)
            except Exception:  # noqa: BLE001 - try the next
                continue
            warnings.warn(f"{name}: {used[name]} does not build ({type(first).__name__}: {str(first).strip()[-200:]}); "
                          f"using {cfg}", RuntimeWarning, stacklevel=3)
            funcs[name], used[name] = f, cfg
            break
        else:
            raise ModelError(f"{low.imported.source}: kernel {name} does not build for {low.target.kind} with any "
                             f"schedule: {type(first).__name__}: {str(first).strip()[-400:]}") from error
    return funcs, used


@dataclass
class Candidates:
    """What `build_candidates` made: per name, the library holding it, or why there is none."""

    libs: dict = field(default_factory=dict)  # name -> library (several names may share one)
    errors: dict = field(default_factory=dict)  # name -> why it did not schedule or build
    ms: dict = field(default_factory=dict)  # name -> schedule + build milliseconds (a shared build split evenly)


def build_candidates(items: dict, target, *, full: bool = False, before_build=None) -> Candidates:
    """Candidates of single kernels: `items` {name: (Kernel, config)} each scheduled and all
    built into one library by `target`'s backend (its lite candidate build; `full`: the build a
    shipped module gets); where that library fails, each is built alone. The one path for
    the measuring worker, the JIT's installer and the web export.
    `before_build(names)`: called after scheduling, before building (the worker's phase)."""
    backend = for_target(target)
    build_one = backend.build if full else getattr(backend, "build_candidates", backend.build)
    out = Candidates()
    funcs = {}
    for name, (kernel, config) in items.items():
        t0 = time.perf_counter()
        try:
            funcs[name] = schedules.apply(kernel, config, target)
            out.ms[name] = (time.perf_counter() - t0) * 1e3
        except Exception as e:  # noqa: BLE001 - a config that does not fit: this candidate only
            out.errors[name] = str(e) or type(e).__name__
    if not funcs:
        return out
    if before_build is not None:
        before_build(list(funcs))
    t0 = time.perf_counter()
    try:
        lib = build_one(funcs, target)
        per = (time.perf_counter() - t0) * 1e3 / len(funcs)
        for name in funcs:
            out.libs[name] = lib
            out.ms[name] += per
    except Exception:  # noqa: BLE001 - one bad candidate: build them one by one
        for name, f in funcs.items():
            t0 = time.perf_counter()
            try:
                out.libs[name] = build_one({name: f}, target)
                out.ms[name] += (time.perf_counter() - t0) * 1e3
            except Exception as e:  # noqa: BLE001
                out.errors[name] = str(e)
    return out
