"""Collecting the cost model's training records: the lite spaces of generated workloads
(cost_model/workloads.py) measured into a kernel database; the held-out workloads'
kernels (cost_model/heldout.json), which are never collected and are excluded from training.
`jitc cost-model collect` and `make cost-model` run it."""

from __future__ import annotations

import random
import time

from .. import schedules
from ..compiler import lower
from ..cost_model.workloads import heldout, onnx_for
from ..db.store import Record, canonical
from ..device import device_for
from .measure import Measurer, Settings


def heldout_keys(target) -> set[str]:
    keys = set()
    for spec in heldout():
        low = lower(onnx_for(spec), target)
        keys |= {k.key for k in low.kernels.values()}
    return keys


def collect(db, specs, target, per_kernel: int = 64, seed: int = 0, log=print, settings=None) -> int:
    """Measure the lite spaces (or `per_kernel` random candidates of each) of the kernels of
    `specs` into `db`. Returns the number of measurements."""
    dev = device_for(target)
    rnd = random.Random(seed)
    n = 0
    seen: set = set()
    t0 = time.perf_counter()
    with Measurer(target, settings or Settings(repeat=3, min_repeat_ms=5)) as meas:
        for i, spec in enumerate(specs):
            try:
                low = lower(onnx_for(spec), target)
            except Exception as e:  # noqa: BLE001 - a spec TVM cannot import is skipped
                log(f"[{i + 1}/{len(specs)}] {spec}: skipped ({type(e).__name__}: {str(e)[:120]})")
                continue
            for k in low.kernels.values():
                if k.key in seen or k.kind == "other":
                    continue
                seen.add(k.key)
                db.add_workload(k)
                done = db.measured_configs(dev, k.key)
                space = [c for c in schedules.space(k, target) if canonical(c) not in done]
                if len(space) > per_kernel:
                    space = space[:1] + rnd.sample(space[1:], per_kernel - 1)
                for m in meas.measure(k, space):
                    db.add(dev, Record.of(k.key, m, "collect"))
                    n += 1
            log(f"[{i + 1}/{len(specs)}] {spec}: {n} measurements so far ({time.perf_counter() - t0:.0f} s)")
    return n
