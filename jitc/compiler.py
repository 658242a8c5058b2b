"""Compile a model: import -> lower to kernels -> pick a schedule per kernel -> build -> Module.

This is where a kernel's schedule is chosen (`choose_configs`: the caller's, else the kernel
database's best for this device, else the rule's default) and where the model is built.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass

from . import kernels as kernels_mod
from . import schedules
from .backends import for_target
from .build import build
from .db.store import Database, default_path
from .device import device_for
from .errors import JitcError, ModelError
from .frontends.imported import ImportedModel
from .module import Module
from .passes.channels_last import channels_last_default
from .passes.winograd_convs import winograd_default
from .plan import Plan, make_plan
from .target import TargetSpec, parse


def import_model(model, shapes: dict | None = None, example_inputs=None, constants: dict | None = None) -> ImportedModel:
    """An ImportedModel from an ONNX path/bytes/ModelProto or a torch.nn.Module."""
    if isinstance(model, ImportedModel):
        return model
    tname = type(model).__module__ + "." + type(model).__name__
    if isinstance(model, (str, bytes, bytearray, os.PathLike)) or tname.startswith("onnx"):
        from .frontends import onnx as onnx_frontend  # the frontends load with the model kind they read

        return onnx_frontend.load(model, shapes=shapes, constants=constants)
    try:
        import torch  # optional dependency (jitc[torch])

        if isinstance(model, torch.nn.Module):
            if example_inputs is None:
                raise ModelError("a torch.nn.Module needs example_inputs=(tensor, ...) to be traced")
            from .frontends import torch as torch_frontend  # the frontends load with the model kind they read

            return torch_frontend.load(model, example_inputs)
    except ImportError:
        pass
    raise ModelError(f"cannot compile a {type(model).__name__}: pass an ONNX file path, an onnx.ModelProto "
                     "or a torch.nn.Module")


@dataclass
class Lowering:
    """A model between import and build: its kernels and plan for one target."""

    imported: ImportedModel
    target: TargetSpec
    kernels: dict  # name -> Kernel
    plan: Plan
    sources: dict = None  # kernel name -> where its config came from ("given", "db", "default")
    fast_math: bool = True
    winograd: bool = True
    channels_last: bool = False  # NHWC activations were chosen (jitc/passes/channels_last.py)


def lower(model, target=None, shapes: dict | None = None, example_inputs=None, fast_math: bool = True,
          constants: dict | None = None, winograd: bool | None = None,
          channels_last: bool | None = None, trace=None) -> Lowering:
    """A model imported and lowered to kernels (jitc.kernels.lower); `trace`: a
    jitc.passes.Trace told what each pass changed."""
    imported = import_model(model, shapes, example_inputs, constants)
    spec = parse(target)
    winograd = winograd_default() if winograd is None else winograd
    channels_last = channels_last_default() if channels_last is None else channels_last
    try:
        lowered = kernels_mod.lower(imported.mod, spec, fast_math=fast_math, winograd=winograd,
                                    channels_last=channels_last, trace=trace)
    except JitcError:
        raise
    except Exception as e:  # noqa: BLE001
        raise ModelError(f"{imported.source}: lowering to TensorIR failed: {type(e).__name__}: "
                         f"{str(e).strip()[:600]}") from e
    plan = make_plan(lowered.mod, [s.name for s in imported.inputs])
    for b, spec_in in zip(plan.inputs, imported.inputs):
        d = plan.buffers[b]
        if d.shape != spec_in.shape or d.dtype != spec_in.dtype:
            raise ModelError(f"{imported.source}: input {spec_in.name!r} lowered to {d.dtype}{list(d.shape)}, "
                             f"the model declares {spec_in.dtype}{list(spec_in.shape)}")
    return Lowering(imported, spec, lowered.kernels, plan, fast_math=fast_math, winograd=winograd,
                    channels_last=lowered.channels_last)


def open_db(db):
    """A Database from a path or "auto" (the default database if it exists), or None."""
    if db is None:
        return None
    if isinstance(db, str) and db == "auto":
        path = default_path()
        return Database(path) if os.path.exists(path) else None
    if isinstance(db, (str, os.PathLike)):
        return Database(db)
    return db


def choose_configs(low: Lowering, configs: dict | None = None, db=None) -> dict[str, dict]:
    """The config each kernel is built with: given > the database's best on this device >
    the rule's default. Each config remembers where it came from (`sources`)."""
    out = {}
    best = {}
    db = open_db(db)
    if db is not None:
        best = db.best_configs([k.key for k in low.kernels.values()], device_for(low.target))
    low.sources = {}
    for name, k in low.kernels.items():
        if configs and name in configs:
            out[name], low.sources[name] = configs[name], "given"
        elif k.key in best:
            out[name], low.sources[name] = best[k.key], "db"
        else:
            out[name], low.sources[name] = schedules.default_config(k, low.target), "default"
    return out


