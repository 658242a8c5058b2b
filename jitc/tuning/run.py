"""One tuning run of a model, as `jitc tune` does it and `jitc.tune(...)` gives it to Python.

    report = jitc.tune("model.onnx", budget="60s", output="model.tuned.jitc")
    print(report.format())

The run: lower the model; pull the team's best configs as hints (`db_url`); tune every kernel
within the budget (jitc.tuning.tuner.tune: the rules' spaces ranked by the cost model, each
candidate built, checked and timed by a measurer, here or on TVM RPC servers); push what it
measured; check the tuned kernels in the model against their defaults (CPU targets); build
and save the tuned module; time it against the default one. The budget is the run's wall
time: the import, the tuning, the final build and the check all fit in it.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

from ..backends import for_target
from ..compiler import choose_configs, lower, module_from
from ..db.store import Database, default_path
from ..device import device_for
from ..db.share import ShareError, pull, push
from ..errors import InputError, TargetError
from .measure import Measurer, MeasurerPool
from .model_check import check_in_model
from ..rpc.client import Remote, device_for_remote, remote_target, servers
from .tuner import tune as tune_kernels
from ..units import parse_duration


@dataclass
class TuningReport:
    """What a tuning run did; `format()` gives the lines `jitc tune` prints."""

    model: str
    target: str  # the target, described
    budget_s: float
    database: str
    kernels: list[dict]  # per workload, slowest tuned first: name, kind, measured, space, default_us, tuned_us, speedup, gflops
    measured: int  # candidates measured in this run
    reused: int  # records reused from the database
    tuning_s: float  # seconds the tuning loop ran
    estimate_default_us: float | None
    estimate_tuned_us: float | None
    output: str | None  # the tuned .jitc written (None: the target ships from the database)
    wall_s: float = 0.0
    reverted: list[str] = field(default_factory=list)  # tuned kernels slower in the model: kept their default
    end_to_end: dict | None = None  # {"default_ms", "tuned_ms"} where they were compared
    notes: list[str] = field(default_factory=list)  # what else the run has to say, one line each
    module: object = field(default=None, repr=False, compare=False)  # the tuned Module (None: not built here)

    def to_json(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "module"}

    def format(self) -> list[str]:
        rows = [("kernel", "class", "measured", "default us", "tuned us", "speedup", "GFLOP/s")]
        for k in self.kernels:
            rows.append((k["name"][:48], k["kind"], f"{k['measured']}/{k['space']}",
                         f"{k['default_us']:.1f}" if k["default_us"] else "-",
                         f"{k['tuned_us']:.1f}" if k["tuned_us"] else "-", f"{k['speedup']:.2f}x", f"{k['gflops']:.1f}"))
        widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)) for r in rows]
        lines.append(f"{self.measured} candidates measured in {self.tuning_s:.1f} s ({self.reused} records reused "
                     f"from the database)")
        if self.estimate_default_us and self.estimate_tuned_us:
            lines.append(f"estimated kernel time per inference: {self.estimate_default_us / 1e3:.3f} ms default -> "
                         f"{self.estimate_tuned_us / 1e3:.3f} ms tuned "
                         f"({self.estimate_default_us / self.estimate_tuned_us:.2f}x)")
        lines += self.notes
        if self.end_to_end:
            tb, tt = self.end_to_end["default_ms"], self.end_to_end["tuned_ms"]
            lines.append(f"end to end: default {tb:.3f} ms, tuned {tt:.3f} ms ({tb / tt:.2f}x)")
        if self.output:
            lines.append(f"wrote {self.output} ({self.wall_s:.1f} s of a {self.budget_s:.0f} s budget)")
        return lines


def run_tuning(model, target=None, *, budget="30s", shapes: dict | None = None, db=None, output: str | None = None,
               db_url: str | None = None, db_token: str | None = None, rpc: str | None = None,
               device_key: str | None = None, rpc_servers: int = 0, cost_model: bool = True,
               model_check: bool = True, compare: bool = True, progress=None, log=None) -> TuningReport:
    """Tune `model`'s kernels for `target` within `budget` (seconds or "60s", the run's wall
    time), record every measurement in the kernel database `db` (a path or Database; default
    $JITC_DB or ~/.cache/jitc/kernels.db), write the tuned module to `output` (default
    MODEL.tuned.jitc) and return the report.

    db_url / db_token: a shared database (`jitc db serve`): its best configs are measured
    here first as hints, and what this run measured is uploaded. rpc ("HOST:PORT" of a TVM
    RPC tracker) / device_key / rpc_servers: measure on the tracker's servers (several at once)
    instead of here. cost_model: rank candidates by the target's cost model (else the rules'
    order). model_check: check tuned kernels in the model against their defaults (CPU
    targets). compare: time the default and tuned modules at the end where the budget allows.
    progress(event, state, measurement, states): called as kernels are measured. log(line):
    what the run has to say as it goes (default: nothing).
    """
    log = log or (lambda line: None)
    t_start = time.perf_counter()
    budget_s = parse_duration(budget) if isinstance(budget, str) else float(budget)
    if budget_s <= 0:
        raise InputError(f"budget {budget}: the tuning budget must be more than 0 s")
    remote = Remote.parse(rpc, device_key) if rpc else None
    spec = remote_target(remote) if target is None and remote is not None else (target or "llvm")
    low = lower(model, spec, shapes)
    lowering_s = time.perf_counter() - t_start
    backend = for_target(low.target)
    if remote is None:
        why = backend.cannot_measure_here(low.target)
        if why is not None:
            raise TargetError(why.replace("MODEL", str(low.imported.source)))
    database = db if isinstance(db, Database) else Database(db or default_path())
    device = device_for_remote(low.target, remote) if remote is not None else device_for(low.target)
    token = db_token or os.environ.get("JITC_DB_TOKEN")
    notes: list[str] = []
    if db_url:
        n = pull(db_url, device, [k.key for k in low.kernels.values()], database, token)
        log(f"{n} shared records from {db_url} (hints: measured here before they count)")
    strategy = None
    if cost_model:
        from ..cost_model import strategy_for

        try:
            strategy = strategy_for(low.target)
        except ImportError:
            strategy = None
    log(f"tuning {low.imported.source} for {low.target.describe()}: {len(low.kernels)} kernels, "
        f"budget {budget_s:.0f} s, database {database.path}")
    # what the tuning leaves of the budget: the final build (about as long as building every
    # kernel once: a few times the import) and, with model_check, the default module's build
    # and both profiles that check the tuned kernels in the model
    reserve = min(0.25 * budget_s, max(2.0, 4.0 * lowering_s))
    if model_check:
        reserve = min(0.35 * budget_s, 2.0 * reserve)
    tuning_s = max(0.0, budget_s - (time.perf_counter() - t_start) - reserve)
    measurer = None
    if remote is not None:
        n = rpc_servers or max(1, servers(remote))
        measurer = MeasurerPool([Measurer(low.target, remote=remote) for _ in range(n)])
        log(f"measuring on {n} RPC server(s) of {remote}")
    t_tune = time.time()
    try:
        res = tune_kernels(low, database, tuning_s, strategy=strategy, progress=progress, measurer=measurer,
                           device=device)
    finally:
        if measurer is not None:
            measurer.close()
    if db_url:
        mine = [r for r in database.records(device) if r.source == "tune" and r.created >= t_tune]
        try:
            n = push(db_url, device, mine, token) if mine else 0
            log(f"shared {n} records with {db_url}")
        except ShareError as e:  # the records are in the local database: nothing is lost
            log(f"warning: not shared: {e}")
    kernels = [{"name": st.kernel.name, "kind": st.kernel.kind, "measured": len(st.measured), "space": len(st.space),
                "default_us": st.default_us or None,
                "tuned_us": st.best.median_us if st.best and st.best.ok else None,
                "speedup": st.speedup(), "gflops": st.gflops()}
               for st in sorted(res.states, key=lambda s: -s.time_us)]
    report = TuningReport(str(low.imported.source), low.target.describe(), budget_s, str(database.path), kernels,
                          res.measured, res.reused, res.seconds, res.estimate_default_us or None,
                          res.estimate_tuned_us or None, None, notes=notes)
    if not backend.ships_as_module_file:
        notes.append(f"the records are in the database: `jitc export-web MODEL -o site/ --db {database.path}` ships "
                     "the best candidates found as each kernel's default and in-browser alternatives")
        report.wall_s = time.perf_counter() - t_start
        return report
    tuned_configs = choose_configs(low, res.configs)
    out = output or os.path.splitext(os.path.basename(str(low.imported.source)))[0] + ".tuned.jitc"
    left = budget_s - (time.perf_counter() - t_start)
    base = None
    # kernels were timed alone: check them in the model (two builds and profiles; about three
    # times the import) unless the candidates ran elsewhere or the budget is spent
    if remote is None and low.target.is_cpu and model_check and left >= 3 * lowering_s + 1:
        tuned_configs, rep = check_in_model(low, tuned_configs, database, device)
        m, base = rep["tuned"], rep["default"]
        report.reverted = list(rep["reverted"])
        if rep["reverted"]:
            names = ", ".join(n[:40] for n in rep["reverted"][:4]) + (" ..." if len(rep["reverted"]) > 4 else "")
            notes.append(f"in the model: {len(rep['reverted'])} tuned kernel(s) ran slower than their default and "
                         f"keep it ({names})")
    else:
        m = module_from(low, tuned_configs)
    m.save(out)
    report.output, report.module = out, m
    if remote is not None and compare:
        notes.append(f"end to end: not compared here (the candidates ran on {remote}; `jitc run` the .jitc there)")
    elif compare:
        left = budget_s - (time.perf_counter() - t_start)
        cost = 100 * (res.estimate_tuned_us or 0) / 1e6  # 100 runs
        if base is None or left < cost:
            notes.append("end to end: comparison skipped (the budget is spent; the budget is the run's wall time)")
        else:
            xs = m.random_inputs(0)
            report.end_to_end = {"default_ms": base.time(*xs, repeat=50)["median_ms"],
                                 "tuned_ms": m.time(*xs, repeat=50)["median_ms"]}
    report.wall_s = time.perf_counter() - t_start
    return report
