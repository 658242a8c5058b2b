"""`jitc tune`: tune a model's kernels within a budget, record them, write a tuned .jitc."""

from __future__ import annotations

import os
import sys
import time

from ..backends import cuda
from ..compiler import choose_configs, lower, module_from
from ..cost_model import strategy_for
from ..db import Database, default_path, device_for
from ..db_share import ShareError, pull, push
from ..errors import InputError, TargetError
from ..measure import Measurer, MeasurerPool
from ..model_check import check_in_model
from ..rpc import Remote, device_for_remote, remote_target, servers
from ..tune import tune
from .args import parse_duration, shapes, target


class Progress:
    """One line per kernel as it improves, and the model's estimated latency."""

    def __init__(self, stream=sys.stderr, every: float = 0.5):
        self.stream = stream
        self.tty = stream.isatty()
        self.every = every
        self.last = 0.0

    def __call__(self, event, st, m, states):
        now = time.time()
        if event == "baseline":
            total = sum((s.default_us or 0) * s.calls for s in states)
            self.stream.write(f"baseline: {len(states)} workloads, default schedules {total / 1e3:.3f} ms (estimate)\n")
            return
        if event != "measured":
            return
        if now - self.last < self.every and not (m.ok and st.best is m):
            return
        self.last = now
        done = len(st.measured)
        est = sum(s.time_us for s in states)
        line = (f"  {st.kernel.name[:44]:44s} {done:3d}/{len(st.space):<3d} best {st.gflops():7.1f} GFLOP/s "
                f"{st.speedup():5.2f}x over default | model {est / 1e3:.3f} ms")
        self.stream.write(("\r" + line) if self.tty else (line + "\n"))
        if self.tty and st.best is m:
            self.stream.write("\n")
        self.stream.flush()


