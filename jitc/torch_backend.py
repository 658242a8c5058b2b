"""`torch.compile(model, backend="jitc")`: the graphs TorchDynamo captures, compiled and tuned
just in time by jitc; a graph jitc cannot import runs in torch eager instead, with a one-line
warning naming the operators.

    compiled = torch.compile(model, backend="jitc", options={"budget": "30s"})

Options: budget (tuning seconds per graph, default "30s"; 0 for no tuning), db (kernel
database path), target (default the host CPU). The backend is registered with torch under
the name "jitc" when jitc.torch_backend is imported, and through the `torch_dynamo_backends`
entry point, so `backend="jitc"` works after `pip install jitc`.
"""

from __future__ import annotations

import warnings

import numpy as np


class JitcGraph:
    """A captured graph compiled by jitc: torch tensors in, torch tensors out."""

    def __init__(self, module, n_outputs: int, as_tuple: bool):
        self.module = module
        self.n_outputs = n_outputs
        self.as_tuple = as_tuple

    def __call__(self, *args):
        import torch

        outs = self.module.run(*[a.detach().cpu().numpy() for a in args])
        ts = [torch.from_numpy(np.ascontiguousarray(o)) for o in outs]
        return tuple(ts) if self.as_tuple or len(ts) != 1 else ts[0]


def _flat_outputs(gm) -> tuple[int, bool]:
    out = [n for n in gm.graph.nodes if n.op == "output"][0].args[0]
    if isinstance(out, (tuple, list)):
        return len(out), True
    return 1, False


def jitc_backend(gm, example_inputs, options: dict | None = None):
    """The TorchDynamo backend: compile `gm` with jitc.jit, or fall back to eager."""
    import torch

    from .errors import JitcError, UnsupportedOperatorError

    opts = dict(options or {})
    budget = opts.get("budget", "30s")
    tensors = [x for x in example_inputs if isinstance(x, torch.Tensor)]
    if len(tensors) != len(example_inputs):
        warnings.warn("jitc: the graph takes non-tensor inputs; running it in torch eager", stacklevel=2)
        return gm.forward
    try:
        from .jit_runtime import jit

        if budget in (0, "0", "0s"):
            from .compiler import compile as jitc_compile

            module = jitc_compile(gm, opts.get("target"), example_inputs=tuple(tensors), db=opts.get("db", "auto"))
        else:
            module = jit(gm, opts.get("target"), budget=budget, db=opts.get("db"), example_inputs=tuple(tensors))
    except UnsupportedOperatorError as e:
        ops = ", ".join(sorted(e.ops))
        warnings.warn(f"jitc: cannot import {ops}; this graph runs in torch eager", stacklevel=2)
        return gm.forward
    except JitcError as e:
        first = str(e).splitlines()[0][:200]
        warnings.warn(f"jitc: {first}; this graph runs in torch eager", stacklevel=2)
        return gm.forward
    n, as_tuple = _flat_outputs(gm)
    return JitcGraph(module, n, as_tuple)


def register() -> bool:
    """Register "jitc" with TorchDynamo (idempotent). False when torch is not installed."""
    try:
        from torch._dynamo import list_backends, register_backend
    except ImportError:
        return False
    if "jitc" not in list_backends(exclude_tags=()):
        register_backend(name="jitc")(jitc_backend)
    return True


register()
