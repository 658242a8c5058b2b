"""How well the cost model ranks candidates of workloads it never saw, and how much tuning time
it saves — against MetaSchedule's own XGBoost cost model trained on the same records.

    make cost-model                      # first: the training database and the pretrained model
    python bench/cost_model_eval.py      # measures the held-out spaces once (cached), then evaluates

Held-out workloads: cost_model/heldout.json (never collected for training, and excluded from
it). For each held-out kernel the whole lite space is measured once (the ground truth, cached
in bench/results/cost_model_heldout.db). Then, per kernel:
  Spearman     rank correlation of predicted score and measured speed
  top-1/top-5  regret: how much slower the best of the model's top 1 / top 5 is than the best
  to 95%       seconds of (simulated) tuning until a candidate within 5% of the exhaustive best
               is found: the tuner's loop (rank, measure the top 8, learn, repeat) replayed on
               the measured times, for jitc's model (online), MetaSchedule's XGBoost (online),
               the rules' order, and the whole space
Models compared: jitc's ranker with the pairwise objective and with regression (the evidence
for the default objective), and MetaSchedule's XGBModel (its per-store features).
Saves bench/results/cost_model_eval.png (best-so-far vs seconds) and .json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, table  # noqa: E402

RESULTS = os.path.join(ROOT, "bench", "results")
TRAIN_DB = os.path.join(RESULTS, "cost_model_train.db")
HELD_DB = os.path.join(RESULTS, "cost_model_heldout.db")
K = 8  # candidates measured per round, as the tuner does


def heldout_kernels(target):
    from jitc.compiler import lower
    from jitc.cost_model.workloads import heldout, onnx_for

    out = []
    for spec in heldout():
        low = lower(onnx_for(spec), target)
        for k in low.kernels.values():
            if k.kind != "other":
                out.append((spec, k))
    return out


def measure_heldout(kernels, target, db, walls: dict) -> None:
    from jitc import schedules
    from jitc.db.store import Record, canonical
    from jitc.device import device_for
    from jitc.tuning.measure import Measurer

    dev = device_for(target)
    with Measurer(target) as meas:
        for spec, k in kernels:
            done = db.measured_configs(dev, k.key)
            space = schedules.space(k, target)
            todo = [c for c in space if canonical(c) not in done]
            if not todo:
                continue
            db.add_workload(k)
            t0 = time.perf_counter()
            for m in meas.measure(k, todo):
                db.add(dev, Record.of(k.key, m, "heldout"))
            walls[k.key] = (time.perf_counter() - t0) / len(todo)
            print(f"measured {k.name} of {spec} ({len(todo)} candidates)", flush=True)


def ms_model(train_rows, target):
    """MetaSchedule's XGBModel, trained with its own features on the same records."""
    from tvm.s_tir import Schedule, meta_schedule as ms
    from tvm.s_tir.meta_schedule.arg_info import ArgInfo
    from tvm.s_tir.meta_schedule.runner import RunnerResult

    model = ms.cost_model.XGBModel(num_warmup_samples=0, adaptive_training=False)
    tgt = target.tvm_target()
    for kernel, funcs, times in train_rows:
        ctx = ms.TuneContext(mod=kernel.func.with_attr("global_symbol", "main"), target=tgt, num_threads=1)
        cands = [ms.MeasureCandidate(Schedule(f.with_attr("global_symbol", "main")),
                                     ArgInfo.from_prim_func(f)) for f in funcs]
        res = [RunnerResult(run_secs=[t * 1e-6], error_msg=None) for t in times]
        model.update(ctx, cands, res)
    return model


def ms_scores(model, kernel, funcs, target) -> np.ndarray:
    from tvm.s_tir import Schedule, meta_schedule as ms
    from tvm.s_tir.meta_schedule.arg_info import ArgInfo

    ctx = ms.TuneContext(mod=kernel.func.with_attr("global_symbol", "main"), target=target.tvm_target(), num_threads=1)
    cands = [ms.MeasureCandidate(Schedule(f.with_attr("global_symbol", "main")), ArgInfo.from_prim_func(f))
             for f in funcs]
    return np.asarray(model.predict(ctx, cands))