def cmd_tune(a) -> int:
    t_start = time.perf_counter()
    budget = parse_duration(a.budget)
    if budget <= 0:
        raise InputError(f"--budget {a.budget}: the tuning budget must be more than 0 s")
    remote = Remote.parse(a.rpc, a.device_key) if a.rpc else None
    if a.target is None and not a.arch and remote is not None:  # the remote device's own CPU
        spec = remote_target(remote)
    else:
        a.target = a.target or "llvm"
        spec = target(a)
    low = lower(a.model, spec, shapes(a.shape))
    lowering_s = time.perf_counter() - t_start
    if low.target.kind == "cuda" and remote is None:
        why = cuda.unavailable_reason()
        if why is not None:
            raise TargetError(f"tuning for CUDA measures every candidate on the GPU, and this machine has none "
                              f"TVM can use ({why}). Tune on the GPU machine, or cross-compile with default "
                              f"schedules: jitc compile {a.model} --target \"cuda -arch=sm_90\"")
    db = Database(a.db or default_path())
    device = device_for_remote(low.target, remote) if remote is not None else device_for(low.target)
    token = a.db_token or os.environ.get("JITC_DB_TOKEN")
    if a.db_url:  # the team's best known configs, as hints the tuner measures first
        n = pull(a.db_url, device, [k.key for k in low.kernels.values()], db, token)
        print(f"{n} shared records from {a.db_url} (hints: measured here before they count)", file=sys.stderr)
    strategy = None
    if not a.no_cost_model:
        try:
            strategy = strategy_for(low.target)
        except ImportError:
            strategy = None
    print(f"tuning {low.imported.source} for {low.target.describe()}: {len(low.kernels)} kernels, "
          f"budget {budget:.0f} s, database {db.path}", file=sys.stderr)
    # the budget is the command's wall time: the import above, the tuning, and the final build
    # (about as long as building every kernel once: a few times the import) all fit in it
    # (and, unless --no-model-check, the default module's build and both profiles that check
    # the tuned kernels in the model)
    reserve = min(0.25 * budget, max(2.0, 4.0 * lowering_s))
    if not a.no_model_check:
        reserve = min(0.35 * budget, 2.0 * reserve)
    tuning_s = max(0.0, budget - (time.perf_counter() - t_start) - reserve)
    measurer = None
    if remote is not None:
        n = a.rpc_servers or max(1, servers(remote))
        measurer = MeasurerPool([Measurer(low.target, remote=remote) for _ in range(n)])
        print(f"measuring on {n} RPC server(s) of {remote}", file=sys.stderr)
    t_tune = time.time()
    try:
        res = tune(low, db, tuning_s, strategy=strategy, progress=Progress(), measurer=measurer, device=device)
    finally:
        if measurer is not None:
            measurer.close()
    print(file=sys.stderr)
    if a.db_url:
        mine = [r for r in db.records(device) if r.source == "tune" and r.created >= t_tune]
        try:
            n = push(a.db_url, device, mine, token) if mine else 0
            print(f"shared {n} records with {a.db_url}", file=sys.stderr)
        except ShareError as e:  # the records are in the local database: nothing is lost
            print(f"warning: not shared: {e}", file=sys.stderr)
    rows = [("kernel", "class", "measured", "default us", "tuned us", "speedup", "GFLOP/s")]
    for st in sorted(res.states, key=lambda s: -s.time_us):
        rows.append((st.kernel.name[:48], st.kernel.kind, f"{len(st.measured)}/{len(st.space)}",
                     f"{st.default_us:.1f}" if st.default_us else "-",
                     f"{st.best.median_us:.1f}" if st.best and st.best.ok else "-",
                     f"{st.speedup():.2f}x", f"{st.gflops():.1f}"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print(f"{res.measured} candidates measured in {res.seconds:.1f} s ({res.reused} records reused from the database)")
    if res.estimate_default_us:
        print(f"estimated kernel time per inference: {res.estimate_default_us / 1e3:.3f} ms default -> "
              f"{res.estimate_tuned_us / 1e3:.3f} ms tuned ({res.estimate_default_us / res.estimate_tuned_us:.2f}x)")
    if low.target.kind == "webgpu":
        print("the records are in the database: `jitc export-web MODEL -o site/ --db ...` ships the best "
              "candidates found as each kernel's default and in-browser alternatives")
        return 0
    tuned_configs = choose_configs(low, res.configs)
    out = a.output or os.path.splitext(os.path.basename(a.model))[0] + ".tuned.jitc"
    left = budget - (time.perf_counter() - t_start)
    base = None
    # kernels were timed alone: check them in the model (two builds and profiles; about three
    # times the import) unless the candidates ran elsewhere or the budget is spent
    if remote is None and low.target.is_cpu and not a.no_model_check and left >= 3 * lowering_s + 1:
        tuned_configs, rep = check_in_model(low, tuned_configs, db, device)
        m, base = rep["tuned"], rep["default"]
        if rep["reverted"]:
            print(f"in the model: {len(rep['reverted'])} tuned kernel(s) ran slower than their default and keep it "
                  f"({', '.join(n[:40] for n in rep['reverted'][:4])}{' ...' if len(rep['reverted']) > 4 else ''})")
    else:
        m = module_from(low, tuned_configs)
    m.save(out)
    if remote is not None and not a.no_compare:
        print(f"end to end: not compared here (the candidates ran on {remote}; `jitc run` the .jitc there)")
    elif not a.no_compare:
        left = budget - (time.perf_counter() - t_start)
        cost = 100 * (res.estimate_tuned_us or 0) / 1e6  # 100 runs
        if base is None or left < cost:
            print("end to end: comparison skipped (the budget is spent; --budget is the command's wall time)")
        else:
            xs = m.random_inputs(0)
            tb = base.time(*xs, repeat=50)["median_ms"]
            tt = m.time(*xs, repeat=50)["median_ms"]
            print(f"end to end: default {tb:.3f} ms, tuned {tt:.3f} ms ({tb / tt:.2f}x)")
    print(f"wrote {out} ({time.perf_counter() - t_start:.1f} s of a {budget:.0f} s budget)")
    return 0


def register(sub, model_args=None) -> None:
    sp = sub.add_parser("tune", help="tune a model's kernels within a time budget and write a tuned .jitc")
    sp.add_argument("model", help="ONNX model file")
    sp.add_argument("--shape", action="append", metavar="NAME=AxB", help="fix a dynamic input dimension")
    sp.add_argument("--target", default=None, help="llvm (the host CPU; with --rpc, the remote device's), cuda, ...")
    sp.add_argument("--arch", default=None, help="CUDA architecture (sm_80, sm_90, ...), as in jitc compile")
    sp.add_argument("--budget", default="30s", help="wall-clock budget, e.g. 30s, 2m (default 30s)")
    sp.add_argument("--db", default=None, help="kernel database (default: $JITC_DB or ~/.cache/jitc/kernels.db)")
    sp.add_argument("-o", "--output", help="tuned .jitc to write (default MODEL.tuned.jitc)")
    sp.add_argument("--no-cost-model", action="store_true", help="measure in the rules' order, not the cost model's")
    sp.add_argument("--no-compare", action="store_true", help="skip timing the default and tuned modules")
    sp.add_argument("--no-model-check", action="store_true",
                    help="keep every tuned kernel without checking it in the model against its default")
    sp.add_argument("--db-url", metavar="URL", help="a shared kernel database (`jitc db serve`): read its best "
                                                    "configs first, upload what is measured")
    sp.add_argument("--db-token", metavar="TOKEN", help="the write token for --db-url (default $JITC_DB_TOKEN)")
    sp.add_argument("--rpc", metavar="HOST:PORT", help="measure on the servers registered with this TVM RPC tracker")
    sp.add_argument("--device-key", metavar="KEY", help="with --rpc: the key the device's servers registered with")
    sp.add_argument("--rpc-servers", type=int, default=0, metavar="N",
                    help="with --rpc: measure on N servers at once (default: as many as the tracker lists)")
    sp.set_defaults(fn=cmd_tune)
