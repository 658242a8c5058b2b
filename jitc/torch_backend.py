"""`torch.compile(model, backend="jitc")`: the graphs TorchDynamo captures, compiled and tuned
just in time by jitc; a graph jitc cannot import runs in torch eager instead, with a one-line
warning naming the operators.

    compiled = torch.compile(model, backend="jitc", options={"budget": "30s"})

Options: budget (tuning seconds per graph, default "30s"; 0 for no tuning), db (kernel
database path), target (default the host CPU).

TorchDynamo passes a module's parameters and buffers to the graph as inputs. jitc compiles
them in as constants (so convolution and matmul weights are laid out once, at compile time,
as for an ONNX model), guarded: each call checks that the same tensors come in, unchanged
(`_version`, the storage); a weight that was updated (an optimizer step, load_state_dict)
recompiles the graph with the new values. The backend is registered with torch under
the name "jitc" when jitc.torch_backend is imported, and through the `torch_dynamo_backends`
entry point, so `backend="jitc"` works after `pip install jitc`.
"""

from __future__ import annotations

import copy
import inspect
import warnings


class JitcGraph:
    """A captured graph compiled by jitc: torch tensors in, torch tensors out. `static` holds
    the graph inputs compiled in as constants: {position: the tensor}; `rebuild(args)` makes a
    new JitcGraph when one of them changed."""

    def __init__(self, module, n_outputs: int, as_tuple: bool, static: dict | None = None, rebuild=None):
        self.module = module
        self.n_outputs = n_outputs
        self.as_tuple = as_tuple
        self.static = static or {}
        self._stamp = {i: _stamp(t) for i, t in self.static.items()}
        self.rebuild = rebuild
        self.recompiles = 0

    def _current(self, args) -> "JitcGraph":
        for i, t in self.static.items():
            if args[i] is not t or _stamp(args[i]) != self._stamp[i]:
                if self.rebuild is None:
                    raise RuntimeError("jitc: a weight changed and this graph cannot be rebuilt")
                new = self.rebuild(args)
                self.module, self.static, self._stamp = new.module, new.static, new._stamp
                self.recompiles += 1
                break
        return self

    def __call__(self, *args):
        import torch  # optional dependency (jitc[torch])

        self._current(args)
        user = [a for i, a in enumerate(args) if i not in self.static]
        outs = self.module.run(*[a.detach().cpu().numpy() for a in user])
        from .plan import c_array  # loaded when torch.compile calls the graph

        ts = [torch.from_numpy(c_array(o)) for o in outs]  # a 0-d output stays 0-d
        return tuple(ts) if self.as_tuple or len(ts) != 1 else ts[0]


def _stamp(t) -> tuple:
    """What changes when a tensor's values may have: its version counter and storage."""
    return (t._version, t.data_ptr(), tuple(t.shape), str(t.dtype))


def _is_static(x) -> bool:
    """A parameter or buffer of the module (TorchDynamo marks them), not a user input."""
    import torch  # optional dependency (jitc[torch])

    return isinstance(x, torch.nn.Parameter) or getattr(x, "_dynamo_static_input_type", None) is not None