def simulate(order_fn, update_fn, configs, times, cost_s: float, first_rank_s: float = 0.0):
    """Replay the tuner: each round rank the unmeasured, 'measure' the top K (measured times),
    learn. `first_rank_s`: scheduling and featurizing the space, paid once (features are
    cached). Returns [(seconds, best time so far)]."""
    left = list(range(len(configs)))
    best, t, curve = float("inf"), 0.0, []
    # the default (index 0) first, as the tuner does
    first = [0]
    ranked = False
    while left:
        batch = first or order_fn(left)[:K]
        if not first and not ranked:
            t += first_rank_s
            ranked = True
        first = []
        got = []
        for i in batch:
            left.remove(i)
            t += cost_s
            if times[i] is not None:
                best = min(best, times[i])
                got.append(i)
            curve.append((t, best))
        if update_fn:
            update_fn(got)
    return curve


def time_to(curve, target_time: float) -> float:
    for t, b in curve:
        if b <= target_time:
            return t
    return curve[-1][0] if curve else 0.0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train-db", default=TRAIN_DB)
    ap.add_argument("--no-ms", action="store_true", help="skip MetaSchedule's cost model")
    a = ap.parse_args(argv)
    from scipy.stats import spearmanr

    from jitc import schedules
    from jitc.cost_model.dataset import FeatureCache, from_database
    from jitc.cost_model.model import CostModel
    from jitc.cost_model.strategy import ModelOrder
    from jitc.tuning.collect import heldout_keys
    from jitc.db.store import Database, canonical
    from jitc.device import device_for
    from jitc.tuning.measure import Measurement
    from jitc.target import host

    if not os.path.exists(a.train_db):
        raise SystemExit(f"{a.train_db} is missing: run `make cost-model` first")
    target = host()
    dev = device_for(target)
    kernels = heldout_kernels(target)
    held = Database(HELD_DB)
    walls_path = HELD_DB + ".walls.json"
    walls = json.load(open(walls_path)) if os.path.exists(walls_path) else {}
    measure_heldout(kernels, target, held, walls)
    json.dump(walls, open(walls_path, "w"))
    train_db = Database(a.train_db)
    exclude = heldout_keys(target)
    cache = FeatureCache()
    t0 = time.perf_counter()
    train = from_database(train_db, exclude=exclude, cache=cache)
    print(f"training set: {len(train)} records of {len(train.groups)} workloads ({time.perf_counter() - t0:.0f} s)")
    models = {}
    for obj in ("rank:pairwise", "reg:squarederror"):
        models[obj] = CostModel(obj).fit(train.X, train.y, train.groups)
    ms = None
    if not a.no_ms:
        from jitc.cost_model.dataset import kernel_from_workload

        rows = []
        for r in train_db.summary():
            if r["key"] in exclude or r["ok"] < 2:
                continue
            wl = train_db.workload(r["key"])
            kern = kernel_from_workload(wl)
            recs = {canonical(x.config): x for x in train_db.records(dev, r["key"], status="ok") if x.median_us}
            funcs, times = [], []
            for x in recs.values():
                try:
                    funcs.append(schedules.apply(kern, x.config, target))
                    times.append(x.median_us)
                except schedules.ScheduleError:
                    pass
            if len(funcs) >= 2:
                rows.append((kern, funcs, times))
        t0 = time.perf_counter()
        ms = ms_model(rows, target)
        print(f"MetaSchedule XGBModel trained on the same records ({time.perf_counter() - t0:.0f} s)")
    # ---- per held-out kernel -------------------------------------------------------------
    per = []
    curves = {"jitc model": [], "MetaSchedule XGB": [], "rules order": []}
    feat_us = []
    for spec, k in kernels:
        space = schedules.space(k, target)
        recs = held.measured_configs(dev, k.key)
        times = [recs[canonical(c)].median_us if canonical(c) in recs and recs[canonical(c)].status == "ok" else None
                 for c in space]
        ok = [i for i, t in enumerate(times) if t is not None]
        if len(ok) < 3:
            continue
        best = min(times[i] for i in ok)
        cost = walls.get(k.key, 0.15)
        funcs = {}
        for i in ok:
            funcs[i] = schedules.apply(k, space[i], target)
        t1 = time.perf_counter()
        X = np.stack([cache.get(k, space[i], target) for i in ok])
        feat_us.append((time.perf_counter() - t1) / len(ok) * 1e6)
        speed = -np.log([times[i] for i in ok])
        row = {"kernel": k.name, "spec": spec, "n": len(space), "ok": len(ok), "best_us": best}
        for name, m in models.items():
            p = m.predict(X)
            row[f"rho {name}"] = float(spearmanr(p, speed).statistic)
            o = np.argsort(-p)
            row[f"top1 {name}"] = times[ok[o[0]]] / best - 1
            row[f"top5 {name}"] = min(times[ok[j]] for j in o[:5]) / best - 1
        if ms is not None:
            t1 = time.perf_counter()
            p = ms_scores(ms, k, [funcs[i] for i in ok], target)
            ms_feat_s = (time.perf_counter() - t1) / len(ok) * len(space)
            row["rho ms"] = float(spearmanr(p, speed).statistic)
            o = np.argsort(-p)
            row["top1 ms"] = times[ok[o[0]]] / best - 1
            row["top5 ms"] = min(times[ok[j]] for j in o[:5]) / best - 1
        # replayed tuning
        goal = best / 0.95
        strat = ModelOrder(models["rank:pairwise"])
        idx = {canonical(c): i for i, c in enumerate(space)}

        def order_jitc(left):
            return [idx[canonical(c)] for c in strat.rank(k, [space[i] for i in left], target)]

        def update_jitc(got):
            strat.update(k, [Measurement(space[i], "ok", times[i]) for i in got], target)

        c_j = simulate(order_jitc, update_jitc, space, times, cost, feat_us[-1] * 1e-6 * len(space))
        c_r = simulate(lambda left: sorted(left), None, space, times, cost)
        row["to95 jitc"] = time_to(c_j, goal)
        row["to95 rules"] = time_to(c_r, goal)
        row["to95 all"] = cost * len(space)
        curves["jitc model"].append((c_j, best))
        curves["rules order"].append((c_r, best))
        if ms is not None:
            p_all = np.full(len(space), -np.inf)
            p_all[ok] = ms_scores(ms, k, [funcs[i] for i in ok], target)

            def order_ms(left):
                return sorted(left, key=lambda i: (-p_all[i], i))

            c_m = simulate(order_ms, None, space, times, cost, ms_feat_s)
            row["to95 ms"] = time_to(c_m, goal)
            curves["MetaSchedule XGB"].append((c_m, best))
        per.append(row)
        print(f"{k.name}: rho {row['rho rank:pairwise']:.2f}, top5 regret {100 * row['top5 rank:pairwise']:.1f}%",
              flush=True)
    # ---- summary -------------------------------------------------------------------------
    rows = [["kernel", "n", "rho pair", "rho reg", "rho MS", "top1 %", "top5 %", "top5 MS %", "to95 jitc s",
             "to95 MS s", "to95 rules s", "all s"]]
    for r in per:
        rows.append([r["kernel"][:36], str(r["ok"]), f"{r['rho rank:pairwise']:.2f}", f"{r['rho reg:squarederror']:.2f}",
                     f"{r.get('rho ms', float('nan')):.2f}", f"{100 * r['top1 rank:pairwise']:.1f}",
                     f"{100 * r['top5 rank:pairwise']:.1f}", f"{100 * r.get('top5 ms', float('nan')):.1f}",
                     f"{r['to95 jitc']:.1f}", f"{r.get('to95 ms', float('nan')):.1f}", f"{r['to95 rules']:.1f}",
                     f"{r['to95 all']:.1f}"])
    print()
    print(table(rows))
    med = {n: float(np.nanmedian([r[f"rho {n}"] for r in per])) for n in models}
    top5ok = float(np.mean([r["top5 rank:pairwise"] <= 0.05 for r in per]))
    t_j, t_all = sum(r["to95 jitc"] for r in per), sum(r["to95 all"] for r in per)
    t_r = sum(r["to95 rules"] for r in per)
    summary = {
        "heldout_kernels": len(per),
        "median_spearman": med,
        "median_spearman_ms": float(np.nanmedian([r["rho ms"] for r in per])) if ms else None,
        "top5_regret_le_5pct_fraction": top5ok,
        "top5_regret_le_5pct_fraction_ms": float(np.mean([r["top5 ms"] <= 0.05 for r in per])) if ms else None,
        "seconds_to_95pct": {"jitc": t_j, "rules": t_r, "exhaustive": t_all,
                             "ms": sum(r["to95 ms"] for r in per) if ms else None},
        "speedup_vs_exhaustive": t_all / t_j if t_j else None,
        "featurize_us_per_candidate": float(np.median(feat_us)) if feat_us else None,
    }
    print()
    print(f"median Spearman: pairwise {med['rank:pairwise']:.2f}, regression {med['reg:squarederror']:.2f}"
          + (f", MetaSchedule XGB {summary['median_spearman_ms']:.2f}" if ms else ""))
    print(f"top-5 regret <= 5% on {100 * top5ok:.0f}% of held-out kernels"
          + (f" (MetaSchedule XGB: {100 * summary['top5_regret_le_5pct_fraction_ms']:.0f}%)" if ms else ""))
    print(f"tuning seconds to reach 95% of the exhaustive best, summed: jitc model {t_j:.1f}, rules order {t_r:.1f}, "
          + (f"MetaSchedule XGB {summary['seconds_to_95pct']['ms']:.1f}, " if ms else "")
          + f"whole space {t_all:.1f} ({t_all / t_j:.1f}x less with the model)")
    print(f"scheduling + featurizing: {summary['featurize_us_per_candidate']:.0f} us per candidate (once; cached)")
    with open(os.path.join(RESULTS, "cost_model_eval.json"), "w") as f:
        json.dump({"summary": summary, "kernels": per}, f, indent=1, default=str)
    _plot(curves, os.path.join(RESULTS, "cost_model_eval.png"))
    return 0


def _plot(curves, path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    grid = np.linspace(0, 1, 201)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for name, cs in curves.items():
        if not cs:
            continue
        # per kernel: best-so-far as a fraction of the exhaustive best, vs the fraction of the
        # kernel's exhaustive tuning time; averaged (geometric mean) over held-out kernels
        ys = []
        for curve, best in cs:
            total = curve[-1][0]
            ts = np.array([t for t, _ in curve]) / total
            bs = np.array([best / b if np.isfinite(b) else 0.0 for _, b in curve])
            y = np.array([bs[ts <= g].max() if (ts <= g).any() else 0.0 for g in grid])
            ys.append(np.maximum(y, 1e-3))
        ax.plot(grid * 100, np.exp(np.mean(np.log(ys), axis=0)), label=name)
    ax.axhline(0.95, color="gray", ls="--", lw=0.8)
    ax.set_xlabel("tuning time, % of measuring the whole lite space")
    ax.set_ylabel("best found / exhaustive best (speed)")
    ax.set_title("held-out kernels: best-so-far during tuning (geometric mean)")
    ax.set_ylim(0, 1.02)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    print(f"wrote {path}")


if __name__ == "__main__":
    sys.exit(main())
