"""Shared by the benchmarks: timing in a fresh process per engine, so that TVM's spinning
thread pool never slows a peer (numpy, onnxruntime, torch) measured after it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(ROOT, "examples"))


def threads() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def median_ms(fn, min_time: float = 0.5, min_repeat: int = 10, warmup: int = 3) -> dict:
    """Median of repeated calls (at least `min_repeat`, at least `min_time` seconds), in ms."""
    for _ in range(warmup):
        fn()
    ts = []
    t_end = time.perf_counter() + min_time
    while len(ts) < min_repeat or time.perf_counter() < t_end:
        t0 = time.perf_counter()
        fn()
        ts.append((time.perf_counter() - t0) * 1e3)
        if len(ts) > 100000:
            break
    ts.sort()
    n = len(ts)
    return {"median_ms": ts[n // 2], "p10_ms": ts[n // 10], "p90_ms": ts[(9 * n) // 10], "runs": n}


def in_subprocess(script: str, args: list[str], timeout: float = 900) -> dict:
    """Run `python script args...` in a fresh process; its last stdout line is a JSON dict."""
    env = dict(os.environ)
    env.setdefault("TVM_NUM_THREADS", str(threads()))
    r = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, timeout=timeout, env=env)
    lines = [ln for ln in r.stdout.splitlines() if ln.startswith("{")]
    if r.returncode != 0 or not lines:
        return {"error": (r.stderr.strip().splitlines() or ["failed"])[-1][:300]}
    return json.loads(lines[-1])


def ratio(a: float | None, b: float | None) -> str:
    if not a or not b:
        return "-"
    return f"{a / b:.2f}x"


def table(rows: list[list[str]]) -> str:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)
