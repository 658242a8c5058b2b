"""Training data for the cost model, from the kernel database: every "ok" measurement becomes
one row (the features of its config applied to its workload's TensorIR) with a label relative
to the fastest measurement of the same workload on the same device."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

import numpy as np
import tvm

from .features import featurize
from .model import relative_labels
from .. import schedules
from ..kernels import Kernel


@dataclass
class Dataset:
    X: np.ndarray
    y: np.ndarray
    groups: list[int]  # rows per (device, workload), in order
    keys: list[str] = field(default_factory=list)  # workload key per group
    times: list[np.ndarray] = field(default_factory=list)  # measured microseconds per group

    def __len__(self) -> int:
        return int(len(self.X))


def kernel_from_workload(wl: dict):
    """A Kernel rebuilt from a database workload row (its TensorIR stored as JSON)."""
    func = tvm.ir.load_json(wl["func"])
    args = [(tuple(a["shape"]), a["dtype"]) for a in wl["args"]]
    return Kernel(name=wl["key"], func=func, key=wl["key"], kind=wl["kind"], flops=wl["flops"] or 0,
                  bytes=wl["bytes"] or 0, args=args)


class FeatureCache:
    """Features of (workload, target, config), computed once."""

    def __init__(self):
        self._cache: dict = {}

    def get(self, kernel, config: dict, target) -> np.ndarray | None:
        key = (kernel.key, target.fingerprint(), json.dumps(config, sort_keys=True, separators=(",", ":")))
        if key not in self._cache:
            try:
                func = schedules.apply(kernel, config, target)
                self._cache[key] = featurize(kernel, config, func, target)
            except schedules.ScheduleError:
                self._cache[key] = None
        return self._cache[key]


def from_database(db, keys: set[str] | None = None, exclude: set[str] | None = None, min_records: int = 2,
                  cache: FeatureCache | None = None, progress=None) -> Dataset:
    """Rows for every workload (optionally only `keys`, never `exclude`) with at least
    `min_records` ok measurements on a device."""
    cache = cache or FeatureCache()
    X, y, groups, gkeys, gtimes = [], [], [], [], []
    wl_cache: dict = {}
    devices = db.devices()
    summary = db.summary()
    todo = [(r["device"], r["key"]) for r in summary if r["ok"] >= min_records and r["key"]
            and (keys is None or r["key"] in keys) and not (exclude and r["key"] in exclude)]
    dev_by_id = dict(devices)
    for n, (did, key) in enumerate(todo):
        dev = dev_by_id[did]
        if key not in wl_cache:
            wl = db.workload(key)
            wl_cache[key] = kernel_from_workload(wl) if wl and wl.get("func") else None
        kernel = wl_cache[key]
        if kernel is None:
            continue
        best: dict = {}
        for r in db.records(dev, key, status="ok"):
            c = json.dumps(r.config, sort_keys=True)
            if r.median_us and (c not in best or r.median_us < best[c][1]):
                best[c] = (r.config, r.median_us)
        rows, times = [], []
        for cfg, t in best.values():
            v = cache.get(kernel, cfg, dev.target)
            if v is not None:
                rows.append(v)
                times.append(t)
        if len(rows) < min_records:
            continue
        X.extend(rows)
        y.extend(relative_labels(times))
        groups.append(len(rows))
        gkeys.append(key)
        gtimes.append(np.asarray(times))
        if progress:
            progress(n + 1, len(todo))
    Xa = np.asarray(X, dtype=np.float32) if X else np.zeros((0, 0), np.float32)
    return Dataset(Xa, np.asarray(y, dtype=np.float32), groups, gkeys, gtimes)