def manifest_for(low: Lowering, configs: dict, build_seconds: float) -> dict:
    total = sum(k.flops * k.calls for k in low.kernels.values()) or 1
    table = []
    for name, k in low.kernels.items():
        row = k.to_json()
        row["config"] = configs[name]
        row["source"] = (low.sources or {}).get(name, "default")
        row["flop_share"] = k.flops * k.calls / total
        table.append(row)
    return {
        "source": low.imported.source,
        "frontend": low.imported.meta,
        "inputs": [s.to_json() for s in low.imported.inputs],
        "outputs": [s.to_json() for s in low.imported.outputs],
        "kernels": table,
        "fast_math": low.fast_math,
        "winograd": low.winograd,
        "channels_last": low.channels_last,
        "build_seconds": round(build_seconds, 3),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def module_from(low: Lowering, configs: dict):
    """Build `low` with `configs` into a runnable Module."""
    lib, plan, used, secs = build(low, configs)
    return Module(plan, lib, low.target, manifest_for(low, used, secs), device=for_target(low.target).device(low.target))


def compile(model, target=None, *, shapes: dict | None = None, example_inputs=None, db="auto",
            configs: dict | None = None, fast_math: bool = True, constants: dict | None = None,
            winograd: bool | None = None, channels_last: bool | None = None):
    """Compile an ONNX model (path or ModelProto) or a torch.nn.Module into a runtime Module.

    target: "llvm" (the host CPU, detected), "llvm -mcpu=...", "cuda", or a TargetSpec.
    shapes: fixes dynamic input dimensions, e.g. {"input_ids": (1, 128)}.
    example_inputs: a torch module's example inputs (their shapes and dtypes are compiled).
    db: a kernel database (path or jitc.db.store.Database) whose best records for this device are
        used; "auto" (the default) uses $JITC_DB or ~/.cache/jitc/kernels.db if it exists;
        None uses default schedules only.
    fast_math: vectorizable polynomial exp/erf/tanh/softmax on CPUs (see jitc.kernels.lower).
    constants: {input name: array} for ONNX inputs that are constants in disguise (a shape,
        axes, pads...): compiled in, and no longer inputs of the module.
    winograd: 3x3 stride-1 convolutions as Winograd F(2x2, 3x3) / F(4x4, 3x3) on CPUs where
        that does less work (jitc/passes/winograd_convs.py; results differ from the direct sum by ~1e-6 of
        the output's scale). Default: on, unless $JITC_WINOGRAD is 0.
    channels_last: NHWC activations on CPUs (jitc/passes/channels_last.py: depthwise convolutions vectorize
        across channels). Default (None): for networks whose spatial convolutions are depthwise
        (MobileNet, EfficientNet), unless $JITC_CHANNELS_LAST says 0 (never) or 1 (every CNN).
    """
    low = lower(model, target, shapes, example_inputs, fast_math, constants, winograd, channels_last)
    return module_from(low, choose_configs(low, configs, db))
