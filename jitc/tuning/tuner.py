"""Tuning: spend a time budget measuring schedule candidates where it pays, and keep every
result in the kernel database.

    result = tune(lowering, db, budget_s=30)
    module = compiler.module_from(lowering, result.configs)

Where it pays: every kernel's default is measured first (the baseline and its share of the
model's time); then, batch after batch, the kernel with the largest expected gain — its
share of model time x the room left to improve (the fraction of its space not yet measured)
— gets its next candidates, in the order the strategy ranks them (a trained cost model's
prediction, else the rules' order). Workloads already measured on this device are not
measured again. Kernels with the same workload key are tuned once. The database's hints (records
of an older jitc, of another machine with this ISA, or pulled from a shared service) are measured
before the ranked rest: the best few in the default's baseline batch, so that even a budget that
only reaches the baselines adopts a hint that is right and faster here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Protocol

from .. import schedules
from ..db.store import Database, Record, canonical
from ..device import device_for
from .measure import Measurement, Measurer, Settings

BASELINE_HINTS = 3  # hints measured with a kernel's default, before any kernel gets its ranked candidates


@dataclass
class KernelState:
    kernel: object  # Kernel (the first of the model's kernels with this workload key)
    names: list[str]  # kernel names sharing the workload
    calls: int  # total calls per inference
    space: list[dict]
    measured: dict = field(default_factory=dict)  # canonical config -> Measurement
    default_us: float | None = None
    best: Measurement | None = None
    ranked: list[dict] | None = None  # the strategy's order of the unmeasured configs
    hints: list[dict] = field(default_factory=list)  # the database's untrusted bests: measured first
    stale_rounds: int = 0  # rounds since the best last improved by 1%
    rounds: int = 0  # rounds of candidates measured (the default's baseline not counted)
    done: bool = False  # the strategy's stopping rule says so

    @property
    def unmeasured(self) -> list[dict]:
        return [c for c in self.space if canonical(c) not in self.measured]

    @property
    def time_us(self) -> float:
        t = self.best.median_us if self.best and self.best.ok else self.default_us
        return (t or 0.0) * self.calls

    def speedup(self) -> float:
        if self.best and self.best.ok and self.default_us:
            return self.default_us / self.best.median_us
        return 1.0

    def gflops(self) -> float:
        return self.best.gflops(self.kernel.flops) if self.best and self.best.ok else 0.0

    def note(self, m: Measurement) -> None:
        self.measured[canonical(m.config)] = m
        if m.ok and (self.best is None or not self.best.ok or m.median_us < self.best.median_us):
            self.best = m


@dataclass
class TuneResult:
    configs: dict[str, dict]  # kernel name -> best config
    states: list[KernelState]
    seconds: float
    measured: int  # candidates measured in this run
    reused: int  # records found in the database
    estimate_default_us: float
    estimate_tuned_us: float


class Strategy(Protocol):
    """What the tuner asks of a search strategy (RuleOrder; cost_model.strategy.ModelOrder)."""

    name: str
    trained: bool  # whether its ranking is informed: only then do its stopping rules apply
    patience: int | None  # rounds without a 1% gain after which a kernel is done
    max_rounds: int | None  # rounds after which a kernel is done

    def rank(self, kernel, configs: list[dict], target) -> list[dict]: ...

    def update(self, kernel, measurements: list[Measurement], target) -> None: ...


class RuleOrder:
    """Measure in the order the schedule rules rank their space (the default first), until
    the budget or the space ends."""

    name = "rules"
    trained = False
    patience = None
    max_rounds = None

    def rank(self, kernel, configs: list[dict], target) -> list[dict]:
        return list(configs)

    def update(self, kernel, measurements: list[Measurement], target) -> None:
        pass


def _states(low, db: Database, device, retune: bool = False, turn=None) -> tuple[list[KernelState], int]:
    by_key: dict[str, KernelState] = {}
    reused = 0
    for name, k in low.kernels.items():
        if turn is not None:
            turn()
        if k.meta.get("index_check"):  # one schedule, and random indices would fail its check
            continue
        if k.key in by_key:
            by_key[k.key].names.append(name)
            by_key[k.key].calls += k.calls
            continue
        st = KernelState(k, [name], k.calls, schedules.space(k, low.target))
        db.add_workload(k)
        for rec in db.records(device, k.key, trusted=True):
            st.note(rec.measurement())
            reused += 1
        d = st.measured.get(canonical(st.space[0])) if st.space else None
        st.default_us = d.median_us if d is not None and d.ok else None
        st.done = not retune and db.finished(device, k.key) is not None
        space = {canonical(c) for c in st.space}
        st.hints = [h for h in db.hints(device, k.key) if canonical(h) in space]
        by_key[k.key] = st
    return list(by_key.values()), reused


def tune(low, db: Database, budget_s: float, *, measurer: Measurer | None = None, strategy: Strategy | None = None,
         settings: Settings | None = None, progress=None, batch: int = 8, retune: bool = False,
         stop=None, device=None, clock=None, turn=None) -> TuneResult:
    """Tune the kernels of a Lowering within `budget_s` seconds of wall time (of `clock()`, the
    seconds spent so far, where given: the JIT counts only the time it worked). Workloads the
    database marks finished on this device are not tuned again unless `retune`. `stop`: a
    threading.Event that ends the tuning after the measurement in flight. `device`: the
    database device the records are stored under (default: this machine's; a remote device's
    when `measurer` measures over RPC). A measurer that measures `parallel` candidates at
    once gets rounds `parallel` times as large. `turn()`, where given, is called before each
    piece of work the tuner does in this process (a kernel's space, a ranking, a model update):
    the JIT's waits for idle time, so that building spaces and scoring candidates (Python that
    holds the GIL) never runs beside a call."""
    t0 = time.perf_counter()
    device = device or device_for(low.target)
    strategy = strategy or RuleOrder()
    wait = turn or (lambda: None)
    states, reused = _states(low, db, device, retune, turn)
    for st in states:  # what the database already knows teaches the strategy too
        known = [m for m in st.measured.values() if m.ok]
        if known:
            strategy.update(st.kernel, known, low.target)
    own = measurer is None
    measurer = measurer or Measurer(low.target, settings)
    batch *= measurer.parallel
    n_measured = 0

    def left() -> float:
        if stop is not None and stop.is_set():  # the caller ends the tuning (a JIT module closing)
            return 0.0
        return budget_s - (clock() if clock is not None else time.perf_counter() - t0)

    def run(st: KernelState, configs: list[dict]) -> None:
        nonlocal n_measured

        def on_result(m: Measurement):
            nonlocal n_measured
            if m.status == "contended":  # no number: every timing shared the cores with serving
                return
            db.add(device, Record.of(st.kernel.key, m, "tune"))
            st.note(m)
            n_measured += 1
            if progress:
                progress("measured", st, m, states)

        before = st.best.median_us if st.best and st.best.ok else None
        ms = [m for m in measurer.measure(st.kernel, configs, on_result=on_result) if m.status != "contended"]
        wait()
        strategy.update(st.kernel, ms, low.target)
        after = st.best.median_us if st.best and st.best.ok else None
        improved = after is not None and (before is None or after < 0.99 * before)
        st.stale_rounds = 0 if improved else st.stale_rounds + 1
        if before is not None:
            st.rounds += 1
        patience, max_rounds = strategy.patience, strategy.max_rounds
        if strategy.trained and ((patience and st.stale_rounds >= patience) or (max_rounds and st.rounds >= max_rounds)):
            st.done = True
            db.mark_finished(device, st.kernel.key, "stopping rule")
        elif not st.unmeasured:
            st.done = True
            db.mark_finished(device, st.kernel.key, "space measured")
        if progress:
            progress("round", st, None, states)  # between measurements: the measurer is free

    try:
        # 1. baselines: every kernel's default, the biggest kernels (by FLOPs) first; the database's
        #    best hints (shared or older records) in the same batch, so a short budget already adopts them
        for st in sorted(states, key=lambda s: -s.kernel.flops * s.calls):
            if left() <= 0:
                break
            if st.space and not st.done:
                first = [c for c in [st.space[0]] + st.hints[:BASELINE_HINTS] if canonical(c) not in st.measured]
                first = list({canonical(c): c for c in first}.values())
                if first:
                    run(st, first)
            d = st.measured.get(canonical(st.space[0])) if st.space else None
            st.default_us = d.median_us if d is not None and d.ok else st.default_us
        if progress:
            progress("baseline", None, None, states)
        # 2. the rest of the budget where the expected gain is largest
        while left() > 0:
            total = sum(s.time_us for s in states) or 1.0
            todo = [s for s in states if s.unmeasured and not s.done]
            if not todo:
                break

            def gain(s: KernelState) -> float:
                share = s.time_us / total if s.time_us else 1.0 / len(states)
                return share * (len(s.unmeasured) / max(1, len(s.space))) ** 0.5

            st = max(todo, key=gain)
            wait()
            st.ranked = strategy.rank(st.kernel, st.unmeasured, low.target)  # with what was learnt so far
            first = [h for h in st.hints if canonical(h) not in st.measured]  # re-check the hints first
            if first:
                keys = {canonical(h) for h in first}
                st.ranked = first + [c for c in st.ranked if canonical(c) not in keys]
            n = 1 if left() < 2.0 else batch  # near the end: small batches, so the budget is kept
            run(st, st.ranked[:n])
    finally:
        if own:
            measurer.close()
    configs = {}
    for st in states:
        cfg = st.best.config if st.best and st.best.ok else (st.space[0] if st.space else None)
        for name in st.names:
            if cfg is not None:
                configs[name] = cfg
    for name, k in low.kernels.items():  # the kernels not tuned (index checks) keep their default
        configs.setdefault(name, schedules.default_config(k, low.target))
    est_default = sum((s.default_us or 0.0) * s.calls for s in states)
    est_tuned = sum(s.time_us for s in states)
    return TuneResult(configs, states, time.perf_counter() - t0, n_measured, reused, est_default, est_tuned)
