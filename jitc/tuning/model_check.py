"""Tuned kernels checked in the model: a candidate is timed alone (its inputs hot in cache, the
machine's cores to itself), and in the model it can be slower than the default it beat (its
inputs evicted by the kernels before it, weights in a layout that costs more to stream from
memory, a parallel split that suits the kernel alone). `check_in_model` profiles the model
built with the default configs and with the tuned ones, in turns, and a kernel that is slower
in the model with its tuned config keeps its default. Both in-model times are recorded in the
database (source "in-model", per call), so its best for that workload agrees from then on.
"""

from __future__ import annotations

from ..compiler import choose_configs, module_from
from ..db.store import Record
from .measure import Measurement

MARGIN = 1.03  # slower than the default by more than this in the model: the default stays


def check_in_model(low, configs: dict, db=None, device=None, rounds: int = 2, repeat: int = 10):
    """(configs with each kernel that is slower in the model than its default reverted, report).
    report: {"reverted": [kernel...], "kernel_ms": {kernel: (default ms, tuned ms)},
    "default": Module, "tuned": Module (built with the returned configs)}."""
    defaults = choose_configs(low)
    changed = [n for n in low.kernels if configs.get(n) != defaults.get(n)]
    base = module_from(low, defaults)
    if not changed:
        return dict(configs), {"reverted": [], "kernel_ms": {}, "default": base, "tuned": base}
    tuned = module_from(low, configs)
    inputs = tuned.random_inputs(0)
    pb: dict[str, float] = {}  # kernel -> ms per inference, the least of the rounds' medians
    pt: dict[str, float] = {}
    calls: dict[str, int] = {}
    for _ in range(rounds):  # in turns: a slow spell of the machine hits both alike
        for mod, acc in ((base, pb), (tuned, pt)):
            for r in mod.profile(*inputs, repeat=repeat):
                acc[r["kernel"]] = min(acc.get(r["kernel"], float("inf")), r["ms"])
                calls[r["kernel"]] = r["calls"]
    reverted = [n for n in changed if n in pb and n in pt and pt[n] > MARGIN * pb[n]]
    if db is not None and device is not None:
        for n in changed:
            if n in pb and n in pt:
                for cfg, ms in ((defaults[n], pb[n]), (configs[n], pt[n])):
                    us = ms * 1e3 / max(1, calls[n])  # per call, as the tuner records
                    db.add(device, Record.of(low.kernels[n].key, Measurement(cfg, "ok", us), "in-model"))
    out = dict(configs)
    for n in reverted:
        out[n] = defaults[n]
    final = module_from(low, out) if reverted else tuned
    return out, {"reverted": reverted, "kernel_ms": {n: (pb.get(n), pt.get(n)) for n in changed},
                 "default": base, "tuned": final}
