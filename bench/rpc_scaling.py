"""Tuning throughput over TVM's RPC tracker: candidates measured per second with 1, 2 and 4
local RPC servers (jitc.rpc.client.LocalCluster: a tracker and servers on 127.0.0.1, one thread each),
against the local measuring worker on one thread, on the same candidates.

    python bench/rpc_scaling.py [--model encoder] [--candidates 48] [--servers 1 2 4]

What a server adds per candidate (a tracker session per batch, shipping the objects, the
server's link, copying inputs and outputs) is the overhead column: (RPC time with one server
- local time) / candidates. On one machine the servers share its cores: past the core count
throughput cannot grow (on a fleet, each server is its own device).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import ROOT, table  # noqa: E402


def candidates(low, n: int):
    """(kernel, configs) pairs: the largest kernels' spaces, about n candidates in all."""
    from jitc import schedules

    out, total = [], 0
    for k in sorted(low.kernels.values(), key=lambda k: -k.flops):
        space = schedules.space(k, low.target)[: max(1, n - total)]
        out.append((k, space))
        total += len(space)
        if total >= n:
            break
    return out, total


def run(measurer, work) -> tuple[float, dict]:
    statuses: dict[str, int] = {}
    t0 = time.perf_counter()
    for k, configs in work:
        for m in measurer.measure(k, configs):
            statuses[m.status] = statuses.get(m.status, 0) + 1
    return time.perf_counter() - t0, statuses


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="encoder", help="an examples/ model (default encoder)")
    ap.add_argument("--candidates", type=int, default=48)
    ap.add_argument("--servers", type=int, nargs="+", default=[1, 2, 4])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench", "results", "rpc_scaling.json"))
    a = ap.parse_args()
    os.environ["TVM_NUM_THREADS"] = "1"  # the servers and the local worker alike: one thread each
    from jitc import compiler
    from jitc.tuning.measure import Measurer, MeasurerPool, Settings
    from jitc.rpc.client import LocalCluster, remote_target

    settings = Settings(repeat=3, min_repeat_ms=5, threads=1)
    results = {"model": a.model, "settings": {"repeat": 3, "min_repeat_ms": 5, "threads": 1}, "runs": []}
    with LocalCluster(1, key="bench-probe") as c:
        target = remote_target(c.remote)  # what a one-thread server reports, for every run alike
    low = compiler.lower(os.path.join(ROOT, "examples", f"{a.model}.onnx"), target)
    work, n = candidates(low, a.candidates)
    print(f"{a.model}: {n} candidates of {len(work)} kernels, target {target.describe()}", file=sys.stderr)
    with Measurer(target, settings) as meas:
        run(meas, work[:1])  # the worker's start and the references, not timed
        secs, st = run(meas, work)
    results["runs"].append({"where": "local worker", "servers": 0, "seconds": secs, "statuses": st})
    for s in a.servers:
        with LocalCluster(s, key=f"bench{s}", env={"TVM_NUM_THREADS": "1"}) as c:
            with MeasurerPool([Measurer(target, settings, remote=c.remote) for _ in range(s)]) as pool:
                run(pool, work[:1])
                secs, st = run(pool, work)
        results["runs"].append({"where": f"RPC, {s} server{'s' if s > 1 else ''}", "servers": s, "seconds": secs,
                                "statuses": st})
    local = results["runs"][0]["seconds"]
    one = next((r["seconds"] for r in results["runs"] if r["servers"] == 1), None)
    rows = [["measured on", "seconds", "candidates/s", "vs local", "statuses"]]
    for r in results["runs"]:
        r["per_second"] = n / r["seconds"]
        rows.append([r["where"], f"{r['seconds']:.1f}", f"{r['per_second']:.2f}", f"{local / r['seconds']:.2f}x",
                     ", ".join(f"{k} {v}" for k, v in sorted(r["statuses"].items()))])
    results["candidates"] = n
    results["cores"] = os.cpu_count()
    if one is not None:
        results["overhead_ms_per_candidate"] = (one - local) * 1e3 / n
    print(table(rows))
    if one is not None:
        print(f"RPC overhead per candidate (one server vs the local worker): {results['overhead_ms_per_candidate']:.0f} ms "
              f"({os.cpu_count()} cores here: servers past that share them)")
    with open(a.out, "w") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
