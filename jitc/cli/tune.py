"""`jitc tune`: the arguments of a tuning run (jitc/tuning/run.py), its progress and report."""

from __future__ import annotations

import json
import sys
import time

from ..tuning.run import run_tuning
from .args import shapes, target


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
    if a.target is None and not a.arch and a.rpc:
        spec = None  # the remote device's own CPU
    else:
        a.target = a.target or "llvm"
        spec = target(a)
    report = run_tuning(a.model, spec, budget=a.budget, shapes=shapes(a.shape), db=a.db, output=a.output,
                        db_url=a.db_url, db_token=a.db_token, rpc=a.rpc, device_key=a.device_key,
                        rpc_servers=a.rpc_servers, cost_model=not a.no_cost_model, model_check=not a.no_model_check,
                        compare=not a.no_compare, progress=Progress(), log=lambda line: print(line, file=sys.stderr))
    print(file=sys.stderr)
    for line in report.format():
        print(line)
    if a.report:
        with open(a.report, "w") as f:
            json.dump(report.to_json(), f, indent=1)
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
    sp.add_argument("--report", metavar="PATH", help="also write the run's report as JSON (what jitc.tune returns)")
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