def _bind_constants(gm, static: dict):
    """`gm` as a module whose static inputs are buffers (constants for jitc) and whose
    arguments are the user inputs only."""
    import torch  # optional dependency (jitc[torch])

    if hasattr(gm, "graph"):  # a torch.fx GraphModule (TorchDynamo's)
        n = len([p for p in gm.graph.nodes if p.op == "placeholder"])
    else:  # any module: its forward's parameters
        n = len(inspect.signature(gm.forward).parameters)
    gm = _scalars_inlined(gm, static)

    class Bound(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.gm = gm
            for i, t in static.items():
                if isinstance(t, torch.Tensor):
                    self.register_buffer(f"c{i}", t.detach(), persistent=False)
                else:  # a SymInt or other Python value: a constant
                    setattr(self, f"c{i}", t)

        def forward(self, *user):
            it = iter(user)
            return self.gm(*[getattr(self, f"c{i}") if i in static else next(it) for i in range(n)])

    return Bound().eval()


def _item_scalars(traced) -> set[int]:
    """Placeholders of a torch.fx GraphModule read only through `.item()`: hyper-parameters
    lifted into 0-d tensors (a dropout's p, a norm's eps, attention's scale, as GraphNet's
    graphs pass them). Made constants, their values are known at export; as inputs,
    torch.export meets a data-dependent guard (`p < 0`) and fails."""
    out = set()
    for i, p in enumerate(x for x in traced.graph.nodes if x.op == "placeholder"):
        if p.users and all(u.op == "call_method" and u.target == "item" for u in p.users):
            out.add(i)
    return out


def _traced(gm):
    """`gm` as a torch.fx GraphModule (traced symbolically if it is a plain module, as
    GraphNet's are), or None where it does not trace."""
    import torch  # optional dependency (jitc[torch])

    if hasattr(gm, "graph"):
        return gm
    try:
        return torch.fx.symbolic_trace(gm)
    except Exception:  # noqa: BLE001 - data-dependent control flow and the like: leave it as it is
        return None


def _scalars_inlined(gm, static: dict):
    """A copy of `gm` whose `.item()` reads of static 0-d tensors are their Python values."""
    import torch  # optional dependency (jitc[torch])

    def scalar(t):
        return isinstance(t, torch.Tensor) and t.numel() == 1

    if not any(scalar(t) for t in static.values()):
        return gm  # nothing a graph could read with .item(): no tracing
    traced = _traced(gm)
    if traced is None:
        return gm
    scalars = {i: static[i].item() for i in _item_scalars(traced) if scalar(static.get(i))}
    if not scalars:
        return gm
    gm = traced
    graph = copy.deepcopy(gm.graph)
    for i, p in enumerate(x for x in graph.nodes if x.op == "placeholder"):
        if i not in scalars:
            continue
        for item in list(p.users):
            for user in list(item.users):
                user.args = torch.fx.node.map_aggregate(user.args, lambda a, item=item, i=i: scalars[i] if a is item else a)
                user.kwargs = torch.fx.node.map_aggregate(user.kwargs, lambda a, item=item, i=i: scalars[i] if a is item else a)
            graph.erase_node(item)
    graph.lint()
    return torch.fx.GraphModule(gm, graph)


def _flat_outputs(gm) -> tuple[int, bool]:
    out = [n for n in gm.graph.nodes if n.op == "output"][0].args[0]
    if isinstance(out, (tuple, list)):
        return len(out), True
    return 1, False


def jitc_backend(gm, example_inputs, options: dict | None = None):
    """The TorchDynamo backend: compile `gm` with jitc.jit, or fall back to eager."""
    import torch  # optional dependency (jitc[torch])

    from .errors import JitcError, UnsupportedOperatorError  # loaded when torch.compile calls the backend

    opts = dict(options or {})
    budget = opts.get("budget", "30s")
    tensors = [x for x in example_inputs if isinstance(x, torch.Tensor)]
    if len(tensors) != len(example_inputs):
        warnings.warn("jitc: the graph takes non-tensor inputs; running it in torch eager", stacklevel=2)
        return gm.forward
    static = {i: x for i, x in enumerate(tensors) if _is_static(x)}
    n, as_tuple = _flat_outputs(gm)

    def build(args) -> JitcGraph:
        from .tuning.jit import jit  # loaded when torch.compile calls the backend

        st = {i: args[i] for i in static}
        model = _bind_constants(gm, st) if st else gm
        user = tuple(a for i, a in enumerate(args) if i not in st)
        if budget in (0, "0", "0s"):
            from .compiler import compile as jitc_compile  # loaded when torch.compile calls the backend

            module = jitc_compile(model, opts.get("target"), example_inputs=user, db=opts.get("db", "auto"))
        else:
            module = jit(model, opts.get("target"), budget=budget, db=opts.get("db"), example_inputs=user)
        return JitcGraph(module, n, as_tuple, st, build)

    try:
        return build(tuple(tensors))
    except UnsupportedOperatorError as e:
        ops = ", ".join(sorted(e.ops))
        warnings.warn(f"jitc: cannot import {ops}; this graph runs in torch eager", stacklevel=2)
        return gm.forward
    except JitcError as e:
        first = str(e).splitlines()[0][:200]
        warnings.warn(f"jitc: {first}; this graph runs in torch eager", stacklevel=2)
        return gm.forward


def register() -> bool:
    """Register "jitc" with TorchDynamo (idempotent). False when torch is not installed."""
    try:
        from torch._dynamo import list_backends, register_backend  # optional dependency (jitc[torch])
    except ImportError:
        return False
    if "jitc" not in list_backends(exclude_tags=()):
        register_backend(name="jitc")(jitc_backend)
    return True


register()
